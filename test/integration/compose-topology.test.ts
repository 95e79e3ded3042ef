/**
 * The docker-compose.yml topology without Docker: scripts/compose-local.mjs runs the compose file's
 * bridge, simulator and webhook receiver (same commands, settings and routes, container addresses
 * mapped to this machine) on the services script's RabbitMQ and Kafka, and fails unless events
 * reached Kafka, the signed webhook and the archive file, all of them, with no failure.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

test('events flow end to end through the compose topology', async () => {
  const bin = join(ROOT, 'dist', 'src', 'cli', 'main.js');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: the script runs the built bridge; run 'npm run build' first`);
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'compose-local.mjs'), '--seconds', '8'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect({ code, tail: code === 0 ? '' : out.slice(-4000) }).toEqual({ code: 0, tail: '' });
  expect(out).toContain('events flowed end to end: OK');
  expect(out).toMatch(/webhook receiver: \d+ requests, [1-9]\d* events, 0 rejected signatures/);
  expect(out).toMatch(/kafka: [1-9]\d* records in \d+ topics/);
}, 240_000);
