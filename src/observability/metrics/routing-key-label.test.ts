import { foldNumbers, knownNotificationTypes, RoutingKeyLabel } from './routing-key-label';
import { BoundedLabel } from './bounded-label';

test('numbered words fold to N', () => {
  expect(foldNumbers('feed.12.storage.hit.process')).toBe('feed.N.storage.hit.process');
  expect(foldNumbers('watchlist.7.hit.process')).toBe('watchlist.N.hit.process');
  expect(foldNumbers('ingress.event.procstart')).toBe('ingress.event.procstart');
});

test('known keys keep their (folded) name; unknown keys are other', () => {
  const known = knownNotificationTypes();
  expect(known.has('feed.storage.hit.process')).toBe(true);
  expect(known.has('common')).toBe(false);
  const label = new RoutingKeyLabel(known);
  expect(label.value('api.events', 'feed.12.storage.hit.process')).toBe('feed.N.storage.hit.process');
  expect(label.value('api.events', 'feed.99.storage.hit.process')).toBe('feed.N.storage.hit.process');
  expect(label.value('api.events', 'ingress.event.netconn')).toBe('ingress.event.netconn');
  expect(label.value('api.events', 'watchlist.3.hit.process')).toBe('watchlist.N.hit.process');
  expect(label.value('api.events', 'some.random.key.8f3a')).toBe('other');
  expect(label.value('api.rawsensordata', 'ingress.rawsensordata')).toBe('ingress.rawsensordata');
  expect(label.value('api.rawsensordata', 'bad key with spaces')).toBe('other');
  expect(label.type('feed.storage.hit.process')).toBe('feed.storage.hit.process');
  expect(label.type('made.up.type')).toBe('other');
});

test('distinct values are capped; later new ones become other', () => {
  const label = new RoutingKeyLabel(new Set(), 3);
  const keys = ['a', 'b', 'c', 'd', 'e'].map((k) => `ingress.event.${k}`);
  expect(keys.map((k) => label.value('api.events', k))).toEqual([...keys.slice(0, 3), 'other', 'other']);
  expect(label.value('api.events', keys[1])).toBe(keys[1]);
  const bounded = new BoundedLabel(10, new Set(['x']));
  expect([bounded.value('x'), bounded.value('y')]).toEqual(['x', 'other']);
});
