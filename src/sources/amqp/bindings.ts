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
 * Every queue and exchange name the bridge uses is built here. A route consumes from
 * `<prefix>.<route>`; messages it parks wait in `<prefix>.<route>.delay`; a full route queue drops
 * its oldest message to the `<prefix>.overflow` exchange, bound to the queue of the same name.
 */
export const queueNames = {
  route: (prefix: string, route: string): string => `${prefix}.${route}`,
  delay: (prefix: string, route: string): string => `${prefix}.${route}.delay`,
  overflow: (prefix: string): string => `${prefix}.overflow`,
  /** The route whose queue this is (a queue not under the prefix is returned as it is). */
  routeOf: (prefix: string, queue: string): string =>
    queue.startsWith(`${prefix}.`) ? queue.slice(prefix.length + 1) : queue,
};

/**
 * Per route, its queue and bindings: each `match` pattern on api.events, the single pattern `#`
 * on api.rawsensordata. Pure: declares nothing.
 */
export function bindingsFor(routes: readonly RouteSpec[], queuePrefix: string): RouteQueue[] {
  return routes.map((route) => ({
    route: route.name,
    queue: queueNames.route(queuePrefix, route.name),
    bindings: bindingsOf(route),
  }));
}
