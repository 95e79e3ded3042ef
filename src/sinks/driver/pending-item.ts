import type { SinkRecord } from '../sink';

/** How a record's trip through a sink ended. */
export type FinalOutcome =
  | { status: 'delivered' }
  | { status: 'dead_letter'; reason: 'sink_failed' | 'max_attempts' | 'max_age' | 'sink_disabled'; error: string };

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
  onDone(outcome: FinalOutcome): void;
}
