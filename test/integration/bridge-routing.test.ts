import { join } from 'node:path';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic } from '../../src/simulate/traffic';
import { EVENTS_EXCHANGE } from '../../src/event/inbound-message';
import type { Bridge } from '../../src/app/bridge';
import { AMQP_URL, uniquePrefix, deleteByPrefix, queueInfo, waitFor } from '../support/broker';
import { startBridge, tempDir, jsonLines, lines } from '../support/bridge-fixture';

jest.setTimeout(60_000);

const dir = tempDir('routing');
const prefix = uniquePrefix('routing');
const out = (name: string): string => join(dir, `${name}.jsonl`);
const ROUTES = `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: hits
    match: ["feed.*.storage.hit.process", "watchlist.#"]
    sinks: [{ type: file, path: ${out('hits')} }]
  - name: outbound
    match: [ingress.event.netconn]
    filter: { field: direction, equals: outbound }
    transform: { add: { pipeline: soc }, drop: [link_sensor] }
    sinks: [{ type: file, path: ${out('outbound')} }]
  - name: raw
    match: ["ingress.event.#"]
    exchanges: [api.events, api.rawsensordata]
    format: decoded
    sinks: [{ type: file, path: ${out('raw')} }]
`;

let bridge: Bridge;
let publisher: CbPublisher;
const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 50 }, 42);

beforeAll(async () => {
  ({ bridge } = await startBridge(dir, ROUTES, prefix));
  publisher = new CbPublisher({ url: AMQP_URL, declare: true, persistent: false });
  await publisher.open();
});

afterAll(async () => {
  await publisher?.close();
  await bridge?.stop();
  await deleteByPrefix(prefix);
});

test('numbered feed and watchlist keys reach the route that binds their patterns', async () => {
  for (const key of ['feed.12.storage.hit.process', 'feed.7.storage.hit.process', 'watchlist.3.hit.process']) {
    const m = traffic.next('json');
    await publisher.publish({
      ...m,
      routingKey: key,
      body: Buffer.from(JSON.stringify({ ...JSON.parse(m.body.toString()), report_id: `r-${key}` })),
    });
  }
  await publisher.publish({ ...traffic.next('json'), routingKey: 'feed.12.ingress.hit.binary' });
  await publisher.flush();
  expect(await waitFor(() => lines(out('hits')).length >= 3, 20_000)).toBe(true);
  const hits = jsonLines(out('hits'));
  expect(hits.map((h) => h.type).sort()).toEqual([
    'feed.storage.hit.process',
    'feed.storage.hit.process',
    'watchlist.hit.process',
  ]);
});

test('a filter keeps only matching events; two routes get the same event', async () => {
  const before = jsonLines(out('raw')).length;
  let outbound = 0;
  for (let i = 0; i < 40; i++) {
    const m = traffic.next('protobuf');
    await publisher.publish({ ...m, routingKey: 'ingress.event.netconn' });
  }
  await publisher.flush();
  expect(await waitFor(() => jsonLines(out('raw')).length >= before + 40, 20_000)).toBe(true);
  const raw = jsonLines(out('raw')).slice(before) as Array<{ message: { network?: { outbound?: boolean } } }>;
  outbound = raw.filter((r) => r.message.network && r.message.network.outbound !== false).length;
  await waitFor(() => lines(out('outbound')).length >= outbound, 10_000);
  const got = jsonLines(out('outbound'));
  expect(got.length).toBe(outbound);
  for (const e of got) {
    expect(e).toMatchObject({ direction: 'outbound', pipeline: 'soc', type: 'ingress.event.netconn' });
    expect(e).not.toHaveProperty('link_sensor');
  }
});

test('a zipped raw bundle fans out into one event per record, env from its headers', async () => {
  const before = jsonLines(out('raw')).length;
  const bundle = new SyntheticTraffic({ protobuf: 0, bundle: 1, json: 0, bundleSize: 60 }, 7).next('bundle');
  await publisher.publish(bundle);
  await publisher.flush();
  expect(await waitFor(() => jsonLines(out('raw')).length >= before + 60, 20_000)).toBe(true);
  const records = jsonLines(out('raw')).slice(before) as Array<{
    envelope: { location?: { record: number } };
    message: { env: { endpoint: { SensorId: number } } };
  }>;
  expect(records).toHaveLength(60);
  expect(records.map((r) => r.envelope.location?.record)).toEqual(Array.from({ length: 60 }, (_, i) => i));
  for (const r of records) expect(r.message.env.endpoint.SensorId).toBe(bundle.headers.sensorId);
});

test('a poison message is dead-lettered with its body and reason, and later messages still flow', async () => {
  const garbage = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
  await publisher.publish({
    exchange: EVENTS_EXCHANGE,
    routingKey: 'ingress.event.netconn',
    contentType: 'application/protobuf',
    headers: {},
    body: garbage,
    events: 1,
    firstSeq: -1,
  });
  const before = jsonLines(out('raw')).length;
  for (let i = 0; i < 10; i++)
    await publisher.publish({ ...traffic.next('protobuf'), routingKey: 'ingress.event.filemod' });
  await publisher.flush();
  expect(await waitFor(() => jsonLines(out('raw')).length >= before + 10, 20_000)).toBe(true);
  expect(await waitFor(() => lines(join(dir, 'dead.jsonl')).length >= 2, 10_000)).toBe(true);
  const dead = jsonLines(join(dir, 'dead.jsonl'));
  expect(dead.map((d) => d.route).sort()).toEqual(['outbound', 'raw']);
  for (const d of dead) {
    expect(String(d.reason)).toMatch(/^protobuf_/);
    expect(Buffer.from(String(d.body), 'base64').equals(garbage)).toBe(true);
    expect(d.routingKey).toBe('ingress.event.netconn');
  }
  for (const q of ['hits', 'outbound', 'raw']) {
    expect(
      await waitFor(
        async () => {
          const i = await queueInfo(`${prefix}.${q}`);
          return !!i && i.messages === 0;
        },
        15_000,
        500,
      ),
    ).toBe(true);
  }
});
