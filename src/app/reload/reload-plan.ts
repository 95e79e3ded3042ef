import type { RouteSpec, SinkSpec } from '../../config/route-config';
import type { QueueBinding } from '../../sources/amqp/bindings';
import { routeTopology } from '../../sources/amqp/topology';
import { receivesBundlesOnly } from '../../sources/amqp/route-prefetch';
import { valuesEqual } from '../../transforms/values';

/** The route fields a reload compares; a change to any of them makes the route `changed`. */
export const ROUTE_FIELDS = [
  'match',
  'exchanges',
  'filter',
  'transform',
  'format',
  'sinks',
  'prefetch',
  'consumers',
] as const;
export type RouteField = (typeof ROUTE_FIELDS)[number];

/** A route present before and after the reload, with a different definition. */
export interface ChangedRoute {
  spec: RouteSpec;
  previous: RouteSpec;
  /** Which fields differ. */
  fields: RouteField[];
  /** Sinks (by name) whose block is identical before and after: their drivers are kept. */
  keptSinks: string[];
  /** Bindings the queue gains and loses. */
  bind: QueueBinding[];
  unbind: QueueBinding[];
  /**
   * prefetch or consumers changed (or the exchanges, from or to bundles only, which have a prefetch default of their
   * own): the route's consumers are restarted.
   */
  restartConsumers: boolean;
}

/** What a reload does, route by route. */
export interface ReloadPlan {
  added: RouteSpec[];
  removed: RouteSpec[];
  changed: ChangedRoute[];
  unchanged: string[];
}

const sinkName = (s: SinkSpec): string => s.name ?? s.type;
const bindingKey = (b: QueueBinding): string => `${b.exchange}\u0000${b.pattern}`;

function bindingDiff(before: QueueBinding[], after: QueueBinding[]): { bind: QueueBinding[]; unbind: QueueBinding[] } {
  const had = new Set(before.map(bindingKey));
  const has = new Set(after.map(bindingKey));
  return { bind: after.filter((b) => !had.has(bindingKey(b))), unbind: before.filter((b) => !has.has(bindingKey(b))) };
}

function changedRoute(previous: RouteSpec, spec: RouteSpec, queuePrefix: string): ChangedRoute | null {
  const fields = ROUTE_FIELDS.filter((f) => !valuesEqual(previous[f], spec[f]));
  if (fields.length === 0) return null;
  const before = new Map(previous.sinks.map((s) => [sinkName(s), s]));
  const keptSinks = spec.sinks
    .filter((s) => before.has(sinkName(s)) && valuesEqual(before.get(sinkName(s)), s))
    .map(sinkName);
  const { bind, unbind } = bindingDiff(
    routeTopology(queuePrefix, previous).bindings,
    routeTopology(queuePrefix, spec).bindings,
  );
  return {
    spec,
    previous,
    fields,
    keptSinks,
    bind,
    unbind,
    restartConsumers:
      fields.includes('prefetch') ||
      fields.includes('consumers') ||
      receivesBundlesOnly(previous) !== receivesBundlesOnly(spec),
  };
}

/** Compares the routes in force with a newly loaded list (both validated, sink names filled in). */
export function planReload(current: readonly RouteSpec[], next: readonly RouteSpec[], queuePrefix: string): ReloadPlan {
  const before = new Map(current.map((r) => [r.name, r]));
  const after = new Set(next.map((r) => r.name));
  const plan: ReloadPlan = {
    added: [],
    removed: current.filter((r) => !after.has(r.name)),
    changed: [],
    unchanged: [],
  };
  for (const spec of next) {
    const previous = before.get(spec.name);
    if (!previous) {
      plan.added.push(spec);
      continue;
    }
    const change = changedRoute(previous, spec, queuePrefix);
    if (change) plan.changed.push(change);
    else plan.unchanged.push(spec.name);
  }
  return plan;
}
