import type { Logger } from 'pino';
import { RateLimitedLog } from '../observability/rate-limited-log';
import type { CodecOptions } from '../codecs/decode-message';
import type { DecodeSummary } from '../event/decoded-event';
import type { InboundMessage } from '../event/inbound-message';
import type { FormatOptions } from '../event/event-model';
import type { SinkDriver } from '../sinks/driver/sink-driver';
import type { FinalOutcome } from '../sinks/driver/pending-item';
import type { CompiledRoute } from './route-logic';
import type { Delivery } from './delivery';
import { MessageTracker, type TrackerOwner } from './message-tracker';
import { MessageIdentity, RoutedRecord } from '../event/routed-record';
import type { DeadLetterWriter } from '../dead-letters/dead-letter-writer';
import { decodeDeadLetter, sinkDeadLetter } from '../dead-letters/dead-letters-from';
import type { PipelineObserver } from './pipeline-observer';
import { decodeAndProduce, type ProducedEvent, type RoutableEvent, type RoutableEvents } from './produce-events';
import { DecodeTimeoutError, type DecodePool } from './offload/decode-pool';
import { DecodeError } from '../codecs/decode-error';
import type { EventDetail } from '../event/event-detail';
import type { SinkRecord } from '../sinks/sink';
import { utf8Bytes } from '../sinks/common/write-text';

/** Repeated warnings of one kind are logged at most this often (the lines between are counted). */
const WARN_EVERY_MS = 10_000;

/** Most records handed to the sinks in one go (one turn of the event loop), whatever the room. */
const HANDOUT_CHUNK = 2000;

/** A run of a message's events, starting at event `first` of the message. */
interface Segment {
  first: number;
  events: RoutableEvent[];
  /** Tells the decode worker that sent it as a part that it was handed out (it may then send more). */
  taken?: () => void;
}

/** A message whose events are being handed out, and how far that got. */
interface Handout {
  tracker: MessageTracker;
  route: CompiledRoute;
  identity: MessageIdentity;
  /** Events received and not yet handed out, oldest first. */
  segments: Segment[];
  /** The next event of segments[0] to hand out. */
  next: number;
  /** Events received so far (handed out or waiting in segments). */
  received: number;
  /** More events are coming from a decode worker (in parts): the tracker is not sealed before they all came. */
  incoming: boolean;
  /** Whether it is in the pipeline's `unfinished` list. */
  listed: boolean;
  /** Stops the decode worker sending more parts once the message is parked or withdrawn. */
  stop?: AbortController;
  /** Given up (its message parked, withdrawn or failed): nothing more of it is handed out. */
  released: boolean;
}

/**
 * How far handOut got: everything out (tracker sealed), more to hand out when there is room, or waiting for a worker's
 * next part.
 */
type HandoutState = 'finished' | 'more' | 'waiting';

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
  /**
   * Messages part-way handed out (more events than the room there was, or a decode worker still
   * sending parts), oldest first: they go on before new ones start.
   */
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
        this.logger.error(
          { err: (err as Error).message },
          'parking overdue messages failed; trying again at the next sweep',
        );
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
    return (
      this.inFlightEvents >= this.opts.maxInFlightEvents ||
      (this.opts.offload !== undefined && this.offloaded >= this.opts.offload.capacity)
    );
  }

  private pumpBacklog(): void {
    // A message waiting for its worker's next part is passed over: the ones behind it go on meanwhile.
    let i = 0;
    while (i < this.unfinished.length && this.inFlightEvents < this.opts.maxInFlightEvents) {
      const h = this.unfinished[i];
      let state: HandoutState;
      try {
        state = this.handOut(h);
      } catch (err) {
        // Never tried again (it would throw again and stall the route): the message is dead-lettered.
        state = 'finished';
        this.release(h);
        this.failMessage(h.tracker, h.route, h.tracker.delivery.message, err);
      }
      if (state === 'finished') {
        this.unfinished.splice(i, 1);
        h.listed = false;
      } else if (state === 'waiting') i++;
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
    queueMicrotask(() => {
      this.pumpScheduled = false;
      this.guardedPump();
    });
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
    const error = new DecodeError(
      'event_failed',
      `the route pipeline failed on the message: ${(err as Error)?.message ?? String(err)}`,
    );
    this.logger.error(
      { routingKey: msg.routingKey, err: error.message },
      'message dead-lettered after a pipeline failure',
    );
    this.opts.observer.decoded(route.name, {
      source: msg,
      eventCount: 0,
      errors: [error],
      warnings: [],
      schemaViolations: [],
    });
    tracker.add();
    void this.deadLetters
      .write(decodeDeadLetter(route.name, { source: msg, errors: [error] }))
      .then(() => tracker.done());
    tracker.seal();
  }

  private newHandout(tracker: MessageTracker, route: CompiledRoute, msg: InboundMessage): Handout {
    return {
      tracker,
      route,
      identity: new MessageIdentity(msg),
      segments: [],
      next: 0,
      received: 0,
      incoming: false,
      listed: false,
      released: false,
    };
  }

  private begin(tracker: MessageTracker, route: CompiledRoute, msg: InboundMessage): void {
    const detail = route.detail;
    const pool = this.opts.offload;
    if (pool && detail.fields !== 'all' && pool.accepts(msg)) {
      this.offloaded++;
      // A large message's events come in parts, each taken when the route has handed out the one before.
      const h: Handout = { ...this.newHandout(tracker, route, msg), incoming: true, stop: new AbortController() };
      const consumer = {
        part: (events: RoutableEvent[], taken: () => void) => this.takePart(h, events, taken),
        signal: h.stop!.signal,
      };
      pool.produce(route.logicSpec, msg, detail, consumer).then(
        (out) => {
          this.offloaded--;
          this.deliverGuarded(h, out.summary, out.produced);
          this.guardedPump();
        },
        (err: Error) => {
          this.offloaded--;
          if (err instanceof DecodeTimeoutError) {
            // Decoding it here would stall the main thread the same way: it becomes a dead letter.
            const timedOut = new DecodeError('decode_timeout', err.message);
            this.deliverGuarded(
              h,
              { source: msg, eventCount: 0, errors: [timedOut], warnings: [], schemaViolations: [] },
              { events: [], filtered: 0 },
            );
          } else {
            this.logger.warn({ err: err.message }, 'decode worker could not take the message; decoding it here');
            try {
              this.produceHere(h, msg, detail);
            } catch (failure) {
              this.release(h);
              this.failMessage(tracker, route, msg, failure);
            }
          }
          this.guardedPump();
        },
      );
      return;
    }
    this.produceHere(this.newHandout(tracker, route, msg), msg, detail);
  }

  /** A part of a message's events from its decode worker: handed out as the route has room (see handOut). */
  private takePart(h: Handout, events: RoutableEvent[], taken: () => void): void {
    if (h.released || h.tracker.isFinished) {
      this.release(h);
      taken();
      return;
    }
    h.segments.push({ first: h.received, events, taken });
    h.received += events.length;
    if (!h.listed) {
      h.listed = true;
      this.unfinished.push(h);
    }
    this.guardedPump();
  }

  /**
   * Decodes the message here. Events a worker already gave in parts (before it failed) are not
   * produced again: a route's logic makes the same events of the same message.
   */
  private produceHere(h: Handout, msg: InboundMessage, detail: EventDetail): void {
    // Each event is produced as it is decoded: a large bundle's decoded events are never all held.
    const events: ProducedEvent[] = [];
    let skip = h.received;
    const { summary, filtered } = decodeAndProduce(msg, this.opts.codec, h.route, this.opts.format, detail, (e) => {
      if (skip > 0) skip--;
      else events.push(e);
    });
    this.deliver(h, summary, { events, filtered });
  }

  private deliverGuarded(h: Handout, summary: DecodeSummary, produced: RoutableEvents): void {
    try {
      this.deliver(h, summary, produced);
    } catch (err) {
      this.release(h);
      this.failMessage(h.tracker, h.route, summary.source, err);
    }
  }

  /**
   * Hands a message's last events to the route's sinks (and what failed to decode to dead
   * letters); its tracker is sealed once all are out.
   */
  private deliver(h: Handout, summary: DecodeSummary, produced: RoutableEvents): void {
    const { tracker, route } = h;
    if (h.released || tracker.isFinished) {
      this.release(h);
      return;
    } // parked, withdrawn or failed while a worker decoded it
    const msg = summary.source;
    const obs = this.opts.observer;
    obs.decoded(route.name, summary);
    if (summary.errors.length > 0) {
      tracker.add();
      this.undecodable.write(
        { routingKey: msg.routingKey, errors: summary.errors.slice(0, 5).map((e) => e.toJSON()) },
        'undecodable input dead-lettered',
      );
      void this.deadLetters.write(decodeDeadLetter(route.name, summary)).then(() => tracker.done());
    }
    if (summary.warnings.length > 0)
      this.decodeWarnings.write(
        { routingKey: msg.routingKey, warnings: summary.warnings.slice(0, 5) },
        'decode warnings',
      );
    if (produced.filtered) obs.filtered(route.name, produced.filtered);
    if (produced.events.length > 0) h.segments.push({ first: h.received, events: produced.events });
    h.received += produced.events.length;
    h.incoming = false;
    if (h.listed) return; // in line behind others: the pump goes on with it
    if (this.handOut(h) !== 'finished') {
      h.listed = true;
      this.unfinished.push(h);
    }
  }

  /** A handout left unfinished (its message parked, withdrawn or failed): its worker sends no more parts. */
  private release(h: Handout): void {
    h.released = true;
    h.incoming = false;
    h.stop?.abort();
    for (const segment of h.segments) segment.taken?.();
    h.segments = [];
  }

  /**
   * Hands out a message's next events, while the route has room for them under
   * maxInFlightEvents (at least one, so a message always moves); 'finished' once all are out and
   * its tracker sealed. A huge bundle thus flows to the sinks in parts, as records settle, and
   * a decode worker sends the next part of it only when the route has handed out one before.
   */
  private handOut(h: Handout): HandoutState {
    const { tracker, route } = h;
    if (tracker.isFinished) {
      this.release(h);
      return 'finished';
    } // parked or withdrawn meanwhile
    const msg = tracker.delivery.message;
    const obs = this.opts.observer;
    const asBytes = !route.detail.text;
    const perRecord = Math.max(1, route.drivers.length);
    const room = Math.max(1, Math.ceil((this.opts.maxInFlightEvents - this.inFlightEvents) / perRecord));
    const limit = Math.min(room, HANDOUT_CHUNK);
    const records: RoutedRecord[] = [];
    const taken: Array<() => void> = [];
    while (records.length < limit && h.segments.length > 0) {
      const { first, events, taken: onTaken } = h.segments[0];
      const end = Math.min(events.length, h.next + limit - records.length);
      for (let i = h.next; i < end; i++) {
        const e = events[i];
        // Rendered here (not on a worker): as bytes unless a sink reads strings (see EventDetail.text).
        const rendered = asBytes && typeof e.rendered === 'string' ? utf8Bytes(e.rendered) : e.rendered;
        const record = new RoutedRecord(h.identity, first + i, msg, e.eventKey, e.record, rendered, e.raw, tracker);
        records.push(record);
        obs.routed(route.name, record);
      }
      h.next = end;
      if (end < events.length) break;
      h.segments.shift();
      h.next = 0;
      if (onTaken) taken.push(onTaken);
    }
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
    for (const onTaken of taken) onTaken();
    if (h.segments.length > 0) return 'more';
    if (h.incoming) return 'waiting';
    tracker.seal();
    return 'finished';
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
    for (const h of this.unfinished.splice(0)) this.release(h);
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
    if (o.status === 'delivered') {
      tracker.done();
      return;
    }
    void this.deadLetters
      .write(
        sinkDeadLetter(
          this.route.name,
          this.route.format,
          driver.name,
          tracker.delivery.message,
          record,
          o.reason,
          o.error,
        ),
      )
      .then(() => tracker.done());
  }

  private parkOverdue(): void {
    const now = this.now();
    while (this.backlog.length > 0 && this.backlog[0].message.receivedAt + this.opts.parkAfterMs <= now) {
      const d = this.backlog.shift()!;
      this.parking.write(
        { routingKey: d.message.routingKey },
        'message waited too long for room; parking it in the delay queue',
      );
      this.opts.observer.parked(this.route.name, d.message);
      d.park().catch((err: Error) =>
        this.logger.error({ err: err.message }, 'parking failed; the broker will redeliver the message'),
      );
    }
    for (const t of this.inFlight) {
      if (t.deadline > now || t.isFinished) continue;
      this.parking.write(
        { routingKey: t.delivery.message.routingKey, outstanding: t.outstanding },
        'message waited too long for its sinks; parking it in the delay queue',
      );
      this.opts.observer.parked(this.route.name, t.delivery.message);
      t.park().catch((err: Error) =>
        this.logger.error({ err: err.message }, 'parking failed; the broker will redeliver the message'),
      );
    }
  }
}
