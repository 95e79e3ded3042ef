import type { Channel } from 'amqplib';
import { AckBatcher } from './ack-batcher';

/** Records what the batcher sends to the broker (the real channel is exercised by the integration tests). */
function recordingChannel() {
  const calls: string[] = [];
  const ch = {
    ack: (m: { fields: { deliveryTag: number } }, multiple: boolean) =>
      calls.push(`ack ${m.fields.deliveryTag}${multiple ? ' multiple' : ''}`),
    nack: (m: { fields: { deliveryTag: number } }, _multiple: boolean, requeue: boolean) =>
      calls.push(`nack ${m.fields.deliveryTag}${requeue ? ' requeue' : ''}`),
  } as unknown as Channel;
  return { ch, calls };
}

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

test('acks with multiple up to the highest contiguous completed tag, once per turn', async () => {
  const { ch, calls } = recordingChannel();
  const b = new AckBatcher(ch);
  for (let t = 1; t <= 5; t++) b.track(t);
  b.complete(2);
  b.complete(1);
  b.complete(4);
  await turn();
  expect(calls).toEqual(['ack 2 multiple']);
  b.complete(3);
  b.complete(5);
  await turn();
  expect(calls).toEqual(['ack 2 multiple', 'ack 5 multiple']);
  expect(b.outstanding()).toBe(0);
});

test('many completions behind a slow message are acked one by one, never twice', async () => {
  const { ch, calls } = recordingChannel();
  const b = new AckBatcher(ch, 3);
  for (let t = 1; t <= 6; t++) b.track(t);
  for (const t of [2, 3, 4]) b.complete(t);
  await turn();
  expect(calls).toEqual(['ack 2', 'ack 3', 'ack 4']);
  b.complete(1);
  b.complete(5);
  b.complete(6);
  await turn();
  // 1 is acked with multiple at 6 (2-4 are already acked and are not outstanding any more).
  expect(calls.slice(3)).toEqual(['ack 6 multiple']);
});

test('a requeued delivery is nacked and skipped by later multiple acks', async () => {
  const { ch, calls } = recordingChannel();
  const b = new AckBatcher(ch);
  for (let t = 1; t <= 3; t++) b.track(t);
  b.requeue(3);
  b.complete(1);
  b.complete(2);
  await turn();
  expect(calls).toEqual(['nack 3 requeue', 'ack 2 multiple']);
});

test('after the channel is lost nothing is acked (the broker redelivers)', async () => {
  const { ch, calls } = recordingChannel();
  const b = new AckBatcher(ch);
  b.track(1);
  b.markLost();
  b.complete(1);
  b.requeue(1);
  await turn();
  expect(calls).toEqual([]);
});
