import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli-run';
import { Random } from '../../src/simulate/random';
import { syntheticSensorEvent, syntheticNotification } from '../../src/simulate/synthetic-events';
import { writeBundle, writeZip } from '../../src/simulate/bundle-writer';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'cbb-cli-'));
const rng = new Random(3);
const now = Date.UTC(2026, 5, 1);

test('decode FILE... prints JSONL, a summary on stderr, exit 0', async () => {
  const f = join(dir, 'n.protobuf');
  writeFileSync(f, syntheticSensorEvent('netconn', rng, { seq: 1, now }));
  const r = await run(['decode', '--routing-key', 'ingress.event.netconn', '--server-url', 'https://cb.example', f, f]);
  expect(r.code).toBe(0);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({ type: 'ingress.event.netconn', cb_server: 'cbserver' });
  expect(lines[0].link_process).toMatch(/^https:\/\/cb\.example\/#analyze\//);
  expect(r.err).toContain('summary routing_key=ingress.event.netconn messages=2 events=2 errors=0');
});

test('decode --corpus reads the layout, LEEF output, non-zero exit on a bad file', async () => {
  const root = join(dir, 'corpus');
  mkdirSync(join(root, 'json', 'watchlist.hit.process'), { recursive: true });
  mkdirSync(join(root, 'rawsensordata'), { recursive: true });
  writeFileSync(join(root, 'json', 'watchlist.hit.process', '0.json'), syntheticNotification('watchlist.hit.process', rng, { seq: 1, now }));
  writeFileSync(join(root, 'json', 'watchlist.hit.process', '1.json'), '[not an object]');
  writeFileSync(join(root, 'rawsensordata', 'zip-0.zip'), writeZip([{ name: 'm', data: writeBundle([syntheticSensorEvent('filemod', rng, { seq: 2, now, withoutEnv: true })]) }]));
  writeFileSync(join(root, 'rawsensordata', 'zip-0.properties.json'), JSON.stringify({ exchange: 'api.rawsensordata', content_type: 'application/zip', headers: { sensorId: 9, sensorHostName: 'H9' } }));
  const r = await run(['decode', '--corpus', root, '--format', 'leef']);
  expect(r.code).toBe(1);
  const lines = r.out.trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines.every((l) => l.startsWith('LEEF:1.0|CB|CB|'))).toBe(true);
  expect(lines.join('\n')).toContain('computer_name=H9');
  expect(r.err).toMatch(/"reason":"invalid_json"|"reason":"json_not_object"/);
  expect(r.err).toContain('summary routing_key=watchlist.hit.process messages=2 events=1 errors=1');
});

test('usage errors exit 2 with a message', async () => {
  expect((await run(['decode'])).code).toBe(2);
  expect((await run(['decode', '--format', 'xml', '--corpus', dir])).err).toMatch(/--format must be one of/);
  expect((await run(['nonsense'])).code).toBe(2);
});
