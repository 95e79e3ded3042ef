import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCheck } from '../../cli/commands/check';

const EXAMPLE = join(__dirname, '..', '..', '..', 'config', 'routes.liveresponse.example.yaml');

async function check(path: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const code = await runCheck(['--config', path], stdout, stderr);
  return { code, out: String(stdout.read() ?? ''), err: String(stderr.read() ?? '') };
}

test('config/routes.liveresponse.example.yaml passes check', async () => {
  const { code, out } = await check(EXAMPLE);
  expect(code).toBe(0);
  expect(out).toContain('contain-feed-hits');
  expect(out).toContain('liveresponse');
});

test('the same file without allow_destructive is refused by check, naming file, line and field', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-lr-example-'));
  try {
    const text = readFileSync(EXAMPLE, 'utf8');
    const without = text.replace(/^ +allow_destructive: true\n/m, '');
    const path = join(dir, 'routes.yaml');
    writeFileSync(path, without);
    const line = without.split('\n').findIndex((l) => l.includes('command: kill')) + 1;
    const { code, err } = await check(path);
    expect(code).toBe(1);
    expect(err).toContain(`${path}:${line}:`);
    expect(err).toMatch(/routes\[0\]\.sinks\[0\]\.actions\[0\]\.command: 'kill' changes the endpoint/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
