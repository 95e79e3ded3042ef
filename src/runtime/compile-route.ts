import type { Logger } from 'pino';
import type { RouteSpec, SinkSpec } from '../routing/route-config';
import { compileMatcher } from '../routing/topic-pattern';
import { compileFilter } from '../routing/filter';
import { compileTransform } from '../routing/transform';
import { sinkFactory } from '../sinks/registry';
import { SinkDriver, type DriverObserver } from '../sinks/driver/sink-driver';
import { DEFAULT_DELIVERY_POLICY } from '../sinks/sink';
import type { CompiledRoute } from '../pipeline/compiled-route';
import { resolveSecret } from '../config/secrets';

export interface CompileDeps {
  logger: Logger;
  observer: DriverObserver;
}

function buildDriver(route: string, spec: SinkSpec, name: string, deps: CompileDeps): SinkDriver {
  const factory = sinkFactory(spec.type);
  if (!factory) throw new Error(`route ${route}: unknown sink type ${spec.type}`);
  const { type: _type, name: _name, ...config } = spec;
  const logger = deps.logger.child({ route, sink: name });
  const sink = factory.create(config as never, { route, name, logger, secret: (v) => resolveSecret(v) });
  return new SinkDriver(sink, { ...DEFAULT_DELIVERY_POLICY, ...factory.policy }, route, logger, deps.observer);
}

/** A route from the routes file, compiled: matcher, filter, transform, and a driver per sink. */
export function compileRoute(spec: RouteSpec, deps: CompileDeps): CompiledRoute {
  return {
    name: spec.name,
    matches: compileMatcher(spec.match),
    filter: spec.filter ? compileFilter(spec.filter) : null,
    transform: spec.transform ? compileTransform(spec.transform) : null,
    format: spec.format ?? 'normalized',
    drivers: spec.sinks.map((s) => buildDriver(spec.name, s, s.name ?? s.type, deps)),
  };
}

export async function startDrivers(route: CompiledRoute): Promise<void> {
  for (const d of route.drivers) await d.sink.start();
}
