import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FileWriteError } from './errors';
import { literalPathTemplate } from './path-template';
import { RotatingFileWriter, type RotatingFileWriterOptions } from './writer';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'cbb-writer-'));
  made.push(d);
  return d;
};

function writer(path: string, over: Partial<RotatingFileWriterOptions> = {}): RotatingFileWriter {
  return new RotatingFileWriter({
    pathTemplate: literalPathTemplate(path),
    gzip: false,
    rotation: {},
    fsync: true,
    mode: 0o640,
    ...over,
  });
}

/** The prototype of fs/promises FileHandle, to inject faults into write/sync. */
async function fileHandleProto(): Promise<Record<string, (...args: unknown[]) => Promise<unknown>>> {
  const h = await open(__filename, 'r');
  await h.close();
  return Object.getPrototypeOf(h) as Record<string, (...args: unknown[]) => Promise<unknown>>;
}

const enospc = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

afterEach(() => jest.restoreAllMocks());

test.each([false, true])(
  'a write that fails half-way is truncated back, so the retry leaves one clean copy (gzip=%s)',
  async (gzip) => {
    const path = join(tmp(), 'w.log');
    const w = writer(path, { gzip });
    const encode = (s: string): Buffer => (gzip ? gzipSync(s) : Buffer.from(s));
    await w.append(encode('one\n'));
    const proto = await fileHandleProto();
    const realWrite = proto.write;
    jest.spyOn(proto, 'write').mockImplementationOnce(async function (
      this: unknown,
      buf: unknown,
      offset: unknown,
      length: unknown,
    ) {
      await realWrite.call(this, buf, offset, Math.floor((length as number) / 2));
      throw enospc();
    });
    const err = await w.append(encode('two two two two\n')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileWriteError);
    expect(err).toMatchObject({ op: 'write', code: 'ENOSPC' });
    await w.append(encode('two two two two\n'));
    await w.close();
    const live = gzip ? `${path}.gz` : path;
    const raw = readFileSync(live);
    expect((gzip ? gunzipSync(raw) : raw).toString()).toBe('one\ntwo two two two\n');
  },
);

test('an fsync failure undoes the write and is reported as op fsync', async () => {
  const path = join(tmp(), 's.log');
  const w = writer(path);
  await w.append(Buffer.from('a\n'));
  const proto = await fileHandleProto();
  jest.spyOn(proto, 'sync').mockImplementationOnce(async () => {
    throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
  });
  await expect(w.append(Buffer.from('b\n'))).rejects.toMatchObject({
    name: 'FileWriteError',
    op: 'fsync',
    code: 'EIO',
  });
  await w.append(Buffer.from('b\n'));
  await w.close();
  expect(readFileSync(path, 'utf8')).toBe('a\nb\n');
});

test('appends after close() reject; close() is idempotent', async () => {
  const w = writer(join(tmp(), 'c.log'));
  await w.append(Buffer.from('x\n'));
  await w.close();
  await w.close();
  await expect(w.append(Buffer.from('y\n'))).rejects.toMatchObject({ op: 'closed' });
});
