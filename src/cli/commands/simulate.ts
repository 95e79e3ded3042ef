import { parseArgs } from 'node:util';
import { CbPublisher } from '../../simulate/publisher';
import { SyntheticTraffic, CorpusTraffic, DEFAULT_MIX, type OutgoingMessage } from '../../simulate/traffic';
import { Progress } from '../../simulate/progress';
import { CliError } from '../cli-error';

export const SIMULATE_USAGE = `Usage: cb-event-bridge simulate (--corpus DIR | --synthetic) [--amqp URL] [--rate N] [--count N | --duration S]
Publishes CB-like traffic to api.events and api.rawsensordata with CB's content types and headers.
  --amqp URL          the broker (default CB_BRIDGE_AMQP_URL, else amqp://guest:guest@127.0.0.1:5672)
  --corpus DIR        replay a corpus folder (layout of ../shared/corpus), cycling
  --synthetic         generate process, netconn, filemod, regmod, moduleload, childproc events,
                      zipped raw-sensor bundles and JSON watchlist/feed/binary hits
  --rate N            messages per second (default 0 = as fast as the broker takes them)
  --count N           stop after N messages;  --duration S  stop after S seconds (default count 1000)
  --mix P,B,J         synthetic weights of single protobuf, bundle, JSON (default 6,1,2)
  --bundle-size N     records per synthetic bundle (default 50)
  --no-declare        do not declare the exchanges (a real CB server owns them)
  --persistent        publish persistent (CB publishes transient)
  --no-confirm        publish without publisher confirms (faster; nothing reports a lost publish)
  --seed N            synthetic seed (default 1)`;

export async function runSimulate(
  argv: string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      amqp: { type: 'string', default: process.env.CB_BRIDGE_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672' },
      corpus: { type: 'string' },
      synthetic: { type: 'boolean', default: false },
      rate: { type: 'string', default: '0' },
      count: { type: 'string' },
      duration: { type: 'string' },
      mix: { type: 'string', default: '' },
      'bundle-size': { type: 'string', default: String(DEFAULT_MIX.bundleSize) },
      'no-declare': { type: 'boolean', default: false },
      'no-confirm': { type: 'boolean', default: false },
      persistent: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    stdout.write(`${SIMULATE_USAGE}\n`);
    return 0;
  }
  if (!!v.corpus === v.synthetic)
    throw new CliError(`simulate: give exactly one of --corpus DIR or --synthetic (cb-event-bridge simulate --help)`);
  const num = (name: string, text: string | undefined): number => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0) throw new CliError(`simulate: --${name} must be a non-negative number`);
    return n;
  };
  const rate = num('rate', v.rate);
  const duration = v.duration !== undefined ? num('duration', v.duration) : 0;
  const count = v.count !== undefined ? num('count', v.count) : duration > 0 ? 0 : 1000;
  const [p, b, j] = v.mix ? v.mix.split(',').map(Number) : [DEFAULT_MIX.protobuf, DEFAULT_MIX.bundle, DEFAULT_MIX.json];
  if ([p, b, j].some((x) => !Number.isFinite(x) || x < 0) || p + b + j <= 0)
    throw new CliError('simulate: --mix takes three non-negative weights, e.g. 6,1,2');
  const source: { next(): OutgoingMessage } = v.corpus
    ? new CorpusTraffic(v.corpus)
    : new SyntheticTraffic(
        { protobuf: p, bundle: b, json: j, bundleSize: Math.max(1, num('bundle-size', v['bundle-size'])) },
        num('seed', v.seed),
      );
  const publisher = new CbPublisher({
    url: v.amqp!,
    declare: !v['no-declare'],
    persistent: !!v.persistent,
    confirm: !v['no-confirm'],
  });
  await publisher.open();
  const progress = new Progress(stderr, count || null, 'simulate');
  const started = Date.now();
  const stopAt = duration > 0 ? started + duration * 1000 : Infinity;
  let sent = 0;
  let events = 0;
  try {
    while ((count === 0 || sent < count) && Date.now() < stopAt) {
      const m = source.next();
      await publisher.publish(m);
      sent++;
      events += m.events;
      if (rate > 0) {
        const due = started + (sent / rate) * 1000;
        const wait = due - Date.now();
        if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      }
      progress.update(sent, events);
    }
    await publisher.flush();
  } finally {
    await publisher.close();
  }
  progress.finish(sent, events);
  stdout.write(`${JSON.stringify({ messages: sent, events, seconds: (Date.now() - started) / 1000 })}\n`);
  return 0;
}
