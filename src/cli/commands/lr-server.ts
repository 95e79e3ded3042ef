import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadLrSettings } from '../../config/settings';
import { RoutesConfigError as ConfigFileError } from '../../config/routes-config-error';
import { LrServer } from '../../liveresponse/server/lr-server';
import { loadSensorsFile } from '../../liveresponse/server/sensors-file';
import { CliError } from '../cli-error';

export const LR_SERVER_USAGE = `Usage:
  cb-event-bridge lr-server --sensors FILE [--port N] [--host H] [--token T] [--tls-cert FILE --tls-key FILE]
Options:
  --sensors FILE   the sensors YAML (see config/lr-sensors.example.yaml)
  --port N         port to listen on (default 8443; 0 = any free port)
  --host H         address to bind (default 127.0.0.1)
  --token T        the X-Auth-Token clients must send (default: CB_BRIDGE_LR_TOKEN or CB_BRIDGE_LR_TOKEN_FILE)
  --tls-cert FILE  serve HTTPS with this certificate (PEM; with --tls-key)
  --tls-key FILE   the certificate's private key (PEM)
Serves the CB Live Response API (/api/v1/cblr/...) for the sensors in FILE, with state: sessions
check in after each sensor's delay, commands run and change the sensor's processes, files and
registry. Runs until SIGINT or SIGTERM.`;

export async function runLrServer(
  argv: string[],
  stdout: NodeJS.WritableStream,
  _stderr: NodeJS.WritableStream,
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sensors: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    stdout.write(`${LR_SERVER_USAGE}\n`);
    return 0;
  }
  if (!values.sensors) throw new CliError('lr-server: --sensors FILE is required (see config/lr-sensors.example.yaml)');
  const port = values.port === undefined ? 8443 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`lr-server: --port must be a port number, not '${values.port}'`);
  let token: string;
  try {
    token = loadLrSettings({ token: values.token }).token;
  } catch (err) {
    throw new CliError(`lr-server: ${(err as Error).message}`);
  }
  if (!token)
    throw new CliError(
      'lr-server: give the API token clients must use: --token T, or CB_BRIDGE_LR_TOKEN / CB_BRIDGE_LR_TOKEN_FILE',
    );
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key']))
    throw new CliError('lr-server: --tls-cert and --tls-key go together');
  let tls: { cert: Buffer; key: Buffer } | undefined;
  if (values['tls-cert'] && values['tls-key']) {
    try {
      tls = { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) };
    } catch (err) {
      throw new CliError(`lr-server: cannot read the TLS certificate or key: ${(err as Error).message}`, 1);
    }
  }
  let server: LrServer;
  try {
    const sensors = loadSensorsFile(values.sensors);
    server = new LrServer(sensors, { token, host: values.host ?? '127.0.0.1', port, tls });
    const url = await server.listen();
    stdout.write(`lr-server: serving Live Response for ${sensors.sensors.length} sensor(s) on ${url}\n`);
  } catch (err) {
    if (err instanceof ConfigFileError) throw new CliError(err.message, 1);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL')
      throw new CliError(`lr-server: cannot listen on ${values.host ?? '127.0.0.1'}:${port}: ${code}`, 1);
    throw err;
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
