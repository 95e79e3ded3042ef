import type { BridgeRuntime } from '../../app/bridge-runtime';
import type { StatusView } from '../admin-context';
import { routeSpecs, routeState } from './views';

export function statusView(rt: BridgeRuntime, version: string, now = Date.now()): StatusView {
  const { bridge, observability } = rt;
  const { source, routes } = bridge;
  return {
    version,
    startedAt: new Date(bridge.startedAt).toISOString(),
    uptimeSeconds: Math.max(0, (now - bridge.startedAt) / 1000),
    amqp: { state: source.state, connected: source.state === 'connected', lastError: source.lastError, reconnects: source.reconnects, consumers: source.consumerCount() },
    deadLetters: { destination: routes.deadLetters.destination.kind, written: routes.deadLetters.written, pending: routes.deadLetters.pending(), browsable: rt.deadLetterStore !== null },
    routes: routeSpecs(rt).map(({ spec, retiring }) => {
      const pipeline = routes.pipeline(spec.name);
      const stats = observability.stats.snapshot(spec.name);
      return {
        name: spec.name, state: routeState(rt, spec.name, retiring), inFlight: pipeline?.inFlightCount() ?? 0,
        counters: stats.counters, rates: stats.rates,
        sinks: (pipeline?.drivers ?? []).map((d) => ({
          name: d.name, type: d.sink.type, state: d.health().state,
          counters: stats.sinks[d.name]?.counters ?? { delivered: 0, retried: 0, failed: 0 },
          rates: stats.sinks[d.name]?.rates ?? { delivered: 0 },
        })),
      };
    }),
  };
}
