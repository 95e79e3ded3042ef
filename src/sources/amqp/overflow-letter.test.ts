import type { ConsumeMessage } from 'amqplib';
import { MAX_LETTER_BODY_BYTES } from '../../dead-letters/dead-letters-from';
import { overflowDeadLetter } from './overflow-letter';

/** A message as amqplib hands it over from the overflow queue, after x-max-length dropped it. */
function dropped(body: Buffer, headers: Record<string, unknown>): ConsumeMessage {
  return {
    content: body,
    fields: {
      deliveryTag: 1,
      redelivered: false,
      exchange: '',
      routingKey: 'cb-event-bridge.overflow',
      consumerTag: 'c',
    },
    properties: {
      contentType: 'application/protobuf',
      headers: {
        ...headers,
        'x-death': [
          { queue: 'cb-event-bridge.all', exchange: 'api.events', 'routing-keys': ['ingress.event.netconn'] },
        ],
      },
    },
  } as unknown as ConsumeMessage;
}

test('an overflowed message with 64-bit header values and a huge body becomes a bounded letter, not a throw', () => {
  const letter = overflowDeadLetter(
    'cb-event-bridge',
    dropped(Buffer.alloc(MAX_LETTER_BODY_BYTES + 10), { hostId: 2n ** 60n }),
  );
  expect(letter).toMatchObject({
    route: 'all',
    reason: 'queue_overflow',
    routingKey: 'ingress.event.netconn',
    headers: { hostId: '1152921504606846976' },
  });
  expect(letter.bodyTruncated?.size).toBe(MAX_LETTER_BODY_BYTES + 10);
});
