import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../test/support/cli-run';
import { packageVersion } from '../admin/version';

/**
 * Every mistake a person makes starting the CLI gets one line on stderr saying what is wrong,
 * where, and what to change, and a non-zero exit code; never a stack trace.
 */
const dir = mkdtempSync(join(tmpdir(), 'cbb-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** stderr holds exactly one line, matching `pattern`, and no stack frame. */
function expectOneLine(err: string, pattern: RegExp): void {
  const lines = err.split('\n').filter((l) => l !== '');
  expect(lines).toEqual([expect.stringMatching(pattern)]);
  expect(err).not.toMatch(/^\s+at /m);
}

const WEBHOOK_BAD_URL = file(
  'webhook.yaml',
  `routes:
  - name: hooks
    match: [ingress.event.process]
    sinks:
      - type: webhook
        url: not-a-url
`,
);
const GOOD = file(
  'good.yaml',
  'routes:\n  - name: r1\n    match: [ingress.event.process]\n    sinks: [{ type: stdout }]\n',
);

let saved: NodeJS.ProcessEnv;
beforeEach(() => {
  saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('CB_BRIDGE_')) delete process.env[k];
});
afterEach(() => {
  process.env = saved;
});

test('bare cb-event-bridge prints the usage and exits 0', async () => {
  const r = await runCli([]);
  expect(r).toMatchObject({ code: 0, err: '' });
  expect(r.out).toMatch(/^cb-event-bridge: Carbon Black EDR message bus to sinks\n\nCommands:\n {2}run /);
  expect(r.out).toContain('replay --synthetic 20000 --config config/routes.quickstart.yaml');
});

test('--version prints the package version', async () => {
  expect(await runCli(['--version'])).toEqual({ code: 0, out: `cb-event-bridge ${packageVersion()}\n`, err: '' });
  expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
});

test('an unknown command lists the commands, exit 2', async () => {
  const r = await runCli(['runn']);
  expect(r.code).toBe(2);
  expectOneLine(
    r.err,
    /^cb-event-bridge: unknown command 'runn'; the commands are decode, check, run, replay, simulate, lr, lr-server, import-forwarder-config \(cb-event-bridge --help\)$/,
  );
});

test('an unknown option names the command, exit 2', async () => {
  const r = await runCli(['check', '--confg', GOOD]);
  expect(r.code).toBe(2);
  expectOneLine(r.err, /^cb-event-bridge: check: Unknown option '--confg'.*\(cb-event-bridge check --help\)$/);
});

test('run without --config and no config/routes.yaml says how to give a routes file, exit 1', async () => {
  const r = await runCli(['run', '--admin-port', '0']);
  expect(r.code).toBe(1);
  expectOneLine(
    r.err,
    /^cb-event-bridge: run: no routes file: the default config\/routes\.yaml does not exist; give one with --config FILE or CB_BRIDGE_ROUTES /,
  );
});

test('run with a routes file that cannot be read names it, exit 1', async () => {
  const r = await runCli(['run', '--config', join(dir, 'absent.yaml'), '--admin-port', '0']);
  expect(r.code).toBe(1);
  expectOneLine(r.err, /^cb-event-bridge: run: .*absent\.yaml: cannot read the routes file: ENOENT/);
});

test('a webhook url that is not a URL: check and run both name file, line and field, exit 1', async () => {
  const check = await runCli(['check', '--config', WEBHOOK_BAD_URL]);
  expect(check.code).toBe(1);
  expect(check.err).toBe(
    `${WEBHOOK_BAD_URL}:6:14: routes[0].sinks[0].url: webhook sink config: url is not a valid URL\n${WEBHOOK_BAD_URL}: 1 problem\n`,
  );
  const run = await runCli(['run', '--config', WEBHOOK_BAD_URL, '--admin-port', '0']);
  expect(run.code).toBe(1);
  expectOneLine(
    run.err,
    new RegExp(
      `^cb-event-bridge: run: ${WEBHOOK_BAD_URL}:6:14: routes\\[0\\]\\.sinks\\[0\\]\\.url: webhook sink config: url is not a valid URL$`,
    ),
  );
});

test('a secret reference to an unset variable is found by check, at its line and field', async () => {
  const path = file(
    'secret.yaml',
    'routes:\n  - name: hec\n    match: ["#"]\n    sinks:\n      - type: splunk_hec\n        url: https://splunk.example:8088\n        token: ${CBB_UNSET_HEC_TOKEN}\n',
  );
  const r = await runCli(['check', '--config', path]);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(
    new RegExp(
      `^${path}:7:16: routes\\[0\\]\\.sinks\\[0\\]\\.token: .*environment variable CBB_UNSET_HEC_TOKEN is not set\n`,
    ),
  );
});

test('a routes file that is only a string says what a routes file is, exit 1', async () => {
  const path = file('string.yaml', 'config/routes.quickstart.yaml\n');
  const r = await runCli(['check', '--config', path]);
  expect(r.code).toBe(1);
  expect(r.err.split('\n')[0]).toBe(
    `${path}:1:1: the file holds a string: a routes file is a YAML mapping with a 'routes' list (each route a mapping with name, match and sinks) and optionally 'dead_letter'; see config/routes.example.yaml`,
  );
  const run = await runCli(['run', '--config', path, '--admin-port', '0']);
  expect(run.code).toBe(1);
  expectOneLine(
    run.err,
    /^cb-event-bridge: run: .*string\.yaml:1:1: the file holds a string: a routes file is a YAML mapping/,
  );
});

test('a bad setting names its environment variable and flag, exit 1', async () => {
  const r = await runCli(['run', '--config', GOOD, '--prefetch', 'lots', '--admin-port', '0']);
  expect(r.code).toBe(1);
  expectOneLine(r.err, /^cb-event-bridge: run: CB_BRIDGE_PREFETCH \(--prefetch\): must be a positive integer/);
  process.env.CB_BRIDGE_ADMIN_TOKEN_FILE = join(dir, 'no-token-file');
  const file = await runCli(['run', '--config', GOOD, '--admin-port', '0']);
  expect(file.code).toBe(1);
  expectOneLine(
    file.err,
    /^cb-event-bridge: run: CB_BRIDGE_ADMIN_TOKEN_FILE: cannot read .*no-token-file \(ENOENT\); point it at a readable file or set CB_BRIDGE_ADMIN_TOKEN instead$/,
  );
});

describe('a busy admin port', () => {
  let busy: Server;
  let port = 0;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  test('names CB_BRIDGE_ADMIN_PORT and how to turn the API off, exit 1', async () => {
    const r = await runCli([
      'run',
      '--config',
      GOOD,
      '--admin-port',
      String(port),
      '--log-level',
      'error',
      '--amqp-url',
      'amqp://127.0.0.1:1',
    ]);
    expect(r.code).toBe(1);
    expectOneLine(
      r.err,
      new RegExp(
        `^cb-event-bridge: run: admin API: cannot listen on 127\\.0\\.0\\.1:${port}: the port is in use \\(another bridge\\?\\); set CB_BRIDGE_ADMIN_PORT \\(--admin-port\\) to a free port, or to 0 to turn the admin API off$`,
      ),
    );
  });
});

test('simulate --help shows --amqp as optional, with its default', async () => {
  const r = await runCli(['simulate', '--help']);
  expect(r.code).toBe(0);
  expect(r.out.split('\n')[0]).toBe(
    'Usage: cb-event-bridge simulate (--corpus DIR | --synthetic) [--amqp URL] [--rate N] [--count N | --duration S]',
  );
  expect(r.out).toContain(
    '--amqp URL          the broker (default CB_BRIDGE_AMQP_URL, else amqp://guest:guest@127.0.0.1:5672)',
  );
});
