import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/support/cli-run';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lr-server-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('a bad sensors file: every problem as FILE:LINE:COL: FIELD: MESSAGE, exit 1, nothing served', async () => {
  const file = join(tmp, 'bad.yaml');
  writeFileSync(file, 'sensors:\n  - id: 0\n    hostname: x\n    online: maybe\n');
  const r = await runCli(['lr-server', '--sensors', file, '--token', 't', '--port', '0']);
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err).toBe(
    `cb-event-bridge: ${file}:2:9: sensors[0].id: must be >= 1\n${file}:4:13: sensors[0].online: must be boolean\n`,
  );
});

test('usage mistakes: no sensors file, no token, a bad port, half a TLS pair', async () => {
  const saved = { ...process.env };
  delete process.env.CB_BRIDGE_LR_TOKEN;
  delete process.env.CB_BRIDGE_LR_TOKEN_FILE;
  try {
    expect((await runCli(['lr-server', '--token', 't'])).err).toBe(
      'cb-event-bridge: lr-server: --sensors FILE is required (see config/lr-sensors.example.yaml)\n',
    );
    expect((await runCli(['lr-server', '--sensors', 'x.yaml'])).err).toMatch(
      /^cb-event-bridge: lr-server: give the API token clients must use/,
    );
    expect((await runCli(['lr-server', '--sensors', 'x.yaml', '--token', 't', '--port', 'http'])).code).toBe(2);
    expect((await runCli(['lr-server', '--sensors', 'x.yaml', '--token', 't', '--tls-cert', 'c.pem'])).err).toBe(
      'cb-event-bridge: lr-server: --tls-cert and --tls-key go together\n',
    );
  } finally {
    process.env = saved;
  }
});
