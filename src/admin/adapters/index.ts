import type { BridgeRuntime } from '../../app/bridge-runtime';
import type { AdminContext } from '../admin-context';
import { routeNotFound } from '../admin-error';
import { packageVersion } from '../version';
import { StoreDeadLettersPort } from './dead-letters-port';
import { readiness } from './readiness';
import { BridgeRoutesPort } from './routes-port';
import { BridgeSinksPort } from './sinks-port';
import { statusView } from './status';
import { findSpec } from './views';

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
