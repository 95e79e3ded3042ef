import { existsSync } from 'node:fs';
import { loadSettings, redactedSettings, type Settings } from '../../config/settings';
import type { RoutesFile } from '../../config/route-config';
import { loadRoutesFile } from '../../config/routes-file';
import { logRouteKeyWarnings } from '../../config/route-key-check';
import { createLogger } from '../../observability/logger';
import { BridgeRuntime } from '../../app/bridge-runtime';
import { adminOptionsFromSettings } from '../../admin/admin-options';
import { AdminServer } from '../../admin/server';
import { adminContextFor } from '../../admin/adapters';
import { CliError } from '../cli-error';

export const RUN_USAGE = `Usage: cb-event-bridge run [--config routes.yaml] [--amqp-url URL] [--queue-prefix P] [--prefetch N] ...
Runs the bridge: consumes the CB server's bus through the routes file until SIGTERM/SIGINT,
then drains in-flight deliveries and exits. SIGHUP re-reads the routes file (as POST /api/v1/reload
on the admin API does; see docs/admin-api.md). Every setting also reads from its CB_BRIDGE_* env var
(see the README's configuration reference). Events per route and sink: GET /api/v1/status on the
admin API while it runs, and the 'stopped' log line when it exits. A route pattern that can match
no routing key the CB server publishes is logged as a warning at start.`;

/** The routes file; a missing default one is explained (it is the first thing a new user meets). */
function loadRoutes(settings: Settings, argv: string[]): RoutesFile {
  const path = settings.routes.path;
  const given = argv.some((a) => a === '--config' || a.startsWith('--config=')) || !!process.env.CB_BRIDGE_ROUTES;
  if (!given && !existsSync(path)) {
    throw new CliError(
      `run: no routes file: the default ${path} does not exist; give one with --config FILE or CB_BRIDGE_ROUTES (config/routes.example.yaml shows the keys; 'cb-event-bridge check --config FILE' validates one)`,
      1,
    );
  }
  return loadRoutesFile(path);
}

/** Per route: messages offered, events taken, and events each sink accepted (an empty route shows as 0). */
async function eventsPerRoute(
  runtime: BridgeRuntime,
): Promise<Record<string, { messages: number; events: number; sinks: Record<string, number> }>> {
  const out: Record<string, { messages: number; events: number; sinks: Record<string, number> }> = {};
  const routes = runtime.bridge.routesFile.routes;
  const numbers = await runtime.observability.stats.snapshot(routes.map((r) => r.name));
  for (const route of routes) {
    const s = numbers.get(route.name)!;
    const sinks = Object.fromEntries(
      route.sinks.map((k) => [k.name ?? k.type, s.sinks[k.name ?? k.type]?.counters.delivered ?? 0]),
    );
    out[route.name] = { messages: s.counters.received, events: s.counters.routed, sinks };
  }
  return out;
}

export async function runBridge(
  argv: string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    stdout.write(`${RUN_USAGE}\n`);
    return 0;
  }
  const settings = loadSettings(argv);
  const routesFile = loadRoutes(settings, argv);
  const adminOptions = adminOptionsFromSettings(settings.admin);
  const logger = createLogger(settings.log.level, stderr);
  logger.info(
    { settings: redactedSettings(settings), routes: routesFile.routes.map((r) => r.name) },
    'starting cb-event-bridge',
  );
  logRouteKeyWarnings(routesFile.routes, logger);
  const runtime = new BridgeRuntime(settings, routesFile, logger);
  // Listen first: a port in use fails before anything is consumed; /readyz says 503 until the bridge runs.
  const admin = adminOptions
    ? await AdminServer.start(adminContextFor(runtime), adminOptions, logger.child({ part: 'admin' }))
    : null;
  try {
    await runtime.start();
  } catch (err) {
    await admin?.close();
    throw err;
  }
  const reloadOnHup = (): void => {
    logger.info('SIGHUP: reloading the routes file');
    runtime.reloader.reload().catch(() => undefined); // the reloader logs the outcome
  };
  process.on('SIGHUP', reloadOnHup);
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      logger.info({ signal }, 'shutting down: draining in-flight deliveries');
      process.removeAllListeners('SIGTERM');
      process.removeAllListeners('SIGINT');
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  process.off('SIGHUP', reloadOnHup);
  await admin?.close();
  const { abandoned } = await runtime.stop();
  logger.info({ abandoned, routes: await eventsPerRoute(runtime) }, 'stopped');
  return 0;
}
