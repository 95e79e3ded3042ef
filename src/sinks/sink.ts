import { Buffer } from 'node:buffer';
import type { EventDetail } from '../event/event-detail';
import type { EventRecord } from '../event/event-model';

/** One event on its way to a sink: its rendered text plus what sinks may key, route or label by. */
export interface SinkRecord {
  /** Stable id of this event (message id + index): receivers may dedupe retries with it. */
  id: string;
  /** The event rendered in the route's format (a JSON line or a LEEF line, without newline). */
  readonly text: string;
  /**
   * The same text as UTF-8, when the record arrived as bytes (events rendered on a decode worker).
   * Sinks that write bytes use these instead of encoding `text`, which is then never built.
   */
  readonly utf8?: Buffer;
  /**
   * The length of `utf8` when the record has bytes, known without making them (they may be a view made on each read).
   */
  readonly utf8Length?: number;
  /**
   * The record the text was rendered from (normalized or decoded), cut down to the fields the
   * route's sinks read (see Sink.eventDetail); null when they read none, so events waiting for a
   * sink hold little memory.
   */
  readonly record: EventRecord | null;
  /** AMQP routing key of the message that carried the event. */
  routingKey: string;
  /** AMQP content type of that message. */
  contentType: string | undefined;
  /** The event's own key for matching (`ingress.event.netconn` for a bundle record, else the routing key). */
  eventKey: string;
  /** For raw endpoint events: the serialized CbEventMsg; only when a sink of the route reads raw bytes. */
  raw?: Uint8Array;
  /** When the bridge received the carrying message (epoch ms), for latency. */
  receivedAt: number;
  /** The carrying message's AMQP timestamp (epoch ms, whole seconds) when its publisher set one. */
  publishedAt?: number;
}

/** What happened to one record of a batch. */
export type DeliveryOutcome =
  | { status: 'accepted' }
  /** Worth trying again (timeouts, 5xx, broker unavailable); `retryAfterMs` when the peer said so. */
  | { status: 'retryable'; error: string; retryAfterMs?: number }
  /** Will never succeed (4xx, oversize): goes to the dead-letter destination. */
  | { status: 'failed'; error: string };

export type SinkState = 'up' | 'degraded' | 'down' | 'disabled';

export interface SinkHealth {
  state: SinkState;
  lastError: string | null;
  lastErrorAt: number | null;
  /** Records handed to send() and not yet answered. */
  inFlight: number;
  /** Records waiting in the sink's driver (batching or backing off). */
  queueDepth: number;
  /** Circuit breaker state where the sink has one. */
  breaker?: 'closed' | 'open' | 'half-open';
  /** Connections opened after the first, where the sink holds one (syslog over tcp or tls). */
  reconnects?: number;
  /** Events that did not fit the transport's size limit and went out truncated or split (syslog over udp). */
  oversize?: number;
}

/**
 * A destination. Sinks do I/O only: batching, retries, backoff and dead-lettering are the
 * driver's job (sinks/driver). send() answers every record of the batch, in order, and must not
 * throw for per-record problems; a throw is treated as `retryable` for the whole batch.
 */
export interface Sink {
  readonly type: string;
  readonly name: string;
  /**
   * What send() reads of an event beyond its text and keys (SinkRecord.record fields for templated
   * topics and keys or HEC time and host; raw bytes). Routes keep only that; none when unset.
   */
  readonly eventDetail?: EventDetail;
  start(): Promise<void>;
  send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]>;
  /** The sink's own view of its health (the driver adds queue depth and in-flight counts). */
  health(): Pick<SinkHealth, 'state' | 'lastError' | 'lastErrorAt'> &
    Partial<Pick<SinkHealth, 'breaker' | 'reconnects' | 'oversize'>>;
  /** Flush what is buffered and release resources. */
  close(): Promise<void>;
  /**
   * Where a sink can disable itself (a webhook endpoint that answered 410 Gone): turns it back on
   * (the admin API calls this). Held records flow again on their next retry.
   */
  enable?(): void;
  /** Why the sink is disabled (health().state 'disabled'), or null while it is enabled. */
  readonly disabledReason?: string | null;
}

/** How the driver batches and retries for a sink (every sink config may override these). */
export interface DeliveryPolicy {
  /** Records per send() call at most. */
  batchMaxEvents: number;
  /** Bytes of rendered text per send() call at most. */
  batchMaxBytes: number;
  /** How long a partial batch may wait for more records (ms). */
  lingerMs: number;
  /** send() calls in flight at once. */
  concurrency: number;
  /** Attempts per record before it is dead-lettered (0 = unlimited, bounded by maxAgeMs). */
  maxAttempts: number;
  /** Give up on a record this long after it first reached the sink (0 = unlimited). */
  maxAgeMs: number;
  backoffInitialMs: number;
  backoffMaxMs: number;
}

export const DEFAULT_DELIVERY_POLICY: Readonly<DeliveryPolicy> = Object.freeze({
  batchMaxEvents: 500,
  batchMaxBytes: 4 * 1024 * 1024,
  lingerMs: 50,
  concurrency: 1,
  maxAttempts: 0,
  maxAgeMs: 0,
  backoffInitialMs: 200,
  backoffMaxMs: 30_000,
});

/** The fields of a record for a sink that declared them in eventDetail (a sink that did not is a bug: it throws). */
export function fieldsOf(record: SinkRecord): EventRecord {
  if (record.record === null) throw new Error('sink reads record fields but does not declare them in eventDetail');
  return record.record;
}
