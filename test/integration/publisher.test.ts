import { randomBytes } from 'node:crypto';
import amqp from 'amqplib';
import { CbPublisher } from '../../src/simulate/publisher';
import { LoadPublisher } from '../../bench/load-publisher';
import { SyntheticTraffic } from '../../src/simulate/traffic';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE } from '../../src/event/inbound-message';
import { AMQP_URL, uniquePrefix } from '../support/broker';

jest.setTimeout(60_000);

test('the simulator publishes CB-like properties: single events with no headers, bundles with their sensor headers', async () => {
  const conn = await amqp.connect(AMQP_URL);
  const publisher = new CbPublisher({ url: AMQP_URL, declare: true, persistent: false });
  try {
    const ch = await conn.createChannel();
    await publisher.open();
    const { queue } = await ch.assertQueue(uniquePrefix('publisher'), { exclusive: true });
    await ch.bindQueue(queue, EVENTS_EXCHANGE, 'ingress.event.#');
    await ch.bindQueue(queue, RAW_SENSOR_EXCHANGE, '#');
    const single = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 1).next();
    const bundle = new SyntheticTraffic({ protobuf: 0, bundle: 1, json: 0, bundleSize: 5 }, 2).next();
    expect(Object.keys(single.headers)).toHaveLength(0);
    expect(Object.keys(bundle.headers).length).toBeGreaterThan(0);
    await publisher.publish(single);
    await publisher.publish(bundle);
    await publisher.flush();
    const got: amqp.GetMessage[] = [];
    const until = Date.now() + 10_000;
    while (got.length < 2 && Date.now() < until) {
      const m = await ch.get(queue, { noAck: true });
      if (m) got.push(m);
      else await new Promise((r) => setTimeout(r, 50));
    }
    const [s, b] = got;
    expect(s.fields.routingKey).toBe(single.routingKey);
    expect(s.content.equals(single.body)).toBe(true);
    expect(s.properties).toMatchObject({ contentType: 'application/protobuf', deliveryMode: 1 });
    expect(typeof s.properties.timestamp).toBe('number');
    expect(s.properties.headers ?? {}).toEqual({});
    expect(b.fields.exchange).toBe(RAW_SENSOR_EXCHANGE);
    expect(b.content.equals(bundle.body)).toBe(true);
    expect(b.properties.headers).toEqual(bundle.headers);
  } finally {
    await publisher.close();
    await conn.close().catch(() => undefined);
  }
});

test("the benchmarks' load publisher delivers every message, in order, with CB's properties, and returns once all are confirmed", async () => {
  const conn = await amqp.connect(AMQP_URL);
  const load = new LoadPublisher(AMQP_URL, true);
  try {
    const ch = await conn.createChannel();
    await load.open();
    const { queue } = await ch.assertQueue(uniquePrefix('load'), { exclusive: true });
    await ch.bindQueue(queue, EVENTS_EXCHANGE, '#');
    await ch.bindQueue(queue, RAW_SENSOR_EXCHANGE, '#');
    const mixed = new SyntheticTraffic({ protobuf: 3, bundle: 1, json: 1, bundleSize: 20 }, 7);
    // More than the confirm window, so publishing waits for confirms part way.
    const messages = Array.from({ length: 12_000 }, () => mixed.next());
    // A body of several frames (the connection's frame size is 128 KiB) between the others.
    const large = { ...messages[0], body: randomBytes(300_000), routingKey: 'ingress.event.large' };
    messages.splice(150, 0, large);
    await load.publish(load.prepare(messages));
    // Confirmed means routed to the queue: every message is there already.
    expect((await ch.checkQueue(queue)).messageCount).toBe(messages.length);
    const got: amqp.ConsumeMessage[] = [];
    await new Promise<void>((resolve) => {
      void ch.consume(
        queue,
        (m) => {
          if (m) got.push(m);
          if (got.length === messages.length) resolve();
        },
        { noAck: true },
      );
    });
    const seen = got.map((m, i) => ({
      exchange: m.fields.exchange,
      routingKey: m.fields.routingKey,
      sameBody: m.content.equals(messages[i].body),
      contentType: m.properties.contentType,
      deliveryMode: m.properties.deliveryMode,
      timestamped: typeof m.properties.timestamp === 'number',
      headers: m.properties.headers ?? {},
    }));
    expect(seen).toEqual(
      messages.map((m) => ({
        exchange: m.exchange,
        routingKey: m.routingKey,
        sameBody: true,
        contentType: m.contentType,
        deliveryMode: 1,
        timestamped: true,
        headers: m.headers,
      })),
    );
  } finally {
    await load.close();
    await conn.close().catch(() => undefined);
  }
});

test('the load publisher refuses to prepare or publish before it is open', async () => {
  const load = new LoadPublisher(AMQP_URL, false);
  expect(() => load.prepare([])).toThrow('LoadPublisher is not open');
  await expect(load.publish([])).rejects.toThrow('LoadPublisher is not open');
});
