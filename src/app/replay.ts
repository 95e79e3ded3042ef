import type { InboundMessage } from '../event/inbound-message';
import type { RouteSet } from './bridge';

export interface ReplayReport {
  messages: number;
  settled: number;
  parked: number;
}

/**
 * Runs messages through every route with no broker: each message is "acked" once its sinks have
 * it (or dead-lettered it). At most `window` messages are in flight at once.
 */
export async function replay(
  messages: Iterable<InboundMessage>,
  routes: RouteSet,
  window = 2000,
): Promise<ReplayReport> {
  const report: ReplayReport = { messages: 0, settled: 0, parked: 0 };
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const settle = (): void => {
    inFlight--;
    report.settled++;
    const w = wake;
    wake = null;
    w?.();
  };
  for (const message of messages) {
    report.messages++;
    for (const pipeline of routes.pipelines) {
      while (inFlight >= window)
        await new Promise<void>((r) => {
          wake = r;
        });
      inFlight++;
      pipeline.handle({
        message,
        redelivered: false,
        ack: settle,
        park: async () => {
          report.parked++;
          settle();
        },
      });
    }
  }
  while (inFlight > 0)
    await new Promise<void>((r) => {
      wake = r;
    });
  return report;
}
