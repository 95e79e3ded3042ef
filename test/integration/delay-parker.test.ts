import amqp from 'amqplib';
import { originalRouting, parkMessage, PARKED_HEADER } from '../../src/sources/amqp/delay-parker';
import { ensureRouteTopology, type RouteTopology } from '../../src/sources/amqp/topology';
import { AMQP_URL, uniquePrefix, deleteByPrefix } from '../support/broker';

jest.setTimeout(60_000);

async function nextFrom(ch: amqp.Channel, queue: string): Promise<amqp.GetMessage> {
  const until = Date.now() + 20_000;
  for (;;) {
    const m = await ch.get(queue);
    if (m) return m;
    if (Date.now() > until) throw new Error(`nothing arrived on ${queue}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('a message parked again and again keeps its original exchange, routing key, body and properties', async () => {
  const prefix = uniquePrefix('park');
  const exchange = `${prefix}.x`;
  const conn = await amqp.connect(AMQP_URL);
  try {
    const ch = await conn.createConfirmChannel();
    await ch.assertExchange(exchange, 'topic', { durable: false, autoDelete: true });
    const topology: RouteTopology = { route: 'r', queue: `${prefix}.r`, delayQueue: `${prefix}.r.delay`, bindings: [] };
    await ensureRouteTopology(ch, topology, {
      prefix,
      queueType: 'classic',
      maxLength: 0,
      retryDelayMs: 100,
      declareExchanges: false,
    });
    await ch.bindQueue(topology.queue, exchange, 'ingress.event.#');
    ch.publish(exchange, 'ingress.event.process', Buffer.from('body'), {
      contentType: 'application/protobuf',
      messageId: 'm-1',
      timestamp: 1_700_000_000,
      headers: { source: 'cb' },
    });
    await ch.waitForConfirms();
    for (let delivery = 1; delivery <= 4; delivery++) {
      const m = await nextFrom(ch, topology.queue);
      expect(originalRouting(m)).toEqual({ exchange, routingKey: 'ingress.event.process' });
      expect(m.content.toString()).toBe('body');
      expect(m.properties).toMatchObject({
        contentType: 'application/protobuf',
        messageId: 'm-1',
        timestamp: 1_700_000_000,
      });
      expect(m.properties.headers).toMatchObject({
        source: 'cb',
        ...(delivery > 1 ? { [PARKED_HEADER]: delivery - 1 } : {}),
      });
      if (delivery < 4) await parkMessage(ch, topology.delayQueue, m);
      ch.ack(m);
    }
  } finally {
    await conn.close().catch(() => undefined);
    await deleteByPrefix(prefix);
  }
});
