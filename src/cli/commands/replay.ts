import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { loadSettings } from '../../config/settings';
import { loadRoutesFile } from '../../config/routes-file';
import { createLogger } from '../../logging/logger';
import { listCorpus } from '../../captures/corpus-layout';
import type { InboundMessage } from '../../codecs/inbound-message';
import { SyntheticTraffic } from '../../simulate/traffic';
import { RouteSet } from '../../runtime/bridge';
import { DeadLetterWriter } from '../../pipeline/dead-letter-writer';
import { deadLetterDestination } from '../../runtime/dead-letter-destination';
import { replay } from '../../runtime/replay';
import { CliError } from '../cli-error';

export const REPLAY_USAGE = `Usage: cb-event-bridge replay (--corpus DIR | --synthetic N) --config FILE [--server-name NAME] [--server-url URL] [--log-level L]
Runs captured (or N synthetic) CB messages through the routes and sinks of FILE with no broker,
then prints a summary. Undecodable input and refused events go to the dead-letter destination.`;

function* corpusMessages(dir: string): Generator<InboundMessage> {
  for (const e of listCorpus(dir)) {
    yield { exchange: e.exchange, routingKey: e.routingKey, contentType: e.contentType, headers: e.headers, body: readFileSync(e.path), receivedAt: Date.now() };
  }
}

function* syntheticMessages(count: number): Generator<InboundMessage> {
  const traffic = new SyntheticTraffic();
  for (let i = 0; i < count; i++) {
    const m = traffic.next();
    yield { exchange: m.exchange, routingKey: m.routingKey, contentType: m.contentType, headers: m.headers, body: m.body, receivedAt: Date.now() };
  }
}

export async function runReplay(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' }, synthetic: { type: 'string' }, config: { type: 'string' },
      'server-name': { type: 'string' }, 'server-url': { type: 'string' }, 'log-level': { type: 'string', default: 'warn' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) { stdout.write(`${REPLAY_USAGE}\n`); return 0; }
  if (!v.config) throw new CliError(`replay: --config FILE is required (cb-event-bridge replay --help)`);
  if (!!v.corpus === (v.synthetic !== undefined)) throw new CliError(`replay: give exactly one of --corpus DIR or --synthetic N (cb-event-bridge replay --help)`);
  const flags = ['--config', v.config, '--log-level', v['log-level']!];
  if (v['server-name']) flags.push('--server-name', v['server-name']);
  if (v['server-url']) flags.push('--server-url', v['server-url']);
  const settings = loadSettings(flags, {});
  const routesFile = loadRoutesFile(v.config);
  const logger = createLogger(settings.log.level, stderr);
  const routes = new RouteSet(routesFile.routes, new DeadLetterWriter(deadLetterDestination(routesFile.dead_letter, settings.amqp), logger), settings, logger, {});
  await routes.start();
  const started = Date.now();
  const count = v.synthetic !== undefined ? Number(v.synthetic) : 0;
  if (v.synthetic !== undefined && (!Number.isInteger(count) || count < 0)) throw new CliError('replay: --synthetic takes a whole number');
  const report = await replay(v.corpus ? corpusMessages(v.corpus) : syntheticMessages(count), routes);
  await routes.close(settings.shutdown.drain_timeout_ms);
  const delivered = routes.pipelines.map((p) => ({ route: p.name, sinks: p.drivers.map((d) => d.name) }));
  stdout.write(`${JSON.stringify({ ...report, deadLetters: routes.deadLetters.written, seconds: (Date.now() - started) / 1000, routes: delivered })}\n`);
  return 0;
}
