import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadLrSettings, type LrSettings } from '../../config/settings';
import { LrClient } from '../../liveresponse/client';
import { isCommandName, type CommandRequest } from '../../liveresponse/commands';
import { LrError } from '../../liveresponse/errors';
import type { JobStep } from '../../liveresponse/job';
import { SessionPool } from '../../liveresponse/session-pool';
import { LrShell } from '../../liveresponse/shell';
import { REGISTRY_VALUE_TYPES, type RegistryValueType } from '../../liveresponse/wire-types';
import { CliError } from '../cli-error';

const SERVER_OPTIONS = `Server (every lr command):
  --url URL             the CB server (or CB_BRIDGE_LR_URL)
  --token TOKEN         its API token (or CB_BRIDGE_LR_TOKEN, CB_BRIDGE_LR_TOKEN_FILE)
  --ca-file FILE        CA bundle (PEM) for https (or CB_BRIDGE_LR_CA_FILE)
  --insecure            do not verify the server certificate
  --timeout SECONDS     deadline of the whole job (shell: of each command); default 120`;

export const LR_USAGE = `Usage:
  cb-event-bridge lr run --sensor ID --command NAME [--object X] [command options] [server options]
  cb-event-bridge lr shell --sensor ID [server options]
  cb-event-bridge lr sessions [--json] [server options]
  cb-event-bridge lr close SESSION_ID [server options]
Command options (lr run):
  --object X                    what the command acts on (path, pid, registry path, command line)
  --offset N --get-count N      get file: part of the file
  --download LOCAL              get file: save the file to LOCAL
  --upload LOCAL                put file: the local file to send (sets file_id)
  --value-type T --value-data D reg set value (repeat --value-data for REG_MULTI_SZ); --overwrite
  --wait --working-directory D --output-file F   create process
  --compress                    memdump
${SERVER_OPTIONS}
'lr run' opens a session (or reuses the sensor's), runs one command, closes the session and prints
the completed command as JSON on stdout. A command error, an offline sensor or the deadline prints
one line on stderr and exits 1. Commands: process list, kill, create process, directory list,
get file, put file, delete file, create directory, reg enum key, reg query value, reg create key,
reg delete key, reg delete value, reg set value, memdump.`;

const SERVER_FLAGS = {
  url: { type: 'string' },
  token: { type: 'string' },
  'ca-file': { type: 'string' },
  insecure: { type: 'boolean' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type ServerValues = { url?: string; token?: string; 'ca-file'?: string; insecure?: boolean; timeout?: string };

function settingsFrom(sub: string, v: ServerValues): LrSettings {
  let s: LrSettings;
  try {
    s = loadLrSettings({
      url: v.url,
      token: v.token,
      ca_file: v['ca-file'],
      verify_tls: v.insecure ? false : undefined,
    });
  } catch (err) {
    throw new CliError(`lr ${sub}: ${(err as Error).message}`);
  }
  if (!s.url) throw new CliError(`lr ${sub}: no server: give --url URL or set CB_BRIDGE_LR_URL`);
  if (!s.token)
    throw new CliError(`lr ${sub}: no API token: give --token or set CB_BRIDGE_LR_TOKEN (or CB_BRIDGE_LR_TOKEN_FILE)`);
  return s;
}

function clientFrom(sub: string, s: LrSettings): LrClient {
  let ca: Buffer | undefined;
  if (s.ca_file) {
    try {
      ca = readFileSync(s.ca_file);
    } catch (err) {
      throw new CliError(
        `lr ${sub}: cannot read the CA file ${s.ca_file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      );
    }
  }
  try {
    return new LrClient({
      url: s.url,
      token: s.token,
      ca,
      verifyTls: s.verify_tls,
      requestTimeoutMs: s.request_timeout_s * 1000,
    });
  } catch (err) {
    throw new CliError(`lr ${sub}: ${(err as Error).message}`);
  }
}

function timeoutMs(sub: string, v: ServerValues): number {
  if (v.timeout === undefined) return 120_000;
  const n = Number(v.timeout);
  if (!Number.isFinite(n) || n <= 0)
    throw new CliError(`lr ${sub}: --timeout must be a positive number of seconds, not '${v.timeout}'`);
  return n * 1000;
}

function integer(sub: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`lr ${sub}: --${flag} must be a whole number, not '${value}'`);
  return Number(value);
}

/** Runs `fn` with a client, turning Live Response and file errors into one line (exit 1). */
async function withClient<T>(
  sub: string,
  v: ServerValues,
  fn: (client: LrClient, settings: LrSettings) => Promise<T>,
): Promise<T> {
  const settings = settingsFrom(sub, v);
  const client = clientFrom(sub, settings);
  try {
    return await fn(client, settings);
  } catch (err) {
    if (err instanceof LrError) throw new CliError(`lr ${sub}: ${err.message}`, 1);
    const e = err as NodeJS.ErrnoException;
    if (e.code && e.syscall) throw new CliError(`lr ${sub}: ${e.code}: ${e.message}`, 1);
    throw err;
  } finally {
    await client.close();
  }
}

/** The command request `lr run` flags describe. */
function requestFrom(v: Record<string, string | boolean | string[] | undefined>): CommandRequest {
  const name = String(v.command);
  if (!isCommandName(name)) throw new CliError(`lr run: unknown command '${name}' (see cb-event-bridge lr --help)`);
  const object = typeof v.object === 'string' ? v.object : undefined;
  const needsObject = name !== 'process list' && name !== 'memdump';
  if (needsObject && object === undefined) throw new CliError(`lr run: '${name}' needs --object`);
  switch (name) {
    case 'get file':
      return {
        name,
        object: object as string,
        offset: integer('run', 'offset', v.offset as string | undefined),
        get_count: integer('run', 'get-count', v['get-count'] as string | undefined),
      };
    case 'put file':
      if (v['file-id'] === undefined && !v.upload)
        throw new CliError("lr run: 'put file' needs --upload LOCAL (or --file-id N of a file already in the session)");
      return {
        name,
        object: object as string,
        file_id: integer('run', 'file-id', v['file-id'] as string | undefined) ?? 0,
      };
    case 'reg set value': {
      const type = v['value-type'];
      if (typeof type !== 'string' || !(REGISTRY_VALUE_TYPES as readonly string[]).includes(type))
        throw new CliError(`lr run: --value-type must be one of ${REGISTRY_VALUE_TYPES.join(', ')}`);
      const data = (v['value-data'] as string[] | undefined) ?? [];
      if (data.length === 0) throw new CliError('lr run: --value-data is required for reg set value');
      const numeric = type === 'REG_DWORD' || type === 'REG_QWORD';
      if (numeric && !/^\d+$/.test(data[0])) throw new CliError(`lr run: ${type} --value-data must be a whole number`);
      const valueData = type === 'REG_MULTI_SZ' ? data : numeric ? Number(data[0]) : data[0];
      return {
        name,
        object: object as string,
        value_type: type as RegistryValueType,
        value_data: valueData,
        overwrite: v.overwrite === true,
      };
    }
    case 'create process':
      return {
        name,
        object: object as string,
        wait: v.wait === true,
        ...(typeof v['working-directory'] === 'string' ? { working_directory: v['working-directory'] } : {}),
        ...(typeof v['output-file'] === 'string' ? { output_file: v['output-file'] } : {}),
      };
    case 'kill':
      return { name, object: /^\d+$/.test(object as string) ? Number(object) : (object as string) };
    case 'memdump':
      return { name, object: object ?? 'memdump.dmp', compress: v.compress === true };
    case 'process list':
      return { name };
    default:
      return { name, object: object as string };
  }
}

async function lrRun(argv: string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      ...SERVER_FLAGS,
      sensor: { type: 'string' },
      command: { type: 'string' },
      object: { type: 'string' },
      offset: { type: 'string' },
      'get-count': { type: 'string' },
      download: { type: 'string' },
      upload: { type: 'string' },
      'file-id': { type: 'string' },
      'value-type': { type: 'string' },
      'value-data': { type: 'string', multiple: true },
      overwrite: { type: 'boolean' },
      wait: { type: 'boolean' },
      'working-directory': { type: 'string' },
      'output-file': { type: 'string' },
      compress: { type: 'boolean' },
    },
  });
  if (v.help) return usage(stdout);
  const sensorId = integer('run', 'sensor', v.sensor);
  if (sensorId === undefined) throw new CliError('lr run: --sensor ID is required');
  if (!v.command) throw new CliError('lr run: --command NAME is required (e.g. --command "process list")');
  const request = requestFrom(v);
  const step: JobStep = { command: request };
  if (v.upload) step.upload = { from: v.upload };
  if (v.download) {
    if (request.name !== 'get file') throw new CliError('lr run: --download goes with --command "get file"');
    step.download = { to: v.download };
  }
  const deadline = timeoutMs('run', v);
  return withClient('run', v, async (client) => {
    const pool = new SessionPool({ client, maxSessions: 1, idleCloseMs: 0 });
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const result = await pool.run({ sensorId, steps: [step], timeoutMs: deadline, signal: stop.signal });
      stdout.write(`${JSON.stringify(result.results[0].command, null, 2)}\n`);
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await pool.close();
    }
  });
}

async function lrSessions(argv: string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values: v } = parseArgs({ args: argv, options: { ...SERVER_FLAGS, json: { type: 'boolean' } } });
  if (v.help) return usage(stdout);
  return withClient('sessions', v, async (client) => {
    const sessions = await client.listSessions({ timeoutMs: timeoutMs('sessions', v) });
    if (v.json) {
      stdout.write(`${JSON.stringify(sessions)}\n`);
      return 0;
    }
    stdout.write(
      `${'ID'.padStart(6)} ${'SENSOR'.padStart(7)}  ${'STATUS'.padEnd(8)} ${'HOSTNAME'.padEnd(24)} CREATED\n`,
    );
    for (const s of sessions) {
      stdout.write(
        `${String(s.id).padStart(6)} ${String(s.sensor_id).padStart(7)}  ${s.status.padEnd(8)} ${(s.hostname ?? '').padEnd(24)} ${new Date(s.create_time * 1000).toISOString()}\n`,
      );
    }
    return 0;
  });
}

async function lrClose(argv: string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parseArgs({ args: argv, options: SERVER_FLAGS, allowPositionals: true });
  if (v.help) return usage(stdout);
  const id = integer('close', 'SESSION_ID', positionals[0]);
  if (id === undefined || positionals.length !== 1)
    throw new CliError('lr close: give one SESSION_ID (see lr sessions)');
  return withClient('close', v, async (client) => {
    const closed = await client.closeSession(id, { timeoutMs: timeoutMs('close', v) });
    stdout.write(`session ${closed.id} (sensor ${closed.sensor_id}) is ${closed.status}\n`);
    return 0;
  });
}

async function lrShell(argv: string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values: v } = parseArgs({ args: argv, options: { ...SERVER_FLAGS, sensor: { type: 'string' } } });
  if (v.help) return usage(stdout);
  const sensorId = integer('shell', 'sensor', v.sensor);
  if (sensorId === undefined) throw new CliError('lr shell: --sensor ID is required');
  const deadline = timeoutMs('shell', v);
  return withClient('shell', v, async (client) => {
    const pool = new SessionPool({ client, maxSessions: 1, idleCloseMs: 24 * 3600_000 });
    const shell = new LrShell({ pool, sensorId, input: process.stdin, output: stdout, timeoutMs: deadline });
    // On a terminal Ctrl-C reaches the shell as a key; otherwise a signal ends the shell, and the session with it.
    const onSignal = (): void => shell.stop();
    process.on('SIGTERM', onSignal);
    if (!process.stdin.isTTY) process.on('SIGINT', onSignal);
    try {
      return await shell.run();
    } finally {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await pool.close();
    }
  });
}

function usage(stdout: NodeJS.WritableStream): number {
  stdout.write(`${LR_USAGE}\n`);
  return 0;
}

const SUBCOMMANDS: Record<string, (argv: string[], stdout: NodeJS.WritableStream) => Promise<number>> = {
  run: lrRun,
  sessions: lrSessions,
  close: lrClose,
  shell: lrShell,
};

export async function runLr(
  argv: string[],
  stdout: NodeJS.WritableStream,
  _stderr: NodeJS.WritableStream,
): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    stdout.write(`${LR_USAGE}\n`);
    return sub ? 0 : 2;
  }
  const command = SUBCOMMANDS[sub];
  if (!command) throw new CliError(`lr: unknown subcommand '${sub}' (run, shell, sessions, close)`);
  return command(rest, stdout);
}
