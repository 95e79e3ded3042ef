import type { RoutePipeline } from '../../pipeline/route-pipeline';
import { DEFAULT_EXCHANGES } from '../../sources/amqp/bindings';
import { routePrefetch } from '../../sources/amqp/route-prefetch';
import type { RouteSpec, SinkSpec } from '../../config/route-config';
import type { SinkDriver } from '../../sinks/driver/sink-driver';
import type { Sink } from '../../sinks/sink';
import { routeTopology } from '../../sources/amqp/topology';
import type { BridgeRuntime } from '../../app/bridge-runtime';
import type { RouteView, SinkView } from '../admin-context';

/** A sink that may disable itself (HTTP 410) and be enabled again (webhook sinks). */
export type EnableableSink = Sink & { enable?(): void; readonly disabledReason?: string | null };

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export const isRequired = (spec: SinkSpec | undefined): boolean => spec?.required !== false;
export const sinkNameOf = (spec: SinkSpec): string => spec.name ?? spec.type;

/** Routes in force, in file order, then routes a reload removed that are still draining. */
export function routeSpecs(rt: BridgeRuntime): Array<{ spec: RouteSpec; retiring: boolean }> {
  return [
    ...rt.bridge.routesFile.routes.map((spec) => ({ spec, retiring: false })),
    ...rt.reloader.retiring().map((spec) => ({ spec, retiring: true })),
  ];
}

export function findSpec(rt: BridgeRuntime, name: string): { spec: RouteSpec; retiring: boolean } | undefined {
  return routeSpecs(rt).find((r) => r.spec.name === name);
}

export function routeState(rt: BridgeRuntime, name: string, retiring: boolean): RouteView['state'] {
  if (retiring) return 'retiring';
  return rt.bridge.source.isPaused(name) ? 'paused' : 'running';
}

export function routeView(rt: BridgeRuntime, spec: RouteSpec, retiring: boolean, pipeline: RoutePipeline | undefined): RouteView {
  const { settings, source } = rt.bridge;
  const t = routeTopology(settings.amqp.queue_prefix, spec);
  return {
    name: spec.name, state: routeState(rt, spec.name, retiring), paused: source.isPaused(spec.name),
    queue: t.queue, delayQueue: t.delayQueue, bindings: t.bindings, match: spec.match, exchanges: spec.exchanges ?? [...DEFAULT_EXCHANGES],
    format: spec.format ?? 'normalized', filter: (spec.filter as Record<string, unknown> | undefined) ?? null,
    transform: (spec.transform as Record<string, unknown> | undefined) ?? null,
    prefetch: routePrefetch(spec, settings.amqp), consumers: spec.consumers ?? settings.amqp.consumers,
    activeConsumers: source.consumerCount(spec.name), inFlight: pipeline?.inFlightCount() ?? 0,
    sinks: spec.sinks.map((s) => ({ name: sinkNameOf(s), type: s.type, required: isRequired(s) })),
  };
}

export function sinkView(route: string, driver: SinkDriver, spec: SinkSpec | undefined): SinkView {
  const h = driver.health();
  const sink = driver.sink as EnableableSink;
  return {
    route, name: driver.name, type: sink.type, required: isRequired(spec), state: h.state, breaker: h.breaker ?? null,
    inFlight: h.inFlight, queueDepth: h.queueDepth, lastError: h.lastError, lastErrorAt: iso(h.lastErrorAt),
    disabledReason: typeof sink.disabledReason === 'string' ? sink.disabledReason : null, canEnable: typeof sink.enable === 'function',
  };
}
