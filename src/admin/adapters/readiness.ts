import type { BridgeRuntime } from '../../app/bridge-runtime';
import type { Readiness, ReadinessCheck } from '../admin-context';
import { isRequired, sinkNameOf } from './views';

function amqpCheck(rt: BridgeRuntime): ReadinessCheck {
  const { source, routesFile } = rt.bridge;
  if (source.state !== 'connected') return { name: 'amqp', ok: false, detail: `broker connection is ${source.state}${source.lastError ? ` (last error: ${source.lastError})` : ''}` };
  const idle = routesFile.routes.filter((r) => !source.isPaused(r.name) && source.consumerCount(r.name) === 0).map((r) => r.name);
  if (idle.length > 0) return { name: 'amqp', ok: false, detail: `connected, but not consuming route(s) ${idle.join(', ')}` };
  return { name: 'amqp', ok: true, detail: 'connected and consuming' };
}

/**
 * Ready: connected to the broker with consumers on every route that is not paused, and every
 * required sink (all of them unless the routes file says `required: false`) neither down nor disabled.
 */
export function readiness(rt: BridgeRuntime): Readiness {
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
