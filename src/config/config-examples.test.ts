import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSensorsFile } from '../liveresponse/server/sensors-file';
import { runCli } from '../../test/support/cli-run';

/**
 * Every example in config/: commented; routes files valid as `check` sees them, sensors files
 * (`lr-server --sensors`) valid as lr-server loads them.
 */
const CONFIG_DIR = join(__dirname, '..', '..', 'config');
const yamlFiles = readdirSync(CONFIG_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const isSensorsFile = (name: string): boolean =>
  'sensors' in (parse(readFileSync(join(CONFIG_DIR, name), 'utf8')) as object);
const examples = yamlFiles.filter((f) => !isSensorsFile(f));
const sensorsExamples = yamlFiles.filter(isSensorsFile);

/** The comment lines a file opens with. */
const header = (path: string): string[] => {
  const text = readFileSync(path, 'utf8');
  return text
    .slice(0, text.search(/^[^#\n]/m))
    .split('\n')
    .filter((l) => l.startsWith('#'));
};

test('the examples the docs name are there', () => {
  expect(examples).toEqual(
    expect.arrayContaining(['hits-webhook.yaml', 'kafka-by-type.yaml', 'leef-qradar.yaml', 'splunk-hec.yaml']),
  );
});

describe.each(examples)('config/%s', (name) => {
  const path = join(CONFIG_DIR, name);

  test('opens with a comment that says what it is for and how to check it', () => {
    expect(header(path).length).toBeGreaterThanOrEqual(3);
  });

  // Secrets are left unread: the files and variables they name exist where the bridge is deployed.
  test('passes `check --skip-secrets`', async () => {
    const r = await runCli(['check', '--config', path, '--skip-secrets']);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(r.out).toContain(`${path}: OK`);
  });
});

test('the sensors example is there', () => {
  expect(sensorsExamples).toEqual(['lr-sensors.example.yaml']);
});

describe.each(sensorsExamples)('config/%s', (name) => {
  const path = join(CONFIG_DIR, name);

  test('opens with a comment that says what it is for and how to try it', () => {
    expect(header(path).length).toBeGreaterThanOrEqual(3);
    expect(header(path).join('\n')).toContain(`lr-server --sensors config/${name}`);
  });

  test('loads as lr-server loads it', () => {
    expect(loadSensorsFile(path).sensors.length).toBeGreaterThan(0);
  });
});
