import type { InboundMessage } from './inbound-message';
import { parseFieldPath } from './field-path';
import { packTexts } from '../pipeline/offload/packed-texts';
import { ColumnRecords, toColumns } from '../pipeline/offload/record-columns';
import { MessageIdentity, RoutedRecord } from './routed-record';

const message = (routingKey: string, body: string, timestamp?: number): InboundMessage => ({
  exchange: 'api.events',
  routingKey,
  contentType: 'application/json',
  headers: {},
  body: Buffer.from(body),
  receivedAt: 5,
  ...(timestamp ? { timestamp } : {}),
});

test('a message id is 20 hex digits, the same for a redelivered copy, different for another body or routing key', () => {
  const id = new MessageIdentity(message('watchlist.hit.process', '{"a":1}')).value;
  expect(id).toMatch(/^[0-9a-f]{20}$/);
  expect(new MessageIdentity(message('watchlist.hit.process', '{"a":1}')).value).toBe(id);
  expect(new MessageIdentity(message('watchlist.hit.process', '{"a":2}')).value).not.toBe(id);
  expect(new MessageIdentity(message('watchlist.storage.hit.process', '{"a":1}')).value).not.toBe(id);
});

test('message ids are the ones earlier versions gave (receivers that dedupe keep working across an upgrade)', () => {
  // Values from the version that printed the digest's hex and sliced it.
  expect(new MessageIdentity(message('watchlist.hit.process', '{"a":1}')).value).toBe('9f89c740ceb46d74d7c4');
  expect(new MessageIdentity({ ...message('ingress.event.netconn', ''), body: Buffer.alloc(100_000, 7) }).value).toBe(
    '081fcca7870255313a79',
  );
  expect(new MessageIdentity(message('', '')).value).toBe('da39a3ee5e6b4b0d1cd9');
});

test('a routed record carries its message facts and numbers its id within the message', () => {
  const m = message('feed.3.ingress.hit.process', '{}', 1_700_000_000);
  const identity = new MessageIdentity(m);
  const a = new RoutedRecord(identity, 0, m, 'feed.3.ingress.hit.process', { x: 1 }, '{"x":1}', undefined);
  const b = new RoutedRecord(identity, 1, m, 'feed.3.ingress.hit.process', { x: 2 }, '{"x":2}', undefined);
  expect(a.id).toBe(`${identity.value}-0`);
  expect(b.id).toBe(`${identity.value}-1`);
  expect(a.publishedAt).toBe(1_700_000_000_000);
  expect(a).toMatchObject({
    routingKey: 'feed.3.ingress.hit.process',
    contentType: 'application/json',
    receivedAt: 5,
    text: '{"x":1}',
  });
  expect(
    new RoutedRecord(new MessageIdentity(message('k', '{}')), 0, message('k', '{}'), 'k', {}, '{}', undefined)
      .publishedAt,
  ).toBeUndefined();
});

test('an id asked for later is the same id, for small bodies (hashed on demand) and large ones (hashed at once)', () => {
  const small = message('k', '{"a":1}');
  const big = message('k', `{"a":"${'x'.repeat(100_000)}"}`);
  for (const m of [small, big]) {
    const identity = new MessageIdentity(m);
    const later = identity.later(3);
    expect(later()).toBe(`${new MessageIdentity(m).value}-3`);
    expect(new RoutedRecord(identity, 2, m, 'k', null, '{}', undefined).idLater()()).toBe(`${identity.value}-2`);
  }
});

test("an event from a decode worker's answer reads its text and record from the answer's shared blocks", () => {
  const m = message('ingress.event.process', 'bundle');
  const identity = new MessageIdentity(m);
  const texts = packTexts(['{"type":"a"}', '{"type":"naïve ☃"}']);
  const paths = [parseFieldPath('type'), parseFieldPath('sensor_id')];
  const columns = new ColumnRecords(
    toColumns(
      [
        { type: 'a', sensor_id: 1 },
        { type: 'naïve ☃', sensor_id: 2 },
      ],
      paths,
    ),
    paths,
  );
  const [a, b] = [0, 1].map(
    (i) => new RoutedRecord(identity, i, m, 'ingress.event.process', columns, texts, undefined),
  );
  expect(b.utf8!.toString('utf8')).toBe('{"type":"naïve ☃"}');
  expect(b.utf8!.buffer).toBe(texts.bytes.buffer); // a view, not a copy
  expect(b.utf8Length).toBe(Buffer.byteLength('{"type":"naïve ☃"}'));
  expect(b.text).toBe('{"type":"naïve ☃"}');
  expect(a.text).toBe('{"type":"a"}');
  expect(b.record).toEqual({ type: 'naïve ☃', sensor_id: 2 });
  expect(b.record).toBe(b.record); // read twice in a row: the columns keep the record read last
  expect(a.record).toEqual({ type: 'a', sensor_id: 1 });
});

test('a record rendered here as a string has no bytes; one rendered as bytes has no text until asked', () => {
  const m = message('k', '{}');
  const asString = new RoutedRecord(new MessageIdentity(m), 0, m, 'k', null, '{"x":1}', undefined);
  expect(asString.utf8).toBeUndefined();
  expect(asString.utf8Length).toBeUndefined();
  expect(asString.record).toBeNull();
  const bytes = Buffer.from('{"x":1}');
  const asBytes = new RoutedRecord(new MessageIdentity(m), 0, m, 'k', null, bytes, undefined);
  expect(asBytes.utf8).toBe(bytes);
  expect(asBytes.utf8Length).toBe(bytes.length);
  expect(asBytes.text).toBe('{"x":1}');
});
