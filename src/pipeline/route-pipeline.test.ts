import { DEFAULT_CODEC_LIMITS } from '../codecs/codec-limits';
import { EVENTS_EXCHANGE, type InboundMessage } from '../event/inbound-message';
import { NotificationSchemas } from '../codecs/json/notification-schemas';
import { silentLogger } from '../observability/logger';
import { Random } from '../simulate/random';
import { syntheticSensorEvent } from '../simulate/synthetic-events';
import type { DeadLetter, DeadLetterDestination } from '../dead-letters/dead-letter';
import { SinkDriver } from '../sinks/driver/sink-driver';
import { DEFAULT_DELIVERY_POLICY, type DeliveryOutcome, type Sink, type SinkRecord } from '../sinks/sink';
import { DeadLetterWriter } from '../dead-letters/dead-letter-writer';
import { fanOut, PIPELINE_HOOKS } from './pipeline-observer';
import { RoutePipeline } from './route-pipeline';
import type { EventDetail } from '../event/event-detail';
import { DecodePool, type PartConsumer } from './offload/decode-pool';
import { PARTS_AHEAD, PART_EVENTS } from './offload/protocol';
import { decodeMessage } from '../codecs/decode-message';
import { compileRouteLogic } from './route-logic';
import { produceEvents } from './produce-events';
import { writeBundle, writeZip } from '../simulate/bundle-writer';
import { SYNTHETIC_SENSOR_KINDS } from '../simulate/synthetic-events';
import { RAW_SENSOR_EXCHANGE } from '../event/inbound-message';
import type { RouteLogicSpec } from './route-logic';
import { assembleRoute } from './route-logic';
import { deeplyNestedJson, validBundle } from '../simulate/hostile-messages';

/** A sink that keeps what it was sent; whether it reads record fields is the test's choice. */
class KeepingSink implements Sink {
  readonly type = 'keeping';
  readonly received: SinkRecord[] = [];
  readonly eventDetail: EventDetail | undefined;
  constructor(
    readonly name: string,
    reads: boolean | EventDetail,
  ) {
    this.eventDetail = reads === true ? { fields: 'all', raw: true } : reads === false ? undefined : reads;
  }
  async start(): Promise<void> {}
  async send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    this.received.push(...batch);
    return batch.map(() => ({ status: 'accepted' }));
  }
  health() {
    return { state: 'up' as const, lastError: null, lastErrorAt: null };
  }
  async close(): Promise<void> {}
}

class KeptLetters implements DeadLetterDestination {
  readonly kind = 'memory';
  readonly letters: DeadLetter[] = [];
  async start(): Promise<void> {}
  async accept(letters: readonly DeadLetter[]): Promise<void> {
    this.letters.push(...letters);
  }
  async close(): Promise<void> {}
}

const codec = { schemas: new NotificationSchemas(), acceptUnknownRoutingKeys: false, limits: DEFAULT_CODEC_LIMITS };

const logic: RouteLogicSpec = { name: 'r', match: ['#'], format: 'normalized' };

function pipelineFor(
  sinks: KeepingSink[],
  offload?: DecodePool,
  spec: RouteLogicSpec = logic,
  letters = new KeptLetters(),
): RoutePipeline {
  const drivers = sinks.map((s) => new SinkDriver(s, { ...DEFAULT_DELIVERY_POLICY, lingerMs: 1 }, 'r', silentLogger()));
  return new RoutePipeline(
    assembleRoute(spec, drivers),
    new DeadLetterWriter(letters, silentLogger()),
    {
      codec,
      format: { serverName: 'cb', serverUrl: '', floatTimestamps: false },
      parkAfterMs: 60_000,
      maxInFlightEvents: 1000,
      observer: fanOut([], PIPELINE_HOOKS),
      ...(offload ? { offload } : {}),
    },
    silentLogger(),
  );
}

function procstart(seq: number): InboundMessage {
  const body = Buffer.from(syntheticSensorEvent('process', new Random(seq), { seq, now: 1_700_000_000_000 }));
  return {
    exchange: EVENTS_EXCHANGE,
    routingKey: 'ingress.event.process',
    contentType: 'application/protobuf',
    headers: {},
    body,
    receivedAt: 1,
    timestamp: 1_700_000_000,
  };
}

const FORMAT = { serverName: 'cb', serverUrl: '', floatTimestamps: false };

function workerPool(jobTimeoutMs?: number): DecodePool {
  const pool = DecodePool.create({
    workers: 1,
    setup: { limits: DEFAULT_CODEC_LIMITS, format: FORMAT },
    logger: silentLogger(),
    ...(jobTimeoutMs ? { jobTimeoutMs } : {}),
  });
  if (!pool) throw new Error('decode worker not built: run npm run build first');
  return pool;
}

/** A zipped bundle of `n` synthetic events (no env: the headers give it). */
function zippedBundle(seed: number, n: number, headers: Record<string, unknown>): InboundMessage {
  const rng = new Random(seed);
  const records = Array.from({ length: n }, (_, i) =>
    syntheticSensorEvent(SYNTHETIC_SENSOR_KINDS[i % 7], rng, { seq: i, now: 1_700_000_000_000, withoutEnv: true }),
  );
  return {
    exchange: RAW_SENSOR_EXCHANGE,
    routingKey: 'ingress.rawsensordata',
    contentType: 'application/zip',
    headers,
    body: writeZip([{ name: 'b', data: writeBundle(records) }]),
    receivedAt: 1,
  };
}

async function deliver(pipeline: RoutePipeline, message: InboundMessage): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    pipeline.handle({ message, redelivered: false, ack: resolve, park: async () => reject(new Error('parked')) }),
  );
}

test('records and raw bytes reach sinks only when a sink of the route reads event detail', async () => {
  const plain = new KeepingSink('file-like', false);
  await deliver(pipelineFor([plain]), procstart(1));
  expect(plain.received).toHaveLength(1);
  expect(plain.received[0].record).toBeNull();
  expect(plain.received[0].raw).toBeUndefined();
  expect(JSON.parse(plain.received[0].text)).toMatchObject({ type: 'ingress.event.procstart', cb_server: 'cb' });

  const reader = new KeepingSink('kafka-like', true);
  const other = new KeepingSink('file-like', false);
  await deliver(pipelineFor([reader, other]), procstart(2));
  expect(reader.received[0].record).toMatchObject({ type: 'ingress.event.procstart' });
  expect(reader.received[0].raw).toBeInstanceOf(Uint8Array);
  expect(reader.received[0]).toBe(other.received[0]);
});

test('events rendered here reach sinks as UTF-8 bytes, unless a sink of the route reads strings', async () => {
  const bytesReader = new KeepingSink('file-like', false);
  await deliver(pipelineFor([bytesReader]), procstart(4));
  const asBytes = bytesReader.received[0];
  expect(asBytes.utf8).toBeInstanceOf(Buffer);

  const textReader = new KeepingSink('webhook-like', { fields: [], raw: false, text: true });
  const alongside = new KeepingSink('file-like', false);
  await deliver(pipelineFor([textReader, alongside]), procstart(4));
  const asText = textReader.received[0];
  expect(asText.utf8).toBeUndefined();
  expect(alongside.received[0]).toBe(asText);
  // The same event either way: the bytes are the text's UTF-8.
  expect(asBytes.utf8!.toString('utf8')).toBe(asText.text);
  expect(asBytes.text).toBe(asText.text);
});

test('a routed record carries a stable id, its message facts and the publish time for latency', async () => {
  const sink = new KeepingSink('s', false);
  const pipeline = pipelineFor([sink]);
  await deliver(pipeline, procstart(3));
  await deliver(pipeline, procstart(3));
  const [first, again] = sink.received;
  expect(first.id).toMatch(/^[0-9a-f]{20}-0$/);
  expect(again.id).toBe(first.id);
  expect(first).toMatchObject({
    routingKey: 'ingress.event.process',
    eventKey: 'ingress.event.process',
    contentType: 'application/protobuf',
    receivedAt: 1,
    publishedAt: 1_700_000_000_000,
  });
});

test('with decode workers, bundles reach the sinks as they would without them, and single events stay on the main thread', async () => {
  const pool = workerPool();
  try {
    const bundle = zippedBundle(11, 60, { sensorId: 3 });
    expect(pool.accepts(bundle)).toBe(true);
    const viaWorker = new KeepingSink('w', false);
    const here = new KeepingSink('h', false);
    await deliver(pipelineFor([viaWorker], pool), bundle);
    await deliver(pipelineFor([viaWorker], pool), procstart(4));
    await deliver(pipelineFor([here]), bundle);
    await deliver(pipelineFor([here]), procstart(4));
    expect(viaWorker.received).toHaveLength(61);
    expect(viaWorker.received.map((r) => [r.id, r.eventKey, r.text])).toEqual(
      here.received.map((r) => [r.id, r.eventKey, r.text]),
    );
  } finally {
    await pool.close();
  }
});

test('a bundle a decode worker gets stuck on becomes a dead letter (decode_timeout) instead of stalling the main thread', async () => {
  const pool = workerPool(300);
  try {
    const hostile = zippedBundle(12, 20, { sensorId: 3, sensorHostName: `${'a'.repeat(40)}!` });
    const letters = new KeptLetters();
    const sink = new KeepingSink('s', false);
    const spec: RouteLogicSpec = { name: 'r', match: ['#'], filter: { field: 'computer_name', regex: '^(a+)+$' } };
    await deliver(pipelineFor([sink], pool, spec, letters), hostile);
    expect(sink.received).toHaveLength(0);
    expect(letters.letters).toHaveLength(1);
    expect(letters.letters[0]).toMatchObject({
      route: 'r',
      reason: 'decode_timeout',
      routingKey: 'ingress.rawsensordata',
    });
  } finally {
    await pool.close();
  }
});

test('a route keeps only the record fields its sinks read, and raw bytes only when one reads them; with decode workers too', async () => {
  const pool = workerPool();
  try {
    const bundle = zippedBundle(14, 30, { sensorId: 5 });
    const typeReader = new KeepingSink('k', { fields: [['type']], raw: false });
    const sensorReader = new KeepingSink('s', { fields: [['sensor_id']], raw: true });
    await deliver(pipelineFor([typeReader, sensorReader], pool), bundle);
    expect(typeReader.received).toHaveLength(30);
    for (const r of typeReader.received) {
      expect(Object.keys(r.record!).sort()).toEqual(['sensor_id', 'type']);
      expect(r.record!.sensor_id).toBe(5);
      expect(r.raw).toBeInstanceOf(Uint8Array);
    }
    const inline = new KeepingSink('k', { fields: [['type']], raw: false });
    await deliver(pipelineFor([inline]), bundle);
    expect(inline.received.map((r) => r.record)).toEqual(typeReader.received.map((r) => ({ type: r.record!.type })));
    expect(inline.received[0].raw).toBeUndefined();
  } finally {
    await pool.close();
  }
});

/** A sink that refuses every record for good (each becomes a dead letter). */
class RefusingSink extends KeepingSink {
  override async send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    this.received.push(...batch);
    return batch.map(() => ({ status: 'failed', error: 'refused' }));
  }
}

test('each message settles through its own records: acked once every sink took or dead-lettered them, letters naming sink and message', async () => {
  const letters = new KeptLetters();
  const taking = new KeepingSink('taking', false);
  const refusing = new RefusingSink('refusing', false);
  const pipeline = pipelineFor([taking, refusing], undefined, logic, letters);
  const json = (routingKey: string, n: number): InboundMessage => ({
    exchange: EVENTS_EXCHANGE,
    routingKey,
    contentType: 'application/json',
    headers: {},
    receivedAt: 1,
    body: Buffer.from(JSON.stringify({ type: 'watchlist.hit.process', n, docs: [{ sensor_id: n }] })),
  });
  const messages = [json('watchlist.hit.process', 1), procstart(2), json('watchlist.hit.process', 3)];
  await Promise.all(messages.map((m) => deliver(pipeline, m)));
  expect(taking.received).toHaveLength(3);
  expect(letters.letters).toHaveLength(3);
  expect(letters.letters.every((l) => l.sink === 'refusing' && l.reason === 'sink_failed')).toBe(true);
  // Each letter carries its own event's text and its own message's routing key.
  const byText = new Map(letters.letters.map((l) => [l.body, l.routingKey]));
  for (const r of refusing.received) expect(byText.get(r.text)).toBe(r.routingKey);
  expect(new Set(letters.letters.map((l) => l.routingKey))).toEqual(
    new Set(['watchlist.hit.process', 'ingress.event.process']),
  );
  expect(pipeline.inFlightCount()).toBe(0);
  expect(pipeline.inFlightEventCount()).toBe(0);
});

describe('one hostile message never stops the route (issue 17)', () => {
  function pipelineWith(
    sinks: KeepingSink[],
    letters: KeptLetters,
    over: { maxJsonDepth?: number; maxInFlightEvents?: number; parkAfterMs?: number },
    offload?: DecodePool,
  ): RoutePipeline {
    const drivers = sinks.map(
      (s) => new SinkDriver(s, { ...DEFAULT_DELIVERY_POLICY, lingerMs: 1 }, 'r', silentLogger()),
    );
    return new RoutePipeline(
      assembleRoute(logic, drivers),
      new DeadLetterWriter(letters, silentLogger()),
      {
        codec: {
          ...codec,
          limits: { ...DEFAULT_CODEC_LIMITS, ...(over.maxJsonDepth ? { maxJsonDepth: over.maxJsonDepth } : {}) },
        },
        format: FORMAT,
        parkAfterMs: over.parkAfterMs ?? 60_000,
        maxInFlightEvents: over.maxInFlightEvents ?? 1000,
        observer: fanOut([], PIPELINE_HOOKS),
        ...(offload ? { offload } : {}),
      },
      silentLogger(),
    );
  }
  const observed = (body: Buffer): InboundMessage => ({
    exchange: EVENTS_EXCHANGE,
    routingKey: 'binaryinfo.observed',
    contentType: 'application/json',
    headers: {},
    body,
    receivedAt: 1,
  });

  test('a stage that throws on an event (render of JSON nested past the stack) dead-letters that message as event_failed; the next one goes on', async () => {
    const letters = new KeptLetters();
    const sink = new KeepingSink('s', false);
    // With the depth check out of the way, rendering 20,000 nested arrays overflows the stack.
    const pipeline = pipelineWith([sink], letters, { maxJsonDepth: 1_000_000 });
    await deliver(pipeline, observed(deeplyNestedJson(20_000)));
    await deliver(pipeline, procstart(5));
    expect(letters.letters).toHaveLength(1);
    expect(letters.letters[0]).toMatchObject({
      reason: 'event_failed',
      route: 'r',
      routingKey: 'binaryinfo.observed',
      bodyEncoding: 'base64',
    });
    expect(letters.letters[0].detail).toMatch(/failed on event 0: Maximum call stack size exceeded/);
    expect(sink.received).toHaveLength(1);
    expect(pipeline.inFlightEventCount()).toBe(0);
  });

  test('the same body under the default limit is refused as json_too_deep', async () => {
    const letters = new KeptLetters();
    await deliver(pipelineWith([new KeepingSink('s', false)], letters, {}), observed(deeplyNestedJson(5000)));
    expect(letters.letters.map((l) => l.reason)).toEqual(['json_too_deep']);
  });

  test.each([
    ['on the main thread', false],
    ['through a decode worker', true],
  ])(
    'a bundle of more events than the in-flight limit flows to the sinks in parts under it, %s',
    async (_how, withWorker) => {
      const pool = withWorker ? workerPool() : undefined;
      try {
        let pipeline: RoutePipeline | null = null;
        let most = 0;
        class Watching extends KeepingSink {
          override async send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
            most = Math.max(most, pipeline!.inFlightEventCount());
            return super.send(batch);
          }
        }
        const sink = new Watching('s', false);
        pipeline = pipelineWith([sink], new KeptLetters(), { maxInFlightEvents: 100 }, pool);
        const bundle: InboundMessage = {
          exchange: RAW_SENSOR_EXCHANGE,
          routingKey: 'ingress.rawsensordata',
          contentType: 'application/zip',
          headers: { sensorId: 9 },
          body: writeZip([{ name: 'b', data: validBundle(5000) }]),
          receivedAt: 1,
        };
        await Promise.all([deliver(pipeline, bundle), deliver(pipeline, procstart(6))]);
        expect(sink.received).toHaveLength(5001);
        expect(new Set(sink.received.map((r) => r.id)).size).toBe(5001);
        expect(most).toBeGreaterThan(0);
        expect(most).toBeLessThanOrEqual(100);
        expect(pipeline.inFlightEventCount()).toBe(0);
      } finally {
        await pool?.close();
      }
    },
  );

  /** Counts the events `pool` gives its consumers in parts, and calls `onPart` with the count after each part. */
  function countingParts(pool: DecodePool, onPart: (given: number) => void = () => undefined): { given: number } {
    const seen = { given: 0 };
    const produce = pool.produce.bind(pool);
    pool.produce = (spec, message, detail, consumer?: PartConsumer) =>
      produce(
        spec,
        message,
        detail,
        consumer && {
          ...consumer,
          part: (events, taken) => {
            seen.given += events.length;
            onPart(seen.given);
            consumer.part(events, taken);
          },
        },
      );
    return seen;
  }

  const bigBundle = (n: number): InboundMessage => ({
    exchange: RAW_SENSOR_EXCHANGE,
    routingKey: 'ingress.rawsensordata',
    contentType: 'application/zip',
    headers: { sensorId: 9 },
    body: writeZip([{ name: 'b', data: validBundle(n) }]),
    receivedAt: 1,
  });

  test('a decode worker sends a huge bundle in parts only as the route hands them out: every event once, in order', async () => {
    const pool = workerPool();
    try {
      let pipeline: RoutePipeline | null = null;
      let mostAhead = 0;
      const sink = new (class extends KeepingSink {
        override async send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
          // Events the worker gave beyond those the sinks have had: the parts not yet taken, and what is in flight.
          mostAhead = Math.max(mostAhead, parts.given - this.received.length);
          await new Promise((r) => setImmediate(r));
          return super.send(batch);
        }
      })('s', false);
      const parts = countingParts(pool);
      pipeline = pipelineWith([sink], new KeptLetters(), { maxInFlightEvents: 100 }, pool);
      const message = bigBundle(30_000);
      await deliver(pipeline, message);
      const here = produceEvents(decodeMessage(message, codec), compileRouteLogic(logic), FORMAT, {
        fields: [],
        raw: false,
      });
      expect(parts.given).toBeGreaterThanOrEqual(5 * PART_EVENTS);
      expect(mostAhead).toBeLessThanOrEqual((PARTS_AHEAD + 1) * PART_EVENTS + 100);
      expect(sink.received.map((r) => r.text)).toEqual(here.events.map((e) => e.rendered));
      expect(sink.received.map((r) => r.id.split('-')[1])).toEqual(here.events.map((_e, i) => String(i)));
      expect(pipeline.inFlightEventCount()).toBe(0);
    } finally {
      await pool.close();
    }
  });

  test('a decode worker that dies half way through a bundle: the main thread produces the rest, and every event comes once', async () => {
    const pool = workerPool();
    try {
      const parts = countingParts(pool, (given) => {
        if (given >= 2 * PART_EVENTS) void pool.threads()[0].terminate();
      });
      const sink = new KeepingSink('s', false);
      const pipeline = pipelineWith([sink], new KeptLetters(), { maxInFlightEvents: 500 }, pool);
      await deliver(pipeline, bigBundle(20_000));
      expect(parts.given).toBeGreaterThanOrEqual(2 * PART_EVENTS);
      expect(parts.given).toBeLessThan(20_000);
      expect(sink.received).toHaveLength(20_000);
      expect(sink.received.map((r) => r.id.split('-')[1])).toEqual(
        Array.from({ length: 20_000 }, (_v, i) => String(i)),
      );
    } finally {
      await pool.close();
    }
  });

  test('a bundle parked while its worker waits for the route to take parts stops the parts; the worker takes the next message', async () => {
    const pool = workerPool();
    try {
      const parts = countingParts(pool);
      const stalled = new (class extends KeepingSink {
        override send(): Promise<DeliveryOutcome[]> {
          return new Promise(() => undefined);
        }
      })('down', false);
      const stuck = pipelineWith([stalled], new KeptLetters(), { maxInFlightEvents: 100, parkAfterMs: 300 }, pool);
      stuck.start();
      await expect(deliver(stuck, bigBundle(30_000))).rejects.toThrow(/parked/);
      stuck.stop();
      const given = parts.given;
      const sink = new KeepingSink('s', false);
      await deliver(pipelineWith([sink], new KeptLetters(), {}, pool), bigBundle(10_000));
      expect(sink.received).toHaveLength(10_000);
      // The parked bundle's worker sent at most the part already on its way once it was parked (the next message's
      // parts aside).
      expect(given).toBeLessThanOrEqual((PARTS_AHEAD + 1) * PART_EVENTS);
      expect(parts.given - given).toBeLessThanOrEqual(PART_EVENTS + 10_000);
    } finally {
      await pool.close();
    }
  });
});
