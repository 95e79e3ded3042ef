import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { placeIssuesInText } from '../../config/routes-parser';
import { routeKeyWarnings } from '../../config/route-key-check';
import { parseArgs } from 'node:util';
import { loadRoutesFile } from '../../config/routes-file';
import { RoutesConfigError, formatProblem, type ConfigProblem } from '../../config/routes-config-error';
import { bindingsFor, type RouteQueue } from '../../sources/amqp/bindings';
import type { DeadLetterSpec, RoutesFile, RouteSpec } from '../../config/route-config';
import { CliError } from '../cli-error';

export const CHECK_USAGE = `Usage:
  cb-event-bridge check --config FILE [--queue-prefix P] [--skip-secrets] [--json]
Options:
  --config FILE         the routes file to check (required)
  --queue-prefix P      prefix of the route queue names (default cb-event-bridge)
  --skip-secrets        read no \${ENV} or \${file:...} secret the sinks refer to (to check a file
                        away from where it runs); by default they are read, as run reads them
  --json                print the summary (or the problems) as one JSON object on stdout
Validates the routes file without connecting anywhere. Prints each route's queue, bindings,
format, filter, transform, sinks and the dead-letter destination; exits 1 when the file has
problems (listed on stderr as FILE:LINE:COL: FIELD: MESSAGE).`;

const DEFAULT_QUEUE_PREFIX = 'cb-event-bridge';
/** AMQP queue names are at most 255 bytes; route names are at most 63 characters. */
const MAX_PREFIX_BYTES = 255 - 1 - 63;

interface RouteSummary {
  name: string;
  queue: string;
  bindings: RouteQueue['bindings'];
  format: string;
  filter: boolean;
  transform: boolean;
  sinks: Array<{ type: string; name: string }>;
  prefetch?: number;
  consumers?: number;
}

interface CheckSummary {
  ok: true;
  file: string;
  queue_prefix: string;
  routes: RouteSummary[];
  /** null: the file sets none, the bridge's default destination applies. */
  dead_letter: DeadLetterSpec | null;
  /** Route patterns that can match no routing key the CB server publishes. */
  warnings: ConfigProblem[];
}

function checkQueuePrefix(prefix: string): void {
  if (prefix === '') throw new CliError('check: --queue-prefix must not be empty');
  if (prefix.startsWith('amq.'))
    throw new CliError("check: --queue-prefix must not start with 'amq.' (reserved by RabbitMQ)");
  if (Buffer.byteLength(prefix) > MAX_PREFIX_BYTES)
    throw new CliError(`check: --queue-prefix is longer than ${MAX_PREFIX_BYTES} bytes (queue names are at most 255)`);
}

function summarize(file: string, prefix: string, routes: RoutesFile, warnings: ConfigProblem[]): CheckSummary {
  const queues = bindingsFor(routes.routes, prefix);
  return {
    ok: true,
    file,
    queue_prefix: prefix,
    routes: routes.routes.map((r: RouteSpec, i): RouteSummary => ({
      name: r.name,
      queue: queues[i].queue,
      bindings: queues[i].bindings,
      format: r.format ?? 'normalized',
      filter: r.filter !== undefined,
      transform: r.transform !== undefined,
      sinks: r.sinks.map((s) => ({ type: s.type, name: s.name ?? s.type })),
      ...(r.prefetch !== undefined ? { prefetch: r.prefetch } : {}),
      ...(r.consumers !== undefined ? { consumers: r.consumers } : {}),
    })),
    dead_letter: routes.dead_letter ?? null,
    warnings,
  };
}

function describeDeadLetter(spec: DeadLetterSpec | null): string {
  if (!spec) return 'not set in this file (the bridge default, a local file, applies)';
  if (spec.type === 'file')
    return `file ${spec.path}${spec.max_bytes !== undefined ? ` (rotated at ${spec.max_bytes} bytes)` : ''}`;
  const key = spec.routing_key !== undefined ? `, routing key '${spec.routing_key}'` : '';
  return `amqp exchange '${spec.exchange}'${key}${spec.declare ? ', declared at start-up' : ''}`;
}

function summaryText(s: CheckSummary): string {
  const lines = [`${s.file}: OK, ${s.routes.length} route${s.routes.length === 1 ? '' : 's'}`];
  for (const r of s.routes) {
    lines.push('', `route ${r.name}`, `  queue      ${r.queue}`);
    r.bindings.forEach((b, i) => lines.push(`  ${i === 0 ? 'bindings' : '        '}   ${b.exchange} → ${b.pattern}`));
    lines.push(
      `  format     ${r.format}`,
      `  filter     ${r.filter ? 'yes' : 'none'}`,
      `  transform  ${r.transform ? 'yes' : 'none'}`,
    );
    lines.push(`  sinks      ${r.sinks.map((k) => `${k.type}/${k.name}`).join(', ')}`);
    if (r.prefetch !== undefined) lines.push(`  prefetch   ${r.prefetch}`);
    if (r.consumers !== undefined) lines.push(`  consumers  ${r.consumers}`);
  }
  lines.push('', `dead letters: ${describeDeadLetter(s.dead_letter)}`);
  if (s.warnings.length > 0)
    lines.push(
      '',
      `${s.warnings.length} warning${s.warnings.length === 1 ? '' : 's'} (on stderr): a route pattern matches no routing key the CB server publishes`,
    );
  return `${lines.join('\n')}\n`;
}

function reportProblems(
  file: string,
  problems: readonly ConfigProblem[],
  json: boolean,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): void {
  for (const p of problems) stderr.write(`${formatProblem(p)}\n`);
  stderr.write(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  if (json) stdout.write(`${JSON.stringify({ ok: false, file, problems })}\n`);
}

/** `check`: validates a routes file and shows what the bridge would set up for it; connects nowhere. */
export async function runCheck(
  argv: string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const { values: v } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      config: { type: 'string' },
      'queue-prefix': { type: 'string', default: DEFAULT_QUEUE_PREFIX },
      json: { type: 'boolean', default: false },
      'skip-secrets': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    stdout.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  if (typeof v.config !== 'string' || v.config === '')
    throw new CliError(`check: --config FILE is required (cb-event-bridge check --help)`);
  const prefix = v['queue-prefix'] ?? DEFAULT_QUEUE_PREFIX;
  checkQueuePrefix(prefix);
  let routes: RoutesFile;
  try {
    routes = loadRoutesFile(v.config, { secrets: v['skip-secrets'] ? 'skip' : 'resolve' });
  } catch (err) {
    if (!(err instanceof RoutesConfigError)) throw err;
    reportProblems(v.config, err.problems, !!v.json, stdout, stderr);
    return 1;
  }
  const warnings = placeIssuesInText(readFileSync(v.config, 'utf8'), v.config, routeKeyWarnings(routes.routes));
  for (const w of warnings) stderr.write(`warning: ${formatProblem(w)}\n`);
  const summary = summarize(v.config, prefix, routes, warnings);
  stdout.write(v.json ? `${JSON.stringify(summary)}\n` : summaryText(summary));
  return 0;
}
