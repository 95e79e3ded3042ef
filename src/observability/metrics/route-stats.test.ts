import { DecodeError } from '../../codecs/decode-error';
import { summarize, type DecodeResult } from '../../event/decoded-event';
import type { InboundMessage } from '../../event/inbound-message';
import type { SinkRecord } from '../../sinks/sink';
import { BridgeMetrics } from './bridge-metrics';
import { RouteStats } from './route-stats';

const message = (routingKey: string): InboundMessage => ({
  exchange: 'api.events',
  routingKey,
  contentType: 'application/json',
  headers: {},
  body: Buffer.from('{"x":1}'),
  receivedAt: 1_000_000,
});
const record = (id: string): SinkRecord => ({
  id,
  text: '{}',
  record: {},
  routingKey: 'k',
  contentType: 'application/json',
  eventKey: 'k',
  receivedAt: 1_000_000,
});

test('status counters are the Prometheus counters summed by route and sink, with rates over the last minute', async () => {
  let now = 1_000_000;
  const metrics = new BridgeMetrics({ processMetrics: false, clock: () => now });
  const stats = new RouteStats(metrics.registry, () => now);
  const p = metrics.pipeline;
  // two routing keys (two series) for one route: the status sums them
  for (const key of ['feed.1.storage.hit.process', 'watchlist.hit.process', 'watchlist.hit.process']) {
    const m = message(key);
    p.received('hits', m);
    p.decoded(
      'hits',
      summarize({
        source: m,
        events: [{ kind: 'notification', type: key, doc: {}, schemaViolations: null }],
        errors: [],
        warnings: [],
      } as DecodeResult),
    );
    p.routed('hits');
  }
  const bad = message('nonsense');
  p.received('hits', bad);
  p.decoded(
    'hits',
    summarize({ source: bad, events: [], errors: [new DecodeError('invalid_json', 'bad')], warnings: [] }),
  );
  p.filtered('hits', 2);
  p.parked('hits');
  p.received('other', message('watchlist.hit.process'));
  metrics.delivery.delivered('hits', 'siem', [record('a'), record('b')], now);
  metrics.delivery.delivered('hits', 'archive', [record('c')], now);
  metrics.delivery.retried('hits', 'siem', 4);
  metrics.delivery.deadLettered('hits', 'siem', 'max_attempts', 1);

  now += 10_000;
  const numbers = await stats.snapshot(['hits', 'other', 'idle']);
  expect(numbers.get('hits')!.counters).toEqual({
    received: 4,
    events: 3,
    routed: 3,
    filtered: 2,
    decodeErrors: 1,
    parked: 1,
  });
  expect(numbers.get('hits')!.rates.received).toBeCloseTo(0.4);
  expect(numbers.get('hits')!.sinks).toEqual({
    siem: { counters: { delivered: 2, retried: 4, failed: 1 }, rates: { delivered: expect.closeTo(0.2) } },
    archive: { counters: { delivered: 1, retried: 0, failed: 0 }, rates: { delivered: expect.closeTo(0.1) } },
  });
  expect(numbers.get('other')!.counters.received).toBe(1);
  expect(numbers.get('idle')).toEqual({
    counters: { received: 0, events: 0, routed: 0, filtered: 0, decodeErrors: 0, parked: 0 },
    rates: { received: 0, routed: 0 },
    sinks: {},
  });
  // what /metrics says is what the status says
  expect(await metrics.text()).toContain('cb_bridge_events_delivered_total{route="hits",sink="siem"} 2');
});
