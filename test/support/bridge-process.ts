import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The bridge as a real child process (`node bin/cb-event-bridge.js run`), built by `npm run build`. */
export class BridgeProcess {
  private child: ChildProcess | null = null;
  logs = '';

  constructor(private readonly args: string[], private readonly env: Record<string, string> = {}) {}

  start(): void {
    this.child = spawn(process.execPath, [join(ROOT, 'bin', 'cb-event-bridge.js'), 'run', ...this.args], {
      cwd: ROOT, env: { ...process.env, CB_BRIDGE_LOG_LEVEL: 'info', CB_BRIDGE_ADMIN_PORT: '0', ...this.env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => { this.logs += d.toString(); });
    this.child.stderr!.on('data', (d: Buffer) => { this.logs += d.toString(); if (this.logs.length > 2_000_000) this.logs = this.logs.slice(-1_000_000); });
  }

  /** Resolves once the bridge logged that it is consuming. */
  async consuming(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!this.logs.includes('AMQP connected and consuming')) {
      if (Date.now() > until) throw new Error(`bridge did not start consuming:\n${this.logs.slice(-4000)}`);
      if (this.child?.exitCode !== null) throw new Error(`bridge exited (${this.child?.exitCode}):\n${this.logs.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Sends a signal the bridge handles without exiting (SIGHUP: reload the routes file). */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  kill(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return Promise.resolve(child?.exitCode ?? null);
    return new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  }
}
