import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processCpuSeconds } from './bench-util';

const ROOT = join(__dirname, '..', '..');

/** The bridge as a child process (`bin/cb-event-bridge.js run`), so its memory is its own. */
export class BridgeChild {
  private child: ChildProcess | null = null;
  logs = '';

  constructor(
    private readonly args: string[],
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    // BENCH_BRIDGE_STDOUT: a file for the child's stdout (V8 writes --trace-gc there), appended to.
    const stdoutFile = process.env.BENCH_BRIDGE_STDOUT;
    this.child = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_BRIDGE_NODE_FLAGS ?? '').split(' ').filter(Boolean),
        join(ROOT, 'bin', 'cb-event-bridge.js'),
        'run',
        ...this.args,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, CB_BRIDGE_ADMIN_PORT: '0', CB_BRIDGE_LOG_LEVEL: 'info', ...this.env },
        stdio: ['ignore', stdoutFile ? openSync(stdoutFile, 'a') : 'ignore', 'pipe'],
      },
    );
    this.child.stderr!.on('data', (d: Buffer) => {
      this.logs = (this.logs + d.toString()).slice(-200_000);
    });
    const until = Date.now() + 60_000;
    while (!this.logs.includes('AMQP connected and consuming')) {
      if (Date.now() > until || this.child.exitCode !== null)
        throw new Error(`bridge did not start:\n${this.logs.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
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
