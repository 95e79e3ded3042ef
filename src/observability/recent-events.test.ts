import type { SinkRecord } from '../sinks/sink';
import { RecentEvents, RingBuffer } from './recent-events';

const record = (id: string, text = `{"id":"${id}"}`): SinkRecord => ({
  id,
  text,
  record: {},
  routingKey: 'k',
  contentType: 'application/json',
  eventKey: 'k',
  receivedAt: 0,
});

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

/** A record that arrived as UTF-8 bytes; counts how often its text is built. */
function byteRecord(id: string, text: string): SinkRecord & { textReads: number } {
  const utf8 = Buffer.from(text, 'utf8');
  const r = {
    id,
    record: null,
    routingKey: 'k',
    contentType: 'application/json',
    eventKey: 'k',
    receivedAt: 0,
    utf8,
    textReads: 0,
    get text(): string {
      r.textReads++;
      return utf8.toString('utf8');
    },
  };
  return r;
}

test('events that arrived as bytes are shown like texts, without building their text when routed', () => {
  const recent = new RecentEvents(5, 10);
  const samples = ['{"a":"é"}', 'naïve ☃ 🚀 and more text', `${'€'.repeat(30)}🚀`, 'é'.repeat(41)];
  const records = samples.map((t, i) => byteRecord(String(i), t));
  for (const r of records) recent.routed('r', r);
  expect(records.map((r) => r.textReads)).toEqual([0, 0, 0, 0]);
  const shown = recent.recent('r', 10).reverse();
  samples.forEach((t, i) => {
    expect(shown[i]).toMatchObject({
      text: t.length > 10 ? t.slice(0, 10) : t,
      length: t.length,
      truncated: t.length > 10,
    });
  });
});

test("bytes inside a decode worker's answer are kept by reference; inside a large one, copied (the answer is not held)", () => {
  const recent = new RecentEvents(5, 100);
  const answer = Buffer.from('{"n":1}{"n":2}');
  const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
  big.write('{"n":3}', 0);
  const viewOf = (buf: Buffer, start: number, end: number, id: string): SinkRecord => ({
    ...byteRecord(id, ''),
    utf8: buf.subarray(start, end),
    text: buf.toString('utf8', start, end),
  });
  recent.routed('r', viewOf(answer, 7, 14, 'small'));
  recent.routed('r', viewOf(big, 0, 7, 'big'));
  // The memory is written over after routing: only the kept reference sees it.
  answer.write('{"n":9}', 7);
  big.write('{"n":8}', 0);
  const shown = Object.fromEntries(recent.recent('r', 5).map((e) => [e.id, e.text]));
  expect(shown).toEqual({ small: '{"n":9}', big: '{"n":3}' });
});
