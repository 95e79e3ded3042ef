import type { SinkRecord } from '../sinks/sink';
import { RecentEvents } from './recent-events';
import { RingBuffer } from './ring-buffer';

const record = (id: string, text = `{"id":"${id}"}`): SinkRecord => ({ id, text, record: {}, routingKey: 'k', contentType: 'application/json', eventKey: 'k', receivedAt: 0 });

test('the ring keeps the last N, newest first', () => {
  const ring = new RingBuffer<number>(3);
  for (let i = 1; i <= 5; i++) ring.push(i);
  expect(ring.newestFirst()).toEqual([5, 4, 3]);
  expect(ring.newestFirst(2)).toEqual([5, 4]);
  const none = new RingBuffer<number>(0);
  none.push(1);
  expect(none.newestFirst()).toEqual([]);
});

test('per route rings with texts cut at the cap; every route merged by time', () => {
  let now = 1000;
  const recent = new RecentEvents(2, 10, () => now++);
  recent.routed('a', record('1'));
  recent.routed('b', record('2'));
  recent.routed('a', record('3', 'x'.repeat(25)));
  recent.routed('a', record('4'));
  expect(recent.recent('a', 10).map((e) => e.id)).toEqual(['4', '3']);
  const cut = recent.recent('a', 10)[1];
  expect(cut).toMatchObject({ text: 'x'.repeat(10), length: 25, truncated: true });
  expect(recent.recent(undefined, 10).map((e) => `${e.route}${e.id}`)).toEqual(['a4', 'a3', 'b2']);
  recent.forget('a');
  expect(recent.recent('a', 10)).toEqual([]);
  expect(new RecentEvents(0).recent('a', 5)).toEqual([]);
});
