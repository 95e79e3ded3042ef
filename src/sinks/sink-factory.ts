import type { Logger } from 'pino';
import type { Sink, DeliveryPolicy } from './sink';
import type { ResponseActions } from '../liveresponse/actions/response-actions';

/** Services of the running bridge that some sink types use. */
export interface SinkServices {
  /** Response actions (the liveresponse sink); absent when Live Response is not configured. */
  liveResponse?: ResponseActions;
}

/** What a sink factory gets besides its own config block. */
export interface SinkContext {
  route: string;
  /** Unique sink name within its route. */
  name: string;
  /** Bound to the route, sink name and sink type already: a sink logs through it (or a child adding other keys). */
  logger: Logger;
  /** Resolves `${ENV}` / file secrets named in config (see config/secrets). */
  secret(value: unknown): string | undefined;
  services?: SinkServices;
}

/**
 * A sink type: its config schema (a JSON Schema object for the sink's block in the routes file,
 * `type` and `name` excluded) and a constructor. Every sink folder exports one of these.
 */
export interface SinkFactory<C = Record<string, unknown>> {
  type: string;
  configSchema: Record<string, unknown>;
  /** Delivery policy defaults for this sink type (batch sizes, retries). */
  policy?: Partial<DeliveryPolicy>;
  /** Defaults that depend on the sink's own block (e.g. its body mode): over `policy`, under the `delivery:` block. */
  policyFor?(config: C): Partial<DeliveryPolicy>;
  create(config: C, ctx: SinkContext): Sink;
  /**
   * Checks the block as create() would, building nothing (the routes file's last check, so
   * `check` finds what `run` would). Throws the type's config error, whose `field` names the
   * property.
   */
  validate?(config: C, ctx: Pick<SinkContext, 'route' | 'secret'>): void;
}
