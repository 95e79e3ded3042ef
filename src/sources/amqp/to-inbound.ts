import type { ConsumeMessage } from 'amqplib';
import type { InboundMessage } from '../../event/inbound-message';
import { originalRouting } from './delay-parker';

/** The codec's view of an AMQP delivery. */
export function toInbound(m: ConsumeMessage, now: number): InboundMessage {
  const p = m.properties;
  const { exchange, routingKey } = originalRouting(m);
  return {
    exchange,
    routingKey,
    contentType: p.contentType as string | undefined,
    headers: (p.headers ?? {}) as Record<string, unknown>,
    body: m.content,
    receivedAt: now,
    ...(typeof p.timestamp === 'number' ? { timestamp: p.timestamp } : {}),
  };
}
