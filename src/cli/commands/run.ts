import { loadSettings, redactedSettings } from '../../config/settings';
import { loadRoutesFile } from '../../config/routes-file';
import { createLogger } from '../../logging/logger';
import { BridgeRuntime } from '../../runtime/bridge-runtime';
import { AdminConfigError, adminOptionsFromSettings } from '../../admin/admin-options';
import { AdminServer } from '../../admin/server';
import { adminContextFor } from '../../admin/bridge-context';
import { CliError } from '../cli-error';

export const RUN_USAGE = `Usage: cb-event-bridge run [--config routes.yaml] [--amqp-url URL] [--queue-prefix P] [--prefetch N] ...
Runs the bridge: consumes the CB server's bus through the routes file until SIGTERM/SIGINT,
then drains in-flight deliveries and exits. SIGHUP re-reads the routes file (as POST /api/v1/reload
on the admin API does; see docs/admin-api.md). Every setting also reads from its CB_BRIDGE_* env var
(see the README's configuration reference).`;

export async function runBridge(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { stdout.write(`${RUN_USAGE}\n`); return 0; }
  let settings;
  try {
    settings = loadSettings(argv);
  } catch (err) {
    // A setting that cannot work (an unparsable amqp.url, say) stops the start: one line, no stack.
    throw new CliError(`run: ${(err as Error).message}`);
  }
  const logger = createLogger(settings.log.level, stderr);
  const routesFile = loadRoutesFile(settings.routes.path);
  logger.info({ settings: redactedSettings(settings), routes: routesFile.routes.map((r) => r.name) }, 'starting cb-event-bridge');
  let adminOptions;
  try {
    adminOptions = adminOptionsFromSettings(settings.admin);
  } catch (err) {
    if (err instanceof AdminConfigError) throw new CliError(`run: ${err.message}`);
    throw err;
  }
  const runtime = new BridgeRuntime(settings, routesFile, logger);
  // Listen first: a port in use fails before anything is consumed; /readyz says 503 until the bridge runs.
  const admin = adminOptions ? await AdminServer.start(adminContextFor(runtime), adminOptions, logger.child({ part: 'admin' })) : null;
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
  logger.info({ abandoned }, 'stopped');
  return 0;
}
