import type { SinkDriver } from '../sinks/driver/sink-driver';
import { mergeDetail, type EventDetail } from '../event/event-detail';
import { compileRouteLogic, type RouteLogic, type RouteLogicSpec } from './route-logic';

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
  return { ...compileRouteLogic(logicSpec), logicSpec, drivers, detail: mergeDetail(drivers.map((d) => d.sink.eventDetail)) };
}
