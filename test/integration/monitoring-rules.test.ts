/**
 * The Grafana dashboard and the Prometheus alert rules in deploy/: they parse, promtool accepts
 * the rules and passes their unit tests, and every metric they query is one the bridge's registry
 * really exports (a renamed metric would otherwise leave an empty panel or an alert that never fires).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BridgeMetrics } from '../../src/observability/metrics/bridge-metrics';
import { unitBridge } from '../support/admin-fixture';
import { deployTool } from '../support/deploy-tools';

const ROOT = join(__dirname, '..', '..');
const RULES = join(ROOT, 'deploy', 'prometheus', 'cb-event-bridge.rules.yaml');
const RULE_TESTS = join(ROOT, 'deploy', 'prometheus', 'cb-event-bridge.rules.test.yaml');
const DASHBOARD = join(ROOT, 'deploy', 'grafana', 'cb-event-bridge.dashboard.json');
/** Series Prometheus makes itself, not the bridge. */
const PROMETHEUS_SERIES = new Set(['up']);

interface Panel {
  type: string;
  title: string;
  targets?: Array<{ expr: string }>;
  gridPos: { x: number; y: number; w: number; h: number };
}
interface Rule {
  alert: string;
  expr: string;
  labels: { severity: string };
  annotations: { summary: string; description: string };
}

const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
  uid: string;
  panels: Panel[];
  templating: { list: Array<{ name: string }> };
};
const rules = (parse(readFileSync(RULES, 'utf8')) as { groups: Array<{ rules: Rule[] }> }).groups.flatMap(
  (g) => g.rules,
);

/**
 * Metric names in a PromQL expression (identifiers followed by a selector, a range or nothing that makes them a label
 * or function).
 */
function metricNames(expr: string): string[] {
  const names = expr.match(/\b(?:cb_bridge|process|nodejs)_[a-z0-9_]+\b|\bup\b(?=\{)/g) ?? [];
  return [...new Set(names)];
}

let exported: Set<string>;

beforeAll(async () => {
  // A bridge with its scrape-time gauges and queue poller registered, plus the process metrics.
  const bridge = await unitBridge(
    (dir) =>
      `dead_letter: { type: file, path: ${dir}/dead.jsonl }\nroutes:\n  - name: r\n    match: ["#"]\n    sinks: [{ type: webhook, url: "http://127.0.0.1:9/x" }]\n`,
  );
  const names = new Set<string>();
  for (const registry of [bridge.runtime.observability.metrics.registry, new BridgeMetrics().registry]) {
    for (const m of registry.getMetricsAsArray()) {
      names.add(m.name);
      if ((m as unknown as { type: string }).type === 'histogram')
        for (const s of ['_bucket', '_sum', '_count']) names.add(`${m.name}${s}`);
    }
  }
  await bridge.close();
  exported = names;
});

test('every metric the dashboard and the alert rules query is exported by the bridge', () => {
  const queried = new Map<string, string>();
  for (const p of dashboard.panels)
    for (const t of p.targets ?? []) for (const n of metricNames(t.expr)) queried.set(n, `panel "${p.title}"`);
  for (const r of rules) for (const n of metricNames(r.expr)) queried.set(n, `alert ${r.alert}`);
  expect(queried.size).toBeGreaterThan(20);
  const unknown = [...queried]
    .filter(([n]) => !exported.has(n) && !PROMETHEUS_SERIES.has(n))
    .map(([n, where]) => `${n} (${where})`);
  expect(unknown).toEqual([]);
});

test('the alert rules cover what an operator must hear about, each with a severity, summary and description', () => {
  expect(rules.map((r) => r.alert)).toEqual(
    expect.arrayContaining([
      'CbBridgeDown',
      'CbBridgeBrokerDisconnected',
      'CbBridgeQueueDepthGrowing',
      'CbBridgeConsumerStalled',
      'CbBridgeBreakerOpen',
      'CbBridgeSinkDown',
      'CbBridgeDeadLettersRising',
    ]),
  );
  for (const r of rules) {
    expect(['critical', 'warning']).toContain(r.labels.severity);
    expect(r.annotations.summary.length).toBeGreaterThan(10);
    expect(r.annotations.description.length).toBeGreaterThan(20);
  }
});

test('promtool: the rules check, and their unit tests pass', () => {
  const promtool = deployTool('promtool');
  const check = spawnSync(promtool, ['check', 'rules', RULES], { encoding: 'utf8' });
  expect({ status: check.status, out: check.stdout + check.stderr }).toEqual({
    status: 0,
    out: expect.stringContaining(`SUCCESS: ${rules.length} rules found`),
  });
  const unit = spawnSync(promtool, ['test', 'rules', RULE_TESTS], { encoding: 'utf8' });
  expect({ status: unit.status, out: unit.stdout + unit.stderr }).toEqual({
    status: 0,
    out: expect.stringContaining('SUCCESS'),
  });
}, 300_000); // time to unpack promtool when absent

test('the dashboard: unique panel ids, a datasource and instance variable, panels inside the 24-column grid', () => {
  expect(dashboard.uid).toBe('cb-event-bridge');
  expect(dashboard.templating.list.map((v) => v.name)).toEqual(['datasource', 'instance']);
  const ids = dashboard.panels.map((p) => (p as unknown as { id: number }).id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const p of dashboard.panels) expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
  expect(dashboard.panels.filter((p) => p.type !== 'row').every((p) => (p.targets ?? []).length > 0)).toBe(true);
});
