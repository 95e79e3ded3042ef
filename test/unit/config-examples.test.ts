import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSensorsFile } from '../../src/liveresponse/server/sensors-file';
import { runCli } from '../support/cli-run';

/**
 * Every example in config/: commented, and valid as the bridge reads it: routes files as `check`
 * sees them (secrets left unread: they live where the bridge is deployed), sensors files for
 * `lr-server` (named `lr-sensors*.yaml`) as lr-server loads them.
 */
const CONFIG_DIR = join(__dirname, '..', '..', 'config');
const examples = readdirSync(CONFIG_DIR).filter((f) => f.endsWith('.yaml')).sort();
const isSensorsFile = (name: string): boolean => name.startsWith('lr-sensors');
const routesExamples = examples.filter((f) => !isSensorsFile(f));
const sensorsExamples = examples.filter(isSensorsFile);

test('the examples the docs name are there', () => {
  expect(examples).toEqual(expect.arrayContaining(['hits-webhook.yaml', 'kafka-by-type.yaml', 'leef-qradar.yaml', 'splunk-hec.yaml', 'lr-sensors.example.yaml']));
});

test.each(examples)('config/%s opens with a comment that says what it is for', (name) => {
  const text = readFileSync(join(CONFIG_DIR, name), 'utf8');
  const header = text.slice(0, text.search(/^[^#\n]/m));
  expect(header.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThanOrEqual(isSensorsFile(name) ? 2 : 3);
});

test.each(routesExamples)('config/%s passes `check --skip-secrets`', async (name) => {
  const path = join(CONFIG_DIR, name);
  const r = await runCli(['check', '--config', path, '--skip-secrets']);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
  expect(r.out).toContain(`${path}: OK`);
});

test.each(sensorsExamples)('config/%s is a sensors file lr-server loads', (name) => {
  const file = loadSensorsFile(join(CONFIG_DIR, name));
  expect(file.sensors.length).toBeGreaterThan(0);
});
