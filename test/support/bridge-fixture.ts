import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings, type Settings } from '../../src/config/settings';
import { loadRoutesFile } from '../../src/config/routes-file';
import { silentLogger } from '../../src/observability/logger';
import { Bridge } from '../../src/app/bridge';
import { AMQP_URL } from './broker';

export const tempDir = (name: string): string => mkdtempSync(join(tmpdir(), `cbb-${name}-`));

/**
 * Writes a routes file and starts an in-process bridge on the real broker. When it is not
 * connected and consuming within `timeoutMs`, it is stopped (so its reconnect timers do not keep
 * jest running) and the test fails saying so.
 */
export async function startBridge(
  dir: string,
  routesYaml: string,
  prefix: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<{ bridge: Bridge; settings: Settings }> {
  const routesPath = join(dir, 'routes.yaml');
  writeFileSync(routesPath, routesYaml);
  const settings = loadSettings([], {
    CB_BRIDGE_AMQP_URL: AMQP_URL,
    CB_BRIDGE_ROUTES: routesPath,
    CB_BRIDGE_QUEUE_PREFIX: prefix,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_RECONNECT_MAX_MS: '2000',
    ...env,
  });
  const bridge = new Bridge(settings, loadRoutesFile(routesPath), silentLogger());
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `the bridge did not connect to ${settings.amqp.url.replace(/\/\/[^@]*@/, '//')} within ${timeoutMs} ms`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    await Promise.race([
      (async () => {
        await bridge.start();
        await bridge.source.connected();
      })(),
      late,
    ]);
  } catch (err) {
    await bridge.stop().catch(() => undefined);
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return { bridge, settings };
}

/** Lines of a file sink's live file (empty when it does not exist yet). */
export function lines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);
}

export const jsonLines = (path: string): Array<Record<string, unknown>> =>
  lines(path).map((l) => JSON.parse(l) as Record<string, unknown>);
