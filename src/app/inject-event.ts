import type { InboundMessage } from '../event/inbound-message';
import type { RouteSet } from './bridge';

/**
 * Hands a message the bridge made itself (not received from the broker) to every route, as a
 * consumed message would be: each route decodes, matches and delivers it, then "acks". Resolves
 * true once every route settled it, false when one parked it (the caller offers it again later).
 */
export function injectMessage(routes: RouteSet, message: InboundMessage): Promise<boolean> {
  const pipelines = [...routes.pipelines];
  if (pipelines.length === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    let left = pipelines.length;
    let parked = false;
    const settle = (): void => {
      if (--left === 0) resolve(!parked);
    };
    for (const pipeline of pipelines) {
      pipeline.handle({
        message,
        redelivered: false,
        ack: settle,
        park: async () => {
          parked = true;
          settle();
        },
      });
    }
  });
}
