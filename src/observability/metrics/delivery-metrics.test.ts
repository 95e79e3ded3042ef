import { Registry } from 'prom-client';
import { parsePrometheusText, sampleValue } from '../../../test/support/prom-text';
import type { SinkRecord } from '../../sinks/sink';
import { DeliveryMetrics } from './delivery-metrics';

const record = (receivedAt: number, publishedAt?: number): SinkRecord => ({
  id: 'x',
  text: '{}',
  record: {},
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'k',
  receivedAt,
  ...(publishedAt ? { publishedAt } : {}),
});

test('a route and sink expose both latency series from their first delivery; a latency that is not a number is skipped', async () => {
  const registry = new Registry();
  const metrics = new DeliveryMetrics(registry, () => 1_000_000);
  metrics.delivered('r "1"', 's\\1', [record(999_000, 990_000), record(999_990), record(Number.NaN)]);
  metrics.delivered('idle', 'file', []);
  const f = parsePrometheusText(await registry.metrics());
  const labels = { route: 'r "1"', sink: 's\\1' };
  expect(sampleValue(f, 'cb_bridge_events_delivered_total', labels)).toBe(3);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_count', { ...labels, start: 'publish' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_sum', { ...labels, start: 'publish' })).toBe(10);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_bucket', { ...labels, start: 'publish', le: '5' })).toBe(0);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_bucket', { ...labels, start: 'publish', le: '10' })).toBe(
    1,
  );
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_count', { ...labels, start: 'receipt' })).toBe(1);
  expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_bucket', { ...labels, start: 'receipt', le: '0.01' })).toBe(
    1,
  );
  for (const start of ['publish', 'receipt']) {
    expect(sampleValue(f, 'cb_bridge_delivery_latency_seconds_count', { route: 'idle', sink: 'file', start })).toBe(0);
  }
});
