import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { DeadLetter } from '../dead-letter';
import { DeadLetterCursorError } from '../dead-letter-store';
import { listRotatedFiles } from '../../sinks/file/rotation';
import { FileDeadLetterDestination } from './destination';
import { readDeadLetters } from './reader';
import { FileDeadLetterStore, ledgerPath } from './store';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'cbb-dlstore-'));
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
    detail: 'refused',
    exchange: 'api.events',
    routingKey: 'ingress.event.procstart',
    contentType: 'application/json',
    headers: {},
    body: `{"seq":${seq},"pad":"${randomBytes(60).toString('hex')}"}`,
    bodyEncoding: 'utf8',
    ...over,
  };
}

async function stored(path: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const l of readDeadLetters(path)) ids.push(l.id);
  return ids;
}

async function setup(
  n: number,
  opts: { gzip?: boolean; maxBytes?: number } = {},
): Promise<{ path: string; dest: FileDeadLetterDestination; letters: DeadLetter[] }> {
  const path = join(tmp(), 'dead.jsonl');
  let now = Date.UTC(2025, 0, 1);
  const dest = new FileDeadLetterDestination({ path, ...opts }, { clock: () => now++ });
  await dest.start();
  const letters = Array.from({ length: n }, () => letter());
  for (let i = 0; i < letters.length; i += 3) await dest.accept(letters.slice(i, i + 3));
  return { path, dest, letters };
}

test('pages through the letters with an opaque cursor, oldest first', async () => {
  const { path, dest, letters } = await setup(7);
  const store = new FileDeadLetterStore(path);
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await store.list({ limit: 3, ...(cursor ? { cursor } : {}) });
    seen.push(...page.letters.map((l) => l.id));
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 10);
  expect(seen).toEqual(letters.map((l) => l.id));
  expect(pages).toBe(3);
  await expect(store.list({ limit: 2, cursor: 'garbage!' })).rejects.toBeInstanceOf(DeadLetterCursorError);
  await dest.close();
});

test('removed letters disappear from listings at once and from the files at compaction', async () => {
  const { path, dest, letters } = await setup(6);
  const store = new FileDeadLetterStore(path, { exclusive: (t) => dest.exclusive(t), compactAfter: 0 });
  expect(await store.remove([letters[1].id, letters[4].id, 'unknown'])).toBe(2);
  expect(await store.remove([letters[1].id])).toBe(0);
  expect((await store.first(100)).map((l) => l.id)).toEqual([0, 2, 3, 5].map((i) => letters[i].id));
  expect(await stored(path)).toHaveLength(6);
  expect(readFileSync(ledgerPath(path), 'utf8').trim().split('\n')).toEqual([
    JSON.stringify(letters[1].id),
    JSON.stringify(letters[4].id),
  ]);
  // A cursor pointing at a removed letter still resumes (it is in the files until compaction).
  const page = await store.list({
    limit: 1,
    cursor: Buffer.from(JSON.stringify({ after: letters[1].id })).toString('base64url'),
  });
  expect(page.letters.map((l) => l.id)).toEqual([letters[2].id]);

  const report = await store.compact();
  expect(report).toEqual({ rewritten: 1, deleted: 0, dropped: 2 });
  expect(await stored(path)).toEqual([0, 2, 3, 5].map((i) => letters[i].id));
  expect(existsSync(ledgerPath(path))).toBe(false);
  // The destination keeps appending after its live file was replaced.
  const later = letter();
  await dest.accept([later]);
  expect(await stored(path)).toEqual([...[0, 2, 3, 5].map((i) => letters[i].id), later.id]);
  await dest.close();
});

test('compaction deletes rotated files left empty and rewrites gzip files as gzip', async () => {
  const { path, dest, letters } = await setup(30, { gzip: true, maxBytes: 1024 });
  const rotatedBefore = await listRotatedFiles(path);
  expect(rotatedBefore.length).toBeGreaterThan(1);
  const store = new FileDeadLetterStore(path, { exclusive: (t) => dest.exclusive(t), compactAfter: 4 });
  // Remove everything in the oldest rotated file plus one more: reaching compactAfter compacts.
  const oldest: string[] = [];
  const { linesOf, parseLetter } = await import('./reader');
  for await (const line of linesOf({ path: rotatedBefore[0].path, gzip: true }))
    oldest.push(parseLetter(line.text)!.id);
  const doomed = [...oldest, letters[letters.length - 1].id];
  expect(await store.remove(doomed)).toBe(doomed.length);
  expect(doomed.length).toBeGreaterThanOrEqual(4);
  const rotatedAfter = await listRotatedFiles(path);
  expect(rotatedAfter.map((f) => f.path)).not.toContain(rotatedBefore[0].path);
  expect(await stored(path)).toEqual(letters.map((l) => l.id).filter((id) => !doomed.includes(id)));
  await dest.accept([letter()]);
  expect((await stored(path)).length).toBe(letters.length - doomed.length + 1);
  await dest.close();
});

test('a torn ledger line loses only that removal', async () => {
  const { path, dest, letters } = await setup(3);
  appendFileSync(ledgerPath(path), `${JSON.stringify(letters[0].id)}\n"${letters[1].id}`);
  const store = new FileDeadLetterStore(path);
  expect((await store.first(10)).map((l) => l.id)).toEqual([letters[1].id, letters[2].id]);
  expect(await store.remove([letters[2].id])).toBe(1);
  expect((await store.first(10)).map((l) => l.id)).toEqual([letters[1].id]);
  expect(await new FileDeadLetterStore(path).first(10)).toEqual([letters[1]]);
  await dest.close();
});

describe('a store holding very large letters (written before bodies were capped) stays usable', () => {
  test('list with a cursor, get, remove and a byte-capped page answer without reading lines quadratically', async () => {
    const path = join(tmp(), 'dead.jsonl');
    const small = Array.from({ length: 200 }, () => letter());
    const huge = letter({
      body: 'A'.repeat(70 * 1024 * 1024),
      bodyEncoding: 'base64',
      sink: '',
      reason: 'body_too_large',
    });
    const after = Array.from({ length: 50 }, () => letter());
    const line = (l: DeadLetter): string => `${JSON.stringify(l)}\n`;
    appendFileSync(path, small.map(line).join(''));
    appendFileSync(path, line(huge));
    appendFileSync(path, after.map(line).join(''));
    const store = new FileDeadLetterStore(path);
    const last = after[after.length - 1];

    expect((await store.get([last.id])).map((l) => l.id)).toEqual([last.id]);
    const first = await store.list({ limit: 200 });
    expect(first.letters).toHaveLength(200);
    // The huge letter is a page of its own when pages are capped by bytes; the cursor goes on past it.
    const capped = await store.list({ limit: 100, cursor: first.nextCursor!, maxBytes: 1024 * 1024 });
    expect(capped.letters.map((l) => l.id)).toEqual([huge.id]);
    const rest = await store.list({ limit: 100, cursor: capped.nextCursor!, maxBytes: 1024 * 1024 });
    expect(rest.letters.map((l) => l.id)).toEqual(after.map((l) => l.id));
    expect(await store.remove([huge.id, last.id])).toBe(2);
    expect(await store.ids()).toHaveLength(249);
    expect(await store.get([huge.id])).toEqual([]);
  }, 60_000);
});
