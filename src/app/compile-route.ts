import type { Logger } from 'pino';
import { sinkOwnConfig, type RouteSpec, type SinkSpec } from '../config/route-config';
import { sinkFactory } from '../sinks/registry';
import { SinkDriver, type DriverObserver } from '../sinks/driver/sink-driver';
import { DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from '../sinks/sink';
import { assembleRoute, logicSpecOf, type CompiledRoute } from '../pipeline/route-logic';
import { resolveSecret } from '../config/secrets';
import type { SinkServices } from '../sinks/sink-factory';

/** The `delivery:` block of a sink in the routes file. */
export interface DeliverySpec {
  batch_max_events?: number;
  batch_max_bytes?: number;
  linger_ms?: number;
  concurrency?: number;
  max_attempts?: number;
  max_age_s?: number;
  backoff_initial_ms?: number;
  backoff_max_ms?: number;
}

function deliveryPolicy(d: DeliverySpec | undefined): Partial<DeliveryPolicy> {
  if (!d) return {};
  const out: Partial<DeliveryPolicy> = {};
  if (d.batch_max_events !== undefined) out.batchMaxEvents = d.batch_max_events;
  if (d.batch_max_bytes !== undefined) out.batchMaxBytes = d.batch_max_bytes;
  if (d.linger_ms !== undefined) out.lingerMs = d.linger_ms;
  if (d.concurrency !== undefined) out.concurrency = d.concurrency;
  if (d.max_attempts !== undefined) out.maxAttempts = d.max_attempts;
  if (d.max_age_s !== undefined) out.maxAgeMs = d.max_age_s * 1000;
  if (d.backoff_initial_ms !== undefined) out.backoffInitialMs = d.backoff_initial_ms;
  if (d.backoff_max_ms !== undefined) out.backoffMaxMs = d.backoff_max_ms;
  return out;
}

export interface CompileDeps {
  logger: Logger;
  observer: DriverObserver;
  services?: SinkServices;
}

function buildDriver(route: string, spec: SinkSpec, name: string, deps: CompileDeps): SinkDriver {
  const factory = sinkFactory(spec.type);
  if (!factory) throw new Error(`route ${route}: unknown sink type ${spec.type}`);
  const config = sinkOwnConfig(spec);
  const delivery = spec.delivery as DeliverySpec | undefined;
  // The one place a sink's log lines get their route, sink and type (pino repeats keys bound twice).
  const logger = deps.logger.child({ route, sink: name, sinkType: spec.type });
  const sink = factory.create(config as never, {
    route,
    name,
    logger,
    secret: (v) => resolveSecret(v),
    ...(deps.services ? { services: deps.services } : {}),
  });
  const policy = {
    ...DEFAULT_DELIVERY_POLICY,
    ...factory.policy,
    ...factory.policyFor?.(config as never),
    ...deliveryPolicy(delivery),
  };
  return new SinkDriver(sink, policy, route, logger, deps.observer);
}

/** A route from the routes file, compiled: matcher, filter, transform, and a driver per sink. */
export function compileRoute(spec: RouteSpec, deps: CompileDeps): CompiledRoute {
  return assembleRoute(
    logicSpecOf(spec),
    spec.sinks.map((s) => buildDriver(spec.name, s, s.name ?? s.type, deps)),
  );
}

export async function startDrivers(route: CompiledRoute): Promise<void> {
  for (const d of route.drivers) await d.sink.start();
}
