import type { InboundMessage } from '../codecs/inbound-message';
import { MessageIdentity, RoutedRecord } from './routed-record';

const message = (routingKey: string, body: string, timestamp?: number): InboundMessage => ({
  exchange: 'api.events', routingKey, contentType: 'application/json', headers: {}, body: Buffer.from(body), receivedAt: 5, ...(timestamp ? { timestamp } : {}),
});

test('a message id is 20 hex digits, the same for a redelivered copy, different for another body or routing key', () => {
  const id = new MessageIdentity(message('watchlist.hit.process', '{"a":1}')).value;
  expect(id).toMatch(/^[0-9a-f]{20}$/);
  expect(new MessageIdentity(message('watchlist.hit.process', '{"a":1}')).value).toBe(id);
  expect(new MessageIdentity(message('watchlist.hit.process', '{"a":2}')).value).not.toBe(id);
  expect(new MessageIdentity(message('watchlist.storage.hit.process', '{"a":1}')).value).not.toBe(id);
});

test('a routed record carries its message facts and numbers its id within the message', () => {
  const m = message('feed.3.ingress.hit.process', '{}', 1_700_000_000);
  const identity = new MessageIdentity(m);
  const a = new RoutedRecord(identity, 0, m, 'feed.3.ingress.hit.process', { x: 1 }, '{"x":1}', undefined);
  const b = new RoutedRecord(identity, 1, m, 'feed.3.ingress.hit.process', { x: 2 }, '{"x":2}', undefined);
  expect(a.id).toBe(`${identity.value}-0`);
  expect(b.id).toBe(`${identity.value}-1`);
  expect(a.publishedAt).toBe(1_700_000_000_000);
  expect(a).toMatchObject({ routingKey: 'feed.3.ingress.hit.process', contentType: 'application/json', receivedAt: 5, text: '{"x":1}' });
  expect(new RoutedRecord(new MessageIdentity(message('k', '{}')), 0, message('k', '{}'), 'k', {}, '{}', undefined).publishedAt).toBeUndefined();
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
