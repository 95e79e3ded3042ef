import { bindingsFor } from './bindings';
import type { RouteSpec } from '../../config/route-config';

const sinks = [{ type: 'stdout' }];

test('api.events binds each match pattern; the queue is prefix.name', () => {
  const routes: RouteSpec[] = [{ name: 'hits', match: ['feed.*.storage.hit.process', 'watchlist.#'], sinks }];
  expect(bindingsFor(routes, 'cb-event-bridge')).toEqual([
    {
      route: 'hits',
      queue: 'cb-event-bridge.hits',
      bindings: [
        { exchange: 'api.events', pattern: 'feed.*.storage.hit.process' },
        { exchange: 'api.events', pattern: 'watchlist.#' },
      ],
    },
  ]);
});

test('api.rawsensordata binds `#` once, whatever the patterns', () => {
  const routes: RouteSpec[] = [
    {
      name: 'raw-only',
      match: ['ingress.event.netconn', 'ingress.event.process'],
      exchanges: ['api.rawsensordata'],
      sinks,
    },
    { name: 'both', match: ['ingress.event.*'], exchanges: ['api.events', 'api.rawsensordata'], sinks },
  ];
  const [rawOnly, both] = bindingsFor(routes, 'soc');
  expect(rawOnly).toEqual({
    route: 'raw-only',
    queue: 'soc.raw-only',
    bindings: [{ exchange: 'api.rawsensordata', pattern: '#' }],
  });
  expect(both.bindings).toEqual([
    { exchange: 'api.events', pattern: 'ingress.event.*' },
    { exchange: 'api.rawsensordata', pattern: '#' },
  ]);
});

test('repeated patterns bind once; no routes, no queues; input untouched', () => {
  const routes: RouteSpec[] = [{ name: 'r', match: ['a.#', 'a.#'], sinks }];
  const before = structuredClone(routes);
  expect(bindingsFor(routes, 'p')[0].bindings).toEqual([{ exchange: 'api.events', pattern: 'a.#' }]);
  expect(routes).toEqual(before);
  expect(bindingsFor([], 'p')).toEqual([]);
});
