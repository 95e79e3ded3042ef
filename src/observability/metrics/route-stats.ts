import type { DecodeSummary } from '../../event/decoded-event';
import type { PipelineObserver } from '../../pipeline/pipeline-observer';
import type { DriverObserver } from '../../sinks/driver/sink-driver';
import type { SinkRecord } from '../../sinks/sink';
import { RateMeter } from './rate-meter';

export interface RouteCounters {
  /** Messages received. */
  received: number;
  /** Events decoded from them. */
  events: number;
  /** Events handed to the sinks. */
  routed: number;
  /** Events the filter dropped. */
  filtered: number;
  /** Messages or records that could not be decoded. */
  decodeErrors: number;
  /** Messages moved to the delay queue. */
  parked: number;
}

export interface SinkCounters {
  delivered: number;
  retried: number;
  /** Events given up on (dead-lettered). */
  failed: number;
}

export interface RouteStatsSnapshot {
  counters: RouteCounters;
  /** Per second over the last minute. */
  rates: { received: number; routed: number };
  sinks: Record<string, { counters: SinkCounters; rates: { delivered: number } }>;
}

class SinkStats {
  readonly counters: SinkCounters = { delivered: 0, retried: 0, failed: 0 };
  readonly deliveredRate: RateMeter;

  constructor(clock: () => number) {
    this.deliveredRate = new RateMeter(60, clock);
  }
}

class RouteStatsEntry {
  readonly counters: RouteCounters = { received: 0, events: 0, routed: 0, filtered: 0, decodeErrors: 0, parked: 0 };
  readonly receivedRate: RateMeter;
  readonly routedRate: RateMeter;
  readonly sinks = new Map<string, SinkStats>();

  constructor(private readonly clock: () => number) {
    this.receivedRate = new RateMeter(60, clock);
    this.routedRate = new RateMeter(60, clock);
  }

  sink(name: string): SinkStats {
    let s = this.sinks.get(name);
    if (!s) {
      s = new SinkStats(this.clock);
      this.sinks.set(name, s);
    }
    return s;
  }
}

/** Plain per-route and per-sink counters with one-minute rates, for GET /api/v1/status. */
export class RouteStats implements PipelineObserver, DriverObserver {
  private readonly routes = new Map<string, RouteStatsEntry>();

  constructor(private readonly clock: () => number = Date.now) {}

  private route(name: string): RouteStatsEntry {
    let r = this.routes.get(name);
    if (!r) {
      r = new RouteStatsEntry(this.clock);
      this.routes.set(name, r);
    }
    return r;
  }

  received(route: string): void {
    const r = this.route(route);
    r.counters.received++;
    r.receivedRate.mark();
  }

  decoded(route: string, summary: DecodeSummary): void {
    const r = this.route(route);
    r.counters.events += summary.eventCount;
    r.counters.decodeErrors += summary.errors.length;
  }

  routed(route: string, _record: SinkRecord): void {
    const r = this.route(route);
    r.counters.routed++;
    r.routedRate.mark();
  }

  filtered(route: string, count: number): void {
    this.route(route).counters.filtered += count;
  }

  parked(route: string): void {
    this.route(route).counters.parked++;
  }

  delivered(route: string, sink: string, records: readonly SinkRecord[]): void {
    const s = this.route(route).sink(sink);
    s.counters.delivered += records.length;
    s.deliveredRate.mark(records.length);
  }

  retried(route: string, sink: string, count: number): void {
    this.route(route).sink(sink).counters.retried += count;
  }

  deadLettered(route: string, sink: string, _reason: string, count: number): void {
    this.route(route).sink(sink).counters.failed += count;
  }

  snapshot(route: string): RouteStatsSnapshot {
    const r = this.route(route);
    const sinks: RouteStatsSnapshot['sinks'] = {};
    for (const [name, s] of r.sinks) sinks[name] = { counters: { ...s.counters }, rates: { delivered: s.deliveredRate.perSecond() } };
    return { counters: { ...r.counters }, rates: { received: r.receivedRate.perSecond(), routed: r.routedRate.perSecond() }, sinks };
  }

  /** Drops a route's numbers (it was removed by a reload). */
  forget(route: string): void {
    this.routes.delete(route);
  }
}
