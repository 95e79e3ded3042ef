import { Buffer } from 'node:buffer';
import type { ProducerOptions, SASLMechanismValue } from '@platformatic/kafka';
import type { KafkaSinkOptions, SaslMechanism } from './config';
import type { OutgoingRecord } from './request-builder';
import { javaCompatiblePartitioner } from './partitioner';

/** The producer's type parameters: string keys (null = none), text or byte values, string headers. */
export type RecordKey = OutgoingRecord['key'];
export type RecordValue = OutgoingRecord['value'];
export type SinkProducerOptions = ProducerOptions<RecordKey, RecordValue, string, string>;

const SASL_MECHANISMS: Readonly<Record<SaslMechanism, SASLMechanismValue>> = {
  plain: 'PLAIN',
  'scram-sha-256': 'SCRAM-SHA-256',
  'scram-sha-512': 'SCRAM-SHA-512',
};

const toBytes = (data?: string | Buffer | null): Buffer | undefined => {
  if (data === null || data === undefined) return undefined;
  return typeof data === 'string' ? Buffer.from(data) : data;
};

const toHeaderBytes = (data?: string): Buffer | undefined => (data === undefined ? undefined : Buffer.from(data));

/** Header names: the sink's few own and the config's static ones, each encoded once per producer. */
function headerNameBytes(): (name?: string) => Buffer | undefined {
  const encoded = new Map<string, Buffer>();
  return (name) => {
    if (name === undefined) return undefined;
    let bytes = encoded.get(name);
    if (bytes === undefined) {
      bytes = Buffer.from(name);
      encoded.set(name, bytes);
    }
    return bytes;
  };
}

/** Exponential backoff from initialRetryTime, doubling per attempt up to maxRetryTime, with ±20% jitter. */
export function retryDelay(
  retry: KafkaSinkOptions['retry'],
): (client: unknown, operation: string, attempt: number) => number {
  return (_client, _operation, attempt) => {
    const base = Math.min(retry.maxRetryTime, retry.initialRetryTime * 2 ** Math.max(0, attempt - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  };
}

/** The @platformatic/kafka producer options for the sink's options. */
export function producerOptions(options: KafkaSinkOptions): SinkProducerOptions {
  const config: SinkProducerOptions = {
    clientId: options.clientId,
    bootstrapBrokers: options.brokers,
    connectTimeout: options.connectionTimeoutMs,
    requestTimeout: options.requestTimeoutMs,
    timeout: options.requestTimeoutMs,
    retries: options.retry.retries,
    retryDelay: retryDelay(options.retry),
    idempotent: options.idempotent,
    acks: options.acks,
    compression: options.compression,
    partitioner: javaCompatiblePartitioner(),
    autocreateTopics: true,
    serializers: { key: toBytes, value: toBytes, headerKey: headerNameBytes(), headerValue: toHeaderBytes },
  };
  if (options.tls) {
    const { ca, cert, key, passphrase, servername, rejectUnauthorized } = options.tls;
    config.tls = {
      rejectUnauthorized,
      ...(ca ? { ca } : {}),
      ...(cert ? { cert } : {}),
      ...(key ? { key } : {}),
      ...(passphrase !== undefined ? { passphrase } : {}),
      ...(servername ? { servername } : {}),
    };
  }
  if (options.sasl) {
    const { mechanism, username, password } = options.sasl;
    config.sasl = { mechanism: SASL_MECHANISMS[mechanism], username, password };
  }
  return config;
}
