import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LR_TOKEN, startLrServer, type LrFixture } from '../../test/support/lr-fixture';
import { splitWords } from './shell';

/**
 * The shell as a user meets it: the built CLI in a real terminal (a tmux pane on a private tmux
 * server), typed at with send-keys, read back with capture-pane, against a real lr-server.
 */
const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'bin', 'cb-event-bridge.js');
/** The private tmux server's socket lives in the test's own folder, removed with it. */
function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', join(tmp, 'tmux.sock'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function screen(): string {
  return tmux('capture-pane', '-p', '-J', '-S', '-500', '-t', 'lr');
}

/** Waits until the pane shows `text` `times` times (fails with the screen after a generous bound). */
async function waitFor(text: string, times = 1): Promise<string> {
  const giveUp = Date.now() + 20_000;
  for (;;) {
    const s = screen();
    if (s.split(text).length - 1 >= times) return s;
    if (Date.now() > giveUp) throw new Error(`the shell never showed ${JSON.stringify(text)} x${times}; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function type(line: string): void {
  tmux('send-keys', '-t', 'lr', '-l', line);
  tmux('send-keys', '-t', 'lr', 'Enter');
}

let fx: LrFixture;
let tmp: string;

jest.setTimeout(120_000);

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js')))
    throw new Error('dist/ is missing: run npm run build first (npm test does)');
  fx = await startLrServer();
  tmp = mkdtempSync(join(tmpdir(), 'lr-shell-'));
});
afterAll(async () => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
  await fx.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('splitWords keeps backslashes and groups double quotes', () => {
  expect(splitWords('exec -w "C:\\Program Files\\x.exe" /q  C:\\a\\b')).toEqual([
    'exec',
    '-w',
    'C:\\Program Files\\x.exe',
    '/q',
    'C:\\a\\b',
  ]);
});

test('an interactive session: ps, cd, ls, get with progress, put, kill, reg, errors in one line, Ctrl-C, history, exit', async () => {
  tmux(
    'new-session',
    '-d',
    '-s',
    'lr',
    '-x',
    '200',
    '-y',
    '50',
    '-c',
    tmp,
    '-e',
    `CB_BRIDGE_LR_URL=${fx.url}`,
    '-e',
    `CB_BRIDGE_LR_TOKEN=${LR_TOKEN}`,
    `node ${CLI} lr shell --sensor 10 --timeout 20; echo SHELL-EXIT=$?; sleep 60`,
  );
  await waitFor("type 'help' for commands");
  await waitFor('C:\\Windows\\CarbonBlack> ');

  type('ps');
  expect(await waitFor('c:\\temp\\evil.exe -x')).toMatch(
    /^\s+3120\s+624\s+NT AUTHORITY\\SYSTEM\s+c:\\temp\\evil\.exe -x$/m,
  );

  type('cd ..\\..\\temp');
  await waitFor('C:\\temp> ');
  type('ls');
  expect(await waitFor('  evil.exe')).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d\s+5000\s+evil\.exe$/m);

  type('get evil.exe copy.bin');
  await waitFor('saved to');
  expect(statSync(join(tmp, 'copy.bin')).size).toBe(5000);
  type('put copy.bin dropped.bin');
  await waitFor('done: C:\\temp\\dropped.bin');

  type('kill 3120');
  await waitFor('killed 3120');
  type('reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\Updater');
  await waitFor('Updater  REG_SZ  "c:\\\\temp\\\\evil.exe"');

  type('get nope.txt');
  const s = await waitFor(
    "error: 'get file' C:\\temp\\nope.txt on sensor 10 failed: file not found: cannot open C:\\temp\\nope.txt (WinHresult 0x80070002)",
  );
  expect(s).not.toMatch(/^\s+at /m);
  type('frobnicate');
  await waitFor("usage: unknown command 'frobnicate' (type help)");

  // Ctrl-C while a command runs on a slow sensor: cancelled on the server, the shell goes on.
  const sensor = fx.server.state.sensors.get(10);
  if (!sensor) throw new Error('no sensor 10');
  sensor.spec.command_delay_ms = 10_000;
  type('ps');
  const sessionId = () =>
    fx.server.state.listSessions().find((x) => x.sensor_id === 10 && x.status === 'active')?.id ?? -1;
  const psCommands = () => fx.server.state.listCommands(sessionId()).filter((c) => c.name === 'process list');
  while (psCommands().length < 2) await new Promise((r) => setTimeout(r, 10));
  tmux('send-keys', '-t', 'lr', 'C-c');
  await waitFor('cancelled: ps');
  while (psCommands()[1].status === 'pending') await new Promise((r) => setTimeout(r, 10)); // the cancel follows the job's failure
  expect(psCommands()[1].status).toBe('cancel');
  sensor.spec.command_delay_ms = 10;

  // History: the up arrow brings the last line back.
  type('pwd');
  await waitFor('\nC:\\temp\n');
  tmux('send-keys', '-t', 'lr', 'Up');
  tmux('send-keys', '-t', 'lr', 'Enter');
  await waitFor('\nC:\\temp\n', 2);

  const id = sessionId();
  type('exit');
  await waitFor('SHELL-EXIT=0');
  expect(fx.server.state.getSession(id).status).toBe('close');
  expect(readFileSync(join(tmp, 'copy.bin')).length).toBe(5000);
});
