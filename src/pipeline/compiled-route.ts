import type { SinkDriver } from '../sinks/driver/sink-driver';
import type { RouteLogic, RouteLogicSpec } from './route-logic';

/** A route ready to run: its event logic compiled once (and its spec, for decode workers), its sinks wrapped in drivers. */
export interface CompiledRoute extends RouteLogic {
  logicSpec: RouteLogicSpec;
  drivers: SinkDriver[];
}
