import { parsePrometheusText, sampleValue } from '../../../test/support/prom-text';
import { DecodeError } from '../../codecs/decode-error';
import { summarize, type DecodeResult } from '../../event/decoded-event';
import type { InboundMessage } from '../../event/inbound-message';
import type { SinkRecord } from '../../sinks/sink';
import { BridgeMetrics } from './bridge-metrics';
import type { RouteRuntime } from './runtime-view';

const message = (over: Partial<InboundMessage> = {}): InboundMessage => ({
  exchange: 'api.events',
  routingKey: 'feed.12.storage.hit.process',
  contentType: 'application/json',
  headers: {},
  body: Buffer.from('{"x":1}'),
  receivedAt: 1_000_000,
  ...over,
});
const record = (m: InboundMessage, id: string): SinkRecord => ({
  id,
  text: '{}',
  record: {},
  routingKey: m.routingKey,
  contentType: m.contentType,
  eventKey: m.routingKey,
  receivedAt: m.receivedAt,
  ...(m.timestamp ? { publishedAt: m.timestamp * 1000 } : {}),
});

async function scrape(metrics: BridgeMetrics): Promise<ReturnType<typeof parsePrometheusText>> {
  return parsePrometheusText(await metrics.text());
}

test('pipeline, delivery and dead-letter hooks move their counters; latency counts from publish or receipt', async () => {
  const now = 1_002_500;
  const metrics = new BridgeMetrics({ processMetrics: false, clock: () => now });
  const p = metrics.pipeline;
  const published = message({ timestamp: 999 }); // epoch seconds: 999_000 ms
  p.received('hits', published);
  const notification = {
    kind: 'notification' as const,
    type: 'feed.storage.hit.process',
    doc: {},
    schemaViolations: ['/x must be string'],
  };
  p.decoded(
    'hits',
    summarize({
      source: published,
      events: [notification, { ...notification, schemaViolations: null }],
      errors: [],
      warnings: [],
    } as DecodeResult),
  );
  const r1 = record(published, 'a');
  const r2 = record(published, 'b');
  p.routed('hits');
  p.routed('hits');
  p.filtered('hits', 3);
  const plain = message({ routingKey: 'nonsense.key' });
  p.received('hits', plain);
  p.decoded(
    'hits',
    summarize({ source: plain, events: [], errors: [new DecodeError('invalid_json', 'bad')], warnings: [] }),
  );
  p.parked('hits');

  metrics.delivery.delivered('hits', 'siem', [r1, r2], now);
  metrics.delivery.delivered('hits', 'siem', [record(plain, 'c')], now); // no AMQP timestamp: counts from receipt
  metrics.delivery.retried('hits', 'siem', 4);
  metrics.delivery.deadLettered('hits', 'siem', 'max_attempts', 1);
  metrics.deadLettersStored([
    {
      id: '1',
      at: '',
      route: 'hits',
      sink: '',
      reason: 'invalid_json',
      detail: '',
      exchange: 'api.events',
      routingKey: 'x',
      contentType: null,
      headers: {},
      body: '',
      bodyEncoding: 'base64',
    },
  ]);
  metrics.operations.reloaded('applied');
  metrics.operations.replayed('replayed', 2);

  const f = await scrape(metrics);
  expect(f.get('cb_bridge_messages_received_total')?.type).toBe('counter');
  expect(
    sampleValue(f, 'cb_bridge_messages_received_total', {
      route: 'hits',
      exchange: 'api.events',
      routing_key: 'feed.N.storage.hit.process',
    }),
  ).toBe(1);
  expect(sampleValue(f, 'cb_bridge_messages_received_total', { route: 'hits', routing_key: 'other' })).toBe(1);
  expect(
    sampleValue(f, 'cb_bridge_events_received_total', { route: 'hits', routing_key: 'feed.N.storage.hit.process' }),
  ).toBe(2);
  expect(sampleValue(f, 'cb_bridge_received_bytes_total', { route: 'hits' })).toBe(14);
  expect(sampleValue(f, 'cb_bridge_decode_errors_total', { route: 'hits', reason: 'invalid_json' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_schema_violations_total', { route: 'hits', type: 'feed.storage.hit.process' })).toBe(
    1,
  );
  expect(sampleValue(f, 'cb_bridge_events_routed_total', { route: 'hits' })).toBe(2);
  expect(sampleValue(f, 'cb_bridge_events_filtered_total', { route: 'hits' })).toBe(3);
  expect(sampleValue(f, 'cb_bridge_messages_parked_total', { route: 'hits' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_events_delivered_total', { route: 'hits', sink: 'siem' })).toBe(3);
  expect(sampleValue(f, 'cb_bridge_events_retried_total', { route: 'hits', sink: 'siem' })).toBe(4);
  expect(sampleValue(f, 'cb_bridge_events_failed_total', { route: 'hits', sink: 'siem', reason: 'max_attempts' })).toBe(
    1,
  );
  expect(sampleValue(f, 'cb_bridge_dead_letters_total', { route: 'hits', sink: '', reason: 'invalid_json' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_reloads_total', { outcome: 'applied' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_dead_letter_replays_total', { outcome: 'replayed' })).toBe(2);
  // Two records published at 999 s, accepted at 1002.5 s: 3.5 s; one received at 1000 s: 2.5 s.
  expect(f.get('cb_bridge_delivery_latency_seconds')?.type).toBe('histogram');
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_count', { start: 'publish' })).toBe(2);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_sum', { start: 'publish' })).toBeCloseTo(7);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_bucket', { start: 'publish', le: '2.5' })).toBe(0);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_bucket', { start: 'publish', le: '5' })).toBe(2);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_bucket', { start: 'receipt', le: '2.5' })).toBe(1);
});

test('scrape-time gauges follow the live bridge; removed routes disappear; the queue poller sets broker depths', async () => {
  const metrics = new BridgeMetrics({ processMetrics: true });
  let state = 'connecting';
  let reconnects = 0;
  let routes: RouteRuntime[] = [
    {
      name: 'a',
      queue: 'q.a',
      paused: false,
      inFlight: 5,
      sinks: [
        {
          name: 'web',
          health: { state: 'up', lastError: null, lastErrorAt: null, inFlight: 2, queueDepth: 7, breaker: 'half-open' },
        },
      ],
    },
    {
      name: 'b',
      queue: 'q.b',
      paused: true,
      inFlight: 0,
      sinks: [
        { name: 'file', health: { state: 'down', lastError: 'EIO', lastErrorAt: 1, inFlight: 0, queueDepth: 0 } },
      ],
    },
  ];
  const view = { amqp: () => ({ state, reconnects }), routes: () => routes };
  metrics.watch(view);
  let f = await scrape(metrics);
  expect(sampleValue(f, 'cb_bridge_amqp_connected')).toBe(0);
  expect(sampleValue(f, 'cb_bridge_amqp_connection_state', { state: 'connecting' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_messages_in_flight', { route: 'a' })).toBe(5);
  expect(sampleValue(f, 'cb_bridge_route_paused', { route: 'b' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_sink_queue_depth', { route: 'a', sink: 'web' })).toBe(7);
  expect(sampleValue(f, 'cb_bridge_sink_in_flight', { route: 'a', sink: 'web' })).toBe(2);
  expect(sampleValue(f, 'cb_bridge_sink_breaker_state', { route: 'a', sink: 'web' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_sink_state', { route: 'b', sink: 'file', state: 'down' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_sink_state', { route: 'b', sink: 'file', state: 'up' })).toBe(0);
  expect(f.has('process_cpu_user_seconds_total')).toBe(true);
  expect(f.has('nodejs_eventloop_lag_seconds')).toBe(true);

  state = 'connected';
  reconnects = 3;
  routes = routes.slice(0, 1);
  const depths: Record<string, number | null> = { 'q.a': 42 };
  const poller = metrics.pollQueues(view, async (q) => depths[q] ?? null, 0);
  await poller.poll();
  f = await scrape(metrics);
  expect(sampleValue(f, 'cb_bridge_amqp_connected')).toBe(1);
  expect(sampleValue(f, 'cb_bridge_amqp_reconnects_total')).toBe(3);
  expect(f.get('cb_bridge_messages_in_flight')?.samples.map((s) => s.labels.route)).toEqual(['a']);
  expect(sampleValue(f, 'cb_bridge_broker_queue_messages', { route: 'a', queue: 'q.a' })).toBe(42);
  reconnects = 4;
  f = await scrape(metrics);
  expect(sampleValue(f, 'cb_bridge_amqp_reconnects_total')).toBe(4);
  metrics.stop();
});

test('two bridges in one process keep separate registries', async () => {
  const a = new BridgeMetrics();
  const b = new BridgeMetrics();
  a.operations.reloaded('rejected');
  expect(sampleValue(parsePrometheusText(await a.text()), 'cb_bridge_reloads_total', { outcome: 'rejected' })).toBe(1);
  expect(sampleValue(parsePrometheusText(await b.text()), 'cb_bridge_reloads_total', { outcome: 'rejected' })).toBe(0);
});

test("sink reconnects and oversize events are counters fed from the sinks' running totals, per route and sink", async () => {
  const metrics = new BridgeMetrics({ processMetrics: false });
  const health = {
    state: 'up' as const,
    lastError: null,
    lastErrorAt: null,
    inFlight: 0,
    queueDepth: 0,
    reconnects: 2,
    oversize: 0,
  };
  let routes: RouteRuntime[] = [
    {
      name: 'siem',
      queue: 'q',
      paused: false,
      inFlight: 0,
      sinks: [
        { name: 'tcp', health },
        { name: 'file', health: { ...health, reconnects: undefined, oversize: undefined } },
      ],
    },
  ];
  metrics.watch({ amqp: () => ({ state: 'connected', reconnects: 0 }), routes: () => routes });
  let f = await scrape(metrics);
  expect(sampleValue(f, 'cb_bridge_sink_reconnects_total', { route: 'siem', sink: 'tcp' })).toBe(2);
  expect(sampleValue(f, 'cb_bridge_sink_oversize_events_total', { route: 'siem', sink: 'tcp' })).toBe(0);
  expect(f.get('cb_bridge_sink_reconnects_total')?.samples.map((s) => s.labels.sink)).toEqual(['tcp']);
  routes = [{ ...routes[0], sinks: [{ name: 'tcp', health: { ...health, reconnects: 5, oversize: 3 } }] }];
  f = await scrape(metrics);
  expect(sampleValue(f, 'cb_bridge_sink_reconnects_total', { route: 'siem', sink: 'tcp' })).toBe(5);
  expect(sampleValue(f, 'cb_bridge_sink_oversize_events_total', { route: 'siem', sink: 'tcp' })).toBe(3);
  // A sink rebuilt by a reload starts again from zero: the counter keeps what it had and adds from there.
  routes = [{ ...routes[0], sinks: [{ name: 'tcp', health: { ...health, reconnects: 1, oversize: 0 } }] }];
  await scrape(metrics);
  routes = [{ ...routes[0], sinks: [{ name: 'tcp', health: { ...health, reconnects: 2, oversize: 0 } }] }];
  f = await scrape(metrics);
  expect(sampleValue(f, 'cb_bridge_sink_reconnects_total', { route: 'siem', sink: 'tcp' })).toBe(6);
});
