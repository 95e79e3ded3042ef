import type { BridgeRuntime } from '../app/bridge-runtime';
import type { DeadLetterReplayer, ReplayResult } from '../dead-letters/replay/replayer';
import type { DeadLetterStore } from '../dead-letters/dead-letter-store';
import type { RouteSpec, SinkSpec } from '../config/route-config';
import type { RoutePipeline } from '../pipeline/route-pipeline';
import { SerialQueue } from '../sinks/common/mutex';
import type { SinkDriver } from '../sinks/driver/sink-driver';
import type { Sink } from '../sinks/sink';
import { DEFAULT_EXCHANGES } from '../sources/amqp/bindings';
import { routePrefetch } from '../sources/amqp/route-prefetch';
import { routeTopology } from '../sources/amqp/topology';
import type {
  AdminContext,
  DeadLetterPageView,
  DeadLettersPort,
  Readiness,
  ReadinessCheck,
  RouteView,
  RoutesPort,
  SinkView,
  SinksPort,
  StatusView,
} from './admin-context';
import { AdminError, routeNotFound, sinkNotFound } from './admin-error';
import { packageVersion } from './version';

/*
 * The admin API's adapters: what the admin server asks of a bridge (admin-context.ts) answered
 * from a running BridgeRuntime. Views first, then one port per resource, then the whole context.
 */

/** A sink that may disable itself (HTTP 410) and be enabled again (webhook sinks). */
type EnableableSink = Sink & { enable?(): void; readonly disabledReason?: string | null };

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

const isRequired = (spec: SinkSpec | undefined): boolean => spec?.required !== false;
const sinkNameOf = (spec: SinkSpec): string => spec.name ?? spec.type;

/** Routes in force, in file order, then routes a reload removed that are still draining. */
function routeSpecs(rt: BridgeRuntime): Array<{ spec: RouteSpec; retiring: boolean }> {
  return [
    ...rt.bridge.routesFile.routes.map((spec) => ({ spec, retiring: false })),
    ...rt.reloader.retiring().map((spec) => ({ spec, retiring: true })),
  ];
}

function findSpec(rt: BridgeRuntime, name: string): { spec: RouteSpec; retiring: boolean } | undefined {
  return routeSpecs(rt).find((r) => r.spec.name === name);
}

function routeState(rt: BridgeRuntime, name: string, retiring: boolean): RouteView['state'] {
  if (retiring) return 'retiring';
  return rt.bridge.source.isPaused(name) ? 'paused' : 'running';
}

function routeView(
  rt: BridgeRuntime,
  spec: RouteSpec,
  retiring: boolean,
  pipeline: RoutePipeline | undefined,
): RouteView {
  const { settings, source } = rt.bridge;
  const t = routeTopology(settings.amqp.queue_prefix, spec);
  return {
    name: spec.name,
    state: routeState(rt, spec.name, retiring),
    paused: source.isPaused(spec.name),
    queue: t.queue,
    delayQueue: t.delayQueue,
    bindings: t.bindings,
    match: spec.match,
    exchanges: spec.exchanges ?? [...DEFAULT_EXCHANGES],
    format: spec.format ?? 'normalized',
    filter: (spec.filter as Record<string, unknown> | undefined) ?? null,
    transform: (spec.transform as Record<string, unknown> | undefined) ?? null,
    prefetch: routePrefetch(spec, settings.amqp),
    consumers: spec.consumers ?? settings.amqp.consumers,
    activeConsumers: source.consumerCount(spec.name),
    inFlight: pipeline?.inFlightCount() ?? 0,
    sinks: spec.sinks.map((s) => ({ name: sinkNameOf(s), type: s.type, required: isRequired(s) })),
  };
}

function sinkView(route: string, driver: SinkDriver, spec: SinkSpec | undefined): SinkView {
  const h = driver.health();
  const sink = driver.sink as EnableableSink;
  return {
    route,
    name: driver.name,
    type: sink.type,
    required: isRequired(spec),
    state: h.state,
    breaker: h.breaker ?? null,
    inFlight: h.inFlight,
    queueDepth: h.queueDepth,
    lastError: h.lastError,
    lastErrorAt: iso(h.lastErrorAt),
    disabledReason: typeof sink.disabledReason === 'string' ? sink.disabledReason : null,
    canEnable: typeof sink.enable === 'function',
  };
}

async function statusView(rt: BridgeRuntime, version: string): Promise<StatusView> {
  const { bridge, observability } = rt;
  const { source, routes } = bridge;
  const specs = routeSpecs(rt);
  const numbers = await observability.stats.snapshot(specs.map((r) => r.spec.name));
  const now = Date.now();
  return {
    version,
    startedAt: new Date(bridge.startedAt).toISOString(),
    uptimeSeconds: Math.max(0, (now - bridge.startedAt) / 1000),
    amqp: {
      state: source.state,
      connected: source.state === 'connected',
      lastError: source.lastError,
      reconnects: source.reconnects,
      consumers: source.consumerCount(),
    },
    deadLetters: {
      destination: routes.deadLetters.destination.kind,
      written: routes.deadLetters.written,
      pending: routes.deadLetters.pending(),
      browsable: rt.deadLetterStore !== null,
    },
    routes: specs.map(({ spec, retiring }) => {
      const pipeline = routes.pipeline(spec.name);
      const stats = numbers.get(spec.name)!;
      return {
        name: spec.name,
        state: routeState(rt, spec.name, retiring),
        inFlight: pipeline?.inFlightCount() ?? 0,
        counters: stats.counters,
        rates: stats.rates,
        sinks: (pipeline?.drivers ?? []).map((d) => ({
          name: d.name,
          type: d.sink.type,
          state: d.health().state,
          counters: stats.sinks[d.name]?.counters ?? { delivered: 0, retried: 0, failed: 0 },
          rates: stats.sinks[d.name]?.rates ?? { delivered: 0 },
        })),
      };
    }),
  };
}

function amqpCheck(rt: BridgeRuntime): ReadinessCheck {
  const { source, routesFile } = rt.bridge;
  if (source.state !== 'connected')
    return {
      name: 'amqp',
      ok: false,
      detail: `broker connection is ${source.state}${source.lastError ? ` (last error: ${source.lastError})` : ''}`,
    };
  const idle = routesFile.routes
    .filter((r) => !source.isPaused(r.name) && source.consumerCount(r.name) === 0)
    .map((r) => r.name);
  if (idle.length > 0)
    return { name: 'amqp', ok: false, detail: `connected, but not consuming route(s) ${idle.join(', ')}` };
  return { name: 'amqp', ok: true, detail: 'connected and consuming' };
}

/**
 * Ready: connected to the broker with consumers on every route that is not paused, and every
 * required sink (all of them unless the routes file says `required: false`) neither down nor disabled.
 */
function readiness(rt: BridgeRuntime): Readiness {
  const checks = [amqpCheck(rt)];
  for (const route of rt.bridge.routesFile.routes) {
    const pipeline = rt.bridge.routes.pipeline(route.name);
    for (const spec of route.sinks.filter(isRequired)) {
      const name = sinkNameOf(spec);
      const state = pipeline?.drivers.find((d) => d.name === name)?.health().state ?? 'down';
      const ok = state !== 'down' && state !== 'disabled';
      checks.push({ name: `sink:${route.name}/${name}`, ok, detail: `required sink is ${state}` });
    }
  }
  return { ready: checks.every((c) => c.ok), checks };
}

/** Answer a pause after this long even if in-flight messages are still settling (they carry on). */
const PAUSE_ANSWER_AFTER_MS = 5000;

/**
 * Routes for the admin API. Pause and resume go through the AMQP source (consumers cancelled,
 * in-flight messages settled; messages collect in the queue) and run one at a time per route,
 * so a resume waits for a pause that is still draining.
 */
class BridgeRoutesPort implements RoutesPort {
  private readonly queues = new Map<string, SerialQueue>();

  constructor(private readonly rt: BridgeRuntime) {}

  list(): RouteView[] {
    return routeSpecs(this.rt).map(({ spec, retiring }) =>
      routeView(this.rt, spec, retiring, this.rt.bridge.routes.pipeline(spec.name)),
    );
  }

  get(name: string): RouteView {
    const found = findSpec(this.rt, name);
    if (!found) throw routeNotFound(name);
    return routeView(this.rt, found.spec, found.retiring, this.rt.bridge.routes.pipeline(name));
  }

  async pause(name: string): Promise<RouteView> {
    this.inForce(name);
    const { source, routes } = this.rt.bridge;
    const done = this.queue(name).run(async () => {
      await source.pauseRoute(name);
      routes.pipeline(name)?.setPaused(true);
    });
    done.catch((err: Error) => this.rt.logger.error({ route: name, err: err.message }, 'pausing the route failed'));
    await Promise.race([done, new Promise((r) => setTimeout(r, PAUSE_ANSWER_AFTER_MS).unref())]);
    return this.get(name);
  }

  async resume(name: string): Promise<RouteView> {
    this.inForce(name);
    const { source, routes } = this.rt.bridge;
    await this.queue(name).run(async () => {
      await source.resumeRoute(name);
      routes.pipeline(name)?.setPaused(false);
    });
    return this.get(name);
  }

  private inForce(name: string): void {
    const found = findSpec(this.rt, name);
    if (!found) throw routeNotFound(name);
    if (found.retiring)
      throw new AdminError(409, 'route_retiring', `route ${name} was removed by a reload and is draining`);
  }

  private queue(name: string): SerialQueue {
    let q = this.queues.get(name);
    if (!q) {
      q = new SerialQueue();
      this.queues.set(name, q);
    }
    return q;
  }
}

class BridgeSinksPort implements SinksPort {
  constructor(private readonly rt: BridgeRuntime) {}

  list(): SinkView[] {
    return this.rt.bridge.routes.pipelines.flatMap((p) => {
      const specs = findSpec(this.rt, p.name)?.spec.sinks ?? [];
      return p.drivers.map((d) =>
        sinkView(
          p.name,
          d,
          specs.find((s) => sinkNameOf(s) === d.name),
        ),
      );
    });
  }

  enable(route: string, sink: string): SinkView {
    const pipeline = this.rt.bridge.routes.pipeline(route);
    if (!pipeline) throw routeNotFound(route);
    const driver = pipeline.drivers.find((d) => d.name === sink);
    if (!driver) throw sinkNotFound(route, sink);
    const target = driver.sink as EnableableSink;
    if (typeof target.enable !== 'function') {
      throw new AdminError(
        409,
        'enable_not_supported',
        `sink ${route}/${sink} (type ${target.type}) never disables itself, so it cannot be enabled`,
      );
    }
    target.enable();
    this.rt.logger.info({ route, sink }, 'sink enabled through the admin API');
    return sinkView(
      route,
      driver,
      findSpec(this.rt, route)?.spec.sinks.find((s) => sinkNameOf(s) === sink),
    );
  }
}

class StoreDeadLettersPort implements DeadLettersPort {
  constructor(
    private readonly store: DeadLetterStore,
    private readonly replayer: DeadLetterReplayer,
  ) {}

  list(options: { cursor?: string; limit: number; maxBytes?: number }): Promise<DeadLetterPageView> {
    return this.store.list(options);
  }

  replay(request: { ids?: readonly string[]; limit: number; waitMs: number }): Promise<ReplayResult[]> {
    return this.replayer.replay(request);
  }

  async remove(ids: readonly string[] | 'all'): Promise<number> {
    if (ids !== 'all') return this.store.remove(ids);
    // Every letter stored now (ids only); letters stored meanwhile stay.
    const all = await this.store.ids();
    return all.length === 0 ? 0 : this.store.remove(all);
  }
}

/** The admin API's view of a running bridge. */
export function adminContextFor(rt: BridgeRuntime, version: string = packageVersion()): AdminContext {
  const { observability } = rt;
  return {
    version,
    readiness: () => readiness(rt),
    status: () => statusView(rt, version),
    routes: new BridgeRoutesPort(rt),
    sinks: new BridgeSinksPort(rt),
    reload: () => rt.reloader.reload(),
    recentCapacity: observability.recent.perRoute,
    recentEvents: (route, limit) => {
      if (route !== undefined && !findSpec(rt, route)) throw routeNotFound(route);
      return observability.recent.recent(route, limit);
    },
    deadLetters: rt.deadLetterStore && rt.replayer ? new StoreDeadLettersPort(rt.deadLetterStore, rt.replayer) : null,
    destinationKind: rt.bridge.routes.deadLetters.destination.kind,
    metrics: { contentType: observability.metrics.contentType, text: () => observability.metrics.text() },
    liveResponse: rt.liveResponse,
  };
}
