import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The deployment steps of deploy/README.md (and the README): pack the built checkout, install the
 * package with production dependencies only into an empty folder, and run the CLI from there.
 * Needs `npm run build` first (npm test does it) and npm's cache or registry for the dependencies.
 */
jest.setTimeout(300_000);

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'cbb-deploy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stdout}${r.stderr}`,
    );
  return r;
}

test('npm pack, npm install --omit=dev of the package, then check and replay run from the installed package', () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  run('npm', ['pack', '--silent', '--pack-destination', dir], ROOT);
  const tarball = join(dir, `cb-event-bridge-${version}.tgz`);
  expect(existsSync(tarball)).toBe(true);

  const app = join(dir, 'app');
  mkdirSync(app);
  run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
  const pkg = join(app, 'node_modules', 'cb-event-bridge');
  expect(readdirSync(pkg).sort()).toEqual(expect.arrayContaining(['bin', 'config', 'dist', 'package.json', 'schemas']));
  // Production dependencies only: no compiler, no test runner.
  expect(existsSync(join(app, 'node_modules', 'typescript'))).toBe(false);
  expect(existsSync(join(app, 'node_modules', 'jest'))).toBe(false);

  const cli = join(app, 'node_modules', '.bin', 'cb-event-bridge');
  expect(run(cli, ['--version'], app).stdout).toBe(`cb-event-bridge ${version}\n`);
  expect(run(cli, ['check', '--config', join(pkg, 'config', 'routes.example.yaml')], app).stdout).toMatch(
    /routes\.example\.yaml: OK, \d+ routes?\n/,
  );
  const replay = run(
    process.execPath,
    [
      join(pkg, 'bin', 'cb-event-bridge.js'),
      'replay',
      '--synthetic',
      '200',
      '--config',
      join(pkg, 'config', 'routes.quickstart.yaml'),
    ],
    app,
  );
  expect(replay.stdout).toMatch(/^replayed 200 messages \(synthetic\) through 2 routes/);
  expect(readFileSync(join(app, 'out', 'events.jsonl'), 'utf8').split('\n').length).toBeGreaterThan(200);
});
