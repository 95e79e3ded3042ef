import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { HttpReceiver } from '../../test/support/http-receiver';
import { makeTestPki } from '../../test/support/test-pki';
import { FAST_SENSORS_YAML, LR_TOKEN, startLrServer, type LrFixture, failureOf } from '../../test/support/lr-fixture';
import { LrClient } from './client';
import type { CommandRequest, LrCommand } from './commands';
import {
  LrBadResponseError,
  LrCommandCancelledError,
  LrCommandError,
  LrError,
  LrHttpError,
  LrTransportError,
  describeHresult,
} from './errors';
import { generatedBytes } from './server/sensor-model';

const SEED_FILE = join(__dirname, '../../../shared/seeds/cb-live-response-api.md');
const SEED = existsSync(SEED_FILE) ? readFileSync(SEED_FILE, 'utf8') : '';
if (SEED === '') {
  console.warn(
    `liveresponse client: seed not found at ${SEED_FILE}; skipping the tests that compare with its examples (a clone without ../shared)`,
  );
}
/** Tests that compare answers with the seed's examples: they need ../shared. */
const testWithSeed = SEED === '' ? test.skip : test;

/** The JSON objects the seed shows in its curl examples (those that are complete JSON). */
function seedExamples(): Array<Record<string, unknown>> {
  return SEED.split('\n')
    .filter((l) => l.startsWith('{"status"'))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

function shape(o: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k] === null ? 'null' : Array.isArray(o[k]) ? 'array' : typeof o[k]]),
  );
}

let fx: LrFixture;
let tmp: string;

beforeAll(async () => {
  fx = await startLrServer();
  tmp = mkdtempSync(join(tmpdir(), 'lr-client-'));
});
afterAll(async () => {
  await fx.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function activeSession(sensorId: number): Promise<number> {
  const s = await fx.client.createSession(sensorId, { wait: true });
  expect(s.status).toBe('active');
  return s.id;
}

async function run(sessionId: number, req: CommandRequest): Promise<LrCommand> {
  const created = await fx.client.createCommand(sessionId, req);
  return fx.client.waitForCommand(sessionId, created.id, { pollMs: 5 });
}

describe('sessions', () => {
  testWithSeed(
    'pending then active, shaped exactly as the seed examples; listed; keepalive; closed by GET-modify-PUT',
    async () => {
      const [pendingExample, activeExample] = seedExamples();
      const created = await fx.client.createSession(10);
      expect(created.status).toBe('pending');
      expect(shape(created as unknown as Record<string, unknown>)).toEqual(shape(pendingExample));
      expect(created.supported_commands).toEqual([]);
      let s = created;
      while (s.status === 'pending') s = await fx.client.getSession(created.id);
      expect(s.status).toBe('active');
      expect(shape(s as unknown as Record<string, unknown>)).toEqual(shape(activeExample));
      expect(s.drives).toEqual(['A:\\', 'C:\\', 'D:\\']);
      expect(s.supported_commands).toEqual(expect.arrayContaining(activeExample.supported_commands as string[]));
      expect(s.address).toBe('::ffff:192.168.206.128');
      expect((await fx.client.createSession(10)).id).toBe(created.id); // one open session per sensor
      expect((await fx.client.listSessions()).map((x) => x.id)).toContain(created.id);
      await fx.client.keepalive(created.id);
      const closed = await fx.client.closeSession(created.id);
      expect(closed.status).toBe('close');
      const err = await failureOf(fx.client.createCommand(created.id, { name: 'process list' }));
      expect(err).toBeInstanceOf(LrHttpError);
      expect((err as LrHttpError).kind).toBe('not_found');
    },
  );

  test('an unknown sensor or session is a typed 404', async () => {
    expect(await failureOf(fx.client.createSession(999))).toMatchObject({ kind: 'not_found', status: 404 });
    expect(await failureOf(fx.client.getSession(424242))).toMatchObject({ kind: 'not_found', status: 404 });
  });

  test('an offline sensor: ?wait=true answers when check-in times out, status timeout', async () => {
    const s = await fx.client.createSession(12, { wait: true, checkin_timeout: 0.2 });
    expect(s.status).toBe('timeout');
  });

  test('an active session without commands or keepalives expires after sensor_wait_timeout; then it is 404 for commands', async () => {
    const s = await fx.client.createSession(11, { wait: true, sensor_wait_timeout: 0.2 });
    expect(s).toMatchObject({ status: 'active', sensor_wait_timeout: 0.2 });
    let now = s;
    while (now.status === 'active') {
      await new Promise((r) => setTimeout(r, 20));
      now = await fx.client.getSession(s.id);
    }
    expect(now.status).toBe('timeout');
    expect(await failureOf(fx.client.keepalive(s.id))).toMatchObject({ kind: 'not_found' });
    expect(await failureOf(fx.client.createCommand(s.id, { name: 'process list' }))).toMatchObject({
      kind: 'not_found',
    });
  });

  test('the session archive is a zip of the session, its commands and files', async () => {
    const id = await activeSession(11);
    const got = await run(id, { name: 'get file', object: '/tmp/big.bin', offset: 0, get_count: 100 });
    const dest = join(tmp, 'archive.zip');
    await fx.client.downloadArchive(id, dest);
    const zip = unzipSync(readFileSync(dest));
    expect(Object.keys(zip).sort()).toEqual(['commands.json', `files/${got.file_id}-big.bin`, 'session.json']);
    expect(JSON.parse(Buffer.from(zip['commands.json']).toString())[0].name).toBe('get file');
    await fx.client.closeSession(id);
  });
});

describe('every built-in command acts on the sensor', () => {
  let sid: number;
  beforeAll(async () => {
    sid = await activeSession(10);
  });
  afterAll(async () => {
    await fx.client.closeSession(sid);
  });

  testWithSeed(
    'process list, shaped as the seed; kill removes the process; kill of a protected pid is access denied',
    async () => {
      const seedProcess = JSON.parse(/\{"username": [^{}]*\}/.exec(SEED)?.[0] ?? '{}') as Record<string, unknown>;
      const seedCommand = seedExamples().find((e) => e.name === 'process list') as Record<string, unknown>;
      const pending = await fx.client.createCommand(sid, { name: 'process list' });
      expect(shape(pending as unknown as Record<string, unknown>)).toEqual(shape(seedCommand));
      const done = await fx.client.waitForCommand(sid, pending.id, { pollMs: 5 });
      expect(done.status).toBe('complete');
      expect(typeof done.completion).toBe('number');
      expect(shape(done.processes?.[0] as unknown as Record<string, unknown>)).toEqual(shape(seedProcess));
      expect(done.processes?.map((p) => p.pid)).toContain(3120);
      await run(sid, { name: 'kill', object: 3120 });
      expect((await run(sid, { name: 'process list' })).processes?.map((p) => p.pid)).not.toContain(3120);
      const denied = await failureOf(run(sid, { name: 'kill', object: 4 }));
      expect(denied).toBeInstanceOf(LrCommandError);
      expect(denied).toMatchObject({ resultType: 'WinHresult', resultCode: 0x80070005, meaning: 'access denied' });
      expect((denied as Error).message).toContain('0x80070005');
    },
  );

  test('create process: wait gives the return code and writes the output file; without wait it is listed', async () => {
    const waited = await run(sid, {
      name: 'create process',
      object: 'ipconfig.exe /all',
      wait: true,
      output_file: 'C:\\Windows\\Temp\\ip.txt',
      working_directory: 'C:\\Windows\\Temp',
    });
    expect(waited).toMatchObject({ status: 'complete', return_code: 0 });
    expect(typeof waited.pid).toBe('number');
    const out = await run(sid, { name: 'get file', object: 'C:\\Windows\\Temp\\ip.txt' });
    const dest = join(tmp, 'ip.txt');
    await fx.client.downloadFile(sid, out.file_id as number, dest);
    expect(readFileSync(dest, 'utf8')).toBe('IPv4 Address: 192.168.206.128');
    expect((await run(sid, { name: 'create process', object: 'fail.exe', wait: true })).return_code).toBe(3);
    const started = await run(sid, { name: 'create process', object: 'ipconfig.exe' });
    expect(started.return_code).toBeUndefined();
    expect((await run(sid, { name: 'process list' })).processes?.map((p) => p.pid)).toContain(started.pid);
  });

  test('directory list, create directory, put file (multipart upload), get file partial, delete file', async () => {
    const listed = await run(sid, { name: 'directory list', object: 'C:\\temp\\' });
    expect(listed.files?.map((f) => f.name)).toEqual(['evil.exe']);
    expect(Object.keys(listed.files?.[0] ?? {}).sort()).toEqual([
      'alt_name',
      'attributes',
      'create_time',
      'last_access_time',
      'last_write_time',
      'name',
      'size',
    ]);
    await run(sid, { name: 'create directory', object: 'C:\\cases' });
    const exists = await failureOf(run(sid, { name: 'create directory', object: 'c:\\CASES' }));
    expect(exists).toMatchObject({ resultCode: 0x800700b7 });
    const local = join(tmp, 'tool.bin');
    writeFileSync(local, Buffer.from('tool bytes 0123456789'));
    const { id } = await fx.client.uploadFile(sid, local);
    expect((await fx.client.getFile(sid, id)).size).toBe(21);
    await run(sid, { name: 'put file', object: 'C:\\cases\\tool.bin', file_id: id });
    const dir = await run(sid, { name: 'directory list', object: 'C:\\cases\\*' });
    expect(dir.files?.map((f) => [f.name, f.size])).toEqual([['tool.bin', 21]]);
    const part = await run(sid, { name: 'get file', object: 'C:\\cases\\tool.bin', offset: 5, get_count: 5 });
    const meta = await fx.client.getFile(sid, part.file_id as number);
    expect(meta).toMatchObject({
      file_name: 'C:\\cases\\tool.bin',
      size: 5,
      size_uploaded: 5,
      status: 0,
      delete: false,
    });
    const dest = join(tmp, 'part.bin');
    await fx.client.downloadFile(sid, meta.id, dest);
    expect(readFileSync(dest, 'utf8')).toBe('bytes');
    await run(sid, { name: 'delete file', object: 'C:\\cases\\tool.bin' });
    const gone = await failureOf(run(sid, { name: 'get file', object: 'C:\\cases\\tool.bin' }));
    expect(gone).toMatchObject({ kind: 'command_error', resultCode: 0x80070002, meaning: 'file not found' });
    expect(describeHresult(-2147024894)).toBe('file not found'); // the signed spelling of 0x80070002
    const hosts = await failureOf(
      run(sid, { name: 'delete file', object: 'C:\\Windows\\System32\\drivers\\etc\\hosts' }),
    );
    expect(hosts).toMatchObject({ resultCode: 0x80070005 });
  });

  test('session files: list, metadata, DELETE and PUT delete:true', async () => {
    const a = await run(sid, { name: 'get file', object: 'C:\\Users\\pat\\notes.txt' });
    const b = await run(sid, { name: 'get file', object: 'C:\\Users\\pat\\notes.txt' });
    const ids = (await fx.client.listFiles(sid)).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining([a.file_id, b.file_id]));
    await fx.client.deleteFile(sid, a.file_id as number);
    await fx.client.deleteFile(sid, b.file_id as number, { viaPut: true });
    const after = (await fx.client.listFiles(sid)).map((f) => f.id);
    expect(after).not.toContain(a.file_id);
    expect(after).not.toContain(b.file_id);
    expect(await failureOf(fx.client.getFile(sid, a.file_id as number))).toMatchObject({ kind: 'not_found' });
  });

  test('registry: enum, query, set (incl. REG_MULTI_SZ and overwrite), create and delete key, delete value', async () => {
    const run_ = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run';
    const enumd = await run(sid, { name: 'reg enum key', object: run_ });
    expect(enumd.values).toEqual([{ value_name: 'Updater', value_type: 'REG_SZ', value_data: 'c:\\temp\\evil.exe' }]);
    expect(enumd.sub_keys).toEqual([]);
    expect((await run(sid, { name: 'reg enum key', object: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Vendor' })).sub_keys).toEqual(
      ['Sub'],
    );
    const refused = await failureOf(
      run(sid, { name: 'reg set value', object: `${run_}\\Updater`, value_type: 'REG_SZ', value_data: 'x' }),
    );
    expect(refused).toMatchObject({ resultCode: 0x800700b7 });
    await run(sid, {
      name: 'reg set value',
      object: `${run_}\\Updater`,
      value_type: 'REG_SZ',
      value_data: 'c:\\ok.exe',
      overwrite: true,
    });
    expect((await run(sid, { name: 'reg query value', object: `${run_}\\Updater` })).value?.value_data).toBe(
      'c:\\ok.exe',
    );
    await run(sid, { name: 'reg create key', object: 'HKLM\\SOFTWARE\\Vendor\\New' });
    await run(sid, {
      name: 'reg set value',
      object: 'HKLM\\SOFTWARE\\Vendor\\New\\List',
      value_type: 'REG_MULTI_SZ',
      value_data: ['a', 'b'],
    });
    await run(sid, {
      name: 'reg set value',
      object: 'HKLM\\SOFTWARE\\Vendor\\New\\Count',
      value_type: 'REG_DWORD',
      value_data: 7,
    });
    expect((await run(sid, { name: 'reg query value', object: 'HKLM\\SOFTWARE\\Vendor\\New\\List' })).value).toEqual({
      value_name: 'List',
      value_type: 'REG_MULTI_SZ',
      value_data: ['a', 'b'],
    });
    await run(sid, { name: 'reg delete value', object: 'HKLM\\SOFTWARE\\Vendor\\New\\Count' });
    expect(
      await failureOf(run(sid, { name: 'reg query value', object: 'HKLM\\SOFTWARE\\Vendor\\New\\Count' })),
    ).toMatchObject({ resultCode: 0x80070002 });
    expect(await failureOf(run(sid, { name: 'reg delete key', object: 'HKLM\\SOFTWARE\\Vendor' }))).toMatchObject({
      resultCode: 0x80070005,
    });
    await run(sid, { name: 'reg delete key', object: 'HKLM\\SOFTWARE\\Vendor\\New' });
    expect(await failureOf(run(sid, { name: 'reg enum key', object: 'HKLM\\SOFTWARE\\Vendor\\New' }))).toMatchObject({
      meaning: 'file not found',
    });
  });

  test('memdump writes the image (zipped with compress)', async () => {
    await run(sid, { name: 'memdump', object: 'C:\\Windows\\Temp\\mem.dmp', compress: true });
    const listed = await run(sid, { name: 'directory list', object: 'C:\\Windows\\Temp\\mem*' });
    expect(listed.files?.map((f) => f.name)).toEqual(['mem.dmp.zip']);
  });

  test('commands list with status and count filters; cancel while pending; cancel refused once finished', async () => {
    const all = await fx.client.listCommands(sid);
    expect(all.length).toBeGreaterThan(5);
    expect((await fx.client.listCommands(sid, { count: 2 })).length).toBe(2);
    expect((await fx.client.listCommands(sid, { status: 'error' })).every((c) => c.status === 'error')).toBe(true);
    const first = await fx.client.createCommand(sid, { name: 'process list' });
    const second = await fx.client.createCommand(sid, { name: 'kill', object: 276 });
    const cancelled = await fx.client.cancelCommand(sid, second.id);
    expect(cancelled.status).toBe('cancel');
    await fx.client.waitForCommand(sid, first.id, { pollMs: 5 });
    expect(await failureOf(fx.client.waitForCommand(sid, second.id))).toBeInstanceOf(LrCommandCancelledError);
    expect((await run(sid, { name: 'process list' })).processes?.map((p) => p.pid)).toContain(276);
    expect(await failureOf(fx.client.cancelCommand(sid, first.id))).toMatchObject({ kind: 'bad_request', status: 400 });
  });
});

test('a 20 MB file is streamed to disk as it arrives (progress in many chunks, same hash)', async () => {
  const sid = await activeSession(11);
  const got = await run(sid, { name: 'get file', object: '/tmp/big.bin' });
  const dest = join(tmp, 'big.bin');
  const progress: number[] = [];
  const bytes = await fx.client.downloadFile(sid, got.file_id as number, dest, {
    onProgress: (p) => progress.push(p.bytes),
  });
  expect(bytes).toBe(20 * 1024 * 1024);
  expect(progress.length).toBeGreaterThan(10);
  expect(progress[0]).toBeLessThan(bytes);
  const want = createHash('sha256')
    .update(generatedBytes(20 * 1024 * 1024, '11:/tmp/big.bin'))
    .digest('hex');
  expect(createHash('sha256').update(readFileSync(dest)).digest('hex')).toBe(want);
  await fx.client.closeSession(sid);
});

describe('server answers', () => {
  test('completion_time spelling is read as completion too', async () => {
    const other = await startLrServer(
      FAST_SENSORS_YAML.replace('command_delay_ms: 10', 'command_delay_ms: 10\n  completion_field: completion_time'),
    );
    try {
      const s = await other.client.createSession(10, { wait: true });
      const c = await other.client.createCommand(s.id, { name: 'process list' });
      const done = await other.client.waitForCommand(s.id, c.id, { pollMs: 5 });
      expect(typeof done.completion_time).toBe('number');
      expect(done.completion).toBe(done.completion_time);
    } finally {
      await other.close();
    }
  });

  test('a bad token is a typed 401 whose message has no token; Live Response disabled is a typed 412', async () => {
    const wrong = new LrClient({ url: fx.url, token: 'not-the-token-xyz' });
    const err = await failureOf(wrong.listSessions());
    await wrong.close();
    expect(err).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect((err as Error).message).not.toContain('not-the-token-xyz');
    fx.server.state.behaviour.live_response_enabled = false;
    try {
      expect(await failureOf(fx.client.createSession(10))).toMatchObject({ kind: 'disabled', status: 412 });
    } finally {
      fx.server.state.behaviour.live_response_enabled = true;
    }
  });

  test('https: the server certificate is checked against the CA given; an unknown CA is a typed network error unless verification is off', async () => {
    const pki = makeTestPki('lr');
    const tls = await startLrServer(
      FAST_SENSORS_YAML,
      { ca: pki.pem('ca.pem') },
      { tls: { cert: pki.pem('server.pem'), key: pki.pem('server.key') } },
    );
    const strangers = new LrClient({ url: tls.url, token: LR_TOKEN, ca: pki.pem('other-ca.pem'), retries: 0 });
    const trusting = new LrClient({ url: tls.url, token: LR_TOKEN, verifyTls: false });
    try {
      expect(tls.url).toMatch(/^https:/);
      expect(Array.isArray(await tls.client.listSessions())).toBe(true);
      const err = await failureOf(strangers.listSessions());
      expect(err).toMatchObject({ kind: 'network' });
      expect((err as Error).message).toMatch(/certificate/i);
      expect(Array.isArray(await trusting.listSessions())).toBe(true);
    } finally {
      await strangers.close();
      await trusting.close();
      await tls.close();
      rmSync(pki.dir, { recursive: true, force: true });
    }
  });

  describe('a misbehaving server', () => {
    const receiver = new HttpReceiver();
    let client: LrClient;
    beforeAll(async () => {
      await receiver.start();
      client = new LrClient({
        url: receiver.url,
        token: LR_TOKEN,
        requestTimeoutMs: 300,
        retries: 2,
        retryDelayMs: 10,
      });
    });
    afterAll(async () => {
      await client.close();
      await receiver.stop();
    });

    test('garbage JSON is a typed bad_response error', async () => {
      receiver.respond = () => ({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{"status": "act',
      });
      expect(await failureOf(client.getSession(1))).toBeInstanceOf(LrBadResponseError);
      receiver.respond = () => ({ status: 200, body: '[1, 2]' });
      expect(await failureOf(client.getSession(1))).toBeInstanceOf(LrBadResponseError);
    });

    test('500: a GET is retried a bounded number of times; a POST is sent once', async () => {
      receiver.respond = () => ({ status: 500, body: 'Internal Server Error' });
      const before = receiver.requests.length;
      const err = await failureOf(client.getSession(1));
      expect(err).toMatchObject({ kind: 'server_error', status: 500 });
      expect(receiver.requests.length - before).toBe(3);
      const mid = receiver.requests.length;
      expect(await failureOf(client.createCommand(1, { name: 'kill', object: 4 }))).toMatchObject({
        kind: 'server_error',
      });
      expect(receiver.requests.length - mid).toBe(1);
      expect(receiver.requests[mid].headers['x-auth-token']).toBe(LR_TOKEN);
    });

    test('a server that never answers: a typed timeout; a POST says it may have been applied', async () => {
      receiver.respond = () => 'hang';
      const get = await failureOf(client.listSessions());
      expect(get).toBeInstanceOf(LrTransportError);
      expect(get).toMatchObject({ kind: 'timeout', maybeApplied: false });
      const post = await failureOf(client.createSession(10));
      expect(post).toMatchObject({ kind: 'timeout', maybeApplied: true });
      expect((post as Error).message).not.toContain(LR_TOKEN);
    });

    test('the connection reset mid-request is a typed network error', async () => {
      receiver.respond = () => 'reset';
      const err = await failureOf(client.listSessions());
      expect(err).toBeInstanceOf(LrError);
      expect((err as LrError).kind).toBe('network');
    });
  });
});
