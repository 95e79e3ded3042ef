import { Buffer } from 'node:buffer';
import Ajv, { type ErrorObject } from 'ajv';
import {
  clientTlsSchemaProperties,
  readClientTls,
  type ClientTlsConfig,
  type ClientTlsOptions,
} from '../common/tls-files';
import { COMPRESSION_NAMES, type CompressionName } from './compression-names';
import { KafkaSinkConfigError } from './errors';
import { KeyTemplate, TemplateError, TopicTemplate } from './template';

export type SaslMechanism = 'plain' | 'scram-sha-256' | 'scram-sha-512';
export type PayloadMode = 'text' | 'raw';

/** The `kafka` sink's block in the routes file (besides `type`, `name` and `delivery`), as written in YAML. */
export interface KafkaSinkConfig {
  brokers: string[];
  client_id?: string;
  topic?: string;
  topic_suffix?: string;
  key?: string | null;
  payload?: PayloadMode;
  headers?: Record<string, string>;
  compression?: CompressionName;
  acks?: -1 | 1 | 'all';
  idempotent?: boolean;
  tls?: boolean | KafkaTlsConfig;
  sasl?: { mechanism: SaslMechanism; username: string; password: string };
  request_timeout_ms?: number;
  connection_timeout_ms?: number;
  retries?: number;
  retry_initial_ms?: number;
  retry_max_ms?: number;
  max_request_bytes?: number;
  max_record_bytes?: number;
  health_check_interval_ms?: number;
}

export type KafkaTlsConfig = ClientTlsConfig;

/** TLS settings with the PEM files already read. */
export type KafkaTlsOptions = ClientTlsOptions;

/** The config after validation, defaults and secret resolution, in the shape the sink uses. */
export interface KafkaSinkOptions {
  brokers: string[];
  clientId: string;
  topic: string;
  topicSuffix: string;
  /** Key template; null = records have no key. */
  key: string | null;
  payload: PayloadMode;
  headers: Record<string, string>;
  compression: CompressionName;
  acks: -1 | 1;
  idempotent: boolean;
  tls: KafkaTlsOptions | null;
  sasl: { mechanism: SaslMechanism; username: string; password: string } | null;
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  retry: { retries: number; initialRetryTime: number; maxRetryTime: number };
  maxRequestBytes: number;
  maxRecordBytes: number | null;
  healthCheckIntervalMs: number;
}

export const DEFAULT_TOPIC = '{@type}';
export const DEFAULT_KEY = '{@sensor_id}';
export const DEFAULT_CLIENT_ID = 'cb-event-bridge';
export const DEFAULT_MAX_REQUEST_BYTES = 1_000_000;
/** Header names the sink sets itself; static `headers` may not use the prefix. */
export const RESERVED_HEADER_PREFIX = 'cb.';

/** Annotation the routes loader shows when a `pattern` fails (see config/routes-schema). */
export const HINT_KEYWORD = 'x-hint';

const TOPIC_TEMPLATE_PATTERN = '^([A-Za-z0-9._-]|\\{[^{}]+\\})+$';
const KEY_TEMPLATE_PATTERN = '^([^{}]|\\{\\{|\\}\\}|\\{[^{}]+\\})*$';

/** JSON Schema (draft-07) of KafkaSinkConfig. */
export const KAFKA_SINK_CONFIG_SCHEMA = {
  type: 'object',
  description:
    'Produces one Kafka record per event (@platformatic/kafka, acks=all, idempotent by default), to a fixed or templated topic, ' +
    'keyed by sensor id, with the routing key, content type and event type in headers. A message is acked on RabbitMQ ' +
    'only once Kafka acknowledged every event it carried.',
  additionalProperties: false,
  required: ['brokers'],
  properties: {
    brokers: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '^[^\\s:/]+:[0-9]{1,5}$', [HINT_KEYWORD]: 'must be host:port' },
      description: 'Bootstrap brokers, host:port each (the rest of the cluster is discovered from them).',
    },
    client_id: {
      type: 'string',
      minLength: 1,
      default: DEFAULT_CLIENT_ID,
      description: 'Kafka client id (shows in broker logs and quotas).',
    },
    topic: {
      type: 'string',
      minLength: 1,
      default: DEFAULT_TOPIC,
      pattern: TOPIC_TEMPLATE_PATTERN,
      [HINT_KEYWORD]: "must be letters, digits, '.', '_', '-' and {placeholders}",
      description:
        'Topic, fixed (cb-events) or templated from the event: {field.path} takes a field of the record (cb.{type}, ' +
        'cb.{sensor_id}); built-ins {@type} (the CB event type in every format), {@sensor_id}, {@event_key}, {@routing_key}, {@route}. ' +
        'Placeholder values are sanitised to Kafka topic characters (others become _); a missing value renders as "unknown". ' +
        'Default {@type}, as the CB event forwarder does.',
    },
    topic_suffix: {
      type: 'string',
      default: '',
      pattern: '^[A-Za-z0-9._-]*$',
      [HINT_KEYWORD]: "may only contain letters, digits, '.', '_' and '-'",
      description: 'Appended to every topic name, e.g. "-prod" (the CB event forwarder\'s topic suffix).',
    },
    key: {
      type: ['string', 'null'],
      default: DEFAULT_KEY,
      pattern: KEY_TEMPLATE_PATTERN,
      [HINT_KEYWORD]: 'must be text with {placeholders}; write {{ and }} for literal braces',
      description:
        'Record key template (same placeholders as topic; missing values render empty; an empty key is no key). ' +
        'Default {@sensor_id}: one endpoint\'s events land on one partition, in order. null or "" = no key.',
    },
    payload: {
      type: 'string',
      enum: ['text', 'raw'],
      default: 'text',
      description:
        'text: the event rendered in the route format (normalized or decoded JSON, or LEEF). raw: the original ' +
        'protobuf CbEventMsg bytes of raw endpoint events (header cb.payload=protobuf); events without raw bytes (JSON ' +
        'notifications) are sent as their rendered text (cb.payload=text).',
    },
    headers: {
      type: 'object',
      additionalProperties: { type: 'string' },
      propertyNames: {
        type: 'string',
        not: { type: 'string', pattern: '^cb\\.' },
        [HINT_KEYWORD]: "must not start with 'cb.' (reserved for the sink's own headers)",
      },
      description: 'Extra static headers added to every record (names must not start with "cb.").',
    },
    compression: {
      type: 'string',
      enum: [...COMPRESSION_NAMES],
      default: 'none',
      description:
        "Record batch compression: none, gzip, lz4, snappy or zstd. The broker's size limit applies to the compressed batch.",
    },
    acks: {
      enum: [-1, 1, 'all'],
      default: -1,
      description:
        'Acknowledgement required: -1/all (every in-sync replica; needed for idempotence) or 1 (the leader only, ' +
        'with idempotent: false).',
    },
    idempotent: {
      type: 'boolean',
      default: true,
      description:
        'Idempotent producer: the broker drops duplicates of a batch the producer retried, and keeps each ' +
        "partition's records in order. Produce requests to a broker go one at a time.",
    },
    tls: {
      description:
        'TLS to the brokers: true (system CAs) or an object. File fields are paths to PEM files, read at start-up.',
      oneOf: [
        { type: 'boolean' },
        {
          type: 'object',
          additionalProperties: false,
          properties: clientTlsSchemaProperties('brokers', { withDefault: false }),
        },
      ],
    },
    sasl: {
      type: 'object',
      additionalProperties: false,
      required: ['mechanism', 'username', 'password'],
      description: 'SASL authentication (use with tls unless the network is trusted: PLAIN sends the password as is).',
      properties: {
        mechanism: {
          type: 'string',
          enum: ['plain', 'scram-sha-256', 'scram-sha-512'],
          description: 'SASL mechanism.',
        },
        username: { type: 'string', minLength: 1, description: 'User name (may be a secret reference).' },
        password: {
          type: 'string',
          minLength: 1,
          description: 'Password: a secret reference, ${ENV_VAR} or ${file:/run/secrets/kafka}.',
        },
      },
    },
    request_timeout_ms: {
      type: 'integer',
      minimum: 100,
      default: 30_000,
      description: 'How long a produce request may take, including the wait for the in-sync replicas.',
    },
    connection_timeout_ms: {
      type: 'integer',
      minimum: 100,
      default: 3_000,
      description: 'TCP (and TLS) connect timeout per broker.',
    },
    retries: {
      type: 'integer',
      minimum: 0,
      default: 5,
      description:
        'Times the producer retries a retriable failure (broker down, leader moving) before the sink reports the batch ' +
        'retryable to its driver, which retries later with its own backoff (see delivery). At least 2 with idempotent (the idempotent producer would otherwise retry without end).',
    },
    retry_initial_ms: {
      type: 'integer',
      minimum: 1,
      default: 300,
      description: 'First producer retry delay (doubles each time, with jitter).',
    },
    retry_max_ms: { type: 'integer', minimum: 1, default: 5_000, description: 'Longest producer retry delay.' },
    max_request_bytes: {
      type: 'integer',
      minimum: 1024,
      default: DEFAULT_MAX_REQUEST_BYTES,
      description:
        'Upper bound (estimated, before compression) of one produce request: larger batches are split, so no ' +
        "partition's record batch can outgrow the broker's message.max.bytes (default 1048588). Keep it below that.",
    },
    max_record_bytes: {
      type: 'integer',
      minimum: 1,
      description:
        'Refuse (dead-letter) a record whose value is larger than this without sending it. Default: no client-side ' +
        'limit; the broker refuses oversize records with MESSAGE_TOO_LARGE and they are dead-lettered then.',
    },
    health_check_interval_ms: {
      type: 'integer',
      minimum: 0,
      default: 10_000,
      description:
        "While no records flow, check the cluster this often (a metadata request), so the sink's health shows " +
        'connectivity; 0 disables the check.',
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addKeyword(HINT_KEYWORD);
const validate = ajv.compile<KafkaSinkConfig>(KAFKA_SINK_CONFIG_SCHEMA);

export interface ResolveDeps {
  /** Resolves secret references (`${ENV}`, `${file:/path}`); the sink context's secret(). */
  secret?: (value: unknown) => string | undefined;
  readFile?: (path: string) => Buffer;
  /** For error messages in templates' `{@route}`; not needed to validate. */
  route?: string;
}

/**
 * Validates a `kafka` sink block, applies defaults, resolves secrets and reads TLS files. Throws KafkaSinkConfigError.
 */
export function resolveKafkaSinkConfig(block: unknown, deps: ResolveDeps = {}): KafkaSinkOptions {
  const config = withoutSpecKeys(block);
  if (!validate(config)) throw configError(validate.errors ?? []);
  const secret = deps.secret ?? ((v: unknown) => (v === undefined || v === null ? undefined : String(v)));
  const topic = config.topic ?? DEFAULT_TOPIC;
  const topicSuffix = config.topic_suffix ?? '';
  const key = config.key === undefined ? DEFAULT_KEY : config.key === '' ? null : config.key;
  try {
    new TopicTemplate(topic, topicSuffix, deps.route ?? '');
  } catch (err) {
    throw new KafkaSinkConfigError('topic', `topic ${JSON.stringify(topic)}: ${(err as Error).message}`);
  }
  try {
    new KeyTemplate(key, deps.route ?? '');
  } catch (err) {
    if (err instanceof TemplateError)
      throw new KafkaSinkConfigError('key', `key ${JSON.stringify(key)}: ${err.message}`);
    throw err;
  }
  const idempotent = config.idempotent ?? true;
  const acks = config.acks === 1 ? 1 : -1;
  if (idempotent && acks !== -1)
    throw new KafkaSinkConfigError(
      'acks',
      'acks must be -1 (all) with idempotent: true; set idempotent: false to use acks: 1',
    );
  const retries = config.retries ?? 5;
  if (idempotent && retries < 2)
    throw new KafkaSinkConfigError('retries', 'retries must be at least 2 with idempotent: true');
  const initialRetryTime = config.retry_initial_ms ?? 300;
  const maxRetryTime = config.retry_max_ms ?? 5_000;
  if (maxRetryTime < initialRetryTime)
    throw new KafkaSinkConfigError('retry_max_ms', 'retry_max_ms must not be below retry_initial_ms');

  return {
    brokers: [...config.brokers],
    clientId: config.client_id ?? DEFAULT_CLIENT_ID,
    topic,
    topicSuffix,
    key,
    payload: config.payload ?? 'text',
    headers: { ...(config.headers ?? {}) },
    compression: config.compression ?? 'none',
    acks,
    idempotent,
    tls: resolveTls(config.tls, secret, deps.readFile),
    sasl: resolveSasl(config.sasl, secret),
    requestTimeoutMs: config.request_timeout_ms ?? 30_000,
    connectionTimeoutMs: config.connection_timeout_ms ?? 3_000,
    retry: { retries, initialRetryTime, maxRetryTime },
    maxRequestBytes: config.max_request_bytes ?? DEFAULT_MAX_REQUEST_BYTES,
    maxRecordBytes: config.max_record_bytes ?? null,
    healthCheckIntervalMs: config.health_check_interval_ms ?? 10_000,
  };
}

/** The TLS block with its files read and checked; every problem of the block at once. */
function resolveTls(
  tls: KafkaSinkConfig['tls'],
  secret: (v: unknown) => string | undefined,
  readFile: ResolveDeps['readFile'],
): KafkaTlsOptions | null {
  if (tls === undefined || tls === false) return null;
  if (tls === true) return { rejectUnauthorized: true };
  const { options, problems } = readClientTls(tls, { secret, readFile });
  if (problems.length > 0) throw KafkaSinkConfigError.of(problems);
  return options;
}

function resolveSasl(
  sasl: KafkaSinkConfig['sasl'],
  secret: (v: unknown) => string | undefined,
): KafkaSinkOptions['sasl'] {
  if (!sasl) return null;
  return {
    mechanism: sasl.mechanism,
    username: resolveSecretField('sasl.username', sasl.username, secret),
    password: resolveSecretField('sasl.password', sasl.password, secret),
  };
}

function resolveSecretField(field: string, value: string, secret: (v: unknown) => string | undefined): string {
  let resolved: string | undefined;
  try {
    resolved = secret(value);
  } catch (err) {
    throw new KafkaSinkConfigError(field, `${field}: ${(err as Error).message}`);
  }
  if (resolved === undefined || resolved === '') throw new KafkaSinkConfigError(field, `${field} is empty`);
  return resolved;
}

/** The routes-file keys every sink block has; tolerated here in case the whole block is passed. */
function withoutSpecKeys(block: unknown): unknown {
  if (block === null || typeof block !== 'object' || Array.isArray(block)) return block;
  const { type: _type, name: _name, delivery: _delivery, ...rest } = block as Record<string, unknown>;
  return rest;
}

function configError(errors: readonly ErrorObject[]): KafkaSinkConfigError {
  // oneOf failures (tls) are reported through their branches' errors.
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const first = useful[0] ?? errors[0];
  if (!first) return new KafkaSinkConfigError('', 'invalid');
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const e of useful.length ? useful : errors) {
    const text =
      `${fieldOf(e) || '(block)'} ${e.message ?? 'is invalid'}` +
      (e.keyword === 'additionalProperties'
        ? `: '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
        : '');
    if (!seen.has(text)) {
      seen.add(text);
      parts.push(text);
    }
  }
  return new KafkaSinkConfigError(fieldOf(first), parts.join('; '));
}

function fieldOf(error: ErrorObject): string {
  return error.instancePath.replace(/^\//, '').replace(/\//g, '.');
}
