import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { startLrServer, type LrFixture } from '../../../test/support/lr-fixture';
import { LR_TOKEN } from '../../../test/support/lr-fixture';
import { silentLogger } from '../../observability/logger';
import type { LrSettings } from '../../config/settings';
import { newJobId, type ActionJob, type ActionJobSpec } from './action-job';
import { JobLedger, LEDGER_FILE } from './ledger';
import { ResponseActions } from './response-actions';
import { resultEvent } from './result-event';

let fx: LrFixture;
let dir: string;
const open: ResponseActions[] = [];

beforeEach(async () => {
  fx = await startLrServer();
  dir = mkdtempSync(join(tmpdir(), 'cbb-lr-actions-'));
});

afterEach(async () => {
  for (const a of open.splice(0)) await a.close(0);
  await fx.close();
  rmSync(dir, { recursive: true, force: true });
});

function settings(over: Partial<LrSettings> = {}): LrSettings {
  return {
    url: fx.url,
    token: LR_TOKEN,
    ca_file: '',
    verify_tls: true,
    request_timeout_s: 5,
    actions: true,
    data_dir: dir,
    max_sessions: 4,
    api_allow_destructive: false,
    file_max_bytes: 1 << 20,
    file_retention_h: 1,
    ...over,
  };
}

function actions(published: ActionJob[], over: Partial<LrSettings> = {}, registry?: Registry): ResponseActions {
  const a = new ResponseActions({
    settings: settings(over),
    pollMs: 5,
    logger: silentLogger(),
    ...(registry ? { registry } : {}),
    publish: async (job) => {
      published.push(structuredClone(job));
      return true;
    },
  });
  open.push(a);
  a.start();
  return a;
}

const spec = (over: Partial<ActionJobSpec>): ActionJobSpec => {
  const id = newJobId();
  return {
    id,
    key: `t:${id}`,
    sensorId: 10,
    steps: [],
    origin: { kind: 'api' },
    createdAt: Date.now(),
    deadlineMs: 5000,
    dryRun: false,
    ...over,
  };
};

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('a job kills the process on the sensor, records each step, and is published once with its result', async () => {
  const published: ActionJob[] = [];
  const registry = new Registry();
  const a = actions(published, {}, registry);
  const [job] = await a.runner.submit([
    spec({ steps: [{ command: { name: 'kill', object: '3120' } }, { command: { name: 'process list' } }] }),
  ]);
  await until(() => published.length === 1);
  expect(fx.server.state.sensors.get(10)!.processes.has(3120)).toBe(false);
  const done = published[0];
  expect(done.id).toBe(job.id);
  expect(done.status).toBe('succeeded');
  expect(done.hostname).toBe('WIN-EP7RMLTCLAJ');
  const event = resultEvent(done) as {
    commands: Array<{ status: string; result?: { processes?: Array<{ pid: number }> } }>;
  };
  expect(event.commands.map((c) => c.status)).toEqual(['complete', 'complete']);
  expect(event.commands[1].result?.processes?.map((p) => p.pid)).not.toContain(3120);
  await until(() => a.ledger.get(job.id)!.delivered);
  const text = await registry.metrics();
  expect(text).toMatch(/cb_bridge_lr_action_jobs_total\{status="succeeded"\} 1/);
  expect(text).toMatch(/cb_bridge_lr_action_commands_total\{command="kill",outcome="complete"\} 1/);
  expect(text).toMatch(/cb_bridge_lr_action_job_duration_seconds_count\{status="succeeded"\} 1/);
});

test('a destructive step sent before a crash is never sent again: the resumed job reports it unknown', async () => {
  // A ledger as a crash leaves it: the job started, 'kill' was sent, no outcome.
  const ledger = new JobLedger(dir);
  const s = spec({
    steps: [
      { command: { name: 'process list' } },
      { command: { name: 'kill', object: '3120' } },
      { command: { name: 'process list' } },
    ],
  });
  await ledger.append([
    { t: 'job', job: s },
    { t: 'start', id: s.id, at: Date.now() },
    { t: 'step', id: s.id, step: 0, outcome: { status: 'complete', result: {} } },
    { t: 'sent', id: s.id, step: 1, at: Date.now() },
  ]);
  await ledger.close();
  appendFileSync(join(dir, LEDGER_FILE), '{"t":"step","id":"'); // a torn last line
  const commands: string[] = [];
  fx.server.state.hooks.commandFinished = (_sid, c) => {
    commands.push(String(c.name));
  };
  const published: ActionJob[] = [];
  actions(published);
  await until(() => published.length === 1);
  expect(commands).toEqual([]);
  expect(fx.server.state.sensors.get(10)!.processes.has(3120)).toBe(true);
  expect(published[0].status).toBe('failed');
  expect(published[0].outcomes.map((o) => o?.status)).toEqual(['complete', 'unknown', undefined]);
  expect(published[0].error?.kind).toBe('interrupted');
});

test('a job interrupted before its destructive step resumes and runs it exactly once', async () => {
  const ledger = new JobLedger(dir);
  const s = spec({ steps: [{ command: { name: 'process list' } }, { command: { name: 'kill', object: '3120' } }] });
  await ledger.append([
    { t: 'job', job: s },
    { t: 'start', id: s.id, at: Date.now() },
  ]);
  await ledger.close();
  const commands: string[] = [];
  fx.server.state.hooks.commandFinished = (_sid, c) => {
    commands.push(String(c.name));
  };
  const published: ActionJob[] = [];
  const a = actions(published);
  await until(() => published.length === 1);
  expect(published[0].status).toBe('succeeded');
  expect(commands).toEqual(['process list', 'kill']);
  await until(() => a.ledger.get(s.id)!.delivered);
  await a.close(0);
  open.length = 0;
  // A second start finds it finished and delivered: nothing runs, nothing is published.
  const again: ActionJob[] = [];
  actions(again);
  await new Promise((r) => setTimeout(r, 100));
  expect(again).toEqual([]);
  expect(commands).toEqual(['process list', 'kill']);
});

test('an offline sensor fails the job at its deadline; get file saves the file under a generated name; a large one is refused', async () => {
  const published: ActionJob[] = [];
  const a = actions(published, { file_max_bytes: 1000 });
  await a.runner.submit([
    spec({ sensorId: 12, deadlineMs: 300, steps: [{ command: { name: 'process list' } }] }),
    spec({ steps: [{ command: { name: 'get file', object: 'C:\\Users\\pat\\notes.txt' }, download: true }] }),
    spec({ steps: [{ command: { name: 'get file', object: 'C:\\temp\\evil.exe' }, download: true }] }),
  ]);
  await until(() => published.length === 3);
  const byState = (sensor: number, obj?: string): ActionJob =>
    published.find((j) => j.sensorId === sensor && (obj === undefined || j.steps[0].command.object === obj))!;
  const offline = byState(12);
  expect(offline.status).toBe('failed');
  expect(offline.outcomes[0]?.error?.kind).toBe('deadline');
  const notes = byState(10, 'C:\\Users\\pat\\notes.txt');
  expect(notes.status).toBe('succeeded');
  const file = notes.outcomes[0]!.file!;
  expect(file.id).toBe(`${notes.id}-0`);
  expect(file.path).toBe(join(dir, 'files', file.id));
  expect(readFileSync(file.path, 'utf8')).toBe('quarterly numbers');
  expect(file.bytes).toBe(17);
  expect(await a.files.info(file.id)).toEqual({ path: file.path, bytes: 17 });
  expect(await a.files.info('../../etc/passwd')).toBeNull();
  const big = byState(10, 'C:\\temp\\evil.exe');
  expect(big.status).toBe('failed');
  expect(big.outcomes[0]?.error?.kind).toBe('file_too_large');
  expect(await a.files.info(`${big.id}-0`)).toBeNull();
});

test('API requests: destructive commands refused unless the setting allows them; cancel of a queued job', async () => {
  const published: ActionJob[] = [];
  const a = actions(published, { max_sessions: 1 });
  await expect(
    a.submitRequest({ sensorId: 10, commands: [{ name: 'kill', object: 3120 }], timeoutS: 5, download: true }),
  ).rejects.toMatchObject({ status: 403, code: 'destructive_not_allowed' });
  const slow = await a.submitRequest({
    sensorId: 12,
    commands: [{ name: 'process list' }],
    timeoutS: 1,
    download: true,
  });
  const queued = await a.submitRequest({
    sensorId: 10,
    commands: [{ name: 'process list' }],
    timeoutS: 5,
    download: true,
  });
  expect(a.job(queued.id).status).toBe('queued');
  await a.cancel(queued.id);
  expect(a.job(queued.id).status).toBe('cancelled');
  await expect(a.cancel(queued.id)).rejects.toMatchObject({ status: 409 });
  await until(() => published.length === 2);
  expect(a.job(slow.id).status).toBe('failed');
  expect(a.jobs({ limit: 10, status: 'cancelled' }).map((j) => j.id)).toEqual([queued.id]);
});
