import { DEFAULT_CODEC_LIMITS } from '../../codecs/codec-limits';
import { DecodeError } from '../../codecs/decode-error';
import { decodeMessage } from '../../codecs/decode-message';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE, type InboundMessage } from '../../event/inbound-message';
import { NotificationSchemas } from '../../codecs/json/notification-schemas';
import { silentLogger } from '../../observability/logger';
import { writeBundle, writeZip } from '../../simulate/bundle-writer';
import { Random } from '../../simulate/random';
import { SYNTHETIC_SENSOR_KINDS, syntheticSensorEvent } from '../../simulate/synthetic-events';
import { produceEvents, recordOf, textOf, type RoutableEvent } from '../produce-events';
import { compileRouteLogic, type RouteLogicSpec } from '../route-logic';
import { DecodePool, DecodeTimeoutError, workerScript, type DecodePoolOptions, type PartConsumer } from './decode-pool';
import { PARTS_AHEAD, PART_EVENTS } from './protocol';
import { NO_DETAIL } from '../../event/event-detail';

const format = { serverName: 'cb', serverUrl: 'https://cb.example/', floatTimestamps: false };

/** A pool of the compiled worker with the default codec limits (or `limits`) and no logging. */
function testPool({
  limits = DEFAULT_CODEC_LIMITS,
  ...options
}: Omit<DecodePoolOptions, 'setup' | 'logger'> & { limits?: typeof DEFAULT_CODEC_LIMITS }): DecodePool {
  return DecodePool.create({ ...options, setup: { limits, format }, logger: silentLogger() })!;
}
const codec = { schemas: new NotificationSchemas(), acceptUnknownRoutingKeys: false, limits: DEFAULT_CODEC_LIMITS };

function bundleRecords(n: number, seed: number): Uint8Array[] {
  const rng = new Random(seed);
  return Array.from({ length: n }, (_, i) =>
    syntheticSensorEvent(SYNTHETIC_SENSOR_KINDS[i % SYNTHETIC_SENSOR_KINDS.length], rng, {
      seq: i,
      now: 1_700_000_000_000,
      withoutEnv: true,
    }),
  );
}

const raw = (body: Buffer, contentType = 'application/zip'): InboundMessage => ({
  exchange: RAW_SENSOR_EXCHANGE,
  routingKey: 'ingress.rawsensordata',
  contentType,
  headers: { sensorId: 17, sensorHostName: 'WIN-HR-0017' },
  body,
  receivedAt: 5,
});

let pool: DecodePool;

beforeAll(() => {
  // The worker runs compiled JavaScript: `npm test` builds before it runs jest.
  if (!workerScript())
    throw new Error('dist/src/pipeline/offload/decode-worker.js is missing: run npm run build first');
  pool = testPool({ workers: 2 });
});

afterAll(async () => {
  await pool.close();
});

test('takes raw-sensor archives and bundles of some size; single events, JSON and tiny bodies stay on the main thread', () => {
  const zip = writeZip([{ name: 'b1', data: writeBundle(bundleRecords(40, 1)) }]);
  expect(pool.accepts(raw(zip))).toBe(true);
  expect(pool.accepts(raw(writeBundle(bundleRecords(40, 2)), 'application/protobuf'))).toBe(true);
  expect(pool.accepts(raw(writeBundle(bundleRecords(1, 3)), 'application/protobuf'))).toBe(false);
  const single = Buffer.from(syntheticSensorEvent('netconn', new Random(4), { seq: 1, now: 1_700_000_000_000 }));
  expect(
    pool.accepts({
      ...raw(single, 'application/protobuf'),
      exchange: EVENTS_EXCHANGE,
      routingKey: 'ingress.event.netconn',
    }),
  ).toBe(false);
  expect(
    pool.accepts({
      ...raw(Buffer.from(`{"x":"${'a'.repeat(4000)}"}`), 'application/json'),
      exchange: EVENTS_EXCHANGE,
      routingKey: 'watchlist.hit.process',
    }),
  ).toBe(false);
});

test("a worker produces the same keys and texts as the main thread, through the route's filter and transform", async () => {
  const spec: RouteLogicSpec = {
    name: 'net',
    match: ['ingress.event.#'],
    format: 'normalized',
    filter: { not: { field: 'type', equals: 'ingress.event.regmod' } },
    transform: { drop: ['link_sensor'], add: { tenant: 'acme' } },
  };
  const message = raw(
    writeZip([
      { name: 'a', data: writeBundle(bundleRecords(70, 5)) },
      { name: 'b', data: writeBundle(bundleRecords(30, 6)) },
    ]),
  );
  const here = produceEvents(decodeMessage(message, codec), compileRouteLogic(spec), format, NO_DETAIL);
  const there = await pool.produce(spec, message);
  expect(there.produced.events.map((e) => e.eventKey)).toEqual(here.events.map((e) => e.eventKey));
  expect(there.produced.events.map((e, i) => textOf(e.rendered, i).toString())).toEqual(
    here.events.map((e) => e.rendered),
  );
  expect(there.produced.filtered).toBe(here.filtered);
  expect(here.filtered).toBeGreaterThan(0);
  expect(there.summary).toMatchObject({ source: message, eventCount: 100, errors: [], schemaViolations: [] });
  expect(JSON.parse(textOf(there.produced.events[0].rendered, 0).toString())).toMatchObject({
    tenant: 'acme',
    sensor_id: 17,
    computer_name: 'WIN-HR-0017',
  });
  expect(there.produced.events.every((e) => e.record === null && e.raw === undefined)).toBe(true);
});

test('a message that cannot be handed to a worker is refused at once; the worker keeps serving', async () => {
  const message = {
    ...raw(writeZip([{ name: 'a', data: writeBundle(bundleRecords(30, 10)) }])),
    headers: { sensorId: 1, odd: () => 1 },
  };
  await expect(pool.produce({ name: 'all', match: ['#'] }, message)).rejects.toThrow();
  const fine = raw(writeZip([{ name: 'a', data: writeBundle(bundleRecords(30, 10)) }]));
  expect((await pool.produce({ name: 'all', match: ['#'] }, fine)).produced.events).toHaveLength(30);
});

test("a worker sends back the record fields and raw bytes the route's sinks read, as the main thread keeps them", async () => {
  const spec: RouteLogicSpec = { name: 'k', match: ['#'] };
  const detail = { fields: [['type'], ['sensor_id'], ['docs', '0', 'md5'], ['no', 'such']], raw: true };
  const message = raw(writeZip([{ name: 'a', data: writeBundle(bundleRecords(30, 13)) }]));
  const here = produceEvents(decodeMessage(message, codec), compileRouteLogic(spec), format, detail);
  const there = await pool.produce(spec, message, detail);
  expect(there.produced.events.map((e, i) => recordOf(e.record, i))).toEqual(here.events.map((e) => e.record));
  expect(recordOf(there.produced.events[0].record, 0)).toEqual({
    type: expect.stringMatching(/^ingress\.event\./),
    sensor_id: 17,
  });
  expect(there.produced.events.map((e) => Buffer.from(e.raw!).toString('hex'))).toEqual(
    here.events.map((e) => Buffer.from(e.raw!).toString('hex')),
  );
  expect(there.produced.events[0].raw!.byteLength).toBeLessThan(1000);
  await expect(pool.produce(spec, message, { fields: 'all', raw: false })).rejects.toThrow(/whole records/);
});

test('decode errors come back typed, beside the events that did decode', async () => {
  const records = bundleRecords(20, 7);
  const good = writeBundle(records);
  const overrun = Buffer.concat([writeBundle(records.slice(0, 5)), Buffer.from([0xff, 0xff, 0x00, 0x00, 1, 2, 3])]);
  const message = raw(
    writeZip([
      { name: 'good', data: good },
      { name: 'cut', data: overrun },
    ]),
  );
  const out = await pool.produce({ name: 'all', match: ['#'] }, message);
  expect(out.summary.eventCount).toBe(25);
  expect(out.summary.errors).toHaveLength(1);
  expect(out.summary.errors[0]).toBeInstanceOf(DecodeError);
  expect(out.summary.errors[0]).toMatchObject({ reason: 'bundle_overrun', location: { member: 'cut' } });
});

test('hostile archives come back from a worker as typed errors, within its limits, and the worker keeps serving', async () => {
  const own = testPool({
    workers: 1,
    limits: { ...DEFAULT_CODEC_LIMITS, maxInflatedBytes: 1024 * 1024, maxZipMembers: 4 },
  });
  try {
    const all: RouteLogicSpec = { name: 'all', match: ['#'] };
    const reasons = async (body: Buffer): Promise<string[]> =>
      (await own.produce(all, raw(body))).summary.errors.map((e) => e.reason);
    const bomb = writeZip([{ name: 'bomb', data: Buffer.alloc(50 * 1024 * 1024) }]);
    expect(await reasons(bomb)).toEqual(['zip_inflated_too_large']);
    const good = writeZip([{ name: 'a', data: writeBundle(bundleRecords(20, 15)) }]);
    expect(await reasons(good.subarray(0, good.length - 30))).toEqual(['zip_invalid']);
    const many = writeZip(
      Array.from({ length: 5 }, (_, i) => ({ name: `m${i}`, data: writeBundle(bundleRecords(2, i)) })),
    );
    expect(await reasons(many)).toEqual(['zip_too_many_members']);
    const notBundle = writeZip([{ name: 'text', data: Buffer.from('x'.repeat(5000)) }]);
    expect((await reasons(notBundle)).length).toBeGreaterThan(0);
    expect((await own.produce(all, raw(good))).produced.events).toHaveLength(20);
  } finally {
    await own.close();
  }
});

test('a worker that dies fails its jobs, is replaced, and the replacement takes later jobs', async () => {
  const own = testPool({ workers: 1 });
  try {
    const message = raw(writeZip([{ name: 'a', data: writeBundle(bundleRecords(50, 8)) }]));
    const spec: RouteLogicSpec = { name: 'all', match: ['#'] };
    expect((await own.produce(spec, message)).produced.events).toHaveLength(50);
    // A job that cannot finish on its own (a backtracking filter), so the worker surely dies with it in hand.
    const hostile = { ...message, headers: { sensorId: 1, sensorHostName: `${'a'.repeat(40)}!` } };
    const lost = own.produce(
      { name: 'redos', match: ['#'], filter: { field: 'computer_name', regex: '^(a+)+$' } },
      hostile,
    );
    await new Promise((r) => setTimeout(r, 50));
    await own.threads()[0].terminate();
    await expect(lost).rejects.toThrow(/exited/);
    expect(own.threads()).toHaveLength(1);
    expect((await own.produce(spec, message)).produced.events).toHaveLength(50);
  } finally {
    await own.close();
  }
  await expect(own.produce({ name: 'all', match: ['#'] }, raw(Buffer.alloc(4000)))).rejects.toThrow(/closed/);
});

test('after more worker deaths than maxRestarts the pool stops offloading (the pipeline then decodes on the main thread)', async () => {
  const own = testPool({ workers: 1, maxRestarts: 1 });
  const message = raw(writeZip([{ name: 'a', data: writeBundle(bundleRecords(50, 8)) }]));
  const spec: RouteLogicSpec = { name: 'all', match: ['#'] };
  try {
    expect((await own.produce(spec, message)).produced.events).toHaveLength(50);
    await own.threads()[0].terminate();
    expect(own.accepts(message)).toBe(true);
    expect((await own.produce(spec, message)).produced.events).toHaveLength(50);
    await own.threads()[0].terminate();
    expect(own.accepts(message)).toBe(false);
    await expect(own.produce(spec, message)).rejects.toThrow(/closed/);
  } finally {
    await own.close();
  }
});

test('a worker stuck on a job (a backtracking regex filter) is stopped after the job timeout and replaced', async () => {
  // The job's time runs from when its worker starts it, so a slow thread start does not count; the
  // timeout is long enough that the replacement's first (cold) job finishes well inside it.
  const own = testPool({ workers: 1, jobTimeoutMs: 2000 });
  try {
    const hostile = {
      ...raw(writeZip([{ name: 'a', data: writeBundle(bundleRecords(20, 9)) }])),
      headers: { sensorId: 1, sensorHostName: `${'a'.repeat(40)}!` },
    };
    const stuck = own.produce(
      { name: 'redos', match: ['#'], filter: { field: 'computer_name', regex: '^(a+)+$' } },
      hostile,
    );
    // Queued behind it on the one worker: lost with the worker, but not overdue itself.
    const behind = own.produce({ name: 'all', match: ['#'] }, hostile);
    await expect(stuck).rejects.toBeInstanceOf(DecodeTimeoutError);
    await expect(behind).rejects.toThrow(/exited/);
    await expect(behind).rejects.not.toBeInstanceOf(DecodeTimeoutError);
    expect(own.threads()).toHaveLength(1);
    expect((await own.produce({ name: 'all', match: ['#'] }, hostile)).produced.events).toHaveLength(20);
  } finally {
    await own.close();
  }
}, 30_000);

/**
 * A consumer that takes each part only `holdMs` after it came (a route without room), noting the
 * most parts it ever held untaken and the events, in order, with their index in the message.
 */
function slowConsumer(
  holdMs: number,
): PartConsumer & { events: Array<{ index: number; event: RoutableEvent }>; parts: number; mostUntaken: number } {
  let untaken = 0;
  const c = {
    events: [] as Array<{ index: number; event: RoutableEvent }>,
    parts: 0,
    mostUntaken: 0,
    part(events: RoutableEvent[], taken: () => void): void {
      for (const event of events) c.events.push({ index: c.events.length, event });
      c.parts++;
      untaken++;
      c.mostUntaken = Math.max(c.mostUntaken, untaken);
      setTimeout(() => {
        untaken--;
        taken();
      }, holdMs);
    },
  };
  return c;
}

describe('a large message in parts', () => {
  const spec: RouteLogicSpec = { name: 'k', match: ['#'] };
  const detail = { fields: [['type'], ['sensor_id']], raw: true };
  const big = raw(
    writeZip([
      { name: 'a', data: writeBundle(bundleRecords(12_000, 21)) },
      { name: 'b', data: writeBundle(bundleRecords(8_000, 22)) },
    ]),
  );

  test('comes part by part, never more than PARTS_AHEAD untaken, every event once and in order', async () => {
    const here = produceEvents(decodeMessage(big, codec), compileRouteLogic(spec), format, detail);
    const consumer = slowConsumer(30);
    const out = await pool.produce(spec, big, detail, consumer);
    expect(consumer.parts).toBeGreaterThanOrEqual(4);
    expect(consumer.mostUntaken).toBeLessThanOrEqual(PARTS_AHEAD);
    expect(out.summary).toMatchObject({ eventCount: 20_000, errors: [] });
    // The parts' events, then the answer's rest, indexed by their place in the message.
    const all = [
      ...consumer.events,
      ...out.produced.events.map((event, i) => ({ index: consumer.events.length + i, event })),
    ];
    expect(all).toHaveLength(here.events.length);
    expect(all.map(({ index, event }) => textOf(event.rendered, index).toString())).toEqual(
      here.events.map((e) => e.rendered),
    );
    expect(all.map(({ event }) => event.eventKey)).toEqual(here.events.map((e) => e.eventKey));
    expect(all.map(({ index, event }) => recordOf(event.record, index))).toEqual(here.events.map((e) => e.record));
    expect(all.map(({ event }) => Buffer.from(event.raw!).toString('hex'))).toEqual(
      here.events.map((e) => Buffer.from(e.raw!).toString('hex')),
    );
  });

  test('a small message still comes in one answer', async () => {
    const consumer = slowConsumer(0);
    const small = raw(writeZip([{ name: 'a', data: writeBundle(bundleRecords(40, 23)) }]));
    const out = await pool.produce(spec, small, detail, consumer);
    expect(consumer.parts).toBe(0);
    expect(out.produced.events).toHaveLength(40);
  });

  test('a worker waiting for its consumer to take a part is not stopped as stuck', async () => {
    const own = testPool({ workers: 1, jobTimeoutMs: 1000 });
    try {
      // Three parts and the rest: before the third the worker waits, with two untaken, longer than the job timeout.
      const message = raw(writeZip([{ name: 'a', data: writeBundle(bundleRecords(3 * PART_EVENTS + 500, 24)) }]));
      const consumer = slowConsumer(2500);
      const out = await own.produce(spec, message, detail, consumer);
      expect(consumer.parts).toBe(3);
      expect(consumer.events.length + out.produced.events.length).toBe(3 * PART_EVENTS + 500);
      expect(consumer.mostUntaken).toBe(PARTS_AHEAD);
    } finally {
      await own.close();
    }
  }, 30_000);

  test('a consumer that wants no more stops the parts; the worker goes on with the next job', async () => {
    const own = testPool({ workers: 1 });
    try {
      const stop = new AbortController();
      let parts = 0;
      const consumer: PartConsumer = {
        signal: stop.signal,
        part: (_events, taken) => {
          parts++;
          stop.abort();
          taken();
        },
      };
      const first = await own.produce(spec, big, detail, consumer);
      expect(parts).toBe(1);
      expect(first.produced.events).toHaveLength(0);
      const next = await own.produce(spec, big, detail, slowConsumer(0));
      expect(next.summary.eventCount).toBe(20_000);
    } finally {
      await own.close();
    }
  });

  test('a worker that dies with parts untaken fails its job', async () => {
    const own = testPool({ workers: 1 });
    try {
      let untaken = 0;
      const consumer: PartConsumer = {
        part: () => {
          untaken++;
          if (untaken === PARTS_AHEAD) void own.threads()[0].terminate();
        },
      };
      await expect(own.produce(spec, big, detail, consumer)).rejects.toThrow(/exited/);
      expect(untaken).toBe(PARTS_AHEAD);
      expect((await own.produce(spec, big, detail, slowConsumer(0))).summary.eventCount).toBe(20_000);
    } finally {
      await own.close();
    }
  });
});
