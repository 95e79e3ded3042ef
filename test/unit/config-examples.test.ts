import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli-run';

/** Every example routes file in config/: commented, and valid as `check` sees it. */
const CONFIG_DIR = join(__dirname, '..', '..', 'config');
const examples = readdirSync(CONFIG_DIR).filter((f) => f.endsWith('.yaml')).sort();

test('the examples the docs name are there', () => {
  expect(examples).toEqual(expect.arrayContaining(['hits-webhook.yaml', 'kafka-by-type.yaml', 'leef-qradar.yaml', 'splunk-hec.yaml']));
});

describe.each(examples)('config/%s', (name) => {
  const path = join(CONFIG_DIR, name);

  test('opens with a comment that says what it is for and how to check it', () => {
    const text = readFileSync(path, 'utf8');
    const header = text.slice(0, text.search(/^[^#\n]/m));
    expect(header.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThanOrEqual(3);
  });

  test('passes `check`', async () => {
    const r = await runCli(['check', '--config', path]);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(r.out).toContain(`${path}: OK`);
  });
});
