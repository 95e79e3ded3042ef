import type { Logger } from 'pino';
import { RateLimitedLog } from '../logging/rate-limited-log';
import type { CodecOptions } from '../codecs/decode-message';
import type { DecodeSummary } from '../codecs/decoded-event';
import type { InboundMessage } from '../codecs/inbound-message';
import type { FormatOptions } from '../formats/event-model';
import type { SinkDriver } from '../sinks/driver/sink-driver';
import type { FinalOutcome } from '../sinks/driver/pending-item';
import type { CompiledRoute } from './compiled-route';
import type { Delivery } from './delivery';
import { MessageTracker, type TrackerOwner } from './message-tracker';
import { MessageIdentity, RoutedRecord } from './routed-record';
import type { DeadLetterWriter } from './dead-letter-writer';
import { decodeDeadLetter, sinkDeadLetter } from './dead-letters-from';
import type { PipelineObserver } from './pipeline-observer';
import { decodeAndProduce, type ProducedEvent, type RoutableEvent, type RoutableEvents } from './produce-events';
import { DecodeTimeoutError, type DecodePool } from './offload/decode-pool';
import { DecodeError } from '../codecs/decode-error';
import type { EventDetail } from '../sinks/event-detail';
import type { SinkRecord } from '../sinks/sink';
import { utf8Bytes } from '../sinks/common/write-text';

/** Repeated warnings of one kind are logged at most this often (the lines between are counted). */
const WARN_EVERY_MS = 10_000;

/** Most records handed to the sinks in one go (one turn of the event loop), whatever the room. */
const HANDOUT_CHUNK = 2000;

/** A message whose events are being handed out, and how far that got. */
interface Handout {
  tracker: MessageTracker;
  route: CompiledRoute;
  identity: MessageIdentity;
  events: RoutableEvent[];
  /** The next event to hand out. */
  next: number;
}

export interface PipelineOptions {
  codec: CodecOptions;
  format: FormatOptions;
  /** Park a message whose sinks have not settled it after this long (ms). */
  parkAfterMs: number;
  /**
   * Events (records handed to sinks) in flight at most; further deliveries wait undecoded, so a
   * prefetch of large bundles cannot fill memory with decoded events.
   */
  maxInFlightEvents: number;
  observer: Required<PipelineObserver>;
  /** Decode workers for raw-sensor messages; without it everything is decoded on the main thread. */
  offload?: DecodePool;
}

/**
 * One route's path from message to sinks: decode, match each event's key, render it in the
 * route's format, filter, transform, and hand it to every sink; dead-letter what cannot be
 * decoded or delivered; ack the message once all of that is settled; park it if that takes
 * longer than the broker would wait.
 */
export class RoutePipeline implements TrackerOwner {
  private readonly inFlight = new Set<MessageTracker>();
  /** Each sink driver's completion callback (see onDoneFor); weak, so drivers a reload replaced go. */
  private readonly doneCallbacks = new WeakMap<SinkDriver, (o: FinalOutcome, record: SinkRecord) => void>();
  /** Deliveries waiting for room under maxInFlightEvents, oldest first. */
  private readonly backlog: Delivery[] = [];
  /** Messages part-way handed out (more events than the room there was), oldest first: they go on before new ones start. */
  private readonly unfinished: Handout[] = [];
  private pumpScheduled = false;
  private inFlightEvents = 0;
  /** Messages out on a decode worker. */
  private offloaded = 0;
  private sweeper: NodeJS.Timeout | null = null;
  private paused = false;

  /** Repeated warnings, at most one line per kind and interval, with a count of those left out. */
  private readonly undecodable: RateLimitedLog;
  private readonly decodeWarnings: RateLimitedLog;
  private readonly parking: RateLimitedLog;

  /** `logger` is bound to the route (its lines carry the route's name once, from the binding). */
  constructor(
    private route: CompiledRoute,
    private readonly deadLetters: DeadLetterWriter,
    private readonly opts: PipelineOptions,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.undecodable = new RateLimitedLog(logger, 'warn', WARN_EVERY_MS, now);
    this.decodeWarnings = new RateLimitedLog(logger, 'warn', WARN_EVERY_MS, now);
    this.parking = new RateLimitedLog(logger, 'warn', WARN_EVERY_MS, now);
  }

  get name(): string {
    return this.route.name;
  }

  get drivers(): readonly SinkDriver[] {
    return this.route.drivers;
  }

  get compiled(): CompiledRoute {
    return this.route;
  }

  /** Swap in a recompiled route (hot reload): later messages use it; in-flight ones finish on the old drivers. */
  replaceRoute(route: CompiledRoute): void {
    this.route = route;
  }

  /** Messages received and not yet settled (in flight or waiting for room). */
  inFlightCount(): number {
    return this.inFlight.size + this.backlog.length;
  }

  inFlightEventCount(): number {
    return this.inFlightEvents;
  }

  isPaused(): boolean {
    return this.paused;
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
  }

  start(): void {
    const every = Math.max(50, Math.min(5000, Math.floor(this.opts.parkAfterMs / 10)));
    this.sweeper = setInterval(() => {
      try {
        this.parkOverdue();
      } catch (err) {
        this.logger.error({ err: (err as Error).message }, 'parking overdue messages failed; trying again at the next sweep');
      }
    }, every);
    this.sweeper.unref();
  }

  handle(delivery: Delivery): void {
    this.opts.observer.received(this.route.name, delivery.message);
    if (this.isFull() || this.backlog.length > 0) {
      this.backlog.push(delivery);
      return;
    }
    this.process(delivery);
  }

  /** No room for another message: events in flight at the budget, or every decode-worker slot taken. */
  private isFull(): boolean {
    return this.inFlightEvents >= this.opts.maxInFlightEvents || (this.opts.offload !== undefined && this.offloaded >= this.opts.offload.capacity);
  }

  private pumpBacklog(): void {
    while (this.unfinished.length > 0 && this.inFlightEvents < this.opts.maxInFlightEvents) {
      const h = this.unfinished[0];
      let finished: boolean;
      try {
        finished = this.handOut(h);
      } catch (err) {
        // Never tried again (it would throw again and stall the route): the message is dead-lettered.
        finished = true;
        this.failMessage(h.tracker, h.route, h.tracker.delivery.message, err);
      }
      if (finished) this.unfinished.shift();
    }
    if (this.unfinished.length > 0) return;
    while (this.backlog.length > 0 && !this.isFull()) {
      this.process(this.backlog.shift()!);
    }
  }

  /** Pumps once the current turn is over (after many records settled at once). */
  private schedulePump(): void {
    if (this.pumpScheduled || (this.backlog.length === 0 && this.unfinished.length === 0)) return;
    this.pumpScheduled = true;
    queueMicrotask(() => { this.pumpScheduled = false; this.guardedPump(); });
  }

  private guardedPump(): void {
    try {
      this.pumpBacklog();
    } catch (err) {
      this.logger.error({ err: (err as Error).message }, 'route pipeline failed to start waiting messages');
    }
  }

  private process(delivery: Delivery): void {
    const route = this.route;
    const msg = delivery.message;
    const tracker = new MessageTracker(delivery, msg.receivedAt + this.opts.parkAfterMs, this);
    this.inFlight.add(tracker);
    try {
      this.begin(tracker, route, msg);
    } catch (err) {
      this.failMessage(tracker, route, msg, err);
    }
  }

  /**
   * The last guard: whatever threw while a message was being decoded or handed out becomes one
   * dead letter of the message (with the original body), and the message is then acked once
   * what it already handed out settles. Nothing it throws reaches the AMQP callback.
   */
  private failMessage(tracker: MessageTracker, route: CompiledRoute, msg: InboundMessage, err: unknown): void {
    if (tracker.isFinished) return;
    const error = new DecodeError('event_failed', `the route pipeline failed on the message: ${(err as Error)?.message ?? String(err)}`);
    this.logger.error({ routingKey: msg.routingKey, err: error.message }, 'message dead-lettered after a pipeline failure');
    this.opts.observer.decoded(route.name, { source: msg, eventCount: 0, errors: [error], warnings: [], schemaViolations: [] });
    tracker.add();
    void this.deadLetters.write(decodeDeadLetter(route.name, { source: msg, errors: [error] })).then(() => tracker.done());
    tracker.seal();
  }

  private begin(tracker: MessageTracker, route: CompiledRoute, msg: InboundMessage): void {
    const detail = route.detail;
    const pool = this.opts.offload;
    if (pool && detail.fields !== 'all' && pool.accepts(msg)) {
      this.offloaded++;
      pool.produce(route.logicSpec, msg, detail).then(
        (out) => { this.offloaded--; this.deliverGuarded(tracker, route, out.summary, out.produced); this.guardedPump(); },
        (err: Error) => {
          this.offloaded--;
          if (err instanceof DecodeTimeoutError) {
            // Decoding it here would stall the main thread the same way: it becomes a dead letter.
            const timedOut = new DecodeError('decode_timeout', err.message);
            this.deliverGuarded(tracker, route, { source: msg, eventCount: 0, errors: [timedOut], warnings: [], schemaViolations: [] }, { events: [], filtered: 0 });
          } else {
            this.logger.warn({ err: err.message }, 'decode worker could not take the message; decoding it here');
            try {
              this.produceHere(tracker, route, msg, detail);
            } catch (failure) {
              this.failMessage(tracker, route, msg, failure);
            }
          }
          this.guardedPump();
        },
      );
      return;
    }
    this.produceHere(tracker, route, msg, detail);
  }

  private produceHere(tracker: MessageTracker, route: CompiledRoute, msg: InboundMessage, detail: EventDetail): void {
    // Each event is produced as it is decoded: a large bundle's decoded events are never all held.
    const events: ProducedEvent[] = [];
    const { summary, filtered } = decodeAndProduce(msg, this.opts.codec, route, this.opts.format, detail, (e) => { events.push(e); });
    this.deliver(tracker, route, summary, { events, filtered });
  }

  private deliverGuarded(tracker: MessageTracker, route: CompiledRoute, summary: DecodeSummary, produced: RoutableEvents): void {
    try {
      this.deliver(tracker, route, summary, produced);
    } catch (err) {
      this.failMessage(tracker, route, summary.source, err);
    }
  }

  /** Hands a message's events to the route's sinks (and what failed to decode to dead letters); its tracker is sealed once all are out. */
  private deliver(tracker: MessageTracker, route: CompiledRoute, summary: DecodeSummary, produced: RoutableEvents): void {
    if (tracker.isFinished) return; // parked or withdrawn while a worker decoded it
    const msg = summary.source;
    const obs = this.opts.observer;
    obs.decoded(route.name, summary);
    if (summary.errors.length > 0) {
      tracker.add();
      this.undecodable.write({ routingKey: msg.routingKey, errors: summary.errors.slice(0, 5).map((e) => e.toJSON()) }, 'undecodable input dead-lettered');
      void this.deadLetters.write(decodeDeadLetter(route.name, summary)).then(() => tracker.done());
    }
    if (summary.warnings.length > 0) this.decodeWarnings.write({ routingKey: msg.routingKey, warnings: summary.warnings.slice(0, 5) }, 'decode warnings');
    if (produced.filtered) obs.filtered(route.name, produced.filtered);
    const handout: Handout = { tracker, route, identity: new MessageIdentity(msg), events: produced.events, next: 0 };
    if (!this.handOut(handout)) this.unfinished.push(handout);
  }

  /**
   * Hands out a message's next events, while the route has room for them under
   * maxInFlightEvents (at least one, so a message always moves); true once all are out and
   * its tracker sealed. A huge bundle thus flows to the sinks in parts, as records settle.
   */
  private handOut(h: Handout): boolean {
    const { tracker, route, events } = h;
    if (tracker.isFinished) return true; // parked or withdrawn meanwhile
    const msg = tracker.delivery.message;
    const obs = this.opts.observer;
    const asBytes = !route.detail.text;
    const perRecord = Math.max(1, route.drivers.length);
    const room = Math.max(1, Math.ceil((this.opts.maxInFlightEvents - this.inFlightEvents) / perRecord));
    const end = Math.min(events.length, h.next + Math.min(room, HANDOUT_CHUNK));
    const records = new Array<RoutedRecord>(end - h.next);
    for (let i = h.next; i < end; i++) {
      const e = events[i];
      // Rendered here (not on a worker): as bytes unless a sink reads strings (see EventDetail.text).
      const rendered = asBytes && typeof e.rendered === 'string' ? utf8Bytes(e.rendered) : e.rendered;
      const record = new RoutedRecord(h.identity, i, msg, e.eventKey, e.record, rendered, e.raw, tracker);
      records[i - h.next] = record;
      obs.routed(route.name, record);
    }
    h.next = end;
    let weight = 0;
    for (const driver of route.drivers) {
      const onDone = this.onDoneFor(driver);
      for (const record of records) {
        tracker.add();
        weight++;
        tracker.track(driver.submit(record, onDone));
      }
    }
    tracker.weight += weight;
    this.inFlightEvents += weight;
    if (h.next < events.length) return false;
    tracker.seal();
    return true;
  }

  /** Waits until nothing is in flight, up to `timeoutMs`; returns the number still in flight. */
  async drain(timeoutMs: number): Promise<number> {
    const until = this.now() + timeoutMs;
    while (this.inFlightCount() > 0 && this.now() < until) await new Promise((r) => setTimeout(r, 20));
    return this.inFlightCount();
  }

  /** Stops tracking everything in flight or waiting without acking (the broker will redeliver it). */
  abandonInFlight(): number {
    const n = this.inFlightCount();
    this.backlog.length = 0;
    this.unfinished.length = 0;
    for (const t of [...this.inFlight]) t.withdraw();
    return n;
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
  }

  /** A tracker's message was acked or withdrawn: its events leave the budget, and waiting messages may start. */
  trackerFinished(t: MessageTracker): void {
    this.inFlight.delete(t);
    this.inFlightEvents -= t.weight;
    t.weight = 0;
    this.schedulePump();
  }

  /**
   * The callback `driver` reports this route's records to: one per sink, made once, rather than
   * one per message (a closure per single event, waiting as long as the event waits). The driver
   * hands back the record it was given, and the record knows its message's tracker.
   */
  private onDoneFor(driver: SinkDriver): (o: FinalOutcome, record: SinkRecord) => void {
    let onDone = this.doneCallbacks.get(driver);
    if (!onDone) {
      onDone = (o, record) => {
        this.settle((record as RoutedRecord).tracker!, driver, record, o);
      };
      this.doneCallbacks.set(driver, onDone);
    }
    return onDone;
  }

  private settle(tracker: MessageTracker, driver: SinkDriver, record: SinkRecord, o: FinalOutcome): void {
    if (tracker.isFinished) return;
    // A settled record leaves the budget now: a message handing out a huge bundle in parts must not wait for itself.
    tracker.weight--;
    this.inFlightEvents--;
    this.schedulePump();
    if (o.status === 'delivered') { tracker.done(); return; }
    void this.deadLetters.write(sinkDeadLetter(this.route.name, this.route.format, driver.name, tracker.delivery.message, record, o.reason, o.error)).then(() => tracker.done());
  }

  private parkOverdue(): void {
    const now = this.now();
    while (this.backlog.length > 0 && this.backlog[0].message.receivedAt + this.opts.parkAfterMs <= now) {
      const d = this.backlog.shift()!;
      this.parking.write({ routingKey: d.message.routingKey }, 'message waited too long for room; parking it in the delay queue');
      this.opts.observer.parked(this.route.name, d.message);
      d.park().catch((err: Error) => this.logger.error({ err: err.message }, 'parking failed; the broker will redeliver the message'));
    }
    for (const t of this.inFlight) {
      if (t.deadline > now || t.isFinished) continue;
      this.parking.write({ routingKey: t.delivery.message.routingKey, outstanding: t.outstanding }, 'message waited too long for its sinks; parking it in the delay queue');
      this.opts.observer.parked(this.route.name, t.delivery.message);
      t.park().catch((err: Error) => this.logger.error({ err: err.message }, 'parking failed; the broker will redeliver the message'));
    }
  }
}
