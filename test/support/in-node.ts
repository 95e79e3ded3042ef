import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs a script in a plain Node process from the repository root and returns its stdout: what a
 * bridge process gets from Node's own module loader (jest keeps a module registry of its own).
 */
export function inNode(script: string): string {
  const run = spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}
