import { appendFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DeadLetter } from '../dead-letter';
import { listRotatedFiles } from '../../sinks/file/rotation';
import { FileDeadLetterDestination } from './destination';
import { DeadLetterConfigError, DeadLetterWriteError } from './errors';
import { deadLetterFiles, readDeadLetters, type SkippedLine } from './reader';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'cbb-dlq-'));
  made.push(d);
  return d;
};

let seq = 0;
function letter(over: Partial<DeadLetter> = {}): DeadLetter {
  seq++;
  return {
    id: `dl-${seq}`,
    at: new Date(Date.UTC(2025, 0, 1, 0, 0, seq)).toISOString(),
    route: 'edr',
    sink: 'siem',
    reason: 'max_attempts',
    detail: `attempt ${seq} failed: "quoted"\nsecond line`,
    exchange: 'api.events',
    routingKey: 'ingress.event.procstart',
    contentType: 'application/protobuf',
    headers: { sensorId: seq },
    body: Buffer.from(`body ${seq} ${'x'.repeat(60)}`).toString('base64'),
    bodyEncoding: 'base64',
    location: { member: 'm', record: seq },
    ...over,
  };
}

async function readAll(path: string, skipped: SkippedLine[] = []): Promise<DeadLetter[]> {
  const out: DeadLetter[] = [];
  for await (const l of readDeadLetters(path, { onSkip: (s) => skipped.push(s) })) out.push(l);
  return out;
}

test('round trip: every letter back, in order, across size rotation', async () => {
  const path = join(tmp(), 'dl', 'dead-letters.jsonl');
  const d = new FileDeadLetterDestination({ path, maxBytes: 2048 });
  await d.start();
  const written: DeadLetter[] = [];
  for (let b = 0; b < 15; b++) {
    const batch = Array.from({ length: 1 + (b % 3) }, () => letter());
    written.push(...batch);
    await d.accept(batch);
  }
  await d.accept([]);
  await d.close();
  const rotated = await listRotatedFiles(path);
  expect(rotated.length).toBeGreaterThan(2);
  for (const f of rotated) expect(statSync(f.path).size).toBeLessThanOrEqual(2048);
  expect(await readAll(path)).toEqual(written);
});

test('reads rotated .gz siblings and tolerates a truncated last line', async () => {
  const path = join(tmp(), 'dead.jsonl');
  let now = Date.UTC(2025, 5, 1);
  const d = new FileDeadLetterDestination({ path, maxBytes: 1024 }, { clock: () => now });
  const written: DeadLetter[] = [];
  for (let b = 0; b < 8; b++) {
    const batch = [letter(), letter()];
    written.push(...batch);
    await d.accept(batch);
    now += 1000;
  }
  await d.close();
  // An external compressor gzips the oldest rotated file.
  const [oldest] = await listRotatedFiles(path);
  writeFileSync(`${oldest.path}.gz`, gzipSync(readFileSync(oldest.path)));
  rmSync(oldest.path);
  // A crash left half a line at the end of the live file.
  appendFileSync(path, JSON.stringify(letter()).slice(0, 50));

  const files = await deadLetterFiles(path);
  expect(files[0]).toEqual({ path: `${oldest.path}.gz`, gzip: true });
  expect(files[files.length - 1]).toEqual({ path, gzip: false });
  const skipped: SkippedLine[] = [];
  expect(await readAll(path, skipped)).toEqual(written);
  expect(skipped).toEqual([expect.objectContaining({ file: path, reason: 'truncated' })]);
});

test('gzip destination: live <path>.gz, rotated .gz members, and a gzip stream cut short', async () => {
  const path = join(tmp(), 'dead.jsonl');
  let now = Date.UTC(2025, 5, 1);
  const d = new FileDeadLetterDestination({ path, maxBytes: 1024, gzip: true }, { clock: () => now });
  const written: DeadLetter[] = [];
  for (let b = 0; b < 20; b++) {
    const batch = [letter({ body: Buffer.from(`${(b * 2654435761) >>> 0}`.repeat(20)).toString('base64') })];
    written.push(...batch);
    await d.accept(batch);
    now += 1;
  }
  await d.close();
  expect((await listRotatedFiles(path)).every((f) => f.gzip)).toBe(true);
  expect(await readAll(path)).toEqual(written);

  // Cut the live file's last member short: its letter is lost, the rest read fine.
  const live = `${path}.gz`;
  truncateSync(live, statSync(live).size - 12);
  const skipped: SkippedLine[] = [];
  const back = await readAll(path, skipped);
  expect(back.length).toBeGreaterThanOrEqual(written.length - 1);
  expect(back).toEqual(written.slice(0, back.length));
  expect(skipped).toEqual(
    back.length === written.length ? [] : [expect.objectContaining({ reason: 'truncated', file: live })],
  );
  expect(back.length + skipped.length).toBe(written.length);
});

test('lines that are not dead letters are skipped and reported', async () => {
  const path = join(tmp(), 'mixed.jsonl');
  const good = letter();
  writeFileSync(path, `${JSON.stringify(good)}\nnot json\n{"id":1}\n\n`);
  const skipped: SkippedLine[] = [];
  expect(await readAll(path, skipped)).toEqual([good]);
  expect(skipped.map((s) => [s.line, s.reason])).toEqual([
    [2, 'invalid'],
    [3, 'invalid'],
  ]);
  expect(await readAll(join(tmp(), 'none.jsonl'))).toEqual([]);
});

test('64-bit header values are stored as decimal strings', async () => {
  const path = join(tmp(), 'big.jsonl');
  const d = new FileDeadLetterDestination({ path });
  await d.accept([letter({ headers: { ts: 2n ** 63n - 1n } })]);
  await d.close();
  const [back] = await readAll(path);
  expect(back.headers).toEqual({ ts: '9223372036854775807' });
});

test('accept() rejects with DeadLetterWriteError when the letters cannot be stored, and works again after', async () => {
  const dir = tmp();
  const sub = join(dir, 'sub');
  const path = join(sub, 'dead.jsonl');
  const d = new FileDeadLetterDestination({ path });
  await d.start();
  const first = letter();
  await d.accept([first]);
  rmSync(sub, { recursive: true });
  writeFileSync(sub, 'a file where the directory was');
  const refused = letter();
  const err = await d.accept([refused]).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DeadLetterWriteError);
  expect(err).toMatchObject({ path, letters: 1, code: expect.stringMatching(/EEXIST|ENOTDIR/) });
  rmSync(sub);
  await d.accept([refused]);
  await d.close();
  expect(await readAll(path)).toEqual([refused]);
  await expect(d.accept([letter()])).rejects.toBeInstanceOf(DeadLetterWriteError);

  const cyclic = letter();
  (cyclic.headers as Record<string, unknown>).self = cyclic.headers;
  const d2 = new FileDeadLetterDestination({ path: join(dir, 'c.jsonl') });
  await expect(d2.accept([cyclic])).rejects.toBeInstanceOf(DeadLetterWriteError);
  await d2.close();
});

test('start() rejects when the file cannot be opened; bad options throw DeadLetterConfigError', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'blocker'), '');
  await expect(
    new FileDeadLetterDestination({ path: join(dir, 'blocker', 'dead.jsonl') }).start(),
  ).rejects.toBeInstanceOf(DeadLetterWriteError);
  expect(() => new FileDeadLetterDestination({ path: 'x', maxBytes: 10 })).toThrow(DeadLetterConfigError);
  expect(() => new FileDeadLetterDestination({ path: '' })).toThrow(DeadLetterConfigError);
  // A literal path: '%' is not a token here.
  const literal = join(dir, '100%Y.jsonl');
  const d = new FileDeadLetterDestination({ path: literal });
  await d.accept([letter()]);
  await d.close();
  expect((await readAll(literal)).length).toBe(1);
});
