import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_DIR_ENV } from './test-run';

/**
 * jest globalSetup: one folder for the run (given by scripts/test.sh, else made here), which the
 * tests' temporary folders go under: TMPDIR points at it for the test workers and their children.
 */
export default function globalSetup(): void {
  const runDir = process.env[RUN_DIR_ENV] || mkdtempSync(join(tmpdir(), 'cbb-run-'));
  chmodSync(runDir, 0o755); // test brokers started as the broker's user read their folders below
  process.env[RUN_DIR_ENV] = runDir;
  process.env.TMPDIR = runDir;
}
