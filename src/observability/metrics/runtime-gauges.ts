import { Counter, Gauge, type Registry } from 'prom-client';
import type { RuntimeView } from './runtime-view';
import type { SinkHealth } from '../../sinks/sink';

export const AMQP_STATES = ['connecting', 'connected', 'disconnected', 'stopped'] as const;
export const SINK_STATES = ['up', 'degraded', 'down', 'disabled'] as const;
const BREAKER_VALUE = { closed: 0, 'half-open': 1, open: 2 } as const;

/**
 * Gauges (and the reconnect counter) computed from the live bridge at scrape time, so they never
 * go stale and routes removed by a reload disappear from them.
 */
export function registerRuntimeGauges(registry: Registry, view: RuntimeView): void {
  const registers = [registry];
  const connected: Gauge = new Gauge({
    name: 'cb_bridge_amqp_connected',
    help: '1 while connected to the broker and consuming, else 0',
    registers,
    collect: () => {
      connected.set(view.amqp().state === 'connected' ? 1 : 0);
    },
  });
  const state: Gauge<'state'> = new Gauge({
    name: 'cb_bridge_amqp_connection_state',
    help: 'The AMQP connection state: 1 for the current state, 0 for the others',
    labelNames: ['state'],
    registers,
    collect: () => {
      const now = view.amqp().state;
      for (const s of AMQP_STATES) state.set({ state: s }, s === now ? 1 : 0);
    },
  });
  let counted = 0;
  const reconnects: Counter = new Counter({
    name: 'cb_bridge_amqp_reconnects_total',
    help: 'Times the bridge reconnected to the broker after losing (or failing to open) the connection',
    registers,
    collect: () => {
      const n = view.amqp().reconnects;
      if (n > counted) {
        reconnects.inc(n - counted);
        counted = n;
      }
    },
  });
  const inFlight: Gauge<'route'> = new Gauge({
    name: 'cb_bridge_messages_in_flight',
    help: 'Messages a route received and has not settled (acked or parked) yet',
    labelNames: ['route'],
    registers,
    collect: () => {
      inFlight.reset();
      for (const r of view.routes()) inFlight.set({ route: r.name }, r.inFlight);
    },
  });
  const paused: Gauge<'route'> = new Gauge({
    name: 'cb_bridge_route_paused',
    help: '1 while a route is paused through the admin API',
    labelNames: ['route'],
    registers,
    collect: () => {
      paused.reset();
      for (const r of view.routes()) paused.set({ route: r.name }, r.paused ? 1 : 0);
    },
  });
  const queueDepth: Gauge<'route' | 'sink'> = new Gauge({
    name: 'cb_bridge_sink_queue_depth',
    help: "Events waiting in a sink's driver (batching or backing off), not yet handed to the sink",
    labelNames: ['route', 'sink'],
    registers,
    collect: () => {
      queueDepth.reset();
      for (const r of view.routes())
        for (const s of r.sinks) queueDepth.set({ route: r.name, sink: s.name }, s.health.queueDepth);
    },
  });
  const sinkInFlight: Gauge<'route' | 'sink'> = new Gauge({
    name: 'cb_bridge_sink_in_flight',
    help: 'Events handed to a sink and not answered yet',
    labelNames: ['route', 'sink'],
    registers,
    collect: () => {
      sinkInFlight.reset();
      for (const r of view.routes())
        for (const s of r.sinks) sinkInFlight.set({ route: r.name, sink: s.name }, s.health.inFlight);
    },
  });
  const sinkState: Gauge<'route' | 'sink' | 'state'> = new Gauge({
    name: 'cb_bridge_sink_state',
    help: "A sink's health: 1 for its current state, 0 for the others",
    labelNames: ['route', 'sink', 'state'],
    registers,
    collect: () => {
      sinkState.reset();
      for (const r of view.routes())
        for (const s of r.sinks)
          for (const st of SINK_STATES)
            sinkState.set({ route: r.name, sink: s.name, state: st }, s.health.state === st ? 1 : 0);
    },
  });
  const breaker: Gauge<'route' | 'sink'> = new Gauge({
    name: 'cb_bridge_sink_breaker_state',
    help: 'Circuit breaker of sinks that have one: 0 closed, 1 half-open, 2 open',
    labelNames: ['route', 'sink'],
    registers,
    collect: () => {
      breaker.reset();
      for (const r of view.routes())
        for (const s of r.sinks)
          if (s.health.breaker) breaker.set({ route: r.name, sink: s.name }, BREAKER_VALUE[s.health.breaker]);
    },
  });
  sinkCounter(
    registry,
    view,
    'cb_bridge_sink_reconnects_total',
    'Connections a sink opened again after losing one or failing to open it (syslog over tcp and tls)',
    (h) => h.reconnects,
  );
  sinkCounter(
    registry,
    view,
    'cb_bridge_sink_oversize_events_total',
    "Events over a sink transport's size limit that went out truncated or split (syslog over udp, see udp_oversize)",
    (h) => h.oversize,
  );
}

/**
 * A counter per route and sink fed from a running total in the sinks' health at scrape time (it
 * only grows: a sink rebuilt by a reload starts from zero and adds from there).
 */
function sinkCounter(
  registry: Registry,
  view: RuntimeView,
  name: string,
  help: string,
  total: (h: SinkHealth) => number | undefined,
): void {
  const counted = new Map<string, number>();
  const counter: Counter<'route' | 'sink'> = new Counter({
    name,
    help,
    labelNames: ['route', 'sink'],
    registers: [registry],
    collect: () => {
      for (const r of view.routes()) {
        for (const s of r.sinks) {
          const n = total(s.health);
          if (n === undefined) continue;
          const key = `${r.name}\u0000${s.name}`;
          const before = counted.get(key) ?? 0;
          if (n > before) counter.inc({ route: r.name, sink: s.name }, n - before);
          else counter.inc({ route: r.name, sink: s.name }, 0);
          counted.set(key, n);
        }
      }
    },
  });
}
