import type { InboundMessage } from '../event/inbound-message';
import type { DecodeSummary } from '../event/decoded-event';
import type { SinkRecord } from '../sinks/sink';

/** What a route pipeline reports as messages pass (metrics and the recent-events ring listen). */
export interface PipelineObserver {
  received?(route: string, message: InboundMessage): void;
  decoded?(route: string, summary: DecodeSummary): void;
  routed?(route: string, record: SinkRecord): void;
  filtered?(route: string, count: number): void;
  acked?(route: string, message: InboundMessage): void;
  parked?(route: string, message: InboundMessage): void;
}

export const PIPELINE_HOOKS = [
  'received',
  'decoded',
  'routed',
  'filtered',
  'acked',
  'parked',
] as const satisfies ReadonlyArray<keyof PipelineObserver>;

type Hook = (a: never, b: never, c: never, d: never) => void;

/** One hook over every observer that has it: nothing, the one observer directly, or each in turn. */
function hookOf<O extends object>(observers: readonly O[], k: keyof O): Hook {
  const having = observers.filter((o) => typeof o[k] === 'function');
  if (having.length === 0) return () => undefined;
  if (having.length === 1) return (having[0][k] as Hook).bind(having[0]);
  const hooks = having.map((o) => (o[k] as Hook).bind(o));
  return (a, b, c, d) => {
    for (const h of hooks) h(a, b, c, d);
  };
}

/**
 * Many observers as one: each of `hooks` calls that hook of every observer that has it. Built
 * once, since the pipeline calls these per message and per event.
 */
export function fanOut<O extends object>(observers: readonly O[], hooks: ReadonlyArray<keyof O & string>): Required<O> {
  return Object.fromEntries(hooks.map((k) => [k, hookOf(observers, k)])) as Required<O>;
}
