import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SinkRecord } from '../sink';
import { resolveFileSinkConfig, type FileSinkConfig } from './config';
import { listRotatedFiles, liveFileName } from './rotation';
import { FileSink } from './sink';

const T0 = Date.UTC(2025, 0, 2, 3, 4, 5, 678);

function rec(text: string, i = 0): SinkRecord {
  return {
    id: `m-${i}`,
    text,
    record: {},
    routingKey: 'ingress.event.procstart',
    contentType: 'application/protobuf',
    eventKey: 'ingress.event.procstart',
    receivedAt: T0,
  };
}

function lines(prefix: string, n: number, width = 40): string[] {
  // Hex-ish payload so gzip cannot shrink batches to nothing.
  return Array.from(
    { length: n },
    (_, i) =>
      `{"${prefix}":${i},"pad":"${(((i + 1) * 2654435761) >>> 0)
        .toString(16)
        .padStart(8, '0')
        .repeat(width / 8)}"}`,
  );
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-file-sink-'));
  made.push(dir);
  return dir;
}

class FakeClock {
  constructor(public now = T0) {}
  readonly fn = (): number => this.now;
}

function sink(config: FileSinkConfig, clock = new FakeClock()): FileSink {
  return new FileSink('file-test', resolveFileSinkConfig(config), { clock: clock.fn, maintenanceIntervalMs: null });
}

async function sendAll(s: FileSink, texts: string[]): Promise<void> {
  const outcomes = await s.send(texts.map((t, i) => rec(t, i)));
  expect(outcomes).toEqual(texts.map(() => ({ status: 'accepted' })));
}

/** Every line of a path's rotated siblings then its live file, in order (gunzipping .gz files). */
async function readAllLines(base: string, gzip: boolean): Promise<string[]> {
  const files = (await listRotatedFiles(base)).map((f) => f.path);
  const live = liveFileName(base, gzip);
  if (existsSync(live)) files.push(live);
  return files.flatMap((f) => fileLines(f));
}

function fileLines(path: string): string[] {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text === '' ? [] : text.slice(0, -1).split('\n');
}

test('writes one line per record, exactly, creating parent directories with the configured mode', async () => {
  const dir = tmp();
  const path = join(dir, 'a', 'b', 'events.jsonl');
  const s = sink({ path, mode: '0600' });
  await s.start();
  const texts = ['{"a":1}', 'LEEF:1.0|CB|CB|7.x|x|cat=ü ✓', '{"z":"\\n escaped"}'];
  await sendAll(s, texts);
  await sendAll(s, ['{"b":2}']);
  await s.close();
  expect(readFileSync(path, 'utf8')).toBe(`${texts.join('\n')}\n{"b":2}\n`);
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(s.health()).toEqual({ state: 'up', lastError: null, lastErrorAt: null });
});

test('a record whose text holds a line break is failed, the rest of the batch is written', async () => {
  const path = join(tmp(), 'e.log');
  const s = sink({ path });
  const outcomes = await s.send([rec('one'), rec('two\nlines'), rec('three')]);
  expect(outcomes).toEqual([
    { status: 'accepted' },
    { status: 'failed', error: 'record text contains a line break' },
    { status: 'accepted' },
  ]);
  await s.close();
  expect(readFileSync(path, 'utf8')).toBe('one\nthree\n');
});

test.each([false, true])(
  'size rotation (gzip=%s) keeps every line exactly once, in order, across many files',
  async (gzip) => {
    const base = join(tmp(), 'out', 'events.jsonl');
    const clock = new FakeClock();
    const s = sink({ path: base, gzip, rotate: { max_bytes: 1024 } }, clock);
    const all: string[] = [];
    for (let b = 0; b < 60; b++) {
      const batch = lines(`b${b}`, 1 + (b % 7));
      all.push(...batch);
      await sendAll(s, batch);
      if (b % 3 === 0) clock.now += 1; // several rotations share a millisecond: names must still be unique
    }
    await s.close();
    const rotated = await listRotatedFiles(base);
    expect(rotated.length).toBeGreaterThan(gzip ? 3 : 10);
    for (const f of rotated) {
      expect(f.gzip).toBe(gzip);
      expect(f.path).toMatch(gzip ? /events\.jsonl\.\d{8}T\d{9}Z\.gz$/ : /events\.jsonl\.\d{8}T\d{9}Z$/);
      expect(statSync(f.path).size).toBeLessThanOrEqual(1024);
    }
    expect(existsSync(gzip ? `${base}.gz` : base)).toBe(true);
    expect(existsSync(gzip ? base : `${base}.gz`)).toBe(false);
    expect(await readAllLines(base, gzip)).toEqual(all);
  },
);

test('gzip: each batch is its own member and the whole file gunzips to all lines', async () => {
  const base = join(tmp(), 'z.jsonl');
  const s = sink({ path: base, gzip: true });
  await sendAll(s, ['a', 'b']);
  await sendAll(s, ['c']);
  await s.close();
  const raw = readFileSync(`${base}.gz`);
  expect(raw.length).toBeGreaterThan(gzipSync('a\nb\nc\n').length); // two members, not one
  expect(gunzipSync(raw).toString()).toBe('a\nb\nc\n');
});

test('a batch larger than max_bytes is written whole into a fresh file', async () => {
  const base = join(tmp(), 'big.log');
  const s = sink({ path: base, rotate: { max_bytes: 1024 } });
  await sendAll(s, ['small']);
  const big = lines('big', 40);
  await sendAll(s, big);
  await sendAll(s, ['after']);
  await s.close();
  const rotated = await listRotatedFiles(base);
  expect(rotated.map((f) => fileLines(f.path))).toEqual([['small'], big]);
  expect(fileLines(base)).toEqual(['after']);
});

test('time rotation with an injected clock: rotated names carry the rotation time', async () => {
  const base = join(tmp(), 't.log');
  const clock = new FakeClock();
  const s = sink({ path: base, rotate: { interval_s: 1 } }, clock);
  await sendAll(s, ['t0']);
  clock.now += 500;
  await sendAll(s, ['t500']);
  clock.now += 500;
  await sendAll(s, ['t1000']); // the file's first line is 1 s old: rotate first
  clock.now += 999;
  await sendAll(s, ['t1999']);
  clock.now += 1;
  await sendAll(s, ['t2000']);
  await s.close();
  const rotated = await listRotatedFiles(base);
  expect(rotated.map((f) => f.path)).toEqual([`${base}.20250102T030406678Z`, `${base}.20250102T030407678Z`]);
  expect(rotated.map((f) => fileLines(f.path))).toEqual([
    ['t0', 't500'],
    ['t1000', 't1999'],
  ]);
  expect(fileLines(base)).toEqual(['t2000']);
});

test('maintain() rotates an idle file past its interval, and leaves an empty one alone', async () => {
  const base = join(tmp(), 'idle.log');
  const clock = new FakeClock();
  const s = sink({ path: base, rotate: { interval_s: 60 } }, clock);
  await s.start();
  clock.now += 120_000;
  await s.maintain();
  expect(await listRotatedFiles(base)).toEqual([]);
  await sendAll(s, ['x']);
  clock.now += 59_999;
  await s.maintain();
  expect(await listRotatedFiles(base)).toHaveLength(0);
  clock.now += 1;
  await s.maintain();
  expect((await listRotatedFiles(base)).map((f) => fileLines(f.path))).toEqual([['x']]);
  expect(existsSync(base)).toBe(false);
  await sendAll(s, ['y']);
  await s.close();
  expect(fileLines(base)).toEqual(['y']);
});

test('path tokens expand in UTC when a file opens, and a new file starts when the expansion changes', async () => {
  const dir = tmp();
  const clock = new FakeClock(Date.UTC(2025, 11, 31, 23, 59, 59, 900));
  const s = sink({ path: join(dir, '%Y', '%m%d', 'ev-%H.log') }, clock);
  await sendAll(s, ['old-year']);
  clock.now += 200;
  await sendAll(s, ['new-year']);
  await s.close();
  expect(fileLines(join(dir, '2025', '1231', 'ev-23.log'))).toEqual(['old-year']);
  expect(fileLines(join(dir, '2026', '0101', 'ev-00.log'))).toEqual(['new-year']);
});

test('max_files keeps only the newest rotated files', async () => {
  const base = join(tmp(), 'p.log');
  const clock = new FakeClock();
  const s = sink({ path: base, rotate: { max_bytes: 1024 }, max_files: 2 }, clock);
  const batches: string[][] = [];
  for (let b = 0; b < 12; b++) {
    const batch = lines(`p${b}`, 14); // more than half of max_bytes: one batch per file
    expect(Buffer.byteLength(`${batch.join('\n')}\n`)).toBeGreaterThan(512);
    batches.push(batch);
    await sendAll(s, batch);
    clock.now += 1000;
  }
  await s.close();
  const rotated = await listRotatedFiles(base);
  expect(rotated).toHaveLength(2);
  expect(rotated.map((f) => fileLines(f.path))).toEqual([batches[9], batches[10]]);
  expect(fileLines(base)).toEqual(batches[11]);
  expect(readdirSync(join(base, '..'))).toHaveLength(3);
});

test('an I/O failure answers retryable and marks the sink down; the retry succeeds once the problem is gone', async () => {
  const dir = tmp();
  const sub = join(dir, 'sub');
  const path = join(sub, 'out.log');
  const clock = new FakeClock();
  const s = sink({ path }, clock);
  await sendAll(s, ['before']);

  // The directory becomes a regular file: the open file is gone and cannot be recreated.
  rmSync(sub, { recursive: true });
  writeFileSync(sub, 'not a directory');
  clock.now += 10;
  const failed = await s.send([rec('during-1'), rec('during-2')]);
  expect(failed).toHaveLength(2);
  for (const o of failed) {
    expect(o.status).toBe('retryable');
    expect(o.status === 'retryable' && o.error).toMatch(/EEXIST|ENOTDIR/);
  }
  expect(s.health()).toMatchObject({ state: 'down', lastErrorAt: clock.now });
  expect(s.health().lastError).toMatch(/EEXIST|ENOTDIR/);

  rmSync(sub);
  await sendAll(s, ['during-1', 'during-2']);
  expect(s.health().state).toBe('up');
  expect(s.health().lastError).not.toBeNull();
  await s.close();
  expect(fileLines(path)).toEqual(['during-1', 'during-2']);
});

test('a directory removed between batches is recreated: nothing is written into the unlinked file', async () => {
  const dir = tmp();
  const path = join(dir, 'gone', 'out.log');
  const s = sink({ path });
  await sendAll(s, ['first']);
  rmSync(join(dir, 'gone'), { recursive: true });
  await sendAll(s, ['second']);
  await s.close();
  expect(fileLines(path)).toEqual(['second']);
});

test('a file moved away (external rotation) is reopened at the configured path', async () => {
  const dir = tmp();
  const path = join(dir, 'm.log');
  const s = sink({ path });
  await sendAll(s, ['one']);
  renameSync(path, `${path}.1`);
  await sendAll(s, ['two']);
  await s.close();
  expect(fileLines(`${path}.1`)).toEqual(['one']);
  expect(fileLines(path)).toEqual(['two']);
});

const devFull = existsSync('/dev/full') ? test : test.skip;
devFull('ENOSPC (writing to /dev/full) is retryable', async () => {
  const s = sink({ path: '/dev/full', fsync: false });
  const outcomes = await s.send([rec('x')]);
  expect(outcomes[0]).toMatchObject({ status: 'retryable', error: expect.stringMatching(/ENOSPC/) });
  expect(s.health().state).toBe('down');
  await s.close();
});

test('concurrent send() calls never interleave lines (with rotation and gzip in play)', async () => {
  const base = join(tmp(), 'c.jsonl');
  const s = sink({ path: base, gzip: true, rotate: { max_bytes: 2048 } });
  const batches = Array.from({ length: 40 }, (_, b) => lines(`c${b}`, 3 + (b % 11)));
  const results = await Promise.all(batches.map((batch) => s.send(batch.map((t) => rec(t)))));
  for (const r of results) expect(r.every((o) => o.status === 'accepted')).toBe(true);
  await s.close();
  const got = await readAllLines(base, true);
  // Batches went out in call order, each contiguous.
  expect(got).toEqual(batches.flat());
});

test('an existing file with a torn last line gets a newline before new lines', async () => {
  const path = join(tmp(), 'torn.log');
  writeFileSync(path, 'complete\n{"torn":');
  const s = sink({ path });
  await sendAll(s, ['next']);
  await s.close();
  expect(readFileSync(path, 'utf8')).toBe('complete\n{"torn":\nnext\n');
});

test('gzip: a non-empty live file from an earlier run is rotated away before writing', async () => {
  const base = join(tmp(), 'g.jsonl');
  const torn = gzipSync('old-1\nold-2\n').subarray(0, 15);
  writeFileSync(`${base}.gz`, torn);
  const s = sink({ path: base, gzip: true });
  await s.start();
  await sendAll(s, ['new']);
  await s.close();
  const rotated = await listRotatedFiles(base);
  expect(rotated).toHaveLength(1);
  expect(readFileSync(rotated[0].path)).toEqual(torn);
  expect(gunzipSync(readFileSync(`${base}.gz`)).toString()).toBe('new\n');
});

test('after close(), send() answers retryable and does not throw', async () => {
  const path = join(tmp(), 'closed.log');
  const s = sink({ path });
  await sendAll(s, ['a']);
  await s.close();
  await s.close();
  expect(await s.send([rec('b')])).toEqual([{ status: 'retryable', error: 'file sink file-test is closed' }]);
  expect(fileLines(path)).toEqual(['a']);
});

test('start() on an unusable path reports down instead of throwing; later sends recover', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'x'));
  writeFileSync(join(dir, 'x', 'blocker'), '');
  const path = join(dir, 'x', 'blocker', 'out.log');
  const s = sink({ path });
  await expect(s.start()).resolves.toBeUndefined();
  expect(s.health().state).toBe('down');
  rmSync(join(dir, 'x', 'blocker'));
  await sendAll(s, ['ok']);
  await s.close();
  expect(fileLines(path)).toEqual(['ok']);
});
