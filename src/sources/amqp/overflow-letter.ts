import { randomUUID } from 'node:crypto';
import type { ConsumeMessage } from 'amqplib';
import type { DeadLetter } from '../../dead-letters/dead-letter';
import { plainHeaders, storedBody } from '../../dead-letters/dead-letters-from';
import { queueNames } from './bindings';

/** A message the broker dropped from a full route queue (x-max-length), as a dead letter. */
export function overflowDeadLetter(prefix: string, m: ConsumeMessage): DeadLetter {
  const headers = (m.properties.headers ?? {}) as Record<string, unknown>;
  const deaths = headers['x-death'] as Array<Record<string, unknown>> | undefined;
  const first = deaths?.[0];
  const queue = typeof first?.queue === 'string' ? first.queue : '';
  const route = queueNames.routeOf(prefix, queue);
  const exchange = Array.isArray(first?.exchange) ? '' : String(first?.exchange ?? m.fields.exchange);
  const keys = first?.['routing-keys'] as string[] | undefined;
  return {
    id: randomUUID(),
    at: new Date().toISOString(),
    route,
    sink: '',
    reason: 'queue_overflow',
    detail: `dropped from the full queue ${queue} (x-max-length)`,
    exchange,
    routingKey: keys?.[0] ?? m.fields.routingKey,
    contentType: (m.properties.contentType as string | undefined) ?? null,
    headers: plainHeaders({ headers }),
    ...storedBody(m.content),
  };
}
