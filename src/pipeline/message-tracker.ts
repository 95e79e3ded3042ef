import type { Delivery } from './delivery';
import type { PendingItem } from '../sinks/driver/pending-item';

/**
 * Counts what one message still waits for (sink deliveries, dead-letter writes) and acks it when
 * the count reaches zero after the pipeline has sealed it (handed out everything it produced).
 */
/** What a tracker reports to when its message is finished. */
export interface TrackerOwner {
  trackerFinished(tracker: MessageTracker): void;
}

/** The fewest items a tracker holds before it looks for settled ones to drop. */
const PRUNE_FLOOR = 1024;

export class MessageTracker {
  private pending = 0;
  private sealed = false;
  private finished = false;
  /** The sink deliveries it waits for: most messages hand out one (a single event, one sink), so no array for that. */
  private firstItem: PendingItem | null = null;
  private moreItems: PendingItem[] | null = null;
  /** moreItems' length at which the settled items are dropped from it (see track). */
  private pruneAt = PRUNE_FLOOR;
  /** Events this message put in flight (counted against the route's budget until it finishes). */
  weight = 0;

  constructor(
    readonly delivery: Delivery,
    /** When the message must be parked if still unsettled (epoch ms). */
    readonly deadline: number,
    /** Told once when the message is acked or withdrawn (an object, not a closure per message). */
    private readonly owner: TrackerOwner,
  ) {}

  get isFinished(): boolean {
    return this.finished;
  }

  get outstanding(): number {
    return this.pending;
  }

  add(n = 1): void {
    this.pending += n;
  }

  /** A sink delivery it waits for (counted with add()), cancelled if the message is withdrawn. */
  track(item: PendingItem): void {
    if (this.firstItem === null) {
      this.firstItem = item;
      return;
    }
    const more = (this.moreItems ??= []);
    more.push(item);
    // Settled items need no withdrawing: a bundle handed out in parts keeps only the ones in
    // flight (and through them their records and texts), not every item it ever had.
    if (more.length >= this.pruneAt) {
      this.moreItems = more.filter((i) => !i.settled);
      this.pruneAt = Math.max(PRUNE_FLOOR, this.moreItems.length * 2);
    }
  }

  done(): void {
    if (this.finished) return;
    this.pending--;
    this.settleIfComplete();
  }

  seal(): void {
    this.sealed = true;
    this.settleIfComplete();
  }

  /** Withdraws the message's remaining sink work and parks it in the delay queue. */
  park(): Promise<void> {
    this.withdraw();
    return this.delivery.park();
  }

  /** Stops tracking without acking (shutdown, or the channel it came on was lost). */
  withdraw(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.firstItem) this.firstItem.cancelled = true;
    for (const item of this.moreItems ?? []) item.cancelled = true;
    this.owner.trackerFinished(this);
  }

  private settleIfComplete(): void {
    if (!this.sealed || this.pending > 0 || this.finished) return;
    this.finished = true;
    this.delivery.ack();
    this.owner.trackerFinished(this);
  }
}
