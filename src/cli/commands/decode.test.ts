import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/support/cli-run';
import { Random } from '../../simulate/random';
import { syntheticSensorEvent, syntheticNotification } from '../../simulate/synthetic-events';
import { writeBundle, writeZip } from '../../simulate/bundle-writer';

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'cbb-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rng = new Random(3);
const now = Date.UTC(2026, 5, 1);

test('decode FILE... prints JSONL, a summary on stderr, exit 0', async () => {
  const f = join(dir, 'n.protobuf');
  writeFileSync(f, syntheticSensorEvent('netconn', rng, { seq: 1, now }));
  const r = await run(['decode', '--routing-key', 'ingress.event.netconn', '--server-url', 'https://cb.example', f, f]);
  expect(r.code).toBe(0);
  const lines = r.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatchObject({ type: 'ingress.event.netconn', cb_server: 'cbserver' });
  expect(lines[0].link_process).toMatch(/^https:\/\/cb\.example\/#analyze\//);
  expect(r.err).toContain('summary routing_key=ingress.event.netconn messages=2 events=2 errors=0');
});

test('decode --corpus reads the layout, LEEF output, non-zero exit on a bad file', async () => {
  const root = join(dir, 'corpus');
  mkdirSync(join(root, 'json', 'watchlist.hit.process'), { recursive: true });
  mkdirSync(join(root, 'rawsensordata'), { recursive: true });
  writeFileSync(
    join(root, 'json', 'watchlist.hit.process', '0.json'),
    syntheticNotification('watchlist.hit.process', rng, { seq: 1, now }),
  );
  writeFileSync(join(root, 'json', 'watchlist.hit.process', '1.json'), '[not an object]');
  writeFileSync(
    join(root, 'rawsensordata', 'zip-0.zip'),
    writeZip([
      { name: 'm', data: writeBundle([syntheticSensorEvent('filemod', rng, { seq: 2, now, withoutEnv: true })]) },
    ]),
  );
  writeFileSync(
    join(root, 'rawsensordata', 'zip-0.properties.json'),
    JSON.stringify({
      exchange: 'api.rawsensordata',
      content_type: 'application/zip',
      headers: { sensorId: 9, sensorHostName: 'H9' },
    }),
  );
  const r = await run(['decode', '--corpus', root, '--format', 'leef']);
  expect(r.code).toBe(1);
  const lines = r.out.trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines.every((l) => l.startsWith('LEEF:1.0|CB|CB|'))).toBe(true);
  expect(lines.join('\n')).toContain('computer_name=H9');
  expect(r.err).toMatch(/"reason":"invalid_json"|"reason":"json_not_object"/);
  expect(r.err).toContain('summary routing_key=watchlist.hit.process messages=2 events=1 errors=1');
});

test('decode FILE reads the .properties.json beside a capture and infers the rest, saying what it assumed', async () => {
  const raw = join(dir, 'captured');
  mkdirSync(raw, { recursive: true });
  const zip = join(raw, 'zip-7.zip');
  writeFileSync(
    zip,
    writeZip([
      { name: 'm', data: writeBundle([syntheticSensorEvent('filemod', rng, { seq: 3, now, withoutEnv: true })]) },
    ]),
  );
  writeFileSync(
    join(raw, 'zip-7.properties.json'),
    JSON.stringify({
      exchange: 'api.rawsensordata',
      content_type: 'application/zip',
      headers: { sensorId: 12, sensorHostName: 'WS-12' },
    }),
  );
  const r = await run(['decode', zip]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out.trim().split('\n')[0])).toMatchObject({
    type: 'ingress.event.filemod',
    sensor_id: 12,
    computer_name: 'WS-12',
  });
  expect(r.err).toContain(`decode: ${zip}: assumed routing key ingress.rawsensordata (a raw-sensor zip)\n`);

  // Without a sidecar: inferred from the extension, and the missing headers are pointed out.
  const bare = join(raw, 'other.zip');
  writeFileSync(
    bare,
    writeZip([
      { name: 'm', data: writeBundle([syntheticSensorEvent('filemod', rng, { seq: 4, now, withoutEnv: true })]) },
    ]),
  );
  const b = await run(['decode', bare]);
  expect(b.code).toBe(0);
  expect(b.err).toContain(
    `decode: ${bare}: assumed content type application/zip (from the .zip extension); routing key ingress.rawsensordata (a raw-sensor zip); exchange api.rawsensordata; no AMQP headers (no .properties.json beside it): sensor id and computer name come only from the bundle itself\n`,
  );

  // A folder named after the routing key (the corpus layout) gives the key.
  const keyDir = join(dir, 'ingress.event.regmod');
  mkdirSync(keyDir, { recursive: true });
  writeFileSync(join(keyDir, '0.protobuf'), syntheticSensorEvent('regmod', rng, { seq: 5, now }));
  const k = await run(['decode', join(keyDir, '0.protobuf')]);
  expect(k.code).toBe(0);
  expect(JSON.parse(k.out)).toMatchObject({ type: 'ingress.event.regmod' });
  expect(k.err).toContain('routing key ingress.event.regmod (from its folder)');

  // Nothing says what a bare protobuf file is: the message says which flag to give.
  const unknown = await run(['decode', join(dir, 'n.protobuf')]);
  expect(unknown.code).toBe(2);
  expect(unknown.err).toBe(
    `cb-event-bridge: decode: cannot tell the routing key of ${join(dir, 'n.protobuf')}: no .properties.json beside it and neither its folder nor its name says; give --routing-key RK\n`,
  );
});

test('usage errors exit 2 with a message', async () => {
  expect((await run(['decode'])).code).toBe(2);
  expect((await run(['decode', '--format', 'xml', '--corpus', dir])).err).toMatch(/--format must be one of/);
  expect((await run(['nonsense'])).code).toBe(2);
});
