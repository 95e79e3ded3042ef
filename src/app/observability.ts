import type { Logger } from 'pino';
import type { Settings } from '../config/settings';
import { BridgeMetrics } from '../observability/metrics/bridge-metrics';
import { RouteStats } from '../observability/metrics/route-stats';
import type { RuntimeView } from '../observability/metrics/runtime-view';
import type { Bridge, BridgeObservers } from './bridge';
import { DecodeWatch } from '../dead-letters/replay/decode-watch';
import { RecentEvents } from '../observability/recent-events';
import { queueNames } from '../sources/amqp/bindings';

/**
 * Everything that watches the bridge: Prometheus metrics (and the status counters read from them), the recent-events
 * ring.
 */
export interface Observability {
  metrics: BridgeMetrics;
  stats: RouteStats;
  recent: RecentEvents;
  /** Lets a dead-letter replay see how its message decoded. */
  decodeWatch: DecodeWatch;
  /** To pass to the Bridge constructor. */
  observers: BridgeObservers;
}

export function createObservability(settings: Settings, options: { processMetrics?: boolean } = {}): Observability {
  const metrics = new BridgeMetrics({ processMetrics: options.processMetrics ?? true });
  const stats = new RouteStats(metrics.registry);
  const recent = new RecentEvents(settings.admin.recent_events);
  const decodeWatch = new DecodeWatch();
  return {
    metrics,
    stats,
    recent,
    decodeWatch,
    observers: {
      pipeline: [metrics.pipeline, recent, decodeWatch],
      driver: metrics.delivery,
      deadLetters: metrics.deadLettersStored,
    },
  };
}

/** The bridge's live state as the scrape-time gauges read it. */
export function runtimeView(bridge: Bridge): RuntimeView {
  const prefix = bridge.settings.amqp.queue_prefix;
  return {
    amqp: () => ({ state: bridge.source.state, reconnects: bridge.source.reconnects }),
    routes: () =>
      bridge.routes.pipelines.map((p) => ({
        name: p.name,
        queue: queueNames.route(prefix, p.name),
        paused: bridge.source.isPaused(p.name),
        inFlight: p.inFlightCount(),
        sinks: p.drivers.map((d) => ({ name: d.name, health: d.health() })),
      })),
  };
}

/** Registers the gauges over the running bridge and starts polling broker queue depths. */
export function watchBridge(o: Observability, bridge: Bridge, logger: Logger): void {
  const view = runtimeView(bridge);
  o.metrics.watch(view);
  o.metrics.pollQueues(
    view,
    (queue) => bridge.source.queueMessageCount(queue),
    bridge.settings.admin.queue_poll_s * 1000,
    logger,
  );
}
