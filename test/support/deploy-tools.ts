import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The tools scripts/tools.sh installs, and where each ends up. */
const TOOL_PATHS = {
  chromium: '/usr/bin/chromium',
  tini: '/usr/bin/tini',
  helm: join(ROOT, '.cache', 'bin', 'helm'),
  hadolint: join(ROOT, '.cache', 'venv', 'bin', 'hadolint'),
  'kubernetes-validate': join(ROOT, '.cache', 'venv', 'bin', 'kubernetes-validate'),
  promtool: join(ROOT, '.cache', 'promtool', 'usr', 'bin', 'promtool'),
} as const;

export type DeployTool = keyof typeof TOOL_PATHS;

/**
 * The path of a deployment tool, installed with `scripts/tools.sh` when absent (Helm is built from
 * the Go module proxy the first time, which takes minutes). Throws, failing the test that needs it,
 * when it cannot be installed: a missing tool never turns into a skipped or passing test.
 */
export function deployTool(name: DeployTool): string {
  const path = TOOL_PATHS[name];
  if (existsSync(path)) return path;
  try {
    execFileSync('bash', [join(ROOT, 'scripts', 'tools.sh'), name], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 900_000,
    });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '')
      .trim()
      .split('\n')
      .slice(-3)
      .join(' | ');
    throw new Error(
      `${name} is not installed and 'bash scripts/tools.sh ${name}' failed: ${stderr || (err as Error).message}`,
    );
  }
  if (!existsSync(path)) throw new Error(`'bash scripts/tools.sh ${name}' ran but ${path} is still missing`);
  return path;
}
