import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import amqp, { type ConsumeMessage } from 'amqplib';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic, type OutgoingMessage } from '../../src/simulate/traffic';
import { HOSTILE_CLASSES, type HostileMessage } from '../../src/simulate/hostile-messages';
import { AckBatcher } from '../../src/sources/amqp/ack-batcher';
import { uniquePrefix, waitFor } from '../support/broker';
import { TestVhost } from '../support/vhost';
import { freePort } from '../support/test-services';
import { jsonLines, tempDir } from '../support/bridge-fixture';
import { BridgeProcess } from '../support/bridge-process';
import { lossReport } from '../support/loss-check';
import { parsePrometheusText, sampleValue } from '../support/prom-text';

/**
 * Every class of hostile input known, interleaved with sequenced good events, through the bridge
 * as a process on the real broker (a vhost of its own): the bridge must neither crash nor
 * reconnect, deliver every good event once, make each hostile message one dead letter with its
 * reason, and count them.
 */
jest.setTimeout(300_000);

const vhost = TestVhost.create(uniquePrefix('vh-hostile'));
const dir = tempDir('hostile');
const out = (name: string): string => join(dir, name);
const TOKEN = 'hostile-test-token';

const ROUTES = `
dead_letter: { type: file, path: ${out('dead.jsonl')} }
routes:
  - name: all
    match: ["#"]
    exchanges: [api.events, api.rawsensordata]
    format: decoded
    sinks: [{ type: file, path: ${out('events.jsonl')} }]
`;

const asOutgoing = (m: HostileMessage): OutgoingMessage => ({
  ...m,
  contentType: m.contentType as string,
  events: 0,
  firstSeq: -1,
});

/** The run id (boot id) of the sequenced good events, telling them from the headerless bundle's. */
const GOOD_RUN = 71;

let bridge: BridgeProcess;
let port: number;

beforeAll(async () => {
  const routesPath = out('routes.yaml');
  writeFileSync(routesPath, ROUTES);
  port = await freePort();
  bridge = new BridgeProcess([], {
    CB_BRIDGE_AMQP_URL: vhost.amqpUrl,
    CB_BRIDGE_ROUTES: routesPath,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_QUEUE_PREFIX: uniquePrefix('hostile'),
    CB_BRIDGE_ADMIN_PORT: String(port),
    CB_BRIDGE_ADMIN_TOKEN: TOKEN,
    CB_BRIDGE_DECODE_WORKERS: '2',
    CB_BRIDGE_ADMIN_QUEUE_POLL_S: '0',
  });
  bridge.start();
  await bridge.consuming();
});

afterAll(async () => {
  await bridge?.kill('SIGTERM');
  vhost.delete();
});

test('an ack flushed after its channel began closing is dropped, not thrown from setImmediate', async () => {
  const conn = await amqp.connect(vhost.amqpUrl);
  const ch = await conn.createChannel();
  const { queue } = await ch.assertQueue('', { exclusive: true });
  ch.sendToQueue(queue, Buffer.from('x'));
  const m = await new Promise<ConsumeMessage>((resolve) => {
    void ch.consume(queue, (msg) => {
      if (msg) resolve(msg);
    });
  });
  const batcher = new AckBatcher(ch);
  batcher.track(m.fields.deliveryTag);
  batcher.complete(m.fields.deliveryTag); // its flush runs on the next turn
  const closing = ch.close(); // the channel is closing from now on; its close event comes later
  await new Promise((r) => setImmediate(r));
  expect(batcher.isLost).toBe(true);
  await closing;
  await conn.close();
});

test('every hostile class among sequenced good events: no crash, every good event once, one dead letter each with its reason, counted', async () => {
  const publisher = new CbPublisher({ url: vhost.amqpUrl, declare: true, persistent: false });
  await publisher.open();
  const good = new SyntheticTraffic({ protobuf: 3, bundle: 1, json: 0, bundleSize: 40 }, 17, Date.now, GOOD_RUN);
  const headerless = new SyntheticTraffic(
    { protobuf: 0, bundle: 1, json: 0, bundleSize: 5 },
    18,
    Date.now,
    GOOD_RUN + 1,
  );
  try {
    for (const c of HOSTILE_CLASSES) {
      for (let i = 0; i < 4; i++) await publisher.publish(good.next());
      await publisher.publish(asOutgoing(c.make()));
    }
    for (let i = 0; i < 4; i++) await publisher.publish(good.next());
    // Raw records whose headers name no sensor: delivered, with a warning counted.
    const bare = headerless.next();
    await publisher.publish({ ...bare, headers: { sensorId: 'not-a-number' } });
    await publisher.flush();
  } finally {
    await publisher.close();
  }

  const letters = (): Array<Record<string, unknown>> => jsonLines(out('dead.jsonl'));
  const delivered = await waitFor(
    () =>
      lossReport(out('events.jsonl'), good.generated, GOOD_RUN).missing === 0 &&
      letters().length >= HOSTILE_CLASSES.length,
    240_000,
  );
  expect(delivered).toBe(true);

  // Every good event exactly once (the sequenced stream; the headerless bundle's events are extra).
  const report = lossReport(out('events.jsonl'), good.generated, GOOD_RUN);
  expect(report).toMatchObject({ missing: 0, duplicates: 0 });

  // One dead letter per hostile message, with its reason.
  const reasons = letters()
    .map((l) => l.reason as string)
    .sort();
  expect(reasons).toEqual(HOSTILE_CLASSES.map((c) => c.reason).sort());
  for (const l of letters()) expect(String(l.detail).length).toBeLessThanOrEqual(4200);

  // Counted: decode errors by reason, and the warning for the headerless records.
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const metrics = parsePrometheusText(await res.text());
  for (const reason of new Set(reasons)) {
    expect([reason, sampleValue(metrics, 'cb_bridge_decode_errors_total', { route: 'all', reason }) > 0]).toEqual([
      reason,
      true,
    ]);
  }
  expect(sampleValue(metrics, 'cb_bridge_decode_warnings_total', { route: 'all' })).toBeGreaterThan(0);

  // No crash and no restart: connected once, never reconnected, still running.
  expect(bridge.logs.split('AMQP connected and consuming').length - 1).toBe(1);
  expect(bridge.logs).not.toContain('AMQP reconnecting');
  expect(bridge.logs).not.toContain('Maximum call stack size exceeded');
  // No log line repeats a key.
  for (const line of bridge.logs.split('\n').filter((l) => l.startsWith('{'))) {
    expect((line.match(/"route":/g) ?? []).length).toBeLessThanOrEqual(1);
  }
  expect(await bridge.kill('SIGTERM')).toBe(0);
});
