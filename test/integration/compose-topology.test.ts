/**
 * The docker-compose.yml topology without Docker: scripts/compose-local.mjs runs the compose file's
 * bridge, simulator, webhook receiver and Live Response server (same commands, settings and routes,
 * container addresses mapped to this machine) on the services script's RabbitMQ and Kafka, and fails
 * unless events reached Kafka, the signed webhook and the archive file, all of them, with no failure,
 * and the bridge's `lr` commands, with the compose file's Live Response settings, ran a command on a
 * sensor of the lr-server and listed its sessions, while a request without the token was refused.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

test('events flow end to end through the compose topology, and its Live Response server answers the bridge', async () => {
  const bin = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  if (!existsSync(bin))
    throw new Error(`${bin} is missing: the script runs the built bridge; run 'npm run build' first`);
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'compose-local.mjs'), '--seconds', '8'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect({ code, tail: code === 0 ? '' : out.slice(-4000) }).toEqual({ code: 0, tail: '' });
  expect(out).toContain('events flowed end to end and Live Response answered: OK');
  expect(out).toMatch(/webhook receiver: \d+ requests, [1-9]\d* events, 0 rejected signatures/);
  expect(out).toMatch(/kafka: [1-9]\d* records in \d+ topics/);
  expect(out).toMatch(
    /lr run --sensor \d+ --command "process list": exit 0, ([1-9]\d*) processes \(the sensors file lists \1\)/,
  );
  expect(out).toMatch(/lr sessions --json: exit 0, session \d+ sensor \d+ close/);
  expect(out).toContain('lr-server without the token: HTTP 401');
  expect(out).toContain('lr-server healthcheck: exit 0');
}, 240_000);
