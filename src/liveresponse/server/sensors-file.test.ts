import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSensorsFile, parseSensorsFile } from './sensors-file';

function problems(text: string): string {
  try {
    parseSensorsFile(text, 'sensors.yaml');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected problems');
}

test('the example file is valid and defaults are filled in', () => {
  const file = loadSensorsFile(join(__dirname, '../../../config/lr-sensors.example.yaml'));
  expect(file.sensors.map((s) => s.id)).toEqual([10, 11, 12]);
  expect(file.server.max_sessions).toBe(10);
  expect(file.sensors[2]).toMatchObject({ online: false, os: 'windows', checkin_delay_ms: 1000 });
});

test('every problem names the file, line, column and field', () => {
  const text = [
    'server:',
    '  max_sesions: 3',
    'sensors:',
    '  - id: 1',
    '    hostname: a',
    '    os: plan9',
    '    files:',
    '      - { path: x, content: a, size: 3 }',
    '  - id: 1',
    '    hostname: b',
  ].join('\n');
  expect(problems(text).split('\n')).toEqual([
    "sensors.yaml:2:3: server: unknown property 'max_sesions' (did you mean 'max_sessions'?)",
    "sensors.yaml:6:9: sensors[0].os: 'plan9' is not one of: windows, linux, mac",
    'sensors.yaml:8:9: sensors[0].files[0]: has both content and size; give one',
  ]);
  const dup = text.replace('max_sesions', 'max_sessions').replace('plan9', 'linux').replace(', size: 3', '');
  expect(problems(dup)).toBe('sensors.yaml:9:9: sensors[1].id: sensor id 1 appears twice');
});

test('YAML syntax errors, a missing sensors list and an unreadable file are one line each', () => {
  expect(problems('sensors: [\n')).toMatch(/^sensors\.yaml:\d+:\d+: YAML syntax error: /);
  expect(problems('server: {}\n')).toBe("sensors.yaml:1:1: (root): missing required property 'sensors'");
  const dir = mkdtempSync(join(tmpdir(), 'lr-sensors-'));
  try {
    writeFileSync(join(dir, 'empty.yaml'), '');
    expect(() => loadSensorsFile(join(dir, 'empty.yaml'))).toThrow(/missing required property 'sensors'/);
    expect(() => loadSensorsFile(join(dir, 'nope.yaml'))).toThrow(/nope\.yaml: cannot read the sensors file: ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
