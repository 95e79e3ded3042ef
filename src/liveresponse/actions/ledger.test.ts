import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newJobId, type ActionJobSpec } from './action-job';
import { FileStore } from './file-store';
import { JobLedger, LEDGER_FILE } from './ledger';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cbb-ledger-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const spec = (createdAt: number, over: Partial<ActionJobSpec> = {}): ActionJobSpec => {
  const id = newJobId();
  return {
    id,
    key: `k:${id}`,
    sensorId: 10,
    steps: [{ command: { name: 'kill', object: '7' } }],
    origin: { kind: 'api' },
    createdAt,
    deadlineMs: 1000,
    dryRun: false,
    ...over,
  };
};

test('reads back what was appended; a start compacts away old finished and delivered jobs and keeps the rest as they stand', async () => {
  const day = 24 * 3_600_000;
  const now = Date.now();
  const ledger = new JobLedger(dir);
  const old = spec(now - 30 * day);
  const oldUndelivered = spec(now - 30 * day);
  const running = spec(now - 30 * day);
  const recent = spec(now - day, { dropped: 'rate_limit_total: over' });
  await ledger.append([
    { t: 'job', job: old },
    { t: 'job', job: oldUndelivered },
    { t: 'job', job: running },
    { t: 'job', job: recent },
  ]);
  await ledger.append([
    { t: 'start', id: old.id, at: now - 30 * day, hostname: 'h' },
    { t: 'sent', id: old.id, step: 0, at: now - 30 * day },
    { t: 'step', id: old.id, step: 0, outcome: { status: 'complete', result: {} } },
    { t: 'end', id: old.id, status: 'succeeded', at: now - 30 * day },
    { t: 'delivered', id: old.id },
    {
      t: 'end',
      id: oldUndelivered.id,
      status: 'failed',
      at: now - 30 * day,
      error: { kind: 'deadline', message: 'late' },
    },
    { t: 'start', id: running.id, at: now - 30 * day },
    { t: 'sent', id: running.id, step: 0, at: now - 30 * day },
    { t: 'delivered', id: recent.id },
  ]);
  await ledger.close();
  const before = new JobLedger(dir, undefined, Number.MAX_SAFE_INTEGER);
  expect(before.all()).toHaveLength(4);
  expect(before.get(old.id)).toMatchObject({ status: 'succeeded', hostname: 'h', sent: [0], delivered: true });
  await before.close();

  const after = new JobLedger(dir);
  expect(after.get(old.id)).toBeUndefined();
  expect(after.byIdempotencyKey(old.key)).toBeUndefined();
  expect(after.get(oldUndelivered.id)).toMatchObject({
    status: 'failed',
    error: { kind: 'deadline' },
    delivered: false,
  });
  expect(after.get(running.id)).toMatchObject({ status: 'running', sent: [0] });
  expect(after.get(recent.id)).toMatchObject({ status: 'dropped', delivered: true });
  expect(after.unfinished().map((j) => j.id)).toEqual([running.id]);
  expect(after.undelivered().map((j) => j.id)).toEqual([oldUndelivered.id]);
  await after.close();
  expect(readFileSync(join(dir, LEDGER_FILE), 'utf8')).not.toContain(old.id);
  // Read once more: the compacted file says the same.
  const again = new JobLedger(dir);
  expect(
    again
      .all()
      .map((j) => [j.id, j.status])
      .sort(),
  ).toEqual(
    after
      .all()
      .map((j) => [j.id, j.status])
      .sort(),
  );
  await again.close();
});

test('downloaded files: generated ids only, and the retention sweep deletes old ones', async () => {
  const store = new FileStore(dir, 100, 3_600_000);
  const fresh = store.pathOf('0123456789abcdef-0')!;
  const stale = store.pathOf('0123456789abcdef-1')!;
  writeFileSync(fresh, 'new');
  writeFileSync(stale, 'old');
  const twoHoursAgo = (Date.now() - 2 * 3_600_000) / 1000;
  utimesSync(stale, twoHoursAgo, twoHoursAgo);
  expect(store.pathOf('../jobs.ledger')).toBeNull();
  expect(store.pathOf('C:\\Windows\\evil.exe')).toBeNull();
  expect(await store.sweep()).toBe(1);
  expect([existsSync(fresh), existsSync(stale)]).toEqual([true, false]);
  expect(await new FileStore(dir, 100, 0).sweep()).toBe(0);
});
