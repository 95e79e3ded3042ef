import type { RouteCounters, SinkCounters } from '../observability/metrics/route-stats';
import type { RecentEvent } from '../observability/recent-events';
import type { ReloadReport } from '../app/reload/routes-reloader';
import type { ReplayResult } from '../dead-letters/replay/replayer';
import type { DeadLetter } from '../dead-letters/dead-letter';
import type { QueueBinding } from '../sources/amqp/bindings';
import type { ResponseActions } from '../liveresponse/actions/response-actions';

/** One readiness check. */
export interface ReadinessCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

export interface SinkView {
  route: string;
  name: string;
  type: string;
  /** Counts for /readyz (routes file `required`, default true). */
  required: boolean;
  state: 'up' | 'degraded' | 'down' | 'disabled';
  breaker: 'closed' | 'open' | 'half-open' | null;
  inFlight: number;
  queueDepth: number;
  lastError: string | null;
  lastErrorAt: string | null;
  disabledReason: string | null;
  /** The sink can be turned back on through POST /api/v1/sinks/{route}/{sink}/enable. */
  canEnable: boolean;
}

export interface RouteView {
  name: string;
  /** running; paused through the API; retiring (removed by a reload, draining). */
  state: 'running' | 'paused' | 'retiring';
  paused: boolean;
  queue: string;
  delayQueue: string;
  bindings: QueueBinding[];
  match: string[];
  exchanges: string[];
  format: string;
  filter: Record<string, unknown> | null;
  transform: Record<string, unknown> | null;
  prefetch: number;
  consumers: number;
  /** Consumer channels open on the queue now. */
  activeConsumers: number;
  /** Messages received and not yet settled. */
  inFlight: number;
  sinks: Array<{ name: string; type: string; required: boolean }>;
}

export interface StatusView {
  version: string;
  startedAt: string;
  uptimeSeconds: number;
  amqp: { state: string; connected: boolean; lastError: string | null; reconnects: number; consumers: number };
  deadLetters: { destination: string; written: number; pending: number; browsable: boolean };
  routes: Array<{
    name: string;
    state: RouteView['state'];
    inFlight: number;
    counters: RouteCounters;
    rates: { received: number; routed: number };
    sinks: Array<{
      name: string;
      type: string;
      state: SinkView['state'];
      counters: SinkCounters;
      rates: { delivered: number };
    }>;
  }>;
}

export interface DeadLetterPageView {
  letters: DeadLetter[];
  nextCursor: string | null;
}

/** Dead letters that can be listed, replayed and removed (null in the context when the destination cannot). */
export interface DeadLettersPort {
  /** `maxBytes`: stored letters a page holds at most (at least one letter); the cursor continues past them. */
  list(options: { cursor?: string; limit: number; maxBytes?: number }): Promise<DeadLetterPageView>;
  replay(request: { ids?: readonly string[]; limit: number; waitMs: number }): Promise<ReplayResult[]>;
  /** Removes these letters, or every stored one; resolves to how many were removed. */
  remove(ids: readonly string[] | 'all'): Promise<number>;
}

export interface RoutesPort {
  list(): RouteView[];
  /** Throws AdminError route_not_found. */
  get(name: string): RouteView;
  pause(name: string): Promise<RouteView>;
  resume(name: string): Promise<RouteView>;
}

export interface SinksPort {
  list(): SinkView[];
  /** Throws AdminError route_not_found / sink_not_found / enable_not_supported. */
  enable(route: string, sink: string): SinkView;
}

/** What the admin routes need from the running bridge. */
export interface AdminContext {
  version: string;
  readiness(): Readiness;
  status(): Promise<StatusView>;
  routes: RoutesPort;
  sinks: SinksPort;
  /** Rejects with RoutesConfigError, ReloadBuildError or ReloadApplyError. */
  reload(): Promise<ReloadReport>;
  /** Throws AdminError route_not_found for a route not in force. */
  recentEvents(route: string | undefined, limit: number): RecentEvent[];
  /** Events kept per route. */
  recentCapacity: number;
  deadLetters: DeadLettersPort | null;
  destinationKind: string;
  metrics: { contentType: string; text(): Promise<string> };
  /** Response actions (jobs, sessions, files); null when Live Response is not configured. */
  liveResponse?: ResponseActions | null;
}
