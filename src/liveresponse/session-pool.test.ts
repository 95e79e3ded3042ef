import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAST_SENSORS_YAML, startLrServer, type LrFixture, failureOf } from '../../test/support/lr-fixture';
import { Registry } from 'prom-client';
import { HttpReceiver } from '../../test/support/http-receiver';
import { LrClient } from './client';
import { LrCommandError, LrError, LrJobStopError, LrUnsupportedCommandError } from './errors';
import type { LrJob } from './job';
import { generatedBytes } from './server/sensor-model';
import { LrPoolMetrics } from './pool-metrics';
import { SessionPool, type SessionPoolOptions } from './session-pool';

let fx: LrFixture;
let tmp: string;
const pools: SessionPool[] = [];

function pool(options: Partial<SessionPoolOptions> = {}, f = fx): SessionPool {
  const p = new SessionPool({ client: f.client, pollMs: 5, maxPollMs: 20, idleCloseMs: 60_000, ...options });
  pools.push(p);
  return p;
}

function openOnServer(sensorId: number, f = fx): number[] {
  return f.server.state
    .listSessions()
    .filter((s) => s.sensor_id === sensorId && (s.status === 'pending' || s.status === 'active'))
    .map((s) => s.id);
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

beforeAll(async () => {
  fx = await startLrServer();
  tmp = mkdtempSync(join(tmpdir(), 'lr-pool-'));
});
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});
afterAll(async () => {
  await fx.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('concurrent jobs for one sensor share one session and run in submission order', async () => {
  const p = pool();
  const kill = p.run({ sensorId: 10, timeoutMs: 10_000, steps: [{ command: { name: 'kill', object: 3120 } }] });
  const list = p.run({ sensorId: 10, timeoutMs: 10_000, steps: [{ command: { name: 'process list' } }] });
  const both = await Promise.all([kill, list]);
  expect(both[0].session.id).toBe(both[1].session.id);
  expect(both[1].results[0].command.processes?.map((x) => x.pid)).not.toContain(3120);
  expect(p.stats()).toMatchObject({ sessionsCreated: 1, jobsSucceeded: 2, openSessions: 1 });
});

test('jobs and sessions are counted in Prometheus metrics', async () => {
  const registry = new Registry();
  const p = pool({ metrics: new LrPoolMetrics(registry), idleCloseMs: 20 });
  await p.run({ sensorId: 11, timeoutMs: 10_000, steps: [{ command: { name: 'process list' } }] });
  await failureOf(
    p.run({ sensorId: 11, timeoutMs: 10_000, steps: [{ command: { name: 'delete file', object: '/nope' } }] }),
  );
  await until(() => p.stats().openSessions === 0);
  const text = await registry.metrics();
  expect(text).toContain('cb_bridge_lr_jobs_total{outcome="ok",kind=""} 1');
  expect(text).toContain('cb_bridge_lr_jobs_total{outcome="failed",kind="command_error"} 1');
  expect(text).toMatch(/cb_bridge_lr_sessions_total\{event="(created|reused)"\} 1/);
  expect(text).toContain('cb_bridge_lr_sessions_total{event="closed"} 1');
  expect(text).toContain('cb_bridge_lr_open_sessions 0');
  expect(text).toContain('cb_bridge_lr_job_duration_seconds_count{outcome="ok"} 1');
});

test("the sensor's open session on the server is reused", async () => {
  const mine = await fx.client.createSession(11);
  const p = pool();
  const r = await p.run({
    sensorId: 11,
    timeoutMs: 10_000,
    steps: [{ command: { name: 'directory list', object: '/tmp/' } }],
  });
  expect(r.session.id).toBe(mine.id);
  expect(p.stats()).toMatchObject({ sessionsReused: 1, sessionsCreated: 0 });
});

test('put file from a local file, get file to disk, and a 20 MB file in get_count chunks with the same hash', async () => {
  const p = pool();
  const local = join(tmp, 'drop.txt');
  const chunks: number[] = [];
  const r = await p.run({
    sensorId: 11,
    timeoutMs: 30_000,
    steps: [
      { command: { name: 'put file', object: '/tmp/drop.txt', file_id: 0 }, upload: { from: Buffer.from('dropped') } },
      { command: { name: 'get file', object: '/tmp/drop.txt' }, download: { to: local } },
      {
        command: { name: 'get file', object: '/tmp/big.bin' },
        download: { to: join(tmp, 'big.bin'), chunkBytes: 4 * 1024 * 1024, onProgress: (x) => chunks.push(x.bytes) },
      },
    ],
  });
  expect(readFileSync(local, 'utf8')).toBe('dropped');
  expect(r.results[1].bytes).toBe(7);
  expect(r.results[2].bytes).toBe(20 * 1024 * 1024);
  const getFiles = fx.server.state
    .listCommands(r.session.id)
    .filter((c) => c.name === 'get file' && c.object === '/tmp/big.bin');
  // the sixth piece comes back empty: the end
  expect(getFiles.map((c) => c.offset)).toEqual([0, 1, 2, 3, 4, 5].map((n) => n * 4194304));
  expect(chunks.length).toBeGreaterThan(5);
  const want = createHash('sha256')
    .update(generatedBytes(20 * 1024 * 1024, '11:/tmp/big.bin'))
    .digest('hex');
  expect(
    createHash('sha256')
      .update(readFileSync(join(tmp, 'big.bin')))
      .digest('hex'),
  ).toBe(want);
  // downloaded files are removed from the session storage
  await expect(fx.client.listFiles(r.session.id)).resolves.toEqual([]);
});

test('a command that errors fails the job with its code; the session stays for the next job', async () => {
  const p = pool();
  const err = await failureOf(
    p.run({ sensorId: 10, timeoutMs: 10_000, steps: [{ command: { name: 'get file', object: 'C:\\nope.txt' } }] }),
  );
  expect(err).toBeInstanceOf(LrCommandError);
  expect(err).toMatchObject({ resultCode: 0x80070002, meaning: 'file not found' });
  const first = p.sessionOf(10)?.id;
  const next = await p.run({ sensorId: 10, timeoutMs: 10_000, steps: [{ command: { name: 'process list' } }] });
  expect(next.session.id).toBe(first);
  expect(p.stats().jobsFailed).toEqual({ command_error: 1 });
});

test('a command the session does not support is refused before it is sent', async () => {
  const p = pool();
  const err = await failureOf(
    p.run({
      sensorId: 11,
      timeoutMs: 10_000,
      steps: [{ command: { name: 'reg enum key', object: 'HKLM\\SOFTWARE' } }],
    }),
  );
  expect(err).toBeInstanceOf(LrUnsupportedCommandError);
  const sid = openOnServer(11)[0];
  expect(fx.server.state.listCommands(sid).filter((c) => c.name === 'reg enum key')).toEqual([]);
});

describe('an offline sensor', () => {
  test('the job fails at its deadline and the pending session is closed, not left pending', async () => {
    const p = pool();
    const err = await failureOf(
      p.run({ sensorId: 12, timeoutMs: 300, steps: [{ command: { name: 'process list' } }] }),
    );
    expect(err).toBeInstanceOf(LrJobStopError);
    expect(err).toMatchObject({ kind: 'deadline' });
    expect((err as Error).message).toMatch(/deadline while waiting for sensor 12 to check in/);
    // The job failed at once; closing the pending session follows.
    await until(() => openOnServer(12).length === 0 && p.stats().openSessions === 0);
    expect(p.stats().sessionsClosed).toBe(1);
  });

  test('when the server times the check-in out first, the job fails as sensor_offline', async () => {
    const p = pool({ sessionOptions: { checkin_timeout: 0.2 } });
    const err = await failureOf(
      p.run({ sensorId: 12, timeoutMs: 20_000, steps: [{ command: { name: 'process list' } }] }),
    );
    expect(err).toMatchObject({ kind: 'sensor_offline' });
    expect(openOnServer(12)).toEqual([]);
  });
});

test('session expiry: keepalives keep an idle active session; a session the server lost (404) is re-created', async () => {
  const f = await startLrServer(FAST_SENSORS_YAML.replace('sensor_wait_timeout_s: 30', 'sensor_wait_timeout_s: 0.3'));
  try {
    const p = pool({ keepaliveMs: 60 }, f);
    const first = await p.run({ sensorId: 10, timeoutMs: 10_000, steps: [{ command: { name: 'process list' } }] });
    await new Promise((r) => setTimeout(r, 900)); // three sensor_wait_timeouts without a command
    expect(f.server.state.getSession(first.session.id).status).toBe('active');
    f.server.state.expireSession(first.session.id);
    const second = await p.run({
      sensorId: 10,
      timeoutMs: 10_000,
      steps: [{ command: { name: 'kill', object: 3120 } }],
    });
    expect(second.session.id).not.toBe(first.session.id);
    expect(p.stats().sessionsRecreated).toBe(1);
    expect(f.server.state.listCommands(second.session.id).map((c) => c.name)).toEqual(['kill']);
  } finally {
    await p_close(f);
  }
});

test('404 mid-job: the session vanishes between two commands; it is re-created and the second command sent there', async () => {
  const p = pool();
  let lost = -1;
  fx.server.state.hooks.commandFinished = (sessionId, command) => {
    if (command.name !== 'process list' || lost >= 0) return;
    lost = sessionId;
    fx.server.state.expireSession(sessionId);
  };
  try {
    const r = await p.run({
      sensorId: 10,
      timeoutMs: 10_000,
      steps: [{ command: { name: 'process list' } }, { command: { name: 'kill', object: 624 } }],
    });
    expect(r.results.map((x) => x.command.status)).toEqual(['complete', 'complete']);
    expect(r.session.id).not.toBe(lost);
    expect(fx.server.state.listCommands(lost).map((c) => c.name)).toEqual(['process list']);
    expect(fx.server.state.listCommands(r.session.id).map((c) => c.name)).toEqual(['kill']);
    expect(p.stats().sessionsRecreated).toBe(1);
  } finally {
    fx.server.state.hooks.commandFinished = undefined;
  }
});

test('a session that keeps vanishing is re-created a bounded number of times, then the job fails typed', async () => {
  const p = pool({ maxRecreate: 2 });
  fx.server.state.hooks.commandArrives = (sessionId) => fx.server.state.expireSession(sessionId);
  try {
    const err = await failureOf(
      p.run({ sensorId: 10, timeoutMs: 10_000, steps: [{ command: { name: 'kill', object: 276 } }] }),
    );
    expect(err).toMatchObject({ kind: 'session_timeout' });
    expect((err as Error).message).toMatch(/kept disappearing \(re-created 2 times\)/);
    expect(p.stats()).toMatchObject({ sessionsRecreated: 2, sessionsCreated: 3, openSessions: 0 });
  } finally {
    fx.server.state.hooks.commandArrives = undefined;
  }
  expect(openOnServer(10)).toEqual([]);
});

test('a server that hangs on POST: the job still fails at its deadline, typed', async () => {
  const receiver = new HttpReceiver();
  await receiver.start();
  receiver.respond = (req) => (req.method === 'GET' ? { status: 200, body: '[]' } : 'hang');
  const client = new LrClient({ url: receiver.url, token: 't', requestTimeoutMs: 3000 });
  const p = pool({ client });
  try {
    const started = Date.now();
    const err = await failureOf(
      p.run({ sensorId: 10, timeoutMs: 200, steps: [{ command: { name: 'process list' } }] }),
    );
    expect(err).toMatchObject({ kind: 'deadline' });
    expect((err as Error).message).toContain('while opening a session');
    expect(Date.now() - started).toBeLessThan(2500); // by its deadline, not the request timeout
  } finally {
    await p.close();
    await client.close();
    await receiver.stop();
  }
});

test("the server's own limit (an analyst holds its only slot): the job waits for it until its deadline, then runs", async () => {
  const f = await startLrServer(
    FAST_SENSORS_YAML.replace('command_delay_ms: 10', 'command_delay_ms: 10\n  max_sessions: 1'),
  );
  try {
    const analyst = await f.client.createSession(11, { wait: true });
    expect(await failureOf(f.client.createSession(10))).toMatchObject({ kind: 'session_limit', status: 503 });
    const p = pool({}, f);
    const job = p.run({ sensorId: 10, timeoutMs: 20_000, steps: [{ command: { name: 'process list' } }] });
    await new Promise((r) => setTimeout(r, 100));
    await f.client.closeSession(analyst.id);
    expect((await job).results[0].command.status).toBe('complete');
    expect(f.server.state.peakOpenSessions).toBe(1);
  } finally {
    await p_close(f);
  }
});

async function p_close(f: LrFixture): Promise<void> {
  await Promise.all(pools.splice(0).map((p) => p.close()));
  await f.close();
}

test('Ctrl-C style cancel: a pending command is cancelled on the server and the job fails as cancelled', async () => {
  const f = await startLrServer(FAST_SENSORS_YAML.replace('command_delay_ms: 10', 'command_delay_ms: 2000'));
  try {
    const p = pool({}, f);
    const abort = new AbortController();
    const job = p.run({
      sensorId: 11,
      timeoutMs: 30_000,
      signal: abort.signal,
      steps: [{ command: { name: 'process list' } }],
    });
    await until(
      () => openOnServer(11, f).length === 1 && f.server.state.listCommands(openOnServer(11, f)[0]).length === 1,
    );
    abort.abort();
    expect(await failureOf(job)).toMatchObject({ kind: 'cancelled' });
    const sid = openOnServer(11, f)[0];
    await until(() => f.server.state.listCommands(sid)[0].status !== 'pending');
    expect(f.server.state.listCommands(sid).map((c) => c.status)).toEqual(['cancel']);
  } finally {
    await p_close(f);
  }
});

test('Live Response disabled (412): the job fails typed and holds no session', async () => {
  const p = pool();
  fx.server.state.behaviour.live_response_enabled = false;
  try {
    expect(
      await failureOf(p.run({ sensorId: 10, timeoutMs: 5000, steps: [{ command: { name: 'process list' } }] })),
    ).toMatchObject({ kind: 'disabled' });
  } finally {
    fx.server.state.behaviour.live_response_enabled = true;
  }
  expect(p.stats().openSessions).toBe(0);
});

test('idle sessions are closed after idleCloseMs; shutdown fails queued jobs and closes every session', async () => {
  const idle = pool({ idleCloseMs: 30 });
  const r = await idle.run({ sensorId: 10, timeoutMs: 5000, steps: [{ command: { name: 'process list' } }] });
  await until(() => fx.server.state.getSession(r.session.id).status === 'close');
  expect(idle.stats()).toMatchObject({ openSessions: 0, sessionsClosed: 1 });

  const p = pool();
  const jobs = [10, 10, 11, 12].map((sensorId) =>
    p.run({ sensorId, timeoutMs: 20_000, steps: [{ command: { name: 'process list' } }] }).then(
      () => 'ok',
      (e: LrError) => e.kind,
    ),
  );
  await until(() => openOnServer(12).length === 1);
  await p.close();
  const outcomes = await Promise.all(jobs);
  expect(outcomes[3]).toBe('pool_closed');
  expect(outcomes.every((o) => o === 'ok' || o === 'pool_closed')).toBe(true);
  expect([...openOnServer(10), ...openOnServer(11), ...openOnServer(12)]).toEqual([]);
  expect(await failureOf(p.run({ sensorId: 10, timeoutMs: 100, steps: [] }))).toMatchObject({ kind: 'pool_closed' });
});

test('the cap: 50 concurrent jobs over 30 sensors never hold more than 8 sessions; each job ends by its deadline', async () => {
  const sensors = Array.from(
    { length: 30 },
    (_, i) =>
      `  - { id: ${100 + i}, hostname: host-${i}, checkin_delay_ms: ${10 + ((i * 37) % 50)}, online: ${i !== 29} }`,
  );
  const f = await startLrServer(
    `server:\n  command_delay_ms: 10\n  check_in_timeout_s: 30\nsensors:\n${sensors.join('\n')}\n`,
  );
  try {
    const p = pool({ maxSessions: 8 }, f);
    const jobs: LrJob[] = Array.from({ length: 50 }, (_, j) => ({
      sensorId: 100 + (j % 30),
      timeoutMs: j % 30 === 29 ? 400 : 20_000,
      steps: [{ command: { name: 'process list' } }],
    }));
    const outcomes = await Promise.all(
      jobs.map((job) =>
        p.run(job).then(
          () => 'ok',
          (e: LrError) => e.kind,
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'ok').length).toBe(49);
    expect(outcomes.filter((_, j) => jobs[j].sensorId === 129)).toEqual(['deadline']);
    expect(p.stats().peakOpenSessions).toBe(8);
    expect(f.server.state.peakOpenSessions).toBeLessThanOrEqual(8);
  } finally {
    await p_close(f);
  }
});
