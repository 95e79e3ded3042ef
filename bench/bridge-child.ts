import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { processCpuSeconds } from './bench-util';

/**
 * The tree whose `bin/cb-event-bridge.js` runs: this one, or BENCH_BRIDGE_ROOT (another checkout, built), so the same
 * load and measurements can be run against an older bridge. BENCH_BRIDGE_NODE picks the node binary for it.
 */
const ROOT = process.env.BENCH_BRIDGE_ROOT ?? join(__dirname, '..', '..');
const NODE = process.env.BENCH_BRIDGE_NODE ?? process.execPath;
/** Longest a pause or resume may take (a pause waits for the route's in-flight messages to settle). */
const ADMIN_TIMEOUT_MS = 120_000;

/** The bridge as a child process (`bin/cb-event-bridge.js run`), so its memory is its own. */
export class BridgeChild {
  private child: ChildProcess | null = null;
  private admin: string | null = null;
  logs = '';

  constructor(
    private readonly args: string[],
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    const adminPort = await freePort();
    // BENCH_BRIDGE_STDOUT: a file for the child's stdout (V8 writes --trace-gc there), appended to.
    const stdoutFile = process.env.BENCH_BRIDGE_STDOUT;
    this.child = spawn(
      NODE,
      [
        ...(process.env.BENCH_BRIDGE_NODE_FLAGS ?? '').split(' ').filter(Boolean),
        join(ROOT, 'bin', 'cb-event-bridge.js'),
        'run',
        ...this.args,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, CB_BRIDGE_ADMIN_PORT: String(adminPort), CB_BRIDGE_LOG_LEVEL: 'info', ...this.env },
        stdio: ['ignore', stdoutFile ? openSync(stdoutFile, 'a') : 'ignore', 'pipe'],
      },
    );
    this.child.stderr!.on('data', (d: Buffer) => {
      this.logs = (this.logs + d.toString()).slice(-200_000);
    });
    const until = Date.now() + 60_000;
    while (!this.logs.includes('AMQP connected and consuming') || this.readAdminUrl() === null) {
      if (Date.now() > until || this.child.exitCode !== null)
        throw new Error(`bridge did not start:\n${this.logs.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * The admin API's base URL from the bridge's `admin API listening` log line, once a whole line has arrived (a line
   * still being written, or one that is not JSON, is passed over); remembered, since the log keeps only its tail.
   */
  private readAdminUrl(): string | null {
    if (this.admin !== null) return this.admin;
    for (const line of this.logs.split('\n').slice(0, -1)) {
      if (!line.includes('admin API listening')) continue;
      try {
        const url = (JSON.parse(line) as { url?: unknown }).url;
        if (typeof url === 'string') return (this.admin = url);
      } catch {
        /* not a log record */
      }
    }
    return null;
  }

  /**
   * Pauses (consumers cancelled, messages collect in the route's queue) or resumes a route through the admin API;
   * returns once the bridge has answered, and fails after ADMIN_TIMEOUT_MS.
   */
  async route(name: string, action: 'pause' | 'resume'): Promise<void> {
    const admin = this.readAdminUrl();
    if (admin === null) throw new Error('the bridge has not logged its admin API address');
    const res = await fetch(`${admin}/api/v1/routes/${encodeURIComponent(name)}/${action}`, {
      method: 'POST',
      signal: AbortSignal.timeout(ADMIN_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`admin API ${action} ${name}: HTTP ${res.status} ${await res.text()}`);
  }

  /** Resident set size now and at its peak (VmRSS / VmHWM), in MB. */
  rss(): { now: number; peak: number } {
    const status = readFileSync(`/proc/${this.child!.pid}/status`, 'utf8');
    const kb = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  }

  /** CPU seconds the bridge process has used (user + system, every thread). */
  cpuSeconds(): number {
    return processCpuSeconds(this.child!.pid!);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

/** A loopback port free right now, for the bridge's admin API (0 would turn the API off). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no loopback port for the admin API');
  return address.port;
}
