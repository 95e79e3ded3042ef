import { loadSettings, redactedSettings } from '../../config/settings';
import { loadRoutesFile } from '../../config/routes-file';
import { createLogger } from '../../logging/logger';
import { Bridge } from '../../runtime/bridge';

export const RUN_USAGE = `Usage: cb-event-bridge run [--config routes.yaml] [--amqp-url URL] [--queue-prefix P] [--prefetch N] ...
Runs the bridge: consumes the CB server's bus through the routes file until SIGTERM/SIGINT,
then drains in-flight deliveries and exits. Every setting also reads from its CB_BRIDGE_* env var
(see the README's configuration reference).`;

export async function runBridge(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) { stdout.write(`${RUN_USAGE}\n`); return 0; }
  const settings = loadSettings(argv);
  const logger = createLogger(settings.log.level, stderr);
  const routesFile = loadRoutesFile(settings.routes.path);
  logger.info({ settings: redactedSettings(settings), routes: routesFile.routes.map((r) => r.name) }, 'starting cb-event-bridge');
  const bridge = new Bridge(settings, routesFile, logger);
  await bridge.start();
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
  const { abandoned } = await bridge.stop();
  logger.info({ abandoned }, 'stopped');
  return 0;
}
