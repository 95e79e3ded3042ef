import { Counter, Histogram, type Registry } from 'prom-client';
import type { DriverObserver } from '../../sinks/driver/sink-driver';
import type { DeadLetter } from '../../dead-letters/dead-letter';
import type { SinkRecord } from '../../sinks/sink';
import { BoundedLabel } from './bounded-label';
import { originOf } from './record-origins';
import { DECODE_REASONS } from '../../codecs/decode-error';

/** Seconds from publish (or receipt) to the sink's accept. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 1800];

const SINK_REASONS = ['sink_failed', 'max_attempts', 'max_age', 'sink_disabled'];
const LETTER_REASONS = new Set([...SINK_REASONS, ...DECODE_REASONS, 'queue_overflow']);

type LatencyLabel = 'route' | 'sink' | 'start';
/** One latency series of a route and sink, as prom-client hands it out for a fixed set of labels. */
type LatencySeries = Histogram.Internal<LatencyLabel>;

/** What sink drivers and the dead-letter writer report, as counters and a latency histogram. */
export class DeliveryMetrics implements DriverObserver {
  private readonly deliveredEvents: Counter<'route' | 'sink'>;
  private readonly retriedEvents: Counter<'route' | 'sink'>;
  private readonly failedEvents: Counter<'route' | 'sink' | 'reason'>;
  private readonly deadLetters: Counter<'route' | 'sink' | 'reason'>;
  private readonly latency: Histogram<LatencyLabel>;
  /** Per route and sink, its two latency series (by start), found once per delivered batch. */
  private readonly latencySeries = new Map<string, Record<'publish' | 'receipt', LatencySeries>>();
  private readonly sinkReasons = new BoundedLabel(SINK_REASONS.length, new Set(SINK_REASONS));
  private readonly letterReasons = new BoundedLabel(LETTER_REASONS.size, LETTER_REASONS);
  /** Dead letters name their route themselves (overflow letters from the queue name): keep that label bounded. */
  private readonly letterRoutes = new BoundedLabel(100);

  constructor(
    registry: Registry,
    private readonly clock: () => number = Date.now,
  ) {
    const registers = [registry];
    this.deliveredEvents = new Counter({
      name: 'cb_bridge_events_delivered_total',
      help: 'Events a sink accepted',
      labelNames: ['route', 'sink'],
      registers,
    });
    this.retriedEvents = new Counter({
      name: 'cb_bridge_events_retried_total',
      help: 'Event deliveries that failed and were scheduled again',
      labelNames: ['route', 'sink'],
      registers,
    });
    this.failedEvents = new Counter({
      name: 'cb_bridge_events_failed_total',
      help: 'Events a sink driver gave up on (they go to the dead-letter destination), by reason',
      labelNames: ['route', 'sink', 'reason'],
      registers,
    });
    this.deadLetters = new Counter({
      name: 'cb_bridge_dead_letters_total',
      help: 'Dead letters stored (sink "" for messages that could not be decoded or overflowed the queue), by reason',
      labelNames: ['route', 'sink', 'reason'],
      registers,
    });
    this.latency = new Histogram({
      name: 'cb_bridge_delivery_latency_seconds',
      help: 'Seconds from the AMQP timestamp (start="publish", whole seconds) or the receipt of the message (start="receipt") to the sink accepting the event',
      labelNames: ['route', 'sink', 'start'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
  }

  delivered(route: string, sink: string, records: readonly SinkRecord[], now: number = this.clock()): void {
    this.deliveredEvents.inc({ route, sink }, records.length);
    const series = this.seriesOf(route, sink);
    for (const r of records) {
      const origin = originOf(r);
      const seconds = Math.max(0, now - origin.at) / 1000;
      // prom-client throws on a value that is not a finite number; such a latency is not recorded.
      if (Number.isFinite(seconds)) series[origin.start].observe(seconds);
    }
  }

  /** Both latency series of a route and sink, exposed (at zero) from the first delivery on. */
  private seriesOf(route: string, sink: string): Record<'publish' | 'receipt', LatencySeries> {
    const key = `${route}\u0000${sink}`;
    let series = this.latencySeries.get(key);
    if (series === undefined) {
      this.latency.zero({ route, sink, start: 'publish' });
      this.latency.zero({ route, sink, start: 'receipt' });
      series = {
        publish: this.latency.labels({ route, sink, start: 'publish' }),
        receipt: this.latency.labels({ route, sink, start: 'receipt' }),
      };
      this.latencySeries.set(key, series);
    }
    return series;
  }

  retried(route: string, sink: string, count: number): void {
    this.retriedEvents.inc({ route, sink }, count);
  }

  deadLettered(route: string, sink: string, reason: string, count: number): void {
    this.failedEvents.inc({ route, sink, reason: this.sinkReasons.value(reason) }, count);
  }

  /** The dead-letter writer's callback: letters now stored. */
  stored(letters: readonly DeadLetter[]): void {
    for (const l of letters)
      this.deadLetters.inc({
        route: this.letterRoutes.value(l.route),
        sink: l.sink,
        reason: this.letterReasons.value(l.reason),
      });
  }
}
