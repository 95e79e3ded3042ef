import { join } from 'node:path';
import amqp from 'amqplib';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic } from '../../src/simulate/traffic';
import { EVENTS_EXCHANGE } from '../../src/event/inbound-message';
import { AMQP_URL, uniquePrefix, deleteByPrefix, waitFor, queueInfo } from '../support/broker';
import { startBridge, tempDir, jsonLines, lines } from '../support/bridge-fixture';

jest.setTimeout(90_000);

test('dead letters go to an AMQP exchange with the original body and the reason in headers', async () => {
  const dir = tempDir('dlx');
  const prefix = uniquePrefix('dlx');
  const exchange = `${prefix}.dead`;
  const conn = await amqp.connect(AMQP_URL);
  const ch = await conn.createChannel();
  await ch.assertExchange(exchange, 'topic', { durable: false, autoDelete: true });
  const { queue } = await ch.assertQueue('', { exclusive: true });
  await ch.bindQueue(queue, exchange, '#');
  const got: amqp.ConsumeMessage[] = [];
  await ch.consume(queue, (m) => {
    if (m) {
      got.push(m);
      ch.ack(m);
    }
  });
  const { bridge } = await startBridge(
    dir,
    `
dead_letter: { type: amqp, exchange: ${exchange} }
routes:
  - name: all
    match: ["#"]
    sinks: [{ type: file, path: ${join(dir, 'out.jsonl')} }]
`,
    prefix,
  );
  const publisher = new CbPublisher({ url: AMQP_URL, declare: true, persistent: false });
  await publisher.open();
  try {
    const poison = Buffer.from('{"not": "closed"');
    await publisher.publish({
      exchange: EVENTS_EXCHANGE,
      routingKey: 'watchlist.hit.process',
      contentType: 'application/json',
      headers: { 'x-test': 'kept' },
      body: poison,
      events: 1,
      firstSeq: -1,
    });
    await publisher.publish(new SyntheticTraffic(undefined, 3).next('protobuf'));
    await publisher.flush();
    expect(await waitFor(() => got.length >= 1 && lines(join(dir, 'out.jsonl')).length >= 1, 20_000)).toBe(true);
    const m = got[0];
    expect(m.content.equals(poison)).toBe(true);
    expect(m.fields.routingKey).toBe('watchlist.hit.process');
    expect(m.properties.headers).toMatchObject({
      'x-cb-bridge-reason': 'invalid_json',
      'x-cb-bridge-route': 'all',
      'x-test': 'kept',
      'x-cb-bridge-original-exchange': EVENTS_EXCHANGE,
    });
    expect(await waitFor(async () => ((await queueInfo(`${prefix}.all`))?.messages ?? 1) === 0, 10_000, 300)).toBe(
      true,
    );
  } finally {
    await publisher.close();
    await bridge.stop();
    await conn.close();
    await deleteByPrefix(prefix);
  }
});

test('a bounded route queue drops its oldest messages into dead letters instead of growing', async () => {
  const dir = tempDir('overflow');
  const prefix = uniquePrefix('overflow');
  // A routing key of this test's own, so traffic other test runs publish on the broker cannot reach it.
  const routes = `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: all
    match: ["${prefix}.#"]
    format: decoded
    sinks: [{ type: file, path: ${join(dir, 'out.jsonl')} }]
`;
  const env = { CB_BRIDGE_QUEUE_MAX_LENGTH: '50' };
  // Declare the topology, then stop consuming: the queue fills while nobody reads it.
  let { bridge } = await startBridge(dir, routes, prefix, env);
  await bridge.stop();
  const publisher = new CbPublisher({ url: AMQP_URL, declare: true, persistent: false });
  await publisher.open();
  const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 5);
  try {
    for (let i = 0; i < 200; i++) await publisher.publish({ ...traffic.next(), routingKey: `${prefix}.event` });
    await publisher.flush();
    expect(await waitFor(async () => (await queueInfo(`${prefix}.all`))?.messages === 50, 10_000, 200)).toBe(true);
    ({ bridge } = await startBridge(dir, routes, prefix, env));
    expect(
      await waitFor(
        () => lines(join(dir, 'out.jsonl')).length === 50 && lines(join(dir, 'dead.jsonl')).length === 50,
        30_000,
      ),
    ).toBe(true);
    const delivered = jsonLines(join(dir, 'out.jsonl')).map(
      (l) => (l as { message: { header: { eventid: number } } }).message.header.eventid,
    );
    // the newest 50 stay
    expect(delivered.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => 150 + i));
    const dead = jsonLines(join(dir, 'dead.jsonl'));
    // The overflow queue is bounded too: of the 150 dropped from the route queue, the newest 50 are kept.
    expect(dead).toHaveLength(50);
    for (const d of dead)
      expect(d).toMatchObject({ reason: 'queue_overflow', route: 'all', routingKey: `${prefix}.event` });
  } finally {
    await publisher.close();
    await bridge.stop();
    await deleteByPrefix(prefix);
  }
});
