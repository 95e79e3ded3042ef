import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE } from '../../event/inbound-message';
import type { RouteSpec } from '../../config/route-config';

/** One queue binding: messages published to `exchange` with a key matching `pattern` reach the queue. */
export interface QueueBinding {
  exchange: string;
  pattern: string;
}

/** The queue a route consumes from and how it is bound. */
export interface RouteQueue {
  route: string;
  queue: string;
  bindings: QueueBinding[];
}

/** Exchanges a route binds to when it names none. */
export const DEFAULT_EXCHANGES: readonly string[] = [EVENTS_EXCHANGE];

/**
 * Raw sensor data is published with keys that do not name the events inside a bundle, so its
 * queue binds with `#` and the route's `match` patterns are applied to each decoded event.
 */
export const RAW_SENSOR_BINDING_PATTERN = '#';

function bindingsOf(route: RouteSpec): QueueBinding[] {
  const out: QueueBinding[] = [];
  for (const exchange of route.exchanges ?? DEFAULT_EXCHANGES) {
    const patterns = exchange === RAW_SENSOR_EXCHANGE ? [RAW_SENSOR_BINDING_PATTERN] : route.match;
    for (const pattern of new Set(patterns)) out.push({ exchange, pattern });
  }
  return out;
}

/**
 * Per route, its queue (`<queuePrefix>.<route name>`) and bindings: each `match` pattern on
 * api.events, the single pattern `#` on api.rawsensordata. Pure: declares nothing.
 */
export function bindingsFor(routes: readonly RouteSpec[], queuePrefix: string): RouteQueue[] {
  return routes.map((route) => ({ route: route.name, queue: `${queuePrefix}.${route.name}`, bindings: bindingsOf(route) }));
}
