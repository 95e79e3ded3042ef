import { Producer, type Connection } from '@platformatic/kafka';
import { listenForConnectionErrors } from '../../src/sinks/kafka/service';
import { KAFKA_BROKERS } from '../support/kafka';

/**
 * A broker connection can fail more than once (a broker restarting while requests are written: a reset, then a
 * broken pipe). The client's pool listens for a connection's first error only; without a listener of the sink's own
 * the second error would end the process.
 */
jest.setTimeout(60_000);

async function connectedProducer(guard: boolean): Promise<{ producer: Producer; connections: Connection[] }> {
  const producer = new Producer({ clientId: 'connection-errors-test', bootstrapBrokers: KAFKA_BROKERS, retries: 0 });
  const connections: Connection[] = [];
  producer.on('client:broker:connect', ({ connection }) => connections.push(connection));
  if (guard) listenForConnectionErrors(producer);
  await producer.metadata({ topics: [] });
  return { producer, connections };
}

test("the client alone: a connection's second error has no listener left", async () => {
  const { producer, connections } = await connectedProducer(false);
  try {
    expect(connections.length).toBeGreaterThan(0);
    const connection = connections[0];
    connection.emit('error', new Error('connection reset'));
    expect(() => connection.emit('error', new Error('broken pipe'))).toThrow('broken pipe');
  } finally {
    await producer.close(true).catch(() => undefined);
  }
});

test('with the sink listening, repeated errors on every connection are taken, and the producer connects again', async () => {
  const { producer, connections } = await connectedProducer(true);
  try {
    expect(connections.length).toBeGreaterThan(0);
    for (const connection of [...connections])
      for (const why of ['connection reset', 'broken pipe', 'broken pipe again'])
        expect(() => connection.emit('error', new Error(why))).not.toThrow();
    const brokers = await producer.metadata({ topics: [], forceUpdate: true });
    expect(brokers.brokers.size).toBeGreaterThan(0);
  } finally {
    await producer.close(true).catch(() => undefined);
  }
});
