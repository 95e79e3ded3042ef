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

/** The parts of @platformatic/kafka's errors (GenericError, MultipleErrors, ProtocolError) the sink reads. */
interface ClientErrorShape {
  name?: string;
  message?: string;
  /** PLT_KFK_NETWORK, PLT_KFK_TIMEOUT, PLT_KFK_PROTOCOL, PLT_KFK_MULTIPLE... */
  code?: string;
  /** A broker answer's name (MESSAGE_TOO_LARGE) on a ProtocolError. */
  apiId?: string;
  /** What the broker added to its answer (the reason a SASL authentication failed...). */
  serverErrorMessage?: string | null;
  canRetry?: boolean;
  errors?: unknown[];
  cause?: unknown;
}

/** Broker answers meaning the idempotent producer's state is out of step with the broker's. */
const PRODUCER_STATE_ERRORS = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'DUPLICATE_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'INVALID_PRODUCER_ID_MAPPING',
  'PRODUCER_FENCED',
]);

/** Non-retriable broker answers that are about us, not about a record: keep everything, mark the sink down. */
const SINK_LEVEL_ERRORS = new Set([
  'CLUSTER_AUTHORIZATION_FAILED',
  'SASL_AUTHENTICATION_FAILED',
  'ILLEGAL_SASL_STATE',
  'UNSUPPORTED_SASL_MECHANISM',
  'UNSUPPORTED_VERSION',
  'TRANSACTIONAL_ID_AUTHORIZATION_FAILED',
]);

/** Client error codes meaning the cluster is unreachable, did not answer in time, or refused us. */
const CONNECTION_CODES = new Set([
  'PLT_KFK_NETWORK',
  'PLT_KFK_TIMEOUT',
  'PLT_KFK_AUTHENTICATION',
  'PLT_KFK_UNSUPPORTED_API',
  'PLT_KFK_UNSUPPORTED_COMPRESSION',
]);

/** The client's own refusal of a record it cannot encode (a UserError): about that record. */
const isRecordRefusal = (e: ClientErrorShape): boolean =>
  e.code === 'PLT_KFK_USER' && /serializ/i.test(e.message ?? '');
/** A send on a client closed meanwhile (a producer being replaced or shut down). */
const isClosedClient = (e: ClientErrorShape): boolean =>
  /\bclosed?\b/i.test(e.message ?? '') && (e.code === 'PLT_KFK_USER' || e.code === 'PLT_KFK_NETWORK');

function shape(err: unknown): ClientErrorShape {
  return err !== null && typeof err === 'object' ? (err as ClientErrorShape) : { message: String(err) };
}

/**
 * Every error in the tree the client built: a failed call after retries is a MultipleErrors of
 * its attempts, a broker answer a ResponseError of ProtocolErrors, a socket failure a NetworkError
 * with the Node error as `cause`. Depth first, the outer error first, bounded.
 */
function flatten(err: unknown): ClientErrorShape[] {
  const out: ClientErrorShape[] = [];
  const visit = (e: unknown, depth: number): void => {
    if (e === null || e === undefined || depth > 6 || out.length > 64) return;
    const s = shape(e);
    if (out.includes(s)) return;
    out.push(s);
    for (const inner of Array.isArray(s.errors) ? s.errors : []) visit(inner, depth + 1);
    visit(s.cause, depth + 1);
  };
  visit(err, 0);
  return out;
}

/** One line for an error of the tree: `TYPE: message` for broker answers, the message with its cause otherwise. */
function lineOf(e: ClientErrorShape): string {
  const message = (e.message ?? String(e)).split('\n')[0];
  if (e.apiId)
    return e.serverErrorMessage ? `${e.apiId}: ${message} ${e.serverErrorMessage}` : `${e.apiId}: ${message}`;
  const cause = e.cause !== undefined && e.cause !== null ? shape(e.cause).message : undefined;
  const own =
    e.name && e.name !== 'Error' && !e.code && !message.startsWith(e.name) ? `${e.name}: ${message}` : message;
  return cause && !own.includes(cause) ? `${own} (${cause.split('\n')[0]})` : own;
}

/** The error that says most: the deepest broker answer, else the deepest client error, else the outer one. */
function telling(all: readonly ClientErrorShape[]): ClientErrorShape {
  const answers = all.filter((e) => e.apiId);
  if (answers.length > 0) return answers[answers.length - 1];
  const client = all.filter((e) => e.code && e.code !== 'PLT_KFK_MULTIPLE' && e.code !== 'PLT_KFK_RESPONSE');
  return client[client.length - 1] ?? all[0] ?? {};
}

/** `TYPE: message` for broker answers, the message otherwise. */
export function describeKafkaError(err: unknown): string {
  return lineOf(telling(flatten(err)));
}

/** Sorts a failure of the client into what the sink does about it (see KafkaFailureKind). */
export function classifyKafkaError(err: unknown): KafkaFailure {
  const all = flatten(err);
  const find = (test: (e: ClientErrorShape) => boolean): ClientErrorShape | undefined => all.find(test);
  const as = (kind: KafkaFailureKind, e: ClientErrorShape | undefined): KafkaFailure => ({
    kind,
    message: lineOf(e ?? telling(all)),
  });

  const state = find((e) => e.apiId !== undefined && PRODUCER_STATE_ERRORS.has(e.apiId));
  if (state) return as('producer_state', state);
  const refusedUs = find((e) => e.apiId !== undefined && SINK_LEVEL_ERRORS.has(e.apiId));
  if (refusedUs) return as('connection', refusedUs);
  const refusedRecord = find((e) => e.apiId !== undefined && e.canRetry === false);
  if (refusedRecord) return as('rejected', refusedRecord);
  const unreachable = find((e) => (e.code !== undefined && CONNECTION_CODES.has(e.code)) || isClosedClient(e));
  if (unreachable) return as('connection', unreachable);
  const answer = find((e) => e.apiId !== undefined);
  if (answer) return as('retryable', answer);
  const badRecord = find(isRecordRefusal);
  if (badRecord) return as('rejected', badRecord);
  return as('retryable', undefined);
}
