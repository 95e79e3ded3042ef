import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { silentLogger } from '../../observability/logger';
import { resolveSecret } from '../../config/secrets';
import { HINT_KEYWORD, KAFKA_SINK_CONFIG_SCHEMA, resolveKafkaSinkConfig } from './config';
import { KafkaSinkConfigError } from './errors';
import { kafkaSinkFactory } from './index';
import { producerOptions } from './client-options';
import { makeTestPki } from '../../../test/support/test-pki';

const validate = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true })
  .addKeyword(HINT_KEYWORD)
  .compile(KAFKA_SINK_CONFIG_SCHEMA);

test('the schema is strict draft-07 and every property (nested too) has a description', () => {
  const walk = (
    props: Record<
      string,
      {
        description?: string;
        properties?: Record<string, unknown>;
        oneOf?: Array<{ properties?: Record<string, unknown> }>;
      }
    >,
  ): void => {
    for (const [name, p] of Object.entries(props)) {
      expect([name, typeof p.description]).toEqual([name, 'string']);
      if (p.properties) walk(p.properties as typeof props);
      for (const branch of p.oneOf ?? []) if (branch.properties) walk(branch.properties as typeof props);
    }
  };
  walk(KAFKA_SINK_CONFIG_SCHEMA.properties as never);
  expect(KAFKA_SINK_CONFIG_SCHEMA.additionalProperties).toBe(false);
});

test('a minimal block gets the defaults', () => {
  const block = parseYaml('brokers: [127.0.0.1:9092]\n');
  expect(validate(block)).toBe(true);
  expect(resolveKafkaSinkConfig(block)).toEqual({
    brokers: ['127.0.0.1:9092'],
    clientId: 'cb-event-bridge',
    topic: '{@type}',
    topicSuffix: '',
    key: '{@sensor_id}',
    payload: 'text',
    headers: {},
    compression: 'none',
    acks: -1,
    idempotent: true,
    tls: null,
    sasl: null,
    requestTimeoutMs: 30_000,
    connectionTimeoutMs: 3_000,
    retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 5_000 },
    maxRequestBytes: 1_000_000,
    maxRecordBytes: null,
    healthCheckIntervalMs: 10_000,
  });
});

test('a full block: templates, raw payload, compression, SASL from secrets, TLS files', () => {
  const block = parseYaml(`
brokers: [k1:9093, k2:9093]
client_id: soc-bridge
topic: "cb.{type}"
topic_suffix: -prod
key: "{sensor_id}"
payload: raw
headers: { env: prod }
compression: zstd
sasl: { mechanism: scram-sha-512, username: bridge, password: "\${KAFKA_PW}" }
tls: { ca: /etc/ca.pem, cert: /etc/c.pem, key: /etc/k.pem, key_passphrase: "\${file:/run/kp}", server_name: kafka.example, verify: false }
retries: 3
max_record_bytes: 900000
`);
  expect(validate(block)).toBe(true);
  const pki = makeTestPki('kafka-config');
  const files: Record<string, string> = {
    '/etc/ca.pem': 'ca.pem',
    '/etc/c.pem': 'client.pem',
    '/etc/k.pem': 'client.key',
  };
  const secret = (v: unknown): string | undefined => {
    if (v === '${KAFKA_PW}') return 'pw-from-env';
    if (v === '${file:/run/kp}') return 'kp-from-file';
    return resolveSecret(v, {});
  };
  const o = resolveKafkaSinkConfig(block, { secret, readFile: (p) => pki.pem(files[p]) });
  expect(o).toMatchObject({
    brokers: ['k1:9093', 'k2:9093'],
    clientId: 'soc-bridge',
    topic: 'cb.{type}',
    topicSuffix: '-prod',
    key: '{sensor_id}',
    payload: 'raw',
    headers: { env: 'prod' },
    compression: 'zstd',
    sasl: { mechanism: 'scram-sha-512', username: 'bridge', password: 'pw-from-env' },
    retry: { retries: 3 },
    maxRecordBytes: 900000,
  });
  expect(o.tls).toEqual({
    ca: pki.pem('ca.pem'),
    cert: pki.pem('client.pem'),
    key: pki.pem('client.key'),
    passphrase: 'kp-from-file',
    servername: 'kafka.example',
    rejectUnauthorized: false,
  });
  const client = producerOptions(o);
  expect(client).toMatchObject({
    clientId: 'soc-bridge',
    bootstrapBrokers: ['k1:9093', 'k2:9093'],
    sasl: { mechanism: 'SCRAM-SHA-512', username: 'bridge', password: 'pw-from-env' },
    compression: 'zstd',
    acks: -1,
    idempotent: true,
    retries: 3,
    autocreateTopics: true,
  });
  expect(client.tls).toMatchObject({
    rejectUnauthorized: false,
    servername: 'kafka.example',
    passphrase: 'kp-from-file',
  });
  expect(
    producerOptions(
      resolveKafkaSinkConfig({ brokers: ['k:1'], sasl: { mechanism: 'plain', username: 'u', password: 'p' } }),
    ).sasl?.mechanism,
  ).toBe('PLAIN');
  expect(resolveKafkaSinkConfig({ brokers: ['k:1'], tls: true }).tls).toEqual({ rejectUnauthorized: true });
  expect(resolveKafkaSinkConfig({ brokers: ['k:1'], key: null }).key).toBeNull();
  expect(resolveKafkaSinkConfig({ brokers: ['k:1'], key: '' }).key).toBeNull();
  expect(resolveKafkaSinkConfig({ brokers: ['k:1'], acks: 'all' }).acks).toBe(-1);
  expect(resolveKafkaSinkConfig({ brokers: ['k:1'], acks: 1, idempotent: false })).toMatchObject({
    acks: 1,
    idempotent: false,
  });
});

test.each([
  [{}, /brokers/],
  [{ brokers: [] }, /brokers/],
  [{ brokers: ['kafka'] }, /brokers\.0/],
  [{ brokers: ['k:1'], topic: 'cb events' }, /topic/],
  [{ brokers: ['k:1'], topic: 'cb.{type' }, /topic/],
  [{ brokers: ['k:1'], topic_suffix: '/x' }, /topic_suffix/],
  [{ brokers: ['k:1'], key: '{a' }, /key/],
  [{ brokers: ['k:1'], payload: 'protobuf' }, /payload/],
  [{ brokers: ['k:1'], compression: 'brotli' }, /compression/],
  [{ brokers: ['k:1'], headers: { 'cb.event_type': 'x' } }, /headers/],
  [{ brokers: ['k:1'], sasl: { mechanism: 'gssapi', username: 'u', password: 'p' } }, /sasl\.mechanism/],
  [{ brokers: ['k:1'], sasl: { mechanism: 'plain', username: 'u' } }, /password/],
  [{ brokers: ['k:1'], tls: { cafile: '/x' } }, /cafile|tls/],
  [{ brokers: ['k:1'], acks: 0 }, /acks/],
  [{ brokers: ['k:1'], topci: 'x' }, /'topci'/],
])('rejects %j', (block, message) => {
  expect(() => resolveKafkaSinkConfig(block)).toThrow(KafkaSinkConfigError);
  expect(() => resolveKafkaSinkConfig(block)).toThrow(message);
  expect(validate(block)).toBe(false);
});

test.each([
  [{ brokers: ['k:1'], topic: 'cb.{@nope}' }, /unknown built-in/],
  [{ brokers: ['k:1'], acks: 1 }, /idempotent: false/],
  [{ brokers: ['k:1'], retries: 1 }, /retries must be at least 2/],
  [{ brokers: ['k:1'], retry_initial_ms: 5000, retry_max_ms: 100 }, /retry_max_ms/],
  [{ brokers: ['k:1'], tls: { cert: '/etc/c.pem' } }, /go together/],
  [{ brokers: ['k:1'], tls: { ca: '/nonexistent/ca.pem' } }, /tls\.ca: cannot read \/nonexistent\/ca\.pem: ENOENT/],
  [
    { brokers: ['k:1'], sasl: { mechanism: 'plain', username: 'u', password: '${NO_SUCH_KAFKA_PW_VAR}' } },
    /sasl\.password: environment variable NO_SUCH_KAFKA_PW_VAR is not set/,
  ],
])('semantic check: %j', (block, message) => {
  const readFile = (p: string): Buffer => {
    if (p === '/etc/c.pem') return Buffer.from('x');
    throw Object.assign(new Error('nope'), { code: 'ENOENT' });
  };
  expect(() => resolveKafkaSinkConfig(block, { secret: (v) => resolveSecret(v, {}), readFile })).toThrow(message);
});

test('every TLS problem is carried, each at its property (check reports them all)', () => {
  const pki = makeTestPki('kafka-config-problems');
  let err: unknown;
  try {
    resolveKafkaSinkConfig(
      {
        brokers: ['k:1'],
        tls: {
          ca: pki.path('missing.pem'),
          cert: pki.path('client.pem'),
          key: pki.path('client.key'),
          key_passphrase: '${NO_SUCH_KAFKA_KP_VAR}',
        },
      },
      { secret: (v) => resolveSecret(v, {}) },
    );
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(KafkaSinkConfigError);
  expect((err as KafkaSinkConfigError).field).toBe('tls.ca');
  expect((err as KafkaSinkConfigError).problems).toEqual([
    { field: 'tls.ca', message: `tls.ca: cannot read ${pki.path('missing.pem')}: ENOENT` },
    {
      field: 'tls.key_passphrase',
      message: 'tls.key_passphrase: environment variable NO_SUCH_KAFKA_KP_VAR is not set',
    },
  ]);
  expect(() =>
    resolveKafkaSinkConfig({ brokers: ['k:1'], tls: { cert: pki.path('client.pem'), key: pki.path('server.key') } }),
  ).toThrow(/tls\.key: .*server\.key cannot be used with tls\.cert/);
});

test('the factory builds a kafka sink without connecting; type, name and spec keys are tolerated', async () => {
  expect(kafkaSinkFactory.type).toBe('kafka');
  expect(kafkaSinkFactory.policy).toMatchObject({ batchMaxEvents: 2000, concurrency: 2 });
  const ctx = { route: 'r', name: 'kafka', logger: silentLogger(), secret: (v: unknown) => resolveSecret(v, {}) };
  const sink = kafkaSinkFactory.create({ type: 'kafka', name: 'kafka', brokers: ['127.0.0.1:1'] } as never, ctx);
  expect([sink.type, sink.name, sink.health().state]).toEqual(['kafka', 'kafka', 'up']);
  await sink.close();
  expect(
    await sink.send([
      { id: 'x', text: '{}', record: {}, routingKey: 'k', contentType: undefined, eventKey: 'k', receivedAt: 0 },
    ]),
  ).toEqual([{ status: 'retryable', error: 'kafka sink kafka is closed' }]);
  expect(() => kafkaSinkFactory.create({ brokers: ['k:1'], bogus: 1 } as never, ctx)).toThrow(KafkaSinkConfigError);
});
