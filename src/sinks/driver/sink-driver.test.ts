import { SinkDriver } from './sink-driver';
import type { FinalOutcome } from './pending-item';
import {
  DEFAULT_DELIVERY_POLICY,
  type DeliveryOutcome,
  type DeliveryPolicy,
  type Sink,
  type SinkRecord,
} from '../sink';
import { silentLogger } from '../../observability/logger';

/** A sink whose answers the test scripts, recording every batch it was sent. */
class ScriptedSink implements Sink {
  readonly type = 'scripted';
  readonly name = 'scripted';
  batches: string[][] = [];
  answer: (r: SinkRecord, call: number) => DeliveryOutcome = () => ({ status: 'accepted' });
  async start(): Promise<void> {}
  async send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    this.batches.push(batch.map((r) => r.id));
    const call = this.batches.length;
    return batch.map((r) => this.answer(r, call));
  }
  health() {
    return { state: 'up' as const, lastError: null, lastErrorAt: null };
  }
  async close(): Promise<void> {}
}

const record = (id: string, text = `{"id":"${id}"}`): SinkRecord => ({
  id,
  text,
  record: {},
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'k',
  receivedAt: 0,
});

function setup(policy: Partial<DeliveryPolicy> = {}) {
  const sink = new ScriptedSink();
  const driver = new SinkDriver(
    sink,
    { ...DEFAULT_DELIVERY_POLICY, lingerMs: 5, backoffInitialMs: 5, backoffMaxMs: 20, ...policy },
    'route',
    silentLogger(),
  );
  const outcomes = new Map<string, FinalOutcome>();
  // One callback for every record, as a route hands a message's events: the record tells them apart.
  const onDone = (o: FinalOutcome, r: SinkRecord): void => {
    outcomes.set(r.id, o);
  };
  const submit = (id: string, text?: string) => driver.submit(record(id, text), onDone);
  return { sink, driver, outcomes, submit };
}

const settled = async (outcomes: Map<string, FinalOutcome>, n: number): Promise<void> => {
  for (let i = 0; i < 500 && outcomes.size < n; i++) await new Promise((r) => setTimeout(r, 5));
};

test('batches by count, keeps order, and answers every record once', async () => {
  const { sink, outcomes, submit } = setup({ batchMaxEvents: 3 });
  for (let i = 0; i < 7; i++) submit(`r${i}`);
  await settled(outcomes, 7);
  expect(sink.batches).toEqual([['r0', 'r1', 'r2'], ['r3', 'r4', 'r5'], ['r6']]);
  expect([...outcomes.values()].every((o) => o.status === 'delivered')).toBe(true);
});

test('batches by bytes', async () => {
  const { sink, outcomes, submit } = setup({ batchMaxBytes: 25 });
  for (let i = 0; i < 4; i++) submit(`r${i}`, 'x'.repeat(12));
  await settled(outcomes, 4);
  expect(sink.batches.map((b) => b.length)).toEqual([2, 2]);
});

test('batches by the UTF-8 size a record states, without reading its bytes or text', async () => {
  const { sink, driver, outcomes } = setup({ batchMaxBytes: 25 });
  const sized = (id: string): SinkRecord => ({
    ...record(id),
    utf8Length: 12,
    get utf8(): Buffer {
      throw new Error('bytes read for sizing');
    },
    get text(): string {
      throw new Error('text read for sizing');
    },
  });
  for (let i = 0; i < 4; i++)
    driver.submit(sized(`r${i}`), (o, r) => {
      outcomes.set(r.id, o);
    });
  await settled(outcomes, 4);
  expect(sink.batches.map((b) => b.length)).toEqual([2, 2]);
});

test('retryable records are retried, together, until accepted', async () => {
  const { sink, outcomes, submit } = setup({ batchMaxEvents: 10 });
  sink.answer = (_r, call) => (call < 3 ? { status: 'retryable', error: 'HTTP 503' } : { status: 'accepted' });
  for (let i = 0; i < 4; i++) submit(`r${i}`);
  await settled(outcomes, 4);
  expect(sink.batches).toEqual([
    ['r0', 'r1', 'r2', 'r3'],
    ['r0', 'r1', 'r2', 'r3'],
    ['r0', 'r1', 'r2', 'r3'],
  ]);
  expect([...outcomes.values()].every((o) => o.status === 'delivered')).toBe(true);
});

test('failed records are dead-lettered at once; the rest of the batch is delivered', async () => {
  const { sink, outcomes, submit } = setup();
  sink.answer = (r) => (r.id === 'bad' ? { status: 'failed', error: 'HTTP 400' } : { status: 'accepted' });
  submit('ok1');
  submit('bad');
  submit('ok2');
  await settled(outcomes, 3);
  expect(outcomes.get('bad')).toEqual({ status: 'dead_letter', reason: 'sink_failed', error: 'HTTP 400' });
  expect(outcomes.get('ok1')).toEqual({ status: 'delivered' });
  expect(outcomes.get('ok2')).toEqual({ status: 'delivered' });
  expect(sink.batches).toHaveLength(1);
});

test('gives up after max_attempts with the last error', async () => {
  const { sink, outcomes, submit } = setup({ maxAttempts: 3 });
  sink.answer = () => ({ status: 'retryable', error: 'timeout' });
  submit('r');
  await settled(outcomes, 1);
  expect(outcomes.get('r')).toEqual({ status: 'dead_letter', reason: 'max_attempts', error: 'timeout' });
  expect(sink.batches).toHaveLength(3);
});

test('a throwing sink counts as retryable for the whole batch', async () => {
  const { sink, outcomes, submit } = setup();
  let calls = 0;
  sink.send = async (batch) => {
    calls++;
    if (calls === 1) throw new Error('socket hang up');
    return batch.map(() => ({ status: 'accepted' as const }));
  };
  submit('a');
  submit('b');
  await settled(outcomes, 2);
  expect(calls).toBe(2);
  expect(outcomes.get('a')).toEqual({ status: 'delivered' });
});

test('a cancelled record is not sent, and its late outcome is ignored', async () => {
  const { sink, outcomes, submit } = setup({ lingerMs: 20 });
  const item = submit('gone');
  submit('kept');
  item.cancelled = true;
  await settled(outcomes, 1);
  await new Promise((r) => setTimeout(r, 30));
  expect(sink.batches.flat()).toEqual(['kept']);
  expect(outcomes.has('gone')).toBe(false);
});

test('drain waits for queued and in-flight records; health reports depth and the last error', async () => {
  const { sink, driver, outcomes, submit } = setup();
  sink.answer = (_r, call) => (call === 1 ? { status: 'retryable', error: 'busy' } : { status: 'accepted' });
  submit('a');
  expect(driver.health().queueDepth).toBe(1);
  expect(await driver.drain(2000)).toBe(true);
  expect(outcomes.get('a')).toEqual({ status: 'delivered' });
  expect(driver.health()).toMatchObject({ queueDepth: 0, inFlight: 0, lastError: 'busy' });
});

test('a Retry-After in the answer is the delay, not a backoff grown through a long outage', async () => {
  const { sink, outcomes, submit } = setup({ backoffInitialMs: 5, backoffMaxMs: 600_000 });
  // Twelve "come back in 10 ms" answers: grown exponentially, the twelfth backoff would be about 10 s.
  sink.answer = (_r, call) =>
    call <= 12 ? { status: 'retryable', error: 'HTTP 503', retryAfterMs: 10 } : { status: 'accepted' };
  submit('r0');
  await settled(outcomes, 1);
  expect(outcomes.get('r0')).toEqual({ status: 'delivered' });
  expect(sink.batches).toHaveLength(13);
});

test('a record the sink throws on while encoding is dead-lettered alone; the others of its batch are delivered', async () => {
  const { sink, outcomes, submit } = setup({ batchMaxEvents: 10 });
  const send = sink.send.bind(sink);
  sink.send = async (batch) => {
    if (batch.some((r) => r.text === 'poison')) {
      sink.batches.push(batch.map((r) => r.id));
      throw new RangeError('Maximum call stack size exceeded');
    }
    return send(batch);
  };
  submit('a');
  submit('p', 'poison');
  submit('b');
  await settled(outcomes, 3);
  expect(outcomes.get('a')).toEqual({ status: 'delivered' });
  expect(outcomes.get('b')).toEqual({ status: 'delivered' });
  expect(outcomes.get('p')).toEqual({
    status: 'dead_letter',
    reason: 'sink_failed',
    error: 'the sink could not encode the event: Maximum call stack size exceeded',
  });
  expect(sink.batches[0]).toEqual(['a', 'p', 'b']);
});
