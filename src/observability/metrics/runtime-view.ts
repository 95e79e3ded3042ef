import type { SinkHealth } from '../../sinks/sink';

/** One sink as the gauges see it at scrape time. */
export interface SinkRuntime {
  name: string;
  health: SinkHealth;
}

/** One route as the gauges see it at scrape time. */
export interface RouteRuntime {
  name: string;
  queue: string;
  paused: boolean;
  /** Messages received and not yet settled. */
  inFlight: number;
  sinks: SinkRuntime[];
}

/** The live state the gauges read when /metrics is scraped. */
export interface RuntimeView {
  amqp(): { state: string; reconnects: number };
  routes(): RouteRuntime[];
}

/** Asks the broker how many messages wait in a queue (null when it cannot tell now). */
export type QueueDepthSource = (queue: string) => Promise<number | null>;
