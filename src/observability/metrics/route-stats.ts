import type { Registry } from 'prom-client';
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

/** The Prometheus counters (pipeline-metrics.ts, delivery-metrics.ts) each status counter sums. */
const ROUTE_COUNTERS: Record<keyof RouteCounters, string> = {
  received: 'cb_bridge_messages_received_total',
  events: 'cb_bridge_events_received_total',
  routed: 'cb_bridge_events_routed_total',
  filtered: 'cb_bridge_events_filtered_total',
  decodeErrors: 'cb_bridge_decode_errors_total',
  parked: 'cb_bridge_messages_parked_total',
};
const SINK_COUNTERS: Record<keyof SinkCounters, string> = {
  delivered: 'cb_bridge_events_delivered_total',
  retried: 'cb_bridge_events_retried_total',
  failed: 'cb_bridge_events_failed_total',
};

/** A counter's values summed by the key `by` makes of each series' labels. */
async function sums(
  registry: Registry,
  name: string,
  by: (labels: Record<string, string | number | undefined>) => string,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const metric = registry.getSingleMetric(name);
  if (!metric) return out;
  for (const v of (await metric.get()).values) {
    const key = by(v.labels);
    out.set(key, (out.get(key) ?? 0) + v.value);
  }
  return out;
}

const SEP = '\u0000';

/**
 * Per-route and per-sink counters with one-minute rates, for GET /api/v1/status and the replay
 * summary. Nothing is counted twice: the numbers are the bridge's Prometheus counters summed by
 * route (and sink), so the status page and /metrics always agree; only the rates are kept here.
 */
export class RouteStats {
  private readonly rates = new Map<string, RateMeter>();
  /** Every counter was zero then: create this before the bridge counts anything. */
  private readonly born: number;

  constructor(
    private readonly registry: Registry,
    private readonly clock: () => number = Date.now,
  ) {
    this.born = clock();
  }

  private rate(key: string, total: number): number {
    let meter = this.rates.get(key);
    if (!meter) this.rates.set(key, (meter = new RateMeter(60, this.clock, this.born)));
    return meter.perSecond(total);
  }

  /** Every route's numbers (a route nothing was counted for yet has zeros). */
  async snapshot(routes: readonly string[]): Promise<Map<string, RouteStatsSnapshot>> {
    const byRoute = (l: Record<string, string | number | undefined>): string => String(l.route);
    const bySink = (l: Record<string, string | number | undefined>): string => `${l.route}${SEP}${l.sink}`;
    const route = await Promise.all(
      Object.entries(ROUTE_COUNTERS).map(async ([k, name]) => [k, await sums(this.registry, name, byRoute)] as const),
    );
    const sink = await Promise.all(
      Object.entries(SINK_COUNTERS).map(async ([k, name]) => [k, await sums(this.registry, name, bySink)] as const),
    );
    const sinkKeys = new Set(sink.flatMap(([, m]) => [...m.keys()]));
    const out = new Map<string, RouteStatsSnapshot>();
    for (const name of routes) {
      const counters = Object.fromEntries(route.map(([k, m]) => [k, m.get(name) ?? 0])) as unknown as RouteCounters;
      const sinks: RouteStatsSnapshot['sinks'] = {};
      for (const key of sinkKeys) {
        const [r, s] = key.split(SEP);
        if (r !== name) continue;
        const c = Object.fromEntries(sink.map(([k, m]) => [k, m.get(key) ?? 0])) as unknown as SinkCounters;
        sinks[s] = { counters: c, rates: { delivered: this.rate(`${key}${SEP}delivered`, c.delivered) } };
      }
      out.set(name, {
        counters,
        rates: {
          received: this.rate(`${name}${SEP}received`, counters.received),
          routed: this.rate(`${name}${SEP}routed`, counters.routed),
        },
        sinks,
      });
    }
    return out;
  }

  /** Drops a route's rates (a reload removed it); its counters stay, as they do in /metrics. */
  forget(route: string): void {
    for (const key of this.rates.keys()) if (key === route || key.startsWith(`${route}${SEP}`)) this.rates.delete(key);
  }
}
