import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/support/cli-run';
import { LR_TOKEN, startLrServer, type LrFixture } from '../../../test/support/lr-fixture';

let fx: LrFixture;
let tmp: string;
let server: string[];

beforeAll(async () => {
  fx = await startLrServer();
  server = ['--url', fx.url, '--token', LR_TOKEN];
  tmp = mkdtempSync(join(tmpdir(), 'lr-cli-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(tmp, { recursive: true, force: true });
});

function openSessions(): number {
  return fx.server.state.listSessions().filter((s) => s.status === 'pending' || s.status === 'active').length;
}

test('lr run prints the completed command as JSON and closes its session', async () => {
  const r = await runCli([
    'lr',
    'run',
    '--sensor',
    '10',
    '--command',
    'reg set value',
    '--object',
    'HKLM\\SOFTWARE\\Vendor\\Sub\\Tags',
    '--value-type',
    'REG_MULTI_SZ',
    '--value-data',
    'a',
    '--value-data',
    'b',
    ...server,
  ]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out)).toMatchObject({
    name: 'reg set value',
    status: 'complete',
    sensor_id: 10,
    value_type: 'REG_MULTI_SZ',
    value_data: ['a', 'b'],
  });
  const q = await runCli([
    'lr',
    'run',
    '--sensor',
    '10',
    '--command',
    'reg query value',
    '--object',
    'HKLM\\SOFTWARE\\Vendor\\Sub\\Tags',
    ...server,
  ]);
  expect(JSON.parse(q.out).value).toEqual({ value_name: 'Tags', value_type: 'REG_MULTI_SZ', value_data: ['a', 'b'] });
  expect(openSessions()).toBe(0);
});

test('lr run uploads for put file and downloads for get file', async () => {
  const local = join(tmp, 'in.txt');
  writeFileSync(local, 'payload');
  const put = await runCli([
    'lr',
    'run',
    '--sensor',
    '11',
    '--command',
    'put file',
    '--object',
    '/tmp/in.txt',
    '--upload',
    local,
    ...server,
  ]);
  expect(put.code).toBe(0);
  const out = join(tmp, 'out.txt');
  const get = await runCli([
    'lr',
    'run',
    '--sensor',
    '11',
    '--command',
    'get file',
    '--object',
    '/tmp/in.txt',
    '--download',
    out,
    ...server,
  ]);
  expect(get.code).toBe(0);
  expect(readFileSync(out, 'utf8')).toBe('payload');
});

test('a command error, an offline sensor and a bad token: one line on stderr, exit 1', async () => {
  const err = await runCli([
    'lr',
    'run',
    '--sensor',
    '10',
    '--command',
    'delete file',
    '--object',
    'C:\\missing.txt',
    ...server,
  ]);
  expect(err.code).toBe(1);
  expect(err.out).toBe('');
  expect(err.err).toBe(
    "cb-event-bridge: lr run: 'delete file' C:\\missing.txt on sensor 10 failed: file not found: cannot find C:\\missing.txt (WinHresult 0x80070002)\n",
  );
  const offline = await runCli([
    'lr',
    'run',
    '--sensor',
    '12',
    '--command',
    'process list',
    '--timeout',
    '0.3',
    ...server,
  ]);
  expect(offline.code).toBe(1);
  expect(offline.err).toMatch(
    /^cb-event-bridge: lr run: job for sensor 12 reached its deadline while waiting for sensor 12 to check in \(session \d+\)\n$/,
  );
  const denied = await runCli(['lr', 'sessions', '--url', fx.url, '--token', 'wrong-secret-123']);
  expect(denied.code).toBe(1);
  expect(denied.err.split('\n').length).toBe(2);
  expect(denied.err).not.toContain('wrong-secret-123');
  expect(openSessions()).toBe(0);
});

test('usage mistakes are one line with exit 2', async () => {
  expect(await runCli(['lr', 'run', '--sensor', '10', '--command', 'frob', ...server])).toMatchObject({
    code: 2,
    err: "cb-event-bridge: lr run: unknown command 'frob' (see cb-event-bridge lr --help)\n",
  });
  expect((await runCli(['lr', 'run', '--sensor', '10', '--command', 'kill', ...server])).err).toBe(
    "cb-event-bridge: lr run: 'kill' needs --object\n",
  );
  const saved = { ...process.env };
  delete process.env.CB_BRIDGE_LR_URL;
  try {
    expect((await runCli(['lr', 'sessions', '--token', 'x'])).err).toBe(
      'cb-event-bridge: lr sessions: no server: give --url URL or set CB_BRIDGE_LR_URL\n',
    );
  } finally {
    process.env = saved;
  }
  expect((await runCli(['lr', 'close', 'abc', ...server])).code).toBe(2);
});

test('the server and token come from CB_BRIDGE_LR_URL and CB_BRIDGE_LR_TOKEN_FILE; lr sessions lists and lr close closes', async () => {
  const tokenFile = join(tmp, 'token');
  writeFileSync(tokenFile, `${LR_TOKEN}\n`);
  const saved = { ...process.env };
  process.env.CB_BRIDGE_LR_URL = fx.url;
  process.env.CB_BRIDGE_LR_TOKEN_FILE = tokenFile;
  delete process.env.CB_BRIDGE_LR_TOKEN;
  try {
    const session = await fx.client.createSession(11, { wait: true });
    const list = await runCli(['lr', 'sessions', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out).find((s: { id: number }) => s.id === session.id)).toMatchObject({
      sensor_id: 11,
      status: 'active',
    });
    const table = await runCli(['lr', 'sessions']);
    expect(table.out).toMatch(new RegExp(`^\\s+${session.id}\\s+11\\s+active\\s+web-01`, 'm'));
    const closed = await runCli(['lr', 'close', String(session.id)]);
    expect(closed).toMatchObject({ code: 0, out: `session ${session.id} (sensor 11) is close\n` });
  } finally {
    process.env = saved;
  }
});
