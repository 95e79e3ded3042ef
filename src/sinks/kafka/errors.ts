/** A `kafka` sink block that cannot be used. Thrown by create(), never by send(). */
export class KafkaSinkConfigError extends Error {
  /** The offending property (`sasl.password`), or '' for the whole block. */
  readonly field: string;
  /** Every problem found, each at its property (`check` reports each); absent when the error names one property. */
  readonly problems?: ReadonlyArray<{ field: string; message: string }>;

  constructor(field: string, message: string, problems?: ReadonlyArray<{ field: string; message: string }>) {
    super(`kafka sink config: ${message}`);
    this.name = 'KafkaSinkConfigError';
    this.field = field;
    if (problems) this.problems = problems;
  }

  /** An error carrying several problems: the message lists them all, `field` names the first. */
  static of(problems: ReadonlyArray<{ field: string; message: string }>): KafkaSinkConfigError {
    return new KafkaSinkConfigError(problems[0]?.field ?? '', problems.map((p) => p.message).join('; '), problems);
  }
}

/**
 * What a failed produce call means for the records it carried:
 * - `connection`: the cluster cannot be reached or refused us (network, timeouts, authentication,
 *   retries used up): every record is retryable and the sink is down;
 * - `producer_state`: the broker lost track of the idempotent producer's sequence (after a broker
 *   restart, or a batch that failed half-way): the producer is replaced, records are retryable;
 * - `retryable`: a transient broker answer (leader moving, not enough replicas...): retryable;
 * - `rejected`: the broker (or the client) refused the request for good (MESSAGE_TOO_LARGE, an
 *   invalid or unauthorized topic, a corrupt record): it is caused by some record of the batch, so the
 *   records are sent again one by one to find which.
 */
export type KafkaFailureKind = 'connection' | 'producer_state' | 'retryable' | 'rejected';

export interface KafkaFailure {
  kind: KafkaFailureKind;
  /** One line for logs and dead letters: `MESSAGE_TOO_LARGE: The request included a message larger...`. */
  message: string;
}

interface KafkaJsErrorShape {
  name?: string;
  message?: string;
  type?: string;
  retriable?: boolean;
  cause?: unknown;
}

/** Broker answers meaning the idempotent producer's state is out of step with the broker's. */
const PRODUCER_STATE_ERRORS = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER', 'DUPLICATE_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING', 'PRODUCER_FENCED',
]);

/** Non-retriable broker answers that are about us, not about a record: keep everything, mark the sink down. */
const SINK_LEVEL_ERRORS = new Set([
  'CLUSTER_AUTHORIZATION_FAILED', 'SASL_AUTHENTICATION_FAILED', 'ILLEGAL_SASL_STATE', 'UNSUPPORTED_SASL_MECHANISM',
  'UNSUPPORTED_VERSION', 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
]);

/** kafkajs errors that mean the cluster is unreachable or refused the connection. */
const CONNECTION_ERRORS = new Set([
  'KafkaJSConnectionError', 'KafkaJSConnectionClosedError', 'KafkaJSRequestTimeoutError', 'KafkaJSBrokerNotFound',
  'KafkaJSNoBrokerAvailableError', 'KafkaJSSASLAuthenticationError', 'KafkaJSMetadataNotLoaded', 'KafkaJSTopicMetadataNotLoaded',
  'KafkaJSLockTimeout', 'KafkaJSTimeout', 'KafkaJSServerDoesNotSupportApiKey',
]);

function shape(err: unknown): KafkaJsErrorShape {
  return err !== null && typeof err === 'object' ? (err as KafkaJsErrorShape) : { message: String(err) };
}

/** The innermost error kafkajs wrapped (KafkaJSNonRetriableError / KafkaJSNumberOfRetriesExceeded keep it as `cause`). */
function rootOf(err: unknown): KafkaJsErrorShape {
  let e = shape(err);
  for (let depth = 0; depth < 5 && e.cause !== undefined && e.cause !== null && e.cause !== err; depth++) e = shape(e.cause);
  return e;
}

/** `TYPE: message` for broker answers, the message otherwise. */
export function describeKafkaError(err: unknown): string {
  const root = rootOf(err);
  const message = root.message ?? shape(err).message ?? String(err);
  if (root.type && root.type !== 'UNKNOWN') return `${root.type}: ${message}`;
  // kafkajs's own messages say what happened; other errors (TypeError...) keep their name.
  if (root.name && root.name !== 'Error' && !root.name.startsWith('KafkaJS') && !message.startsWith(root.name)) return `${root.name}: ${message}`;
  return message;
}

/** Sorts a kafkajs failure into what the sink does about it (see KafkaFailureKind). */
export function classifyKafkaError(err: unknown): KafkaFailure {
  const outer = shape(err);
  const root = rootOf(err);
  const message = describeKafkaError(err);
  if (root.type && PRODUCER_STATE_ERRORS.has(root.type)) return { kind: 'producer_state', message };
  if (root.type && SINK_LEVEL_ERRORS.has(root.type)) return { kind: 'connection', message };
  if (root.name && CONNECTION_ERRORS.has(root.name)) return { kind: 'connection', message };
  if (outer.name && CONNECTION_ERRORS.has(outer.name)) return { kind: 'connection', message };
  // kafkajs gave up retrying something retriable (typically a broker that is down).
  if (outer.name === 'KafkaJSNumberOfRetriesExceeded') return { kind: root.type ? 'retryable' : 'connection', message };
  if (/producer is disconnect/i.test(root.message ?? '')) return { kind: 'connection', message };
  if (root.name === 'KafkaJSProtocolError') return { kind: root.retriable === false ? 'rejected' : 'retryable', message };
  if (root.retriable === false || outer.retriable === false) return { kind: 'rejected', message };
  return { kind: 'retryable', message };
}
