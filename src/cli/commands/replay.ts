import { parseArgs } from 'node:util';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadSettings } from '../../config/settings';
import { loadRoutesFile } from '../../config/routes-file';
import { logRouteKeyWarnings } from '../../config/route-key-check';
import { createLogger } from '../../observability/logger';
import { listCorpus } from '../../sources/captures/capture-folders';
import type { InboundMessage } from '../../event/inbound-message';
import { SyntheticTraffic } from '../../simulate/traffic';
import { RouteSet } from '../../app/bridge';
import { DeadLetterWriter } from '../../dead-letters/dead-letter-writer';
import { deadLetterDestination, DEFAULT_DEAD_LETTER_PATH } from '../../dead-letters/destination-for';
import { replay, type ReplayReport } from '../../app/replay';
import { BridgeMetrics } from '../../observability/metrics/bridge-metrics';
import { RouteStats, type RouteStatsSnapshot } from '../../observability/metrics/route-stats';
import { listRotatedFiles, liveFileName } from '../../sinks/file/rotation';
import type { RoutesFile, SinkSpec } from '../../config/route-config';
import { CliError } from '../cli-error';

export const REPLAY_USAGE = `Usage: cb-event-bridge replay (--corpus DIR | --synthetic N) --config FILE [--fresh] [--json] [--server-name NAME] [--server-url URL] [--log-level L]
Runs captured (or N synthetic) CB messages through the routes and sinks of FILE with no broker,
then prints what each route's sinks got and where. Undecodable input and refused events go to the
dead-letter destination.
  --fresh   delete the file sinks' files (and their rotated files) and the dead-letter file first;
            without it a run appends to the files an earlier run left (and says so)
  --json    print the summary as one JSON object`;

function* corpusMessages(dir: string): Generator<InboundMessage> {
  for (const e of listCorpus(dir)) {
    yield {
      exchange: e.exchange,
      routingKey: e.routingKey,
      contentType: e.contentType,
      headers: e.headers,
      body: readFileSync(e.path),
      receivedAt: Date.now(),
    };
  }
}

function* syntheticMessages(count: number): Generator<InboundMessage> {
  const traffic = new SyntheticTraffic();
  for (let i = 0; i < count; i++) {
    const m = traffic.next();
    yield {
      exchange: m.exchange,
      routingKey: m.routingKey,
      contentType: m.contentType,
      headers: m.headers,
      body: m.body,
      receivedAt: Date.now(),
    };
  }
}

/** Where a sink puts events, in words (never a secret: a webhook shows its origin only). */
function sinkTarget(spec: SinkSpec): string {
  switch (spec.type) {
    case 'file':
      return resolve(liveFileName(String(spec.path), spec.gzip === true));
    case 'stdout':
      return spec.stream === 'stderr' ? 'stderr' : 'stdout';
    case 'kafka':
      return `Kafka topic ${String(spec.topic)}`;
    default: {
      try {
        return new URL(String(spec.url)).origin;
      } catch {
        return 'its url';
      }
    }
  }
}

/**
 * The files a replay writes to: each file sink's live file (when its path has no template) and the dead-letter file.
 */
function filesWritten(routes: RoutesFile): string[] {
  const files = routes.routes.flatMap((r) =>
    r.sinks
      .filter((s) => s.type === 'file' && !String(s.path).includes('{'))
      .map((s) => liveFileName(String(s.path), s.gzip === true)),
  );
  const dl = routes.dead_letter;
  if (!dl || dl.type === 'file') files.push(dl?.path ?? DEFAULT_DEAD_LETTER_PATH);
  return [...new Set(files.map((f) => resolve(f)))];
}

/** Deletes (fresh) or lists (append) what an earlier run left in the files this one writes. */
async function earlierOutput(routes: RoutesFile, fresh: boolean): Promise<string[]> {
  const found: string[] = [];
  for (const file of filesWritten(routes)) {
    const rotated = (await listRotatedFiles(file)).map((f) => f.path);
    for (const path of [file, ...rotated].filter((p) => existsSync(p))) {
      if (fresh) rmSync(path, { force: true });
      found.push(path);
    }
  }
  return found;
}

interface SinkSummary {
  sink: string;
  type: string;
  target: string;
  events: number;
  dead_lettered: number;
}
interface RouteSummary {
  route: string;
  match: string[];
  messages: number;
  events: number;
  filtered: number;
  sinks: SinkSummary[];
}

function routeSummaries(routes: RoutesFile, numbers: ReadonlyMap<string, RouteStatsSnapshot>): RouteSummary[] {
  return routes.routes.map((r) => {
    const s = numbers.get(r.name)!;
    return {
      route: r.name,
      match: r.match,
      messages: s.counters.received,
      events: s.counters.routed,
      filtered: s.counters.filtered,
      sinks: r.sinks.map((k) => {
        const c = s.sinks[k.name ?? k.type]?.counters;
        return {
          sink: k.name ?? k.type,
          type: k.type,
          target: sinkTarget(k),
          events: c?.delivered ?? 0,
          dead_lettered: c?.failed ?? 0,
        };
      }),
    };
  });
}

const n = (x: number): string => x.toLocaleString('en-US');

function summaryText(
  source: string,
  report: ReplayReport,
  seconds: number,
  routes: RouteSummary[],
  deadLetters: { written: number; target: string },
  earlier: string[],
  fresh: boolean,
): string {
  const out = [
    `replayed ${n(report.messages)} messages (${source}) through ${routes.length} route${routes.length === 1 ? '' : 's'} in ${seconds.toFixed(1)} s`,
  ];
  for (const r of routes) {
    out.push(
      '',
      `route ${r.route} (match ${r.match.join(', ')}): ${n(r.events)} events from the ${n(r.messages)} messages offered to it${r.filtered ? `, ${n(r.filtered)} dropped by its filter` : ''}`,
    );
    if (r.events === 0)
      out.push(
        '  no event reached this route: no routing key matched its patterns (cb-event-bridge check --config FILE warns about patterns that match nothing)',
      );
    for (const k of r.sinks)
      out.push(
        `  ${k.type}/${k.sink}: ${n(k.events)} events written to ${k.target}${k.dead_lettered ? `; ${n(k.dead_lettered)} refused and dead-lettered` : ''}`,
      );
  }
  out.push('', `dead letters: ${n(deadLetters.written)} written to ${deadLetters.target}`);
  if (earlier.length > 0) {
    out.push(
      fresh
        ? `--fresh: deleted ${earlier.length} file${earlier.length === 1 ? '' : 's'} an earlier run had written`
        : `note: appended to the files an earlier run had written (${earlier.join(', ')}); replay --fresh starts from empty files`,
    );
  }
  out.push(
    '',
    'Every message is offered to every route; a route takes the events whose routing key matches its patterns (a raw-sensor',
    'bundle holds many events), and its sinks write each of them. Undecodable messages and refused events are dead letters.',
  );
  return `${out.join('\n')}\n`;
}

export async function runReplay(
  argv: string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      synthetic: { type: 'string' },
      config: { type: 'string' },
      'server-name': { type: 'string' },
      'server-url': { type: 'string' },
      'log-level': { type: 'string', default: 'warn' },
      fresh: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    stdout.write(`${REPLAY_USAGE}\n`);
    return 0;
  }
  if (!v.config) throw new CliError(`replay: --config FILE is required (cb-event-bridge replay --help)`);
  if (!!v.corpus === (v.synthetic !== undefined))
    throw new CliError(`replay: give exactly one of --corpus DIR or --synthetic N (cb-event-bridge replay --help)`);
  const count = v.synthetic !== undefined ? Number(v.synthetic) : 0;
  if (v.synthetic !== undefined && (!Number.isInteger(count) || count < 0))
    throw new CliError('replay: --synthetic takes a whole number');
  const flags = ['--config', v.config, '--log-level', v['log-level']!];
  if (v['server-name']) flags.push('--server-name', v['server-name']);
  if (v['server-url']) flags.push('--server-url', v['server-url']);
  const settings = loadSettings(flags, {});
  const routesFile = loadRoutesFile(v.config);
  const logger = createLogger(settings.log.level, stderr);
  logRouteKeyWarnings(routesFile.routes, logger);
  const earlier = await earlierOutput(routesFile, !!v.fresh);
  const metrics = new BridgeMetrics({ processMetrics: false });
  const stats = new RouteStats(metrics.registry);
  const deadLetters = new DeadLetterWriter(deadLetterDestination(routesFile.dead_letter, settings.amqp), logger);
  const routes = new RouteSet(routesFile.routes, deadLetters, settings, logger, {
    pipeline: [metrics.pipeline],
    driver: metrics.delivery,
  });
  await routes.start();
  const started = Date.now();
  const report = await replay(v.corpus ? corpusMessages(v.corpus) : syntheticMessages(count), routes);
  await routes.close(settings.shutdown.drain_timeout_ms);
  const seconds = (Date.now() - started) / 1000;
  const summaries = routeSummaries(routesFile, await stats.snapshot(routesFile.routes.map((r) => r.name)));
  const dl = routesFile.dead_letter;
  const dlTarget = dl?.type === 'amqp' ? `AMQP exchange ${dl.exchange}` : resolve(dl?.path ?? DEFAULT_DEAD_LETTER_PATH);
  if (v.json) {
    stdout.write(
      `${JSON.stringify({ ...report, deadLetters: routes.deadLetters.written, seconds, routes: summaries, ...(v.fresh ? { deleted: earlier } : { appended_to: earlier }) })}\n`,
    );
  } else {
    const source = v.corpus ? `corpus ${v.corpus}` : 'synthetic';
    stdout.write(
      summaryText(
        source,
        report,
        seconds,
        summaries,
        { written: routes.deadLetters.written, target: dlTarget },
        earlier,
        !!v.fresh,
      ),
    );
  }
  return 0;
}
