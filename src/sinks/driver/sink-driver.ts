import type { Logger } from 'pino';
import type { Sink, SinkHealth, DeliveryPolicy, SinkRecord, DeliveryOutcome } from '../sink';
import { DELIVERED, type FinalOutcome, type PendingItem } from './pending-item';
import { backoffDelay } from './backoff';
import { RateLimitedLog } from '../../observability/rate-limited-log';

/** During an outage the retry warning is written at most this often. */
const RETRY_LOG_EVERY_MS = 10_000;

/** Counters a driver reports as it works (the metrics module listens). */
export interface DriverObserver {
  delivered?(route: string, sink: string, records: readonly SinkRecord[], now: number): void;
  retried?(route: string, sink: string, count: number): void;
  deadLettered?(route: string, sink: string, reason: string, count: number): void;
}

/**
 * Feeds one sink: batches records (by count, bytes and linger time), keeps up to `concurrency`
 * batches in flight, retries what the sink calls retryable with backoff and jitter (honouring the
 * peer's Retry-After), and hands records it gives up on to their owner as dead letters.
 * Every submitted record ends in exactly one onDone call, unless its owner cancels it.
 */
export class SinkDriver {
  private readonly ready: PendingItem[] = [];
  private readyHead = 0;
  /** Retries, ordered by notBefore. */
  private readonly waiting: PendingItem[] = [];
  private inFlightBatches = 0;
  private inFlightRecords = 0;
  private lingerTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private idleWaiters: Array<() => void> = [];
  private lastError: string | null = null;
  private lastErrorAt: number | null = null;
  /** "Will be retried" lines, at most one per interval during an outage (with a count of the rest). */
  private readonly retryLog: RateLimitedLog;

  /** `logger` is bound to the route and sink (compileRoute): lines name them once, from the binding. */
  constructor(
    readonly sink: Sink,
    readonly policy: DeliveryPolicy,
    private readonly route: string,
    logger: Logger,
    private readonly observer: DriverObserver = {},
    private readonly now: () => number = Date.now,
  ) {
    this.retryLog = new RateLimitedLog(logger, 'warn', RETRY_LOG_EVERY_MS, now);
  }

  get name(): string {
    return this.sink.name;
  }

  submit(record: SinkRecord, onDone: (o: FinalOutcome, record: SinkRecord) => void): PendingItem {
    const item: PendingItem = {
      record,
      firstAt: this.now(),
      attempts: 0,
      notBefore: 0,
      lastError: '',
      cancelled: false,
      onDone,
    };
    this.ready.push(item);
    this.schedule();
    return item;
  }

  /** Records waiting (ready or backing off), excluding those in flight. */
  queueDepth(): number {
    return this.ready.length - this.readyHead + this.waiting.length;
  }

  health(): SinkHealth {
    const own = this.sink.health();
    return {
      state: own.state,
      lastError: own.lastError ?? this.lastError,
      lastErrorAt: own.lastErrorAt ?? this.lastErrorAt,
      inFlight: this.inFlightRecords,
      queueDepth: this.queueDepth(),
      ...(own.breaker ? { breaker: own.breaker } : {}),
      ...(own.reconnects !== undefined ? { reconnects: own.reconnects } : {}),
      ...(own.oversize !== undefined ? { oversize: own.oversize } : {}),
    };
  }

  /** Resolves when nothing is queued or in flight (or after `timeoutMs`); returns whether it drained. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.isIdle()) return true;
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.sink.close();
  }

  private isIdle(): boolean {
    return this.queueDepth() === 0 && this.inFlightBatches === 0;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private schedule(): void {
    if (this.closed) return;
    this.promoteDueRetries();
    while (this.inFlightBatches < this.policy.concurrency) {
      const available = this.ready.length - this.readyHead;
      if (available === 0) break;
      const oldest = this.ready[this.readyHead];
      const lingered = this.now() - oldest.firstAt >= this.policy.lingerMs || oldest.attempts > 0;
      if (available < this.policy.batchMaxEvents && !lingered) {
        this.armLinger(oldest.firstAt + this.policy.lingerMs - this.now());
        break;
      }
      const batch = this.takeBatch();
      if (batch.length > 0) void this.sendBatch(batch);
    }
    this.compactReady();
    this.notifyIfIdle();
  }

  private armLinger(ms: number): void {
    if (this.lingerTimer) return;
    this.lingerTimer = setTimeout(
      () => {
        this.lingerTimer = null;
        this.schedule();
      },
      Math.max(1, ms),
    );
  }

  private takeBatch(): PendingItem[] {
    const batch: PendingItem[] = [];
    let bytes = 0;
    while (this.readyHead < this.ready.length && batch.length < this.policy.batchMaxEvents) {
      const item = this.ready[this.readyHead];
      if (item.cancelled) {
        this.readyHead++;
        continue;
      }
      if (item.alone) {
        if (batch.length === 0) {
          batch.push(item);
          this.readyHead++;
        }
        break;
      }
      const size = item.record.utf8Length ?? item.record.utf8?.length ?? item.record.text.length;
      if (batch.length > 0 && bytes + size > this.policy.batchMaxBytes) break;
      bytes += size;
      batch.push(item);
      this.readyHead++;
    }
    return batch;
  }

  private compactReady(): void {
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready.splice(0, this.readyHead);
      this.readyHead = 0;
    }
  }

  private async sendBatch(batch: PendingItem[]): Promise<void> {
    this.inFlightBatches++;
    this.inFlightRecords += batch.length;
    let outcomes: DeliveryOutcome[];
    /** The sink threw on the batch's content (encoding it), rather than answering for it. */
    let unencodable = false;
    try {
      outcomes = await this.sink.send(batch.map((i) => i.record));
      if (outcomes.length !== batch.length)
        throw new Error(`sink answered ${outcomes.length} outcomes for ${batch.length} records`);
    } catch (err) {
      const error = (err as Error).message;
      // RangeError/TypeError come from the data (a stack overflow, a value that cannot be
      // encoded), not from the peer: its records are tried one per batch, and a record that
      // still throws alone is dead-lettered instead of retried for ever.
      unencodable = err instanceof RangeError || err instanceof TypeError;
      outcomes = batch.map(() =>
        unencodable && batch.length === 1
          ? { status: 'failed', error: `the sink could not encode the event: ${error}` }
          : { status: 'retryable', error },
      );
    }
    this.inFlightBatches--;
    this.inFlightRecords -= batch.length;
    const now = this.now();
    const delivered: SinkRecord[] = [];
    let retried = 0;
    let batchDelay: number | undefined;
    batch.forEach((item, i) => {
      const o = outcomes[i];
      item.attempts++;
      if (item.cancelled) return;
      if (o.status === 'accepted') {
        delivered.push(item.record);
        item.settled = true;
        item.onDone(DELIVERED, item.record);
      } else if (o.status === 'failed') {
        this.noteError(o.error, now);
        // A disabled sink decides itself whether its records wait (retryable) or give up (failed).
        this.giveUp(item, this.sink.health().state === 'disabled' ? 'sink_disabled' : 'sink_failed', o.error);
      } else {
        this.noteError(o.error, now);
        item.lastError = o.error;
        if (unencodable) item.alone = true;
        if (this.policy.maxAttempts > 0 && item.attempts >= this.policy.maxAttempts)
          this.giveUp(item, 'max_attempts', o.error);
        else if (this.policy.maxAgeMs > 0 && now - item.firstAt >= this.policy.maxAgeMs)
          this.giveUp(item, 'max_age', o.error);
        else {
          // When the answer says when to come back (the peer's Retry-After, an open breaker's
          // cool-down) that is the delay: after an outage delivery resumes when the endpoint is
          // back, not after a backoff grown through the outage. Otherwise one jittered delay per
          // batch: its records come back together, so a batch keeps its id across retries.
          batchDelay ??=
            o.retryAfterMs !== undefined
              ? Math.max(o.retryAfterMs, this.policy.backoffInitialMs)
              : backoffDelay(item.attempts, this.policy.backoffInitialMs, this.policy.backoffMaxMs);
          const delay = batchDelay;
          item.notBefore = now + delay;
          this.addWaiting(item);
          retried++;
        }
      }
    });
    if (delivered.length) this.observer.delivered?.(this.route, this.sink.name, delivered, now);
    if (retried) {
      this.observer.retried?.(this.route, this.sink.name, retried);
      this.retryLog.write({ retried, error: this.lastError }, 'sink batch will be retried');
    }
    this.schedule();
  }

  private giveUp(
    item: PendingItem,
    reason: 'sink_failed' | 'max_attempts' | 'max_age' | 'sink_disabled',
    error: string,
  ): void {
    this.observer.deadLettered?.(this.route, this.sink.name, reason, 1);
    item.settled = true;
    item.onDone({ status: 'dead_letter', reason, error }, item.record);
  }

  private noteError(error: string, now: number): void {
    this.lastError = error;
    this.lastErrorAt = now;
  }

  private addWaiting(item: PendingItem): void {
    let lo = 0;
    let hi = this.waiting.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.waiting[mid].notBefore <= item.notBefore) lo = mid + 1;
      else hi = mid;
    }
    this.waiting.splice(lo, 0, item);
    this.armRetry();
  }

  private armRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (this.waiting.length === 0 || this.closed) return;
    const ms = Math.max(1, this.waiting[0].notBefore - this.now());
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.schedule();
      this.armRetry();
    }, ms);
  }

  /** Moves retries whose time has come to the front of the ready queue, oldest first. */
  private promoteDueRetries(): void {
    const now = this.now();
    let n = 0;
    while (n < this.waiting.length && this.waiting[n].notBefore <= now) n++;
    if (n === 0) return;
    const due = this.waiting.splice(0, n).filter((i) => !i.cancelled);
    this.ready.splice(this.readyHead, 0, ...due);
  }
}
