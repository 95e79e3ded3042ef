import type { ConfirmChannel, Message, Options } from 'amqplib';

export const PARKED_HEADER = 'x-cb-bridge-parked';

/**
 * Copies a delivery into its route's delay queue on a publisher-confirmed channel, with its
 * original properties, persistent, and a count of how often it was parked. Resolves once the
 * broker confirmed the copy; only then may the original be acked.
 */
export function parkMessage(ch: ConfirmChannel, delayQueue: string, m: Message): Promise<void> {
  const p = m.properties;
  const headers = { ...(p.headers ?? {}) } as Record<string, unknown>;
  headers[PARKED_HEADER] = (Number(headers[PARKED_HEADER]) || 0) + 1;
  // The delay queue dead-letters back to the route queue; keep the original routing facts. A
  // message parked before arrives with the delay queue's routing: its facts are in the headers.
  const { exchange, routingKey } = originalRouting(m);
  headers['x-cb-bridge-exchange'] = exchange;
  headers['x-cb-bridge-routing-key'] = routingKey;
  const options: Options.Publish = {
    persistent: true,
    headers,
    ...(p.contentType ? { contentType: p.contentType as string } : {}),
    ...(p.contentEncoding ? { contentEncoding: p.contentEncoding as string } : {}),
    ...(p.messageId ? { messageId: p.messageId as string } : {}),
    ...(typeof p.timestamp === 'number' ? { timestamp: p.timestamp } : {}),
    ...(p.type ? { type: p.type as string } : {}),
  };
  return new Promise<void>((resolve, reject) => {
    try {
      ch.sendToQueue(delayQueue, m.content, options, (err) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
      );
    } catch (err) {
      reject(err as Error);
    }
  });
}

/** A parked message comes back through the default exchange; restore the routing facts it had. */
export function originalRouting(m: Message): { exchange: string; routingKey: string } {
  const h = (m.properties.headers ?? {}) as Record<string, unknown>;
  if (typeof h['x-cb-bridge-routing-key'] === 'string') {
    return {
      exchange: String(h['x-cb-bridge-exchange'] ?? m.fields.exchange),
      routingKey: h['x-cb-bridge-routing-key'],
    };
  }
  return { exchange: m.fields.exchange, routingKey: m.fields.routingKey };
}
