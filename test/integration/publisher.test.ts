import { randomBytes } from 'node:crypto';
import amqp from 'amqplib';
import { CbPublisher } from '../../src/simulate/publisher';
import { FramedPublisher } from '../../src/simulate/framed-publisher';
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
      if (m) got.push(m); else await new Promise((r) => setTimeout(r, 50));
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

test('the framed publisher (benchmarks) delivers the same messages, in order, as amqplib publishing them one by one', async () => {
  const conn = await amqp.connect(AMQP_URL);
  const framed = new FramedPublisher(AMQP_URL, true);
  try {
    const ch = await conn.createChannel();
    await framed.open();
    const { queue } = await ch.assertQueue(uniquePrefix('framed'), { exclusive: true });
    await ch.bindQueue(queue, EVENTS_EXCHANGE, '#');
    await ch.bindQueue(queue, RAW_SENSOR_EXCHANGE, '#');
    const mixed = new SyntheticTraffic({ protobuf: 3, bundle: 1, json: 1, bundleSize: 20 }, 7);
    const messages = Array.from({ length: 300 }, () => mixed.next());
    // A body of several frames (the connection's frame size is 128 KiB) between the others.
    const large = { ...messages[0], body: randomBytes(300_000), routingKey: 'ingress.event.large' };
    messages.splice(150, 0, large);
    const chunks = framed.encode(messages);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThan(messages.length);
    await framed.write(chunks);
    const got: amqp.GetMessage[] = [];
    const until = Date.now() + 20_000;
    while (got.length < messages.length && Date.now() < until) {
      const m = await ch.get(queue, { noAck: true });
      if (m) got.push(m); else await new Promise((r) => setTimeout(r, 20));
    }
    expect(got).toHaveLength(messages.length);
    got.forEach((m, i) => {
      const sent = messages[i];
      expect([m.fields.exchange, m.fields.routingKey]).toEqual([sent.exchange, sent.routingKey]);
      expect(m.content.equals(sent.body)).toBe(true);
      expect(m.properties).toMatchObject({ contentType: sent.contentType, deliveryMode: 1 });
      expect(m.properties.headers ?? {}).toEqual(sent.headers);
    });
  } finally {
    await framed.close();
    await conn.close().catch(() => undefined);
  }
});

test('the framed publisher refuses to encode or write before it is open', async () => {
  const framed = new FramedPublisher(AMQP_URL, false);
  expect(() => framed.encode([])).toThrow('FramedPublisher is not open');
  await expect(framed.write([])).rejects.toThrow('FramedPublisher is not open');
});
