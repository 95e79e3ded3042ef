import type { InboundMessage } from '../codecs/inbound-message';
import type { SinkRecord } from '../sinks/sink';

/** Where a record's delivery latency is measured from. */
export interface RecordOrigin {
  /** Epoch ms. */
  at: number;
  /** `publish`: the AMQP timestamp property (whole seconds); `receipt`: when the bridge received the message. */
  start: 'publish' | 'receipt';
}

/** The latency start of a message: its AMQP timestamp when the publisher set one, else its receipt. */
export function originOf(message: InboundMessage): RecordOrigin {
  if (typeof message.timestamp === 'number' && message.timestamp > 0) return { at: message.timestamp * 1000, start: 'publish' };
  return { at: message.receivedAt, start: 'receipt' };
}

/**
 * Remembers each routed record's origin until its sink accepts it. A route pipeline reports
 * `decoded` for a message and then `routed` for each of its records in the same synchronous
 * step, so the message decoded last on a route is the one its records come from. Records are
 * held weakly: one never delivered costs nothing once dropped.
 */
export class RecordOrigins {
  private readonly current = new Map<string, RecordOrigin>();
  private readonly origins = new WeakMap<SinkRecord, RecordOrigin>();

  decoded(route: string, message: InboundMessage): void {
    this.current.set(route, originOf(message));
  }

  routed(route: string, record: SinkRecord): void {
    const origin = this.current.get(route);
    if (origin) this.origins.set(record, origin);
  }

  /** The record's origin; a record the pipeline did not route (a replayed dead letter) counts from its receivedAt. */
  of(record: SinkRecord): RecordOrigin {
    return this.origins.get(record) ?? { at: record.receivedAt, start: 'receipt' };
  }

  forget(route: string): void {
    this.current.delete(route);
  }
}
