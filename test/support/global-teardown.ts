import { killRecordedChildren, removeRunDir, RUN_DIR_ENV } from './test-run';

/** jest globalTeardown: kills child processes tests left running and deletes the run's folder. */
export default function globalTeardown(): void {
  const runDir = process.env[RUN_DIR_ENV];
  if (!runDir) return;
  const killed = killRecordedChildren(runDir);
  if (killed.length > 0)
    process.stderr.write(`test teardown: killed child processes the tests left running: ${killed.join(', ')}\n`);
  removeRunDir(runDir);
}
