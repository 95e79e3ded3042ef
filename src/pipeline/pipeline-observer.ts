import type { InboundMessage } from '../codecs/inbound-message';
import type { DecodeResult } from '../codecs/decoded-event';
import type { SinkRecord } from '../sinks/sink';

/** What a route pipeline reports as messages pass (metrics and the recent-events ring listen). */
export interface PipelineObserver {
  received?(route: string, message: InboundMessage): void;
  decoded?(route: string, result: DecodeResult): void;
  routed?(route: string, record: SinkRecord): void;
  filtered?(route: string, count: number): void;
  acked?(route: string, message: InboundMessage): void;
  parked?(route: string, message: InboundMessage): void;
}

/** Calls every observer's hook. */
export function fanOut(observers: readonly PipelineObserver[]): Required<PipelineObserver> {
  const call = <K extends keyof PipelineObserver>(k: K) =>
    ((...args: unknown[]) => { for (const o of observers) (o[k] as ((...a: unknown[]) => void) | undefined)?.(...args); }) as Required<PipelineObserver>[K];
  return { received: call('received'), decoded: call('decoded'), routed: call('routed'), filtered: call('filtered'), acked: call('acked'), parked: call('parked') };
}
