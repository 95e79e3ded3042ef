import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic, type OutgoingMessage } from '../../src/simulate/traffic';
import { SYNTHETIC_SENSOR_KINDS, SYNTHETIC_JSON_KEYS } from '../../src/simulate/synthetic-events';
import { decodeMessage } from '../../src/codecs/decode-message';
import { CbEventMsgType } from '../../src/codecs/protobuf/decode-sensor-event';
import { normalizeResult } from '../../src/formats/format-events';
import { codecOptions, formatOptions, type Bridge } from '../../src/app/bridge';
import type { Settings } from '../../src/config/settings';
import { uniquePrefix, waitFor } from '../support/broker';
import { TestVhost } from '../support/vhost';
import { startBridge, tempDir, jsonLines, lines } from '../support/bridge-fixture';
import {
  KafkaCollector,
  KAFKA_BROKERS,
  uniqueTopic,
  deleteTopicsByPrefix,
  recordsIn,
  type Received,
} from '../support/kafka';

/**
 * The kafka sink through the real bridge, on real RabbitMQ and a real Kafka (scripts/services.sh):
 * topics, keys, headers and bodies as consumed back; raw protobuf payloads; an oversize record
 * dead-lettered alone. Authentication, codecs and the broker outage have their own files.
 */
jest.setTimeout(110_000);

const dir = tempDir('kafka');
const prefix = uniquePrefix('kafka');
const topicPrefix = uniqueTopic('bridge');
const deadPath = join(dir, 'dead.jsonl');
const brokers = JSON.stringify(KAFKA_BROKERS);

const ROUTES = `
dead_letter: { type: file, path: ${deadPath} }
routes:
  - name: norm
    match: ["ingress.event.#", "watchlist.#", "feed.ingress.#", "feed.12.#", "binaryinfo.#"]
    exchanges: [api.events, api.rawsensordata]
    sinks:
      - type: kafka
        brokers: ${brokers}
        topic: "${topicPrefix}.{@type}"
        headers: { pipeline: soc }
  - name: raw
    match: ["ingress.event.#", "watchlist.#", "feed.ingress.#", "feed.12.#", "binaryinfo.#"]
    exchanges: [api.events, api.rawsensordata]
    format: decoded
    sinks:
      - type: kafka
        brokers: ${brokers}
        topic: "${topicPrefix}-raw"
        key: "{@sensor_id}"
        payload: raw
        compression: lz4
  - name: big
    match: ["feed.77.#"]
    format: decoded
    sinks:
      - type: kafka
        name: split
        brokers: ${brokers}
        topic: "${topicPrefix}-big"
      - type: kafka
        name: together
        brokers: ${brokers}
        topic: "${topicPrefix}-big2"
        max_request_bytes: 8000000
        delivery: { linger_ms: 300 }
`;

let bridge: Bridge;
let settings: Settings;
let publisher: CbPublisher;
// A vhost of our own: exact counts hold even while other suites publish synthetic traffic.
const vhost = TestVhost.create(uniquePrefix('vh-kafka'));

beforeAll(async () => {
  ({ bridge, settings } = await startBridge(dir, ROUTES, prefix, { CB_BRIDGE_AMQP_URL: vhost.amqpUrl }));
  publisher = new CbPublisher({ url: vhost.amqpUrl, declare: true, persistent: false });
  await publisher.open();
});

afterAll(async () => {
  await publisher?.close();
  await bridge?.stop();
  vhost.delete();
  await deleteTopicsByPrefix(topicPrefix);
});

const queuesEmpty = (...routes: string[]): Promise<boolean> =>
  waitFor(
    async () => {
      for (const r of routes) if (((await vhost.queueInfo(`${prefix}.${r}`))?.messages ?? 1) !== 0) return false;
      return true;
    },
    60_000,
    250,
  );

const json = (r: Received): Record<string, unknown> => JSON.parse(r.value.toString()) as Record<string, unknown>;

describe('through the bridge', () => {
  const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 10 }, 5);
  const sent: OutgoingMessage[] = [];

  beforeAll(async () => {
    for (let i = 0; i < SYNTHETIC_SENSOR_KINDS.length * 2; i++) sent.push(traffic.next('protobuf'));
    for (let i = 0; i < SYNTHETIC_JSON_KEYS.length; i++) sent.push(traffic.next('json'));
    sent.push(traffic.next('bundle'));
    for (const m of sent) await publisher.publish(m);
    await publisher.flush();
    expect(await queuesEmpty('norm', 'raw')).toBe(true);
  });

  test('normalized events land on {@type} topics, keyed by sensor id, with the cb.* headers and the JSON body', async () => {
    const expected = sent.flatMap((m) =>
      normalizeResult(decodeMessage({ ...m, receivedAt: 0 }, codecOptions(settings)), formatOptions(settings)).map(
        (r) => ({ type: String(r.type), routingKey: m.routingKey, contentType: m.contentType }),
      ),
    );
    const topics = [...new Set(expected.map((e) => `${topicPrefix}.${e.type}`))];
    const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
    // Every event is in Kafka (duplicates could only add to the count).
    expect(await waitFor(async () => total(await recordsIn(topics)) >= expected.length, 60_000, 250)).toBe(true);
    const collector = new KafkaCollector();
    // By name (a regex subscription only sees topics that exist when it subscribes).
    await collector.start(topics);
    try {
      // At least once: a transient error while the topics are being created may resend some records.
      const distinct = (r: readonly Received[]): number => new Set(r.map((x) => x.headers['cb.event_id'])).size;
      const ok = await collector.until((r) => distinct(r) >= expected.length, 60_000);
      if (!ok) {
        const read = Object.fromEntries(topics.map((t) => [t, collector.received.filter((r) => r.topic === t).length]));
        console.log(
          `kafka sink: read ${distinct(collector.received)} of ${expected.length} events; in Kafka ${JSON.stringify(await recordsIn(topics))}, read ${JSON.stringify(read)}`,
        );
      }
      expect(ok).toBe(true);
      const got = collector.received;
      expect(distinct(got)).toBe(expected.length);
      if (got.length > expected.length)
        console.log(`kafka sink: ${got.length - expected.length} duplicates of ${expected.length} records`);
      expect(new Set(got.map((r) => r.topic))).toEqual(new Set(expected.map((e) => `${topicPrefix}.${e.type}`)));
      for (const r of got) {
        const body = json(r);
        expect(r.topic).toBe(`${topicPrefix}.${String(body.type)}`);
        const sensorId = body.sensor_id ?? (body.docs as Array<{ sensor_id?: number }> | undefined)?.[0]?.sensor_id;
        expect(r.key).toBe(sensorId === undefined ? null : String(sensorId));
        expect(r.headers).toMatchObject({ 'cb.event_type': body.type, pipeline: 'soc' });
        expect(r.headers).not.toHaveProperty('cb.payload');
        expect(r.headers['cb.event_id']).toMatch(/^[0-9a-f]{20}-\d+$/);
        expect(expected).toContainEqual({
          type: body.type,
          routingKey: r.headers['cb.routing_key'],
          contentType: r.headers['cb.content_type'],
        });
      }
      // One endpoint's records share a partition.
      const partitionOf = new Map<string, number>();
      for (const r of got.filter((x) => x.key !== null)) {
        const k = `${r.topic}/${r.key}`;
        expect(partitionOf.get(k) ?? r.partition).toBe(r.partition);
        partitionOf.set(k, r.partition);
      }
    } finally {
      await collector.stop();
    }
  });

  test('payload: raw sends the CbEventMsg bytes (lz4-compressed batches), which decode back; notifications go as their text', async () => {
    const events = sent.reduce((n, m) => n + m.events, 0);
    const collector = new KafkaCollector();
    await collector.start([`${topicPrefix}-raw`]);
    try {
      // At least once: keep the first copy of each event.
      const firstCopies = (r: readonly Received[]): Received[] => [
        ...new Map(r.map((x) => [x.headers['cb.event_id'], x])).values(),
      ];
      expect(await collector.until((r) => firstCopies(r).length >= events, 60_000)).toBe(true);
      const got = firstCopies(collector.received);
      expect(got).toHaveLength(events);
      const protobuf = got.filter((r) => r.headers['cb.payload'] === 'protobuf');
      const text = got.filter((r) => r.headers['cb.payload'] === 'text');
      expect(text).toHaveLength(SYNTHETIC_JSON_KEYS.length);
      expect(protobuf).toHaveLength(events - SYNTHETIC_JSON_KEYS.length);
      const bundle = sent.find((m) => m.contentType === 'application/zip')!;
      const seqs = protobuf.map((r) => {
        const msg = CbEventMsgType.decode(r.value);
        expect(r.headers['cb.event_type']).toMatch(/^ingress\.event\./);
        // Bundle records carry no env of their own: the key is the sensor id from the bundle's headers.
        const sensorId =
          r.headers['cb.routing_key'] === 'ingress.rawsensordata'
            ? bundle.headers.sensorId
            : msg.env?.endpoint?.SensorId;
        expect(r.key).toBe(String(sensorId));
        return Number(msg.header?.eventid);
      });
      const expectedSeqs = sent
        .filter((m) => m.contentType !== 'application/json')
        .flatMap((m) => Array.from({ length: m.events }, (_, i) => m.firstSeq + i));
      expect(seqs.sort((a, b) => a - b)).toEqual(expectedSeqs);
      for (const r of text) {
        expect(json(r)).toHaveProperty('envelope');
        expect(r.headers['cb.content_type']).toBe('application/json');
      }
      // Bundle records carry the bundle's content type and routing key.
      const bundled = protobuf.filter((r) => r.headers['cb.routing_key'] === 'ingress.rawsensordata');
      expect(bundled).toHaveLength(10);
      for (const r of bundled) expect(r.headers['cb.content_type']).toBe('application/zip');
    } finally {
      await collector.stop();
    }
  });
});

test("a record over the broker's max size is dead-lettered alone; its neighbours arrive (split or sent together)", async () => {
  const traffic = new SyntheticTraffic({ protobuf: 0, bundle: 0, json: 1, bundleSize: 1 }, 9);
  const feed = (huge?: string): OutgoingMessage => {
    const m = traffic.next('json');
    const doc = JSON.parse(m.body.toString()) as Record<string, unknown>;
    return {
      ...m,
      routingKey: 'feed.77.ingress.hit.process',
      body: Buffer.from(JSON.stringify({ ...doc, report_id: `r-${m.firstSeq}`, ...(huge ? { ioc_value: huge } : {}) })),
    };
  };
  const messages = [feed(), feed(), feed(), feed(randomBytes(900_000).toString('base64')), feed(), feed(), feed()];
  const hugeId = 'r-3';
  for (const m of messages) await publisher.publish(m);
  await publisher.flush();
  const neighbours = messages.map((_m, i) => `r-${i}`).filter((id) => id !== hugeId);
  const collector = new KafkaCollector();
  try {
    expect(await waitFor(() => lines(deadPath).length >= 2, 60_000)).toBe(true);
    await collector.start([`${topicPrefix}-big`, `${topicPrefix}-big2`]);
    const ids = (topic: string): Set<string> =>
      new Set(
        collector.received
          .filter((r) => r.topic === topic)
          .map((r) => String((json(r).message as { report_id: string }).report_id)),
      );
    const allArrived = (): boolean =>
      neighbours.every((id) => ids(`${topicPrefix}-big`).has(id) && ids(`${topicPrefix}-big2`).has(id));
    expect(await collector.until(allArrived, 60_000)).toBe(true);
    expect(ids(`${topicPrefix}-big`).has(hugeId)).toBe(false);
    expect(ids(`${topicPrefix}-big2`).has(hugeId)).toBe(false);
    const dead = jsonLines(deadPath);
    expect(dead.map((d) => d.sink).sort()).toEqual(['split', 'together']);
    for (const d of dead) {
      expect(d).toMatchObject({ route: 'big', reason: 'sink_failed', routingKey: 'feed.77.ingress.hit.process' });
      expect(String(d.detail)).toMatch(/^MESSAGE_TOO_LARGE: /);
      expect(String(d.body)).toContain('"report_id":"r-3"');
    }
    // The message is settled (dead letter written) and acked; so are its neighbours.
    expect(await queuesEmpty('big')).toBe(true);
  } finally {
    await collector.stop();
  }
});
