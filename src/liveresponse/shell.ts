import { existsSync, statSync } from 'node:fs';
import { basename, resolve as resolveLocal } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { TransferProgress } from './client';
import type { CommandRequest, LrCommand } from './commands';
import { LrError } from './errors';
import type { JobStep } from './job';
import type { SessionPool } from './session-pool';
import { REGISTRY_VALUE_TYPES, type LrSession, type RegistryValueType } from './wire-types';

export interface ShellOptions {
  pool: SessionPool;
  sensorId: number;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Deadline of each command (and of opening the session). */
  timeoutMs: number;
  /** Pieces large downloads are fetched in. */
  chunkBytes?: number;
}

/** A usage mistake in a shell line: printed as one line, the shell goes on. */
class UsageError extends Error {}

const HELP = `Commands (paths are on the sensor unless they say LOCAL):
  ps                              list processes
  ls | dir [PATH]                 list a directory (default: the current one)
  cd PATH                         change the current directory
  pwd                             print the current directory
  get REMOTE [LOCAL]              download a file (default: its name, here)
  put LOCAL REMOTE                upload a file
  del PATH                        delete a file or an empty directory
  mkdir PATH                      create a directory
  kill PID                        terminate a process
  exec [-w] [-o OUTFILE] CMDLINE  start a process (-w: wait for it and show its exit code)
  reg query KEY\\VALUE             show a registry value
  reg enum KEY                    list a key's values and subkeys
  reg set KEY\\VALUE TYPE DATA... [-f]  set a value (TYPE: ${REGISTRY_VALUE_TYPES.join(', ')}; -f overwrites)
  reg create KEY                  create a key
  reg delete KEY | reg delete -v KEY\\VALUE   delete a key, or a value
  memdump [REMOTE] [-c]           dump memory to a file on the sensor (-c: compressed)
  history                         the lines typed so far
  help                            this text
  exit                            close the session and leave
Ctrl-C cancels the running command.`;

/** Splits a line into words: blanks separate, double quotes group; backslashes are kept (Windows paths). */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push(m[1] ?? m[2]);
  return words;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function formatTime(unix: number): string {
  return new Date(unix * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A line-oriented Live Response shell on one sensor, like the CB console: each line is one pool
 * job with the shell's deadline; Ctrl-C cancels it. The session stays open (with keepalives)
 * until `exit` or the end of input.
 */
export class LrShell {
  private cwd = '';
  private session?: LrSession;
  private rl?: Interface;
  private running?: AbortController;
  private readonly history: string[] = [];
  private stopped = false;

  constructor(private readonly o: ShellOptions) {}

  private print(text: string): void {
    this.o.output.write(`${text}\n`);
  }

  private get windows(): boolean {
    return (this.session?.drives ?? []).some((d) => /^[A-Za-z]:\\$/.test(d)) || /^[A-Za-z]:\\/.test(this.cwd);
  }

  private get sep(): string {
    return this.windows ? '\\' : '/';
  }

  /** A sensor path from what was typed: absolute as is; relative to the current directory; `..` climbs. */
  remotePath(typed: string): string {
    const sep = this.sep;
    const absolute = this.windows ? /^[A-Za-z]:[\\/]/.test(typed) || typed.startsWith('\\\\') : typed.startsWith('/');
    const joined = absolute ? typed : `${this.cwd.replace(/[\\/]+$/, '')}${sep}${typed}`;
    const parts = joined.split(/[\\/]+/);
    const out: string[] = [];
    for (const p of parts) {
      if (p === '.' || (p === '' && out.length > 0)) continue;
      if (p === '..') {
        if (out.length > 1) out.pop();
        continue;
      }
      out.push(p);
    }
    if (this.windows) return out.length === 1 ? `${out[0]}\\` : out.join('\\');
    return out.join('/') || '/';
  }

  /** Ends the shell from outside (SIGTERM): the running command is cancelled, input stops. */
  stop(): void {
    this.stopped = true;
    this.running?.abort();
    this.rl?.close();
  }

  /** Runs the shell until `exit`, end of input or stop(); resolves with the exit code. */
  async run(): Promise<number> {
    this.print(`connecting to sensor ${this.o.sensorId}...`);
    const opened = await this.job([], 'open a session');
    if (!opened || this.stopped) return opened ? 0 : 1;
    this.session = opened.session;
    this.cwd = this.session.current_working_directory || (this.windows ? 'C:\\' : '/');
    this.print(
      `session ${this.session.id} on ${this.session.hostname} (${this.session.os_version || 'unknown OS'}); type 'help' for commands`,
    );
    const terminal = (this.o.output as { isTTY?: boolean }).isTTY === true;
    const rl = createInterface({ input: this.o.input, output: this.o.output, terminal, historySize: 500, prompt: '' });
    this.rl = rl;
    rl.on('SIGINT', () => {
      if (this.running) {
        this.running.abort();
      } else {
        this.print('^C (type exit to leave)');
        this.prompt();
      }
    });
    this.prompt();
    try {
      for await (const line of rl) {
        const words = splitWords(line);
        if (words.length === 0) {
          this.prompt();
          continue;
        }
        this.history.push(line);
        if (words[0] === 'exit' || words[0] === 'quit') break;
        await this.execute(words);
        this.prompt();
      }
    } finally {
      rl.close();
    }
    return 0;
  }

  private prompt(): void {
    this.rl?.setPrompt(`${this.cwd}> `);
    this.rl?.prompt();
  }

  /** One pool job for the sensor; prints its error as one line and answers undefined on failure. */
  private async job(steps: JobStep[], what: string) {
    const control = new AbortController();
    this.running = control;
    try {
      return await this.o.pool.run({
        sensorId: this.o.sensorId,
        steps,
        timeoutMs: this.o.timeoutMs,
        signal: control.signal,
      });
    } catch (err) {
      if (err instanceof LrError && err.kind === 'cancelled') this.print(`cancelled: ${what}`);
      else this.print(`error: ${(err as Error).message}`);
      return undefined;
    } finally {
      this.running = undefined;
    }
  }

  private async command(
    request: CommandRequest,
    what: string,
    extra: Omit<JobStep, 'command'> = {},
  ): Promise<LrCommand | undefined> {
    const done = await this.job([{ command: request, ...extra }], what);
    return done?.results[0]?.command;
  }

  private async execute(words: string[]): Promise<void> {
    const [name, ...args] = words;
    try {
      const handler = this.handlers[name];
      if (!handler) throw new UsageError(`unknown command '${name}' (type help)`);
      await handler(args);
    } catch (err) {
      if (err instanceof UsageError) this.print(`usage: ${err.message}`);
      else this.print(`error: ${(err as Error).message}`);
    }
  }

  /** Progress on a terminal: one line rewritten at most five times a second. */
  private progress(label: string): ((p: TransferProgress) => void) | undefined {
    if ((this.o.output as { isTTY?: boolean }).isTTY !== true) return undefined;
    let last = 0;
    return (p) => {
      const now = Date.now();
      if (now - last < 200 && p.bytes !== p.total) return;
      last = now;
      const of = p.total ? ` of ${formatBytes(p.total)} (${Math.floor((p.bytes / p.total) * 100)}%)` : '';
      this.o.output.write(`\r${label}: ${formatBytes(p.bytes)}${of}   `);
    };
  }

  private readonly handlers: Record<string, (args: string[]) => Promise<void>> = {
    help: async () => this.print(HELP),
    history: async () => this.history.forEach((h, i) => this.print(`${String(i + 1).padStart(4)}  ${h}`)),
    pwd: async () => this.print(this.cwd),
    ps: async () => {
      const done = await this.command({ name: 'process list' }, 'ps');
      if (!done) return;
      this.print(`${'PID'.padStart(7)} ${'PPID'.padStart(7)}  ${'USER'.padEnd(24)} COMMAND`);
      for (const p of done.processes ?? [])
        this.print(
          `${String(p.pid).padStart(7)} ${String(p.parent).padStart(7)}  ${p.username.padEnd(24)} ${p.command_line || p.path}`,
        );
    },
    ls: async (args) => this.list(args),
    dir: async (args) => this.list(args),
    cd: async ([target]) => {
      if (!target) throw new UsageError('cd PATH');
      const path = this.remotePath(target);
      const done = await this.command(
        { name: 'directory list', object: path.endsWith(this.sep) ? path : `${path}${this.sep}` },
        `cd ${target}`,
      );
      if (done) this.cwd = path;
    },
    get: async ([remote, local]) => {
      if (!remote) throw new UsageError('get REMOTE [LOCAL]');
      const path = this.remotePath(remote);
      const to = resolveLocal(local ?? basename(path.replace(/\\/g, '/')));
      const label = `get ${path}`;
      const done = await this.job(
        [
          {
            command: { name: 'get file', object: path },
            download: { to, chunkBytes: this.o.chunkBytes ?? 8 * 1024 * 1024, onProgress: this.progress(label) },
          },
        ],
        label,
      );
      if (done) this.print(`\r${label}: ${formatBytes(done.results[0].bytes ?? 0)} saved to ${to}          `);
    },
    put: async ([local, remote]) => {
      if (!local || !remote) throw new UsageError('put LOCAL REMOTE');
      if (!existsSync(local) || !statSync(local).isFile()) throw new UsageError(`put: no local file ${local}`);
      const path = this.remotePath(remote);
      const size = statSync(local).size;
      this.o.output.write(`put ${local}: uploading ${formatBytes(size)}...`);
      const done = await this.command({ name: 'put file', object: path, file_id: 0 }, `put ${local}`, {
        upload: { from: local },
      });
      if (done) this.print(` done: ${path}`);
    },
    del: async ([target]) => {
      if (!target) throw new UsageError('del PATH');
      const path = this.remotePath(target);
      if (await this.command({ name: 'delete file', object: path }, `del ${target}`)) this.print(`deleted ${path}`);
    },
    mkdir: async ([target]) => {
      if (!target) throw new UsageError('mkdir PATH');
      const path = this.remotePath(target);
      if (await this.command({ name: 'create directory', object: path }, `mkdir ${target}`))
        this.print(`created ${path}`);
    },
    kill: async ([pid]) => {
      if (!pid || !/^\d+$/.test(pid)) throw new UsageError('kill PID');
      if (await this.command({ name: 'kill', object: Number(pid) }, `kill ${pid}`)) this.print(`killed ${pid}`);
    },
    exec: async (args) => {
      let wait = false;
      let output: string | undefined;
      while (args[0] === '-w' || args[0] === '-o') {
        const flag = args.shift();
        if (flag === '-w') wait = true;
        else output = args.shift();
      }
      if (args.length === 0 || (output === undefined && args.includes('-o')))
        throw new UsageError('exec [-w] [-o OUTFILE] CMDLINE');
      const cmdline = args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ');
      const done = await this.command(
        {
          name: 'create process',
          object: cmdline,
          wait,
          working_directory: this.cwd,
          ...(output ? { output_file: this.remotePath(output) } : {}),
        },
        `exec ${cmdline}`,
      );
      if (done)
        this.print(
          `started pid ${done.pid}${done.return_code !== undefined ? `, exited with ${done.return_code}` : ''}`,
        );
    },
    reg: async (args) => this.registry(args),
    memdump: async (args) => {
      const compress = args.includes('-c');
      const rest = args.filter((a) => a !== '-c');
      const path = this.remotePath(rest[0] ?? 'memdump.dmp');
      if (await this.command({ name: 'memdump', object: path, compress }, 'memdump'))
        this.print(`memory dumped to ${path}${compress ? '.zip' : ''}`);
    },
  };

  private async list(args: string[]): Promise<void> {
    const path = args[0] ? this.remotePath(args[0]) : this.cwd;
    const object = path.includes('*') || path.endsWith(this.sep) ? path : `${path}${this.sep}`;
    const done = await this.command({ name: 'directory list', object }, `ls ${path}`);
    if (!done) return;
    this.print(`Directory of ${path}`);
    for (const f of done.files ?? []) {
      const dir = f.attributes.includes('DIRECTORY');
      this.print(
        `${formatTime(f.last_write_time)}  ${dir ? '<DIR>'.padEnd(12) : String(f.size).padStart(12)}  ${f.name}`,
      );
    }
  }

  private async registry(args: string[]): Promise<void> {
    const [verb, ...rest] = args;
    const usage = 'reg query|enum|set|create|delete ... (type help)';
    switch (verb) {
      case 'query': {
        if (!rest[0]) throw new UsageError('reg query KEY\\VALUE');
        const done = await this.command({ name: 'reg query value', object: rest[0] }, 'reg query');
        if (done?.value)
          this.print(`${done.value.value_name}  ${done.value.value_type}  ${JSON.stringify(done.value.value_data)}`);
        return;
      }
      case 'enum': {
        if (!rest[0]) throw new UsageError('reg enum KEY');
        const done = await this.command({ name: 'reg enum key', object: rest[0] }, 'reg enum');
        if (!done) return;
        for (const k of done.sub_keys ?? []) this.print(`  [${k}]`);
        for (const v of done.values ?? [])
          this.print(`  ${v.value_name}  ${v.value_type}  ${JSON.stringify(v.value_data)}`);
        return;
      }
      case 'set': {
        const overwrite = rest.includes('-f');
        const [path, type, ...data] = rest.filter((a) => a !== '-f');
        if (!path || !type || data.length === 0) throw new UsageError('reg set KEY\\VALUE TYPE DATA... [-f]');
        if (!(REGISTRY_VALUE_TYPES as readonly string[]).includes(type))
          throw new UsageError(`reg set: TYPE must be one of ${REGISTRY_VALUE_TYPES.join(', ')}`);
        const valueType = type as RegistryValueType;
        const numeric = valueType === 'REG_DWORD' || valueType === 'REG_QWORD';
        if (numeric && !/^(0x[0-9a-f]+|\d+)$/i.test(data[0]))
          throw new UsageError(`reg set: ${type} data must be a number`);
        const value = valueType === 'REG_MULTI_SZ' ? data : numeric ? Number(data[0]) : data.join(' ');
        if (
          await this.command(
            { name: 'reg set value', object: path, value_type: valueType, value_data: value, overwrite },
            'reg set',
          )
        )
          this.print(`set ${path}`);
        return;
      }
      case 'create':
        if (!rest[0]) throw new UsageError('reg create KEY');
        if (await this.command({ name: 'reg create key', object: rest[0] }, 'reg create'))
          this.print(`created ${rest[0]}`);
        return;
      case 'delete': {
        const value = rest[0] === '-v';
        const path = value ? rest[1] : rest[0];
        if (!path) throw new UsageError('reg delete KEY | reg delete -v KEY\\VALUE');
        const done = await this.command(
          { name: value ? 'reg delete value' : 'reg delete key', object: path },
          'reg delete',
        );
        if (done) this.print(`deleted ${path}`);
        return;
      }
      default:
        throw new UsageError(usage);
    }
  }
}
