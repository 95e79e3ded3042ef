import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { Writable } from 'node:stream';
import { kafkaSinkFactory } from '../../src/sinks/kafka';
import type { KafkaSink } from '../../src/sinks/kafka';
import type { SinkRecord } from '../../src/sinks/sink';
import { resolveSecret } from '../../src/config/secrets';
import { silentLogger } from '../../src/observability/logger';
import {
  KafkaCollector,
  KAFKA_BROKERS,
  KAFKA_SASL_BROKERS,
  KAFKA_USER,
  KAFKA_PASSWORD,
  uniqueTopic,
  deleteTopicsByPrefix,
  ensureTopics,
} from '../support/kafka';

/**
 * The kafka sink on its own (no bridge) against the real broker: SASL mechanisms and a wrong
 * password, every compression codec read back through the broker, the partitions keys land on
 * (the Java client's), and the one-by-one resend that finds the record a broker refused inside a
 * multi-record produce call.
 */
jest.setTimeout(90_000);

const topicPrefix = uniqueTopic('direct');
const PASSWORD_ENV = 'CB_BRIDGE_TEST_KAFKA_SINK_PASSWORD';
const sinks: KafkaSink[] = [];

afterAll(async () => {
  for (const s of sinks) await s.close();
  delete process.env[PASSWORD_ENV];
  await deleteTopicsByPrefix(topicPrefix);
});

function record(i: number, over: Partial<SinkRecord> = {}): SinkRecord {
  const rec = { type: 'ingress.event.netconn', sensor_id: 100 + (i % 3), seq: i };
  return {
    id: `direct-${i}`,
    text: JSON.stringify(rec),
    record: rec,
    routingKey: 'ingress.event.netconn',
    contentType: 'application/protobuf',
    eventKey: 'ingress.event.netconn',
    receivedAt: Date.now(),
    ...over,
  };
}

/** Log lines (parsed) written through a pino logger, to see what the sink reported. */
function capturingLogger(): { logger: pino.Logger; lines: Array<{ msg: string; err?: string }> } {
  const lines: Array<{ msg: string; err?: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString().split('\n')) if (l) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

function sink(config: Record<string, unknown>, logger: pino.Logger = silentLogger()): KafkaSink {
  const s = kafkaSinkFactory.create({ brokers: KAFKA_BROKERS, health_check_interval_ms: 0, ...config } as never, {
    route: 'direct',
    name: 'kafka',
    logger,
    secret: (v) => resolveSecret(v),
  }) as KafkaSink;
  sinks.push(s);
  return s;
}

async function readBack(
  topic: string,
  count: number,
): Promise<Array<{ key: string | null; value: string; headers: Record<string, string> }>> {
  const collector = new KafkaCollector();
  await collector.start([topic]);
  try {
    expect(await collector.until((r) => r.length >= count, 60_000)).toBe(true);
    return collector.received.map((r) => ({ key: r.key, value: r.value.toString(), headers: r.headers }));
  } finally {
    await collector.stop();
  }
}

describe('SASL on the SASL_PLAINTEXT listener', () => {
  beforeAll(() => {
    process.env[PASSWORD_ENV] = KAFKA_PASSWORD;
  });

  test.each(['plain', 'scram-sha-256', 'scram-sha-512'])(
    '%s authenticates with the password from a secret reference, and records arrive',
    async (mechanism) => {
      const topic = `${topicPrefix}-${mechanism}`;
      const s = sink({
        brokers: KAFKA_SASL_BROKERS,
        topic,
        sasl: { mechanism, username: KAFKA_USER, password: `\${${PASSWORD_ENV}}` },
      });
      await s.start();
      expect(s.health()).toMatchObject({ state: 'up', lastError: null });
      const batch = [record(1), record(2), record(3)];
      expect(await s.send(batch)).toEqual([{ status: 'accepted' }, { status: 'accepted' }, { status: 'accepted' }]);
      const got = await readBack(topic, 3);
      expect(got.map((r) => JSON.parse(r.value).seq).sort()).toEqual([1, 2, 3]);
      expect(got.map((r) => r.key).sort()).toEqual(['100', '101', '102']);
    },
  );

  test("a wrong password fails clearly: the sink is down with the broker's reason, and records stay retryable", async () => {
    const { logger, lines } = capturingLogger();
    const s = sink(
      {
        brokers: KAFKA_SASL_BROKERS,
        topic: `${topicPrefix}-denied`,
        sasl: { mechanism: 'scram-sha-256', username: KAFKA_USER, password: 'not-the-password' },
      },
      logger,
    );
    await s.start();
    const health = s.health();
    expect(health.state).toBe('down');
    expect(health.lastError).toMatch(/SASL_AUTHENTICATION_FAILED: .*invalid credentials.*SCRAM-SHA-256/i);
    expect(lines.find((l) => l.msg.startsWith('kafka sink cannot connect'))?.err).toMatch(/authentication failed/i);
    const outcomes = await s.send([record(1), record(2)]);
    expect(outcomes.map((o) => o.status)).toEqual(['retryable', 'retryable']);
    expect(outcomes[0]).toMatchObject({ error: expect.stringMatching(/authentication failed/i) });
    // Nothing leaks the password.
    expect(JSON.stringify(lines)).not.toContain('not-the-password');
  });

  test('a missing secret is a config error naming the variable', () => {
    expect(() =>
      sink({
        brokers: KAFKA_SASL_BROKERS,
        sasl: { mechanism: 'plain', username: 'u', password: '${CB_BRIDGE_TEST_NO_SUCH_VAR}' },
      }),
    ).toThrow(/sasl\.password: environment variable CB_BRIDGE_TEST_NO_SUCH_VAR is not set/);
  });
});

test.each(['gzip', 'lz4', 'snappy', 'zstd'])(
  '%s-compressed batches are accepted by the broker and read back intact',
  async (compression) => {
    const topic = `${topicPrefix}-${compression}`;
    const s = sink({ topic, compression });
    await s.start();
    const batch = Array.from({ length: 300 }, (_, i) => record(i));
    const outcomes = await s.send(batch);
    expect(outcomes.every((o) => o.status === 'accepted')).toBe(true);
    const got = await readBack(topic, 300);
    expect(got.map((r) => r.value).sort()).toEqual(batch.map((r) => r.text).sort());
  },
);

test('keyed records land on the partitions the Java client picks for their keys', async () => {
  // Utils.murmur2 of these UTF-8 keys (the Java client's own test values); Java's partition is toPositive(hash) %
  // partitions.
  const javaHashes: Record<string, number> = {
    '21': -973932308,
    foobar: -790332482,
    'a-little-bit-long-string': -985981536,
    'a-little-bit-longer-string': -1486304829,
    lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8: -58897971,
    abc: 479470107,
  };
  const topic = `${topicPrefix}-partitions`;
  await ensureTopics([topic]); // 3 partitions
  const s = sink({ topic, key: '{k}' });
  await s.start();
  const keys = Object.keys(javaHashes);
  const batch = keys.map((k, i) => record(i, { text: JSON.stringify({ k, seq: i }), record: { k, seq: i } as never }));
  expect((await s.send(batch)).every((o) => o.status === 'accepted')).toBe(true);
  const collector = new KafkaCollector();
  await collector.start([topic]);
  try {
    expect(await collector.until((r) => r.length >= keys.length, 60_000)).toBe(true);
    const landed = Object.fromEntries(collector.received.map((r) => [r.key, r.partition]));
    const java = Object.fromEntries(keys.map((k) => [k, (javaHashes[k] & 0x7fffffff) % 3]));
    expect(landed).toEqual(java);
  } finally {
    await collector.stop();
  }
});

test('a multi-record call the broker refuses is resent one by one: only the culprit fails', async () => {
  const topic = `${topicPrefix}-isolate`;
  const { logger, lines } = capturingLogger();
  // One produce call for the whole batch, so the oversize record shares it with its neighbours.
  const s = sink({ topic, max_request_bytes: 16_000_000, key: null }, logger);
  await s.start();
  const huge = record(5, { text: JSON.stringify({ type: 'x', blob: randomBytes(800_000).toString('base64') }) });
  const batch = [record(0), record(1), record(2), record(3), record(4), huge, record(6), record(7)];
  const outcomes = await s.send(batch);
  expect(outcomes.map((o) => o.status)).toEqual([
    'accepted',
    'accepted',
    'accepted',
    'accepted',
    'accepted',
    'failed',
    'accepted',
    'accepted',
  ]);
  expect(outcomes[5]).toMatchObject({ error: expect.stringMatching(/^MESSAGE_TOO_LARGE: /) });
  expect(lines.map((l) => l.msg)).toContain(
    'kafka refused a produce call; sending its records one by one to find the culprit',
  );
  expect(s.health().state).toBe('up');
  // The sink keeps working afterwards (a fresh producer: no sequence trouble).
  expect((await s.send([record(8), record(9)])).map((o) => o.status)).toEqual(['accepted', 'accepted']);
  const got = await readBack(topic, 9);
  const seqs = new Set(got.map((r) => JSON.parse(r.value).seq as number));
  expect([...seqs].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9]);
});

test('max_record_bytes refuses an oversize record without sending it', async () => {
  const s = sink({ topic: `${topicPrefix}-limit`, max_record_bytes: 1000 });
  await s.start();
  const outcomes = await s.send([record(1), record(2, { text: 'x'.repeat(1001) }), record(3)]);
  expect(outcomes).toEqual([
    { status: 'accepted' },
    { status: 'failed', error: 'record value is 1001 bytes, over max_record_bytes (1000)' },
    { status: 'accepted' },
  ]);
});

test('an unreachable broker: start() does not throw, the sink is down, records are retryable', async () => {
  const s = sink({
    brokers: ['127.0.0.1:1'],
    topic: `${topicPrefix}-nowhere`,
    retries: 2,
    retry_initial_ms: 50,
    retry_max_ms: 100,
    connection_timeout_ms: 500,
  });
  await s.start();
  expect(s.health().state).toBe('down');
  expect(s.health().lastError).toMatch(/ECONNREFUSED|connect/i);
  expect((await s.send([record(1)])).map((o) => o.status)).toEqual(['retryable']);
});
