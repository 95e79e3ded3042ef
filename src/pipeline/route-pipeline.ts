import type { Logger } from 'pino';
import { decodeMessage, type CodecOptions } from '../codecs/decode-message';
import { summarize, type DecodeSummary } from '../codecs/decoded-event';
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
import { produceEvents, type RoutableEvents } from './produce-events';
import { DecodeTimeoutError, type DecodePool } from './offload/decode-pool';
import { DecodeError } from '../codecs/decode-error';
import type { EventDetail } from '../sinks/event-detail';
import type { SinkRecord } from '../sinks/sink';
import { utf8Bytes } from '../sinks/common/write-text';

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
  private inFlightEvents = 0;
  /** Messages out on a decode worker. */
  private offloaded = 0;
  private sweeper: NodeJS.Timeout | null = null;
  private paused = false;

  constructor(
    private route: CompiledRoute,
    private readonly deadLetters: DeadLetterWriter,
    private readonly opts: PipelineOptions,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

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
    this.sweeper = setInterval(() => this.parkOverdue(), every);
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
    while (this.backlog.length > 0 && !this.isFull()) {
      this.process(this.backlog.shift()!);
    }
  }

  private process(delivery: Delivery): void {
    const route = this.route;
    const msg = delivery.message;
    const tracker = new MessageTracker(delivery, msg.receivedAt + this.opts.parkAfterMs, this);
    this.inFlight.add(tracker);
    const detail = route.detail;
    const pool = this.opts.offload;
    if (pool && detail.fields !== 'all' && pool.accepts(msg)) {
      this.offloaded++;
      pool.produce(route.logicSpec, msg, detail).then(
        (out) => { this.offloaded--; this.deliver(tracker, route, out.summary, out.produced); this.pumpBacklog(); },
        (err: Error) => {
          this.offloaded--;
          if (err instanceof DecodeTimeoutError) {
            // Decoding it here would stall the main thread the same way: it becomes a dead letter.
            const timedOut = new DecodeError('decode_timeout', err.message);
            this.deliver(tracker, route, { source: msg, eventCount: 0, errors: [timedOut], warnings: [], schemaViolations: [] }, { events: [], filtered: 0 });
          } else {
            this.logger.warn({ route: route.name, err: err.message }, 'decode worker could not take the message; decoding it here');
            this.produceHere(tracker, route, msg, detail);
          }
          this.pumpBacklog();
        },
      );
      return;
    }
    this.produceHere(tracker, route, msg, detail);
  }

  private produceHere(tracker: MessageTracker, route: CompiledRoute, msg: InboundMessage, detail: EventDetail): void {
    const result = decodeMessage(msg, this.opts.codec);
    this.deliver(tracker, route, summarize(result), produceEvents(result, route, this.opts.format, detail));
  }

  /** Hands a message's events to the route's sinks (and what failed to decode to dead letters), then seals its tracker. */
  private deliver(tracker: MessageTracker, route: CompiledRoute, summary: DecodeSummary, produced: RoutableEvents): void {
    if (tracker.isFinished) return; // parked or withdrawn while a worker decoded it
    const msg = summary.source;
    const obs = this.opts.observer;
    obs.decoded(route.name, summary);
    if (summary.errors.length > 0) {
      tracker.add();
      this.logger.warn({ route: route.name, routingKey: msg.routingKey, errors: summary.errors.map((e) => e.toJSON()).slice(0, 5) }, 'undecodable input dead-lettered');
      void this.deadLetters.write(decodeDeadLetter(route.name, summary)).then(() => tracker.done());
    }
    if (summary.warnings.length > 0) this.logger.debug({ route: route.name, warnings: summary.warnings }, 'decode warnings');
    const identity = new MessageIdentity(msg);
    const events = produced.events;
    const asBytes = !route.detail.text;
    let weight = 0;
    const records = new Array<RoutedRecord>(events.length);
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      // Rendered here (not on a worker): as bytes unless a sink reads strings (see EventDetail.text).
      const rendered = asBytes && typeof e.rendered === 'string' ? utf8Bytes(e.rendered) : e.rendered;
      records[i] = new RoutedRecord(identity, i, msg, e.eventKey, e.record, rendered, e.raw, tracker);
      obs.routed(route.name, records[i]);
    }
    for (const driver of route.drivers) {
      const onDone = this.onDoneFor(driver);
      for (const record of records) {
        tracker.add();
        weight++;
        tracker.track(driver.submit(record, onDone));
      }
    }
    if (produced.filtered) obs.filtered(route.name, produced.filtered);
    tracker.weight = weight;
    this.inFlightEvents += weight;
    tracker.seal();
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
    if (this.backlog.length > 0) queueMicrotask(() => this.pumpBacklog());
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
    if (o.status === 'delivered') { tracker.done(); return; }
    void this.deadLetters.write(sinkDeadLetter(this.route.name, driver.name, tracker.delivery.message, record, o.reason, o.error)).then(() => tracker.done());
  }

  private parkOverdue(): void {
    const now = this.now();
    while (this.backlog.length > 0 && this.backlog[0].message.receivedAt + this.opts.parkAfterMs <= now) {
      const d = this.backlog.shift()!;
      this.logger.warn({ route: this.route.name, routingKey: d.message.routingKey }, 'message waited too long for room; parking it in the delay queue');
      this.opts.observer.parked(this.route.name, d.message);
      d.park().catch((err: Error) => this.logger.error({ route: this.route.name, err: err.message }, 'parking failed; the broker will redeliver the message'));
    }
    for (const t of this.inFlight) {
      if (t.deadline > now || t.isFinished) continue;
      this.logger.warn({ route: this.route.name, routingKey: t.delivery.message.routingKey, outstanding: t.outstanding }, 'message waited too long for its sinks; parking it in the delay queue');
      this.opts.observer.parked(this.route.name, t.delivery.message);
      t.park().catch((err: Error) => this.logger.error({ route: this.route.name, err: err.message }, 'parking failed; the broker will redeliver the message'));
    }
  }
}
