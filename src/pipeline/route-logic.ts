import type { EventRecord, OutputFormat } from '../event/event-model';
import type { RouteSpec } from '../config/route-config';
import { compileMatcher } from '../transforms/topic-pattern';
import { compileFilter } from '../transforms/filter';
import { compileTransform } from '../transforms/transform';
import type { SinkDriver } from '../sinks/driver/sink-driver';
import { mergeDetail, type EventDetail } from '../event/event-detail';

/**
 * The part of a route spec that turns a message into events (no sinks): plain data, so a worker thread can compile it
 * too.
 */
export type RouteLogicSpec = Pick<RouteSpec, 'name' | 'match' | 'filter' | 'transform' | 'format'>;

/** A route's event logic, compiled: which events it takes, how it filters, reshapes and renders them. */
export interface RouteLogic {
  name: string;
  matches(eventKey: string): boolean;
  filter: ((record: EventRecord) => boolean) | null;
  transform: ((record: EventRecord) => EventRecord) | null;
  format: OutputFormat;
}

export function logicSpecOf(spec: RouteSpec): RouteLogicSpec {
  const { name, match, filter, transform, format } = spec;
  return {
    name,
    match,
    ...(filter ? { filter } : {}),
    ...(transform ? { transform } : {}),
    ...(format ? { format } : {}),
  };
}

export function compileRouteLogic(spec: RouteLogicSpec): RouteLogic {
  return {
    name: spec.name,
    matches: compileMatcher(spec.match),
    filter: spec.filter ? compileFilter(spec.filter) : null,
    transform: spec.transform ? compileTransform(spec.transform) : null,
    format: spec.format ?? 'normalized',
  };
}

/**
 * A route ready to run: its event logic compiled once (and its spec, for decode workers), its
 * sinks wrapped in drivers, and what of each event those sinks read.
 */
export interface CompiledRoute extends RouteLogic {
  logicSpec: RouteLogicSpec;
  drivers: SinkDriver[];
  /** The union of the sinks' event detail: what the route keeps of each event beside its text. */
  detail: EventDetail;
}

/** A route from its logic spec and its sinks' drivers. */
export function assembleRoute(logicSpec: RouteLogicSpec, drivers: SinkDriver[]): CompiledRoute {
  return {
    ...compileRouteLogic(logicSpec),
    logicSpec,
    drivers,
    detail: mergeDetail(drivers.map((d) => d.sink.eventDetail)),
  };
}
