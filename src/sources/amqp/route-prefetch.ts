import { RAW_SENSOR_EXCHANGE } from '../../event/inbound-message';
import { DEFAULT_EXCHANGES } from './bindings';
import type { RouteSpec } from '../../config/route-config';

export interface PrefetchDefaults {
  /** `amqp.prefetch`: messages of one event, or a few. */
  prefetch: number;
  /** `amqp.bundle_prefetch`: for routes that receive only raw-sensor bundles. */
  bundle_prefetch: number;
}

/** Whether every exchange the route binds to is api.rawsensordata (each message a bundle of many events). */
export function receivesBundlesOnly(spec: Pick<RouteSpec, 'exchanges'>): boolean {
  const exchanges = spec.exchanges ?? DEFAULT_EXCHANGES;
  return exchanges.length > 0 && exchanges.every((e) => e === RAW_SENSOR_EXCHANGE);
}

/**
 * A route's prefetch per consumer: its own, else the bundle default for a route fed by
 * api.rawsensordata alone, else the general default. With bundles of a hundred events, a few
 * hundred prefetched messages are tens of thousands of events, far more than
 * `bridge.max_in_flight_events` lets through at once: the rest would only wait in memory.
 */
export function routePrefetch(spec: Pick<RouteSpec, 'exchanges' | 'prefetch'>, defaults: PrefetchDefaults): number {
  if (spec.prefetch !== undefined) return spec.prefetch;
  return receivesBundlesOnly(spec) ? defaults.bundle_prefetch : defaults.prefetch;
}
