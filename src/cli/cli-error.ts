import { formatProblem, RoutesConfigError } from '../config/routes-config-error';
import { SettingsError } from '../config/settings';

/** A usage or input problem the CLI reports in one line and exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Errors whose message is already what a person needs (configuration, environment). */
const CONFIG_ERRORS = new Set([
  'AdminConfigError',
  'DeadLetterConfigError',
  'FileSinkConfigError',
  'WebhookConfigError',
  'KafkaSinkConfigError',
  'StdoutSinkConfigError',
  'SecretError',
]);

/**
 * The lines stderr gets for an error that ended a command: one per problem, each starting with
 * `cb-event-bridge: <command>:`. An error of no known kind says it is unexpected and how to see
 * its stack trace.
 */
export function startupErrorLine(command: string, err: unknown): string {
  const prefix = `cb-event-bridge: ${command}: `;
  if (err instanceof RoutesConfigError) return err.problems.map((p) => `${prefix}${formatProblem(p)}`).join('\n');
  if (err instanceof SettingsError) return err.problems.map((p) => `${prefix}${p}`).join('\n');
  const e = err as Error;
  const message = (e?.message ?? String(err)).split('\n')[0];
  if (CONFIG_ERRORS.has(e?.name)) return `${prefix}${message}`;
  return `${prefix}unexpected error: ${message} (CB_BRIDGE_LOG_LEVEL=debug prints its stack trace)`;
}
