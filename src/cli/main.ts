import { runDecode } from './commands/decode';
import { runCheck } from './commands/check';
import { runBridge } from './commands/run';
import { runReplay } from './commands/replay';
import { runSimulate } from './commands/simulate';
import { runLr } from './commands/lr';
import { runLrServer } from './commands/lr-server';
import { runImportForwarderConfig } from './commands/import-forwarder-config';
import { CliError, startupErrorLine } from './cli-error';
import { packageVersion } from '../admin/version';

const USAGE = `cb-event-bridge: Carbon Black EDR message bus to sinks

Commands:
  run        run the bridge: consume the CB bus and deliver events through the routes file
  replay     run a corpus (or synthetic traffic) through the routes and sinks with no broker
  simulate   publish CB-like traffic (corpus or synthetic) to a RabbitMQ broker
  decode     decode captured CB messages (files or a corpus folder) to JSONL or LEEF
  check      validate a routes file and show each route's queue, bindings and sinks (connects nowhere)
  lr         Live Response on a sensor: run one command, an interactive shell, list or close sessions
  lr-server  serve the CB Live Response API for sensors described in a YAML file (tests, demos)
  import-forwarder-config
             translate a CB event forwarder configuration (INI) into a routes file and settings
  help       this text  (also --help; --version prints the version)

Run 'cb-event-bridge <command> --help' for a command's options. To try it with no broker:
  cb-event-bridge replay --synthetic 20000 --config config/routes.quickstart.yaml`;

type Command = (argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  decode: runDecode,
  check: runCheck,
  run: runBridge,
  replay: runReplay,
  simulate: runSimulate,
  lr: runLr,
  'lr-server': runLrServer,
  'import-forwarder-config': runImportForwarderConfig,
};

/**
 * CLI entry: returns the process exit code (0 done, 1 a failure of the input or the
 * environment, 2 a usage mistake). Every error is one line per problem on stderr, naming what to
 * change; a stack trace is printed only for an unexpected error with CB_BRIDGE_LOG_LEVEL=debug.
 */
export async function main(
  argv: string[],
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    stdout.write(`cb-event-bridge ${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    stderr.write(
      `cb-event-bridge: unknown command '${name}'; the commands are ${Object.keys(COMMANDS).join(', ')} (cb-event-bridge --help)\n`,
    );
    return 2;
  }
  try {
    return await command(rest, stdout, stderr);
  } catch (err) {
    if (err instanceof CliError) {
      stderr.write(`cb-event-bridge: ${err.message}\n`);
      return err.code;
    }
    if ((err as NodeJS.ErrnoException).code?.startsWith?.('ERR_PARSE_ARGS')) {
      stderr.write(`cb-event-bridge: ${name}: ${(err as Error).message} (cb-event-bridge ${name} --help)\n`);
      return 2;
    }
    stderr.write(`${startupErrorLine(name, err)}\n`);
    if (process.env.CB_BRIDGE_LOG_LEVEL === 'debug' || process.env.CB_BRIDGE_LOG_LEVEL === 'trace')
      stderr.write(`${(err as Error).stack ?? ''}\n`);
    return 1;
  }
}
