import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { recordChild } from './test-run';

const ROOT = join(__dirname, '..', '..');

/** The bridge as a real child process (`node bin/cb-event-bridge.js run`), built by `npm run build`. */
export class BridgeProcess {
  private child: ChildProcess | null = null;
  logs = '';

  constructor(
    private readonly args: string[],
    private readonly env: Record<string, string> = {},
  ) {}

  start(): void {
    this.child = spawn(process.execPath, [join(ROOT, 'bin', 'cb-event-bridge.js'), 'run', ...this.args], {
      cwd: ROOT,
      env: { ...process.env, CB_BRIDGE_LOG_LEVEL: 'info', CB_BRIDGE_ADMIN_PORT: '0', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    recordChild(this.child);
    this.child.stdout!.on('data', (d: Buffer) => {
      this.logs += d.toString();
    });
    this.child.stderr!.on('data', (d: Buffer) => {
      this.logs += d.toString();
      if (this.logs.length > 2_000_000) this.logs = this.logs.slice(-1_000_000);
    });
  }

  /** Resolves once the bridge logged that it is consuming; stops it and throws if it does not. */
  async consuming(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!this.logs.includes('AMQP connected and consuming')) {
      if (this.child?.exitCode !== null)
        throw new Error(`bridge exited (${this.child?.exitCode}):\n${this.logs.slice(-4000)}`);
      if (Date.now() > until) {
        await this.stop();
        throw new Error(`bridge did not start consuming within ${timeoutMs} ms:\n${this.logs.slice(-4000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * Stops the bridge in teardown: SIGTERM (it drains, up to its drain timeout), SIGKILL when it
   * is still running `graceMs` later. Resolves with its exit code once it has exited.
   */
  async stop(graceMs = 45_000): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), graceMs);
    });
    const first = await Promise.race([exited, late]);
    clearTimeout(timer);
    if (first !== 'late') return first;
    child.kill('SIGKILL');
    return exited;
  }

  /** Sends a signal the bridge handles without exiting (SIGHUP: reload the routes file). */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  kill(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child?.exitCode ?? null);
    return new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  }
}
