import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CbPublisher } from '../../src/simulate/publisher';
import type { OutgoingMessage } from '../../src/simulate/traffic';
import type { BridgeRuntime } from '../../src/app/bridge-runtime';
import type { AdminServer } from '../../src/admin/server';
import { LEDGER_FILE } from '../../src/liveresponse/actions/ledger';
import { uniquePrefix, waitFor } from '../support/broker';
import { TestVhost } from '../support/vhost';
import { jsonLines, tempDir } from '../support/bridge-fixture';
import { BridgeProcess } from '../support/bridge-process';
import { startAdminBridge, type AdminClient } from '../support/admin-fixture';
import { LR_TOKEN, startLrServer, type LrFixture } from '../support/lr-fixture';

/**
 * Response actions on the real broker and a real lr-server: watchlist hits kill processes, results
 * reach a file sink as liveresponse.result events, the dedupe window, dry run, an offline sensor,
 * the jobs API, two replicas on the same queues, and a bridge process SIGKILLed mid-job.
 */
jest.setTimeout(180_000);

const vhost = TestVhost.create(uniquePrefix('vh-lr-actions'));
const dir = tempDir('lr-actions');

const SENSORS = `
server: { command_delay_ms: 20, check_in_timeout_s: 30, sensor_wait_timeout_s: 60 }
sensors:
  - id: 10
    hostname: WIN-EP7RMLTCLAJ
    os: windows
    checkin_delay_ms: 30
    processes:
${Array.from({ length: 30 }, (_, i) => `      - { pid: ${3100 + i}, path: 'c:\\temp\\evil${i}.exe' }`).join('\n')}
    files:
      - { path: 'C:\\Users\\pat\\notes.txt', content: "quarterly numbers" }
  - id: 12
    hostname: LAPTOP-OFFLINE
    os: windows
    online: false
  - id: 20
    hostname: SLOW-01
    os: windows
    checkin_delay_ms: 2500
    command_delay_ms: 2500
    processes:
      - { pid: 5000, path: 'c:\\temp\\slow-a.exe' }
      - { pid: 5001, path: 'c:\\temp\\slow-b.exe' }
`;

let lr: LrFixture;
let publisher: CbPublisher;
/** kill commands the server finished, by sensor and pid. */
const kills: string[] = [];
let hitSeq = 0;

beforeAll(async () => {
  lr = await startLrServer(SENSORS);
  lr.server.state.hooks.commandFinished = (sessionId, c) => {
    if (c.name === 'kill') kills.push(`${lr.server.state.getSession(sessionId).sensor_id}:${String(c.object)}`);
  };
  publisher = new CbPublisher({ url: vhost.amqpUrl, declare: true, persistent: true });
  await publisher.open();
});

afterAll(async () => {
  await publisher.close();
  await lr.close();
  vhost.delete();
});

/** A watchlist.hit.process (shaped like the captured ones) for a process on a sensor. */
function hit(sensorId: number, pid: number, routingKey = 'watchlist.hit.process'): OutgoingMessage {
  const doc = {
    process_md5: '6a993f9b16b993ae0e9d838efa3a1c72',
    sensor_id: sensorId,
    process_pid: pid,
    process_name: `evil${pid}.exe`,
    path: `c:\\temp\\evil${pid}.exe`,
    hostname: 'WIN-EP7RMLTCLAJ',
    group: 'Default Group',
    unique_id: '00000001-0000-06f4-01d1-20a126347d43-00000001',
    segment_id: 1,
  };
  const body = {
    server_name: 'cbtest',
    watchlist_id: 7,
    watchlist_name: 'evil tools',
    event_timestamp: 1447700467 + hitSeq++,
    docs: [doc],
  };
  return {
    exchange: 'api.events',
    routingKey,
    contentType: 'application/json',
    headers: {},
    body: Buffer.from(JSON.stringify(body)),
    events: 1,
    firstSeq: 0,
  };
}

/** startAdminBridge with the output folder made first. */
function bridgeIn(out: string, prefix: string, env: Record<string, string>): ReturnType<typeof startAdminBridge> {
  mkdirSync(out, { recursive: true });
  return startAdminBridge(out, routesYaml(out), prefix, { CB_BRIDGE_AMQP_URL: vhost.amqpUrl, ...env });
}

async function publish(...messages: OutgoingMessage[]): Promise<void> {
  for (const m of messages) await publisher.publish(m);
  await publisher.flush();
}

const routesYaml = (out: string, extra = ''): string => `
dead_letter: { type: file, path: ${join(out, 'dead.jsonl')} }
routes:
  - name: contain
    match: [watchlist.hit.process]
    sinks:
      - type: liveresponse
        name: kill
        allow_destructive: true
        deadline_s: 20
        dedupe_window_s: 600
        actions:
          - { command: kill, object: '{docs.0.process_pid}' }
          - { command: process list }
  - name: rehearse
    match: [feed.ingress.hit.process]
    sinks:
      - type: liveresponse
        allow_destructive: true
        dry_run: true
        actions: [{ command: kill, object: '{docs.0.process_pid}' }]
  - name: results
    match: [liveresponse.result]
    sinks: [{ type: file, path: ${join(out, 'results.jsonl')} }]
${extra}`;

const lrEnv = (dataDir: string, actions = true): Record<string, string> => ({
  CB_BRIDGE_LR_URL: lr.url,
  CB_BRIDGE_LR_TOKEN: LR_TOKEN,
  CB_BRIDGE_LR_DATA_DIR: dataDir,
  CB_BRIDGE_LR_ACTIONS: String(actions),
});

type Result = {
  type: string;
  job_id: string;
  status: string;
  sensor_id: number;
  hostname?: string;
  trigger?: { event_type: string };
  commands: Array<{
    name: string;
    object: string | null;
    status: string;
    result?: { processes?: Array<{ pid: number }> };
    error?: { kind: string };
  }>;
  error?: { kind: string };
};
const results = (out: string): Result[] => jsonLines(join(out, 'results.jsonl')) as unknown as Result[];
const hasProcess = (sensor: number, pid: number): boolean => lr.server.state.sensors.get(sensor)!.processes.has(pid);

describe('one bridge with response actions', () => {
  const out = join(dir, 'one');
  let runtime: BridgeRuntime;
  let admin: AdminServer;
  let api: AdminClient;

  beforeAll(async () => {
    ({ runtime, admin, api } = await bridgeIn(out, uniquePrefix('lr-one'), lrEnv(join(out, 'data'))));
  });

  afterAll(async () => {
    await admin?.close();
    await runtime?.stop();
  });

  test('a watchlist hit kills the process on the sensor and a liveresponse.result reaches the file sink', async () => {
    await publish(hit(10, 3100));
    expect(await waitFor(() => results(out).length === 1, 20_000)).toBe(true);
    expect(hasProcess(10, 3100)).toBe(false);
    const [r] = results(out);
    expect(r).toMatchObject({
      type: 'liveresponse.result',
      status: 'succeeded',
      sensor_id: 10,
      hostname: 'WIN-EP7RMLTCLAJ',
      trigger: { event_type: 'watchlist.hit.process' },
    });
    expect(r.commands.map((c) => [c.name, c.object, c.status])).toEqual([
      ['kill', '3100', 'complete'],
      ['process list', null, 'complete'],
    ]);
    expect(r.commands[1].result?.processes?.some((p) => p.pid === 3100)).toBe(false);
    expect(kills.filter((k) => k === '10:3100')).toHaveLength(1);
  });

  test('the same hit twice inside the dedupe window runs once', async () => {
    await publish(hit(10, 3101), hit(10, 3101));
    expect(await waitFor(() => results(out).some((r) => r.commands[0].object === '3101'), 20_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(kills.filter((k) => k === '10:3101')).toHaveLength(1);
    expect(results(out).filter((r) => r.commands[0].object === '3101')).toHaveLength(1);
    const metrics = (await api.call('GET', '/metrics')).text;
    expect(metrics).toMatch(/cb_bridge_lr_action_drops_total\{reason="dedupe"\} 1/);
  });

  test('a dry run records what would run and runs nothing', async () => {
    await publish(hit(10, 3102, 'feed.ingress.hit.process'));
    expect(await waitFor(() => results(out).some((r) => r.status === 'dry_run'), 20_000)).toBe(true);
    const dry = results(out).find((r) => r.status === 'dry_run')!;
    expect(dry.commands).toEqual([expect.objectContaining({ name: 'kill', object: '3102', status: 'dry_run' })]);
    expect(hasProcess(10, 3102)).toBe(true);
    expect(kills.some((k) => k === '10:3102')).toBe(false);
  });

  test('an offline sensor gives a failed result after the deadline', async () => {
    const started = Date.now();
    await publish(hit(12, 4242));
    expect(await waitFor(() => results(out).some((r) => r.sensor_id === 12), 40_000)).toBe(true);
    const r = results(out).find((x) => x.sensor_id === 12)!;
    expect(r.status).toBe('failed');
    expect(['deadline', 'sensor_offline']).toContain(r.commands[0].error?.kind);
    expect(r.commands[1].status).toBe('not_run');
    expect(Date.now() - started).toBeGreaterThanOrEqual(19_000);
  });

  test('the jobs API end to end: create, follow, download, refuse destructive, cancel, sessions, OpenAPI', async () => {
    const created = await api.call('POST', '/api/v1/liveresponse/jobs', {
      sensor_id: 10,
      commands: [{ name: 'process list' }, { name: 'get file', object: 'C:\\Users\\pat\\notes.txt' }],
    });
    expect(created.status).toBe(202);
    const id = created.json.job_id as string;
    expect(created.json).toMatchObject({ status: 'queued', origin: 'api', sensor_id: 10 });
    expect(
      await waitFor(
        async () => (await api.call('GET', `/api/v1/liveresponse/jobs/${id}`)).json.status === 'succeeded',
        20_000,
      ),
    ).toBe(true);
    const job = (await api.call('GET', `/api/v1/liveresponse/jobs/${id}`)).json;
    const file = job.commands[1].file as { id: string; bytes: number; sha256: string };
    expect(file).toMatchObject({ id: `${id}-1`, bytes: 17 });
    const content = await api.call('GET', `/api/v1/liveresponse/files/${file.id}`);
    expect([content.status, content.text]).toEqual([200, 'quarterly numbers']);
    expect((await api.call('GET', '/api/v1/liveresponse/files/0000000000000000-3')).status).toBe(404);
    expect((await api.call('GET', '/api/v1/liveresponse/files/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);

    const refused = await api.call('POST', '/api/v1/liveresponse/jobs', {
      sensor_id: 10,
      commands: [{ name: 'kill', object: '3103' }],
    });
    expect([refused.status, refused.json.code]).toEqual([403, 'destructive_not_allowed']);
    expect(hasProcess(10, 3103)).toBe(true);
    expect((await api.call('POST', `/api/v1/liveresponse/jobs/${id}/cancel`)).status).toBe(409);

    const slow = await api.call('POST', '/api/v1/liveresponse/jobs', {
      sensor_id: 12,
      commands: [{ name: 'process list' }],
      timeout_s: 60,
    });
    const cancelled = await api.call('POST', `/api/v1/liveresponse/jobs/${slow.json.job_id as string}/cancel`);
    expect([cancelled.status, cancelled.json.status]).toEqual([200, 'cancelled']);

    const list = await api.call('GET', '/api/v1/liveresponse/jobs?sensor_id=10&status=succeeded');
    expect(list.json.jobs.map((j: { job_id: string }) => j.job_id)).toContain(id);
    expect(await waitFor(() => results(out).some((r) => r.job_id === id), 10_000)).toBe(true);

    const sessions = await api.call('GET', '/api/v1/liveresponse/sessions');
    const open = (sessions.json.sessions as Array<{ id: number; sensor_id: number; status: string }>).find(
      (s) => s.sensor_id === 10 && s.status === 'active',
    )!;
    expect(open).toBeDefined();
    expect((await api.call('DELETE', `/api/v1/liveresponse/sessions/${open.id}`)).json).toEqual({ closed: open.id });
    expect(lr.server.state.getSession(open.id).status).toBe('close');

    const doc = (await api.call('GET', '/openapi.json')).json as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/liveresponse/jobs',
        '/api/v1/liveresponse/jobs/{id}',
        '/api/v1/liveresponse/jobs/{id}/cancel',
        '/api/v1/liveresponse/sessions',
        '/api/v1/liveresponse/sessions/{id}',
        '/api/v1/liveresponse/files/{id}',
      ]),
    );
    expect((await fetch(`${admin.url}/api/v1/liveresponse/jobs`)).status).toBe(401);
    const metrics = (await api.call('GET', '/metrics')).text;
    for (const name of [
      'cb_bridge_lr_action_jobs_total',
      'cb_bridge_lr_action_commands_total',
      'cb_bridge_lr_action_job_duration_seconds_bucket',
      'cb_bridge_lr_open_sessions',
      'cb_bridge_lr_action_jobs_running',
    ]) {
      expect(metrics).toContain(name);
    }
  });
});

test('two replicas on the same queues: only the one with response actions consumes the action route; every hit runs once', async () => {
  const prefix = uniquePrefix('lr-two');
  const outA = join(dir, 'replica-a');
  const outB = join(dir, 'replica-b');
  const a = await bridgeIn(outA, prefix, lrEnv(join(outA, 'data'), true));
  const b = await bridgeIn(outB, prefix, lrEnv(join(outB, 'data'), false));
  try {
    expect(await waitFor(async () => (await vhost.queueInfo(`${prefix}.contain`))?.consumers === 2, 10_000)).toBe(true);
    expect(b.runtime.bridge.source.consumerCount('contain')).toBe(0);
    const pids = [3110, 3111, 3112, 3113, 3114, 3115];
    await publish(...pids.map((pid) => hit(10, pid)));
    expect(
      await waitFor(
        () => results(outA).filter((r) => pids.includes(Number(r.commands[0].object))).length === pids.length,
        30_000,
      ),
    ).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    for (const pid of pids) {
      expect(hasProcess(10, pid)).toBe(false);
      expect(kills.filter((k) => k === `10:${pid}`)).toHaveLength(1);
    }
    expect(results(outB)).toEqual([]);
    expect(existsSync(join(outB, 'data', LEDGER_FILE))).toBe(false);
  } finally {
    await a.admin.close();
    await b.admin.close();
    await a.runtime.stop();
    await b.runtime.stop();
  }
});

test('SIGKILL of the bridge mid-job, then restart: the job finishes once, and a destructive command caught mid-way is never re-sent', async () => {
  const out = join(dir, 'killed');
  const data = join(out, 'data');
  const prefix = uniquePrefix('lr-kill');
  mkdirSync(out, { recursive: true });
  const routesPath = join(out, 'routes.yaml');
  writeFileSync(routesPath, routesYaml(out));
  const env = {
    CB_BRIDGE_AMQP_URL: vhost.amqpUrl,
    CB_BRIDGE_ROUTES: routesPath,
    CB_BRIDGE_QUEUE_PREFIX: prefix,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_DECODE_WORKERS: '0',
    ...lrEnv(data),
  };
  const ledger = (): string =>
    existsSync(join(data, LEDGER_FILE)) ? readFileSync(join(data, LEDGER_FILE), 'utf8') : '';
  const jobsInLedger = (): number =>
    ledger()
      .split('\n')
      .filter((l) => l.startsWith('{"t":"job"')).length;
  const bridges: BridgeProcess[] = [];
  const start = async (): Promise<BridgeProcess> => {
    const p = new BridgeProcess([], env);
    bridges.push(p);
    p.start();
    await p.consuming();
    return p;
  };
  const killed = async (p: BridgeProcess): Promise<void> => {
    await p.kill('SIGKILL');
    bridges.splice(bridges.indexOf(p), 1);
  };
  try {
    // 1. Killed while the job waits for the slow sensor to check in (nothing sent yet): after the restart it runs,
    // once.
    let bridge = await start();
    await publish(hit(20, 5000));
    expect(await waitFor(() => ledger().includes('"t":"start"'), 20_000)).toBe(true);
    await killed(bridge);
    expect(kills.filter((k) => k === '20:5000')).toEqual([]);
    expect(ledger()).not.toContain('"t":"sent"');
    bridge = await start();
    expect(await waitFor(() => results(out).length === 1, 30_000)).toBe(true);
    expect(results(out)[0]).toMatchObject({ status: 'succeeded', sensor_id: 20 });
    expect(hasProcess(20, 5000)).toBe(false);
    expect(kills.filter((k) => k === '20:5000')).toHaveLength(1);

    // 2. Killed while 'kill' runs on the sensor (sent, no outcome): the restart does not send it again.
    await publish(hit(20, 5001));
    expect(await waitFor(() => (ledger().match(/"t":"sent"/g) ?? []).length === 2, 20_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 300)); // the POST reaches the sensor
    await killed(bridge);
    bridge = await start();
    expect(await waitFor(() => results(out).length === 2, 30_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 3000));
    const second = results(out)[1];
    expect(second).toMatchObject({ status: 'failed', error: { kind: 'interrupted' } });
    expect(second.commands.map((c) => c.status)).toEqual(['unknown', 'not_run']);
    expect(kills.filter((k) => k === '20:5001')).toHaveLength(1); // the one sent before the SIGKILL, which the sensor ran
    expect(jobsInLedger()).toBe(2);
    expect(results(out)).toHaveLength(2);
  } catch (err) {
    process.stderr.write(`bridge logs:\n${bridges.map((b) => b.logs.slice(-6000)).join('\n----\n')}\n`);
    throw err;
  } finally {
    for (const b of bridges) await b.kill('SIGTERM');
  }
});
