import type { OutputFormat } from '../event/event-model';

/** A predicate on an event's fields (dotted paths reach into nested objects and arrays: `docs.0.path`). */
export type FilterSpec =
  | { field: string; equals: unknown }
  | { field: string; in: unknown[] }
  | { field: string; regex: string; flags?: string }
  | { field: string; gt?: number; gte?: number; lt?: number; lte?: number }
  | { field: string; exists: boolean }
  | { all: FilterSpec[] }
  | { any: FilterSpec[] }
  | { not: FilterSpec };

/** Field edits applied after filtering, in this order: keep, drop, rename, add. */
export interface TransformSpec {
  keep?: string[];
  drop?: string[];
  rename?: Record<string, string>;
  add?: Record<string, string | number | boolean | null>;
}

/** One sink block from the routes file: `type` picks the factory, the rest is that sink's config. */
export interface SinkSpec {
  type: string;
  /** Unique within the route; defaults to `<type>` or `<type>-<n>`. */
  name?: string;
  [key: string]: unknown;
}

/** The sink's own config in a sink block: what its factory gets (no type, name, delivery, required). */
export function sinkOwnConfig(spec: SinkSpec): Record<string, unknown> {
  const { type: _type, name: _name, delivery: _delivery, required: _required, ...config } = spec;
  return config;
}

export interface RouteSpec {
  name: string;
  /** AMQP-style patterns (`*` one word, `#` zero or more) matched against each event's key. */
  match: string[];
  /** Exchanges the route's queue binds to; `api.rawsensordata` is bound with `#`. */
  exchanges?: string[];
  filter?: FilterSpec;
  transform?: TransformSpec;
  format?: OutputFormat;
  sinks: SinkSpec[];
  /** Per-route overrides of the process settings. */
  prefetch?: number;
  consumers?: number;
}

export type DeadLetterSpec =
  | { type: 'file'; path: string; max_bytes?: number }
  | { type: 'amqp'; exchange: string; routing_key?: string; declare?: boolean };

/** The whole routes file. */
export interface RoutesFile {
  dead_letter?: DeadLetterSpec;
  routes: RouteSpec[];
}
