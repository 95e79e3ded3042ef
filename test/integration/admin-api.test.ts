import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic, type OutgoingMessage } from '../../src/simulate/traffic';
import type { BridgeRuntime } from '../../src/app/bridge-runtime';
import type { AdminServer } from '../../src/admin/server';
import { uniquePrefix, waitFor } from '../support/broker';
import { TestVhost } from '../support/vhost';
import { lines, tempDir } from '../support/bridge-fixture';
import { BridgeProcess } from '../support/bridge-process';
import { lossReport } from '../support/loss-check';
import { startAdminBridge, type AdminClient } from '../support/admin-fixture';
import { parsePrometheusText, sampleValue } from '../support/prom-text';

/**
 * The admin API on a real bridge on the real broker: reload (good and bad) under traffic, pause
 * and resume, dead-letter replay, /metrics, and SIGHUP on the bridge as a process. The file has a
 * vhost of its own: nothing else publishing on the broker reaches its queues.
 */
jest.setTimeout(120_000);

const vhost = TestVhost.create(uniquePrefix('vh-admin'));
const AMQP_URL = vhost.amqpUrl;
const queueInfo = (queue: string) => vhost.queueInfo(queue);
const dir = tempDir('admin-api');
const prefix = uniquePrefix('admin');
const out = (name: string): string => join(dir, name);

const routesYaml = (allSinkPath: string, extra = ''): string => `
dead_letter: { type: file, path: ${out('dead.jsonl')} }
routes:
  - name: all
    match: ["ingress.event.#"]
    exchanges: [api.events, api.rawsensordata]
    format: decoded
    sinks: [{ type: file, path: ${allSinkPath} }]
  - name: hits
    match: ["feed.#", "watchlist.#"]
    sinks:
      - type: file
        path: ${out('hits/hits.jsonl')}
        delivery: { max_attempts: 2, backoff_initial_ms: 10, backoff_max_ms: 50 }
${extra}`;

const EXTRA_ROUTE = `  - name: extra
    match: [ingress.event.netconn]
    format: decoded
    sinks: [{ type: file, path: ${out('extra.jsonl')} }]
`;

let runtime: BridgeRuntime;
let admin: AdminServer;
let api: AdminClient;
let routesPath: string;
let publisher: CbPublisher;
const traffic = new SyntheticTraffic({ protobuf: 4, bundle: 1, json: 0, bundleSize: 20 }, 5);
const notifications = new SyntheticTraffic({ protobuf: 0, bundle: 0, json: 1, bundleSize: 1 }, 9);
/** Every sensor event published so far goes to route `all`. */
const allPath = out('events.jsonl');

async function publish(messages: OutgoingMessage[]): Promise<void> {
  for (const m of messages) await publisher.publish(m);
  await publisher.flush();
}

const sensorBatch = (n: number): OutgoingMessage[] => Array.from({ length: n }, () => traffic.next());
const hitBatch = (n: number): OutgoingMessage[] => {
  const batch: OutgoingMessage[] = [];
  while (batch.length < n) {
    const m = notifications.next('json');
    if (/^(feed|watchlist)\./.test(m.routingKey)) batch.push(m);
  }
  return batch;
};

async function metrics(): Promise<ReturnType<typeof parsePrometheusText>> {
  const res = await api.call('GET', '/metrics');
  expect(res.status).toBe(200);
  return parsePrometheusText(res.text);
}

async function letters(): Promise<Array<Record<string, unknown>>> {
  const res = await api.call('GET', '/api/v1/deadletters?limit=1000&include_body=true');
  expect(res.status).toBe(200);
  return res.json.letters as Array<Record<string, unknown>>;
}

beforeAll(async () => {
  mkdirSync(out('hits'), { recursive: true });
  ({ runtime, admin, api, routesPath } = await startAdminBridge(dir, routesYaml(allPath), prefix, {
    CB_BRIDGE_AMQP_URL: AMQP_URL,
  }));
  publisher = new CbPublisher({ url: AMQP_URL, declare: true, persistent: false });
  await publisher.open();
});

afterAll(async () => {
  await publisher?.close();
  await admin?.close();
  await runtime?.stop();
  vhost.delete();
});

test('ready once connected and consuming', async () => {
  const res = await api.call('GET', '/readyz');
  expect(res.status).toBe(200);
  expect(res.json.ready).toBe(true);
  const status = (await api.call('GET', '/api/v1/status')).json;
  expect(status.amqp).toMatchObject({ state: 'connected', connected: true });
  expect(status.routes.map((r: { name: string }) => r.name)).toEqual(['all', 'hits']);
});

test('reload under traffic: a changed sink and an added route, no event lost or duplicated', async () => {
  await publish(sensorBatch(300));
  // Change route `all` (its sink moves to another file: a new driver; the old one drains) and add `extra`.
  writeFileSync(routesPath, routesYaml(`${allPath}.after`, EXTRA_ROUTE));
  const inFlight = publish(sensorBatch(300));
  const res = await api.call('POST', '/api/v1/reload');
  expect(res.status).toBe(200);
  expect(res.json).toEqual({
    added: ['extra'],
    removed: [],
    changed: [{ name: 'all', fields: ['sinks'] }],
    unchanged: ['hits'],
    warnings: [],
  });
  await inFlight;
  const afterReload = sensorBatch(300);
  await publish(afterReload);

  const expected = traffic.generated;
  // events.jsonl and events.jsonl.after together (lossReport reads the path and its `.`-suffixed siblings).
  expect(await waitFor(() => lossReport(allPath, expected).missing === 0, 60_000, 200)).toBe(true);
  expect(await waitFor(async () => ((await queueInfo(`${prefix}.all`))?.messages ?? 1) === 0, 30_000, 500)).toBe(true);
  const report = lossReport(allPath, expected);
  expect(report).toMatchObject({ missing: 0, duplicates: 0, distinct: expected });
  expect(lines(`${allPath}.after`).length).toBeGreaterThan(0);

  // Every netconn event published after the reload answered reached the new route.
  const wanted = afterReload
    .filter((m) => m.exchange === 'api.events' && m.routingKey === 'ingress.event.netconn')
    .map((m) => m.firstSeq);
  expect(wanted.length).toBeGreaterThan(10);
  const seqs = (): Set<number> =>
    new Set(
      lines(out('extra.jsonl')).map(
        (l) => (JSON.parse(l) as { message: { header: { eventid: number } } }).message.header.eventid,
      ),
    );
  expect(await waitFor(() => wanted.every((s) => seqs().has(s)), 30_000, 200)).toBe(true);
  expect(
    (await api.call('GET', '/api/v1/routes')).json.routes.map(
      (r: { name: string; state: string }) => `${r.name}:${r.state}`,
    ),
  ).toEqual(['all:running', 'hits:running', 'extra:running']);
});

test('a bad routes file is refused with located problems and the old routes keep delivering', async () => {
  const good = readFileSync(routesPath, 'utf8');
  const bad = good.replace('match: [ingress.event.netconn]', 'match: [ingress.event.netconn]\n    fromat: leef');
  writeFileSync(routesPath, bad);
  const badLine = bad.split('\n').findIndex((l) => l.includes('fromat')) + 1;
  const res = await api.call('POST', '/api/v1/reload');
  expect(res.status).toBe(400);
  expect(res.json.code).toBe('invalid_routes_file');
  expect(res.json.problems).toEqual([
    expect.objectContaining({
      file: routesPath,
      line: badLine,
      path: 'routes[2]',
      message: expect.stringMatching(/unknown property 'fromat'.*format/),
    }),
  ]);
  writeFileSync(routesPath, good);

  await publish(sensorBatch(100));
  const expected = traffic.generated;
  expect(await waitFor(() => lossReport(allPath, expected).missing === 0, 30_000, 200)).toBe(true);
  expect(lossReport(allPath, expected).duplicates).toBe(0);
  const f = await metrics();
  expect(sampleValue(f, 'cb_bridge_reloads_total', { outcome: 'rejected' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_reloads_total', { outcome: 'applied' })).toBe(1);
});

test('pause stops delivery (messages wait on the broker) and resume restarts it', async () => {
  const before = lines(out('hits/hits.jsonl')).length;
  const paused = await api.call('POST', '/api/v1/routes/hits/pause');
  expect(paused.status).toBe(200);
  expect(paused.json).toMatchObject({ state: 'paused', paused: true, activeConsumers: 0 });

  await publish(hitBatch(40));
  expect(
    await waitFor(
      async () => sampleValue(await metrics(), 'cb_bridge_broker_queue_messages', { route: 'hits' }) === 40,
      30_000,
      250,
    ),
  ).toBe(true);
  expect(lines(out('hits/hits.jsonl')).length).toBe(before);
  expect(sampleValue(await metrics(), 'cb_bridge_route_paused', { route: 'hits' })).toBe(1);
  // A paused route is not a readiness failure.
  expect((await api.call('GET', '/readyz')).status).toBe(200);

  const resumed = await api.call('POST', '/api/v1/routes/hits/resume');
  expect(resumed.json).toMatchObject({ state: 'running', paused: false });
  expect(resumed.json.activeConsumers).toBeGreaterThan(0);
  expect(await waitFor(() => lines(out('hits/hits.jsonl')).length === before + 40, 30_000, 200)).toBe(true);
  expect(await waitFor(async () => ((await queueInfo(`${prefix}.hits`))?.messages ?? 1) === 0, 30_000, 500)).toBe(true);
});

test('a sink failure becomes a dead letter; once the cause is fixed, replay delivers it and it leaves the store', async () => {
  // The sink's directory becomes a regular file: writes fail, and after 2 attempts the event is dead-lettered.
  rmSync(out('hits'), { recursive: true, force: true });
  writeFileSync(out('hits'), 'not a directory');
  const [hit] = hitBatch(1);
  await publish([hit]);
  expect(await waitFor(async () => (await letters()).some((l) => l.route === 'hits'), 30_000, 200)).toBe(true);
  const letter = (await letters()).find((l) => l.route === 'hits')!;
  expect(letter).toMatchObject({
    sink: 'file',
    reason: 'max_attempts',
    routingKey: hit.routingKey,
    bodyEncoding: 'utf8',
  });
  const ready = await api.call('GET', '/readyz');
  expect(ready.status).toBe(503);
  expect(ready.json.checks).toContainEqual({ name: 'sink:hits/file', ok: false, detail: 'required sink is down' });

  rmSync(out('hits'), { force: true });
  mkdirSync(out('hits'));
  const res = await api.call('POST', '/api/v1/deadletters/replay', { ids: [letter.id] });
  expect(res.status).toBe(200);
  expect(res.json.results).toEqual([{ id: letter.id, outcome: 'replayed' }]);
  expect(lines(out('hits/hits.jsonl'))).toEqual([letter.body]);
  expect((await letters()).map((l) => l.id)).not.toContain(letter.id);
  expect((await api.call('GET', '/readyz')).status).toBe(200);
});

test('an undecodable message becomes a dead letter per route; replayed, it goes back through its route and is dead-lettered again', async () => {
  const garbage = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x01, 0x02]);
  await publish([
    {
      exchange: 'api.events',
      routingKey: 'ingress.event.netconn',
      contentType: 'application/protobuf',
      headers: {},
      body: garbage,
      events: 0,
      firstSeq: -1,
    },
  ]);
  expect(await waitFor(async () => (await letters()).filter((l) => l.sink === '').length === 2, 30_000, 200)).toBe(
    true,
  );
  const originals = (await letters()).filter((l) => l.sink === '');
  expect(originals.map((l) => l.route).sort()).toEqual(['all', 'extra']);
  for (const l of originals) {
    expect(String(l.reason)).toMatch(/^protobuf_/);
    expect(Buffer.from(String(l.body), 'base64').equals(garbage)).toBe(true);
  }
  const res = await api.call('POST', '/api/v1/deadletters/replay', { all: true });
  expect(res.json.summary).toEqual({ dead_lettered_again: 2 });
  const now = (await letters()).filter((l) => l.sink === '');
  expect(now).toHaveLength(2);
  expect(now.map((l) => l.id).some((id) => originals.some((o) => o.id === id))).toBe(false);
  expect(now.map((l) => l.route).sort()).toEqual(['all', 'extra']);
  expect((await api.call('DELETE', '/api/v1/deadletters', { all: true })).json).toEqual({ removed: 2 });
  expect(await letters()).toEqual([]);
});

test('/metrics parses and its counters move as events flow', async () => {
  const before = await metrics();
  const batch = sensorBatch(50);
  const events = batch.reduce((n, m) => n + m.events, 0);
  await publish(batch);
  const delivered = (f: ReturnType<typeof parsePrometheusText>): number =>
    sampleValue(f, 'cb_bridge_events_delivered_total', { route: 'all', sink: 'file' });
  expect(await waitFor(async () => delivered(await metrics()) - delivered(before) === events, 30_000, 200)).toBe(true);
  const after = await metrics();
  expect(
    sampleValue(after, 'cb_bridge_messages_received_total', { route: 'all' }) -
      sampleValue(before, 'cb_bridge_messages_received_total', { route: 'all' }),
  ).toBe(50);
  expect(
    sampleValue(after, 'cb_bridge_events_received_total', { route: 'all' }) -
      sampleValue(before, 'cb_bridge_events_received_total', { route: 'all' }),
  ).toBe(events);
  expect(sampleValue(after, 'cb_bridge_received_bytes_total', { route: 'all' })).toBeGreaterThan(
    sampleValue(before, 'cb_bridge_received_bytes_total', { route: 'all' }),
  );
  expect(
    sampleValue(after, 'cb_bridge_delivery_latency_seconds_count', { route: 'all', sink: 'file', start: 'publish' }),
  ).toBeGreaterThanOrEqual(events);
  expect(sampleValue(after, 'cb_bridge_amqp_connected')).toBe(1);
  expect(sampleValue(after, 'cb_bridge_decode_errors_total', { route: 'all' })).toBeGreaterThanOrEqual(1);
  expect(
    sampleValue(after, 'cb_bridge_dead_letters_total', { route: 'hits', sink: 'file', reason: 'max_attempts' }),
  ).toBe(1);
  expect(
    sampleValue(after, 'cb_bridge_events_failed_total', { route: 'hits', sink: 'file', reason: 'max_attempts' }),
  ).toBe(1);
  expect(sampleValue(after, 'cb_bridge_events_retried_total', { route: 'hits', sink: 'file' })).toBeGreaterThanOrEqual(
    1,
  );
  const keys = after.get('cb_bridge_messages_received_total')!.samples.map((s) => s.labels.routing_key);
  expect(keys).toEqual(
    expect.arrayContaining(['ingress.event.netconn', 'ingress.rawsensordata', 'feed.N.storage.hit.process']),
  );
  const status = (await api.call('GET', '/api/v1/status')).json;
  const all = status.routes.find((r: { name: string }) => r.name === 'all');
  expect(all.counters.received).toBe(sampleValue(after, 'cb_bridge_messages_received_total', { route: 'all' }));
  expect(all.rates.received).toBeGreaterThan(0);
});

describe('a message letter that replays cleanly (queue overflow)', () => {
  const dir2 = tempDir('admin-overflow');
  const prefix2 = uniquePrefix('admin-ovf');
  let rt: BridgeRuntime | undefined;
  let srv: AdminServer | undefined;

  afterAll(async () => {
    await srv?.close();
    await rt?.stop();
  });

  test('messages dropped from a full queue are replayed through their route and arrive', async () => {
    const sink = join(dir2, 'ovf.jsonl');
    const started = await startAdminBridge(
      dir2,
      `
dead_letter: { type: file, path: ${join(dir2, 'dead.jsonl')} }
routes:
  - name: ovf
    match: ["ingress.event.#"]
    format: decoded
    sinks: [{ type: file, path: ${sink} }]
`,
      prefix2,
      { CB_BRIDGE_QUEUE_MAX_LENGTH: '5', CB_BRIDGE_AMQP_URL: AMQP_URL },
    );
    rt = started.runtime;
    srv = started.admin;
    const client = started.api;
    expect((await client.call('POST', '/api/v1/routes/ovf/pause')).json.state).toBe('paused');
    const seq = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 3);
    const batch = Array.from({ length: 8 }, () => seq.next());
    for (const m of batch) await publisher.publish(m);
    await publisher.flush();
    const stored = async (): Promise<Array<{ id: string; reason: string; route: string }>> =>
      (await client.call('GET', '/api/v1/deadletters')).json.letters;
    expect(await waitFor(async () => (await stored()).length === 3, 30_000, 200)).toBe(true);
    expect((await stored()).map((l) => `${l.route}:${l.reason}`)).toEqual([
      'ovf:queue_overflow',
      'ovf:queue_overflow',
      'ovf:queue_overflow',
    ]);

    await client.call('POST', '/api/v1/routes/ovf/resume');
    expect(await waitFor(() => lossReport(sink, 8).received === 5, 30_000, 200)).toBe(true);
    const res = await client.call('POST', '/api/v1/deadletters/replay', { all: true });
    expect(res.json.summary).toEqual({ replayed: 3 });
    expect(lossReport(sink, 8)).toMatchObject({ missing: 0, duplicates: 0 });
    expect(await stored()).toEqual([]);
  });
});

describe('SIGHUP on the bridge process', () => {
  const dir3 = tempDir('admin-sighup');
  const prefix3 = uniquePrefix('admin-hup');
  let bridge: BridgeProcess | undefined;

  afterAll(async () => {
    await bridge?.stop();
  });

  test('re-reads the routes file: a new route starts receiving', async () => {
    const file = join(dir3, 'routes.yaml');
    const route = (name: string, key: string): string =>
      `  - name: ${name}\n    match: [${key}]\n    format: decoded\n    sinks: [{ type: file, path: ${join(dir3, `${name}.jsonl`)} }]\n`;
    writeFileSync(
      file,
      `dead_letter: { type: file, path: ${join(dir3, 'dead.jsonl')} }\nroutes:\n${route('first', 'ingress.event.process')}`,
    );
    bridge = new BridgeProcess(['--config', file], {
      CB_BRIDGE_AMQP_URL: AMQP_URL,
      CB_BRIDGE_QUEUE_PREFIX: prefix3,
      CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    });
    bridge.start();
    await bridge.consuming(60_000);
    writeFileSync(file, `${readFileSync(file, 'utf8')}${route('second', 'ingress.event.netconn')}`);
    bridge.signal('SIGHUP');
    expect(await waitFor(() => bridge!.logs.includes('routes reloaded'), 30_000, 100)).toBe(true);
    expect(bridge.logs).toMatch(/"added":\["second"\]/);
    const seq = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 4);
    const batch = Array.from({ length: 70 }, () => seq.next());
    for (const m of batch) await publisher.publish(m);
    await publisher.flush();
    const netconn = batch.filter((m) => m.routingKey === 'ingress.event.netconn').length;
    expect(netconn).toBeGreaterThan(0);
    expect(
      await waitFor(
        () => existsSync(join(dir3, 'second.jsonl')) && lines(join(dir3, 'second.jsonl')).length === netconn,
        30_000,
        200,
      ),
    ).toBe(true);

    // A bad file on SIGHUP is logged and changes nothing.
    writeFileSync(file, 'routes: [');
    bridge.signal('SIGHUP');
    expect(await waitFor(() => bridge!.logs.includes('routes reload rejected'), 30_000, 100)).toBe(true);
    expect(bridge.logs).toMatch(/routes\.yaml:1:\d+/);
  });
});
