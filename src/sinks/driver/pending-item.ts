import type { SinkRecord } from '../sink';

/** How a record's trip through a sink ended. */
export type FinalOutcome =
  | { status: 'delivered' }
  | { status: 'dead_letter'; reason: 'sink_failed' | 'max_attempts' | 'max_age' | 'sink_disabled'; error: string };

/** The outcome of every delivered record (one object, not one per record). */
export const DELIVERED: FinalOutcome = Object.freeze({ status: 'delivered' });

/** A record waiting in (or travelling through) a sink driver. */
export interface PendingItem {
  record: SinkRecord;
  /** When it first reached the driver (ms). */
  firstAt: number;
  attempts: number;
  /** Not before this time (ms) for a retry. */
  notBefore: number;
  lastError: string;
  /** Set by the owner to withdraw the item (its message was parked or its channel lost). */
  cancelled: boolean;
  /** Set by the driver when it calls onDone: the owner need not keep the item to withdraw it any more. */
  settled?: boolean;
  /** Sent in a batch of its own from now on: a batch it was in made the sink throw (see SinkDriver.sendBatch). */
  alone?: boolean;
  /** Called once, with the record it was submitted with: one callback can serve many records. */
  onDone(outcome: FinalOutcome, record: SinkRecord): void;
}
