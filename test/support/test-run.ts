import { mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';

/**
 * What one test run (`npm test`, or jest on its own) leaves on the host lives under one folder,
 * CBB_TEST_RUN_DIR (a `/tmp/cbb-run-*` folder): the temporary folders of every test (TMPDIR points
 * there during the run) and a record of each child process a test started. The global teardown
 * (and scripts/test.sh, should jest itself be stopped) kills the children still running and
 * deletes the folder.
 */
export const RUN_DIR_ENV = 'CBB_TEST_RUN_DIR';

const pidsDir = (runDir: string): string => join(runDir, 'pids');

function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

/** Records a child process a test started, until it exits (the record names its command line). */
export function recordChild(child: ChildProcess): void {
  const runDir = process.env[RUN_DIR_ENV];
  const pid = child.pid;
  if (!runDir || pid === undefined) return;
  const file = join(pidsDir(runDir), String(pid));
  mkdirSync(pidsDir(runDir), { recursive: true });
  writeFileSync(file, commandLine(pid) ?? '');
  child.once('exit', () => {
    try {
      unlinkSync(file);
    } catch {
      /* the teardown may have removed it */
    }
  });
}

/**
 * Kills (SIGKILL) every recorded child that still runs the command it was recorded with (a pid
 * reused by an unrelated process is left alone); returns the pids killed.
 */
export function killRecordedChildren(runDir: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync(pidsDir(runDir));
  } catch {
    return [];
  }
  const killed: number[] = [];
  for (const name of entries) {
    const pid = Number(name);
    const recorded = readFileSync(join(pidsDir(runDir), name), 'utf8');
    if (!Number.isInteger(pid) || pid <= 1 || recorded === '' || commandLine(pid) !== recorded) continue;
    try {
      process.kill(pid, 'SIGKILL');
      killed.push(pid);
    } catch {
      /* exited meanwhile */
    }
  }
  return killed;
}

export function removeRunDir(runDir: string): void {
  rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
}
