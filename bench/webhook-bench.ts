/**
 * bench:webhook — RabbitMQ on loopback → the bridge (in process) → webhook sink → an HTTP receiver
 * on 127.0.0.1. The receiver runs in a worker thread so it does not share the bridge's event loop.
 *
 * - Throughput, batch 1 (`body: single`) and batch 500 (`body: json_array`): N events are queued
 *   on the broker first, then the bridge starts and drains them; events/s = N / time until the
 *   receiver has every one (counted by sequence number).
 * - Latency at a fixed 1,000 events/s, batch 1: publish time → receipt by the receiver, and the
 *   bridge's receipt of the message (the decoded format's envelope.received_at) → receiver.
 * - Peak RSS of the process (bridge, receiver worker and publisher together), sampled every 50 ms,
 *   and how busy the bridge's thread was (event-loop utilization): well below 100% means the
 *   bridge was waiting on the broker or the receiver, not on its own CPU.
 *
 * Sizes: BENCH_WEBHOOK_SINGLE (20,000), BENCH_WEBHOOK_BATCHED (150,000: long enough that connecting and the first
 * batches do not weigh on the rate), BENCH_WEBHOOK_LATENCY_S (10);
 * BENCH_WEBHOOK_LOG=warn shows the bridge's log on stderr.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import amqp from 'amqplib';
import { BusyMeter, findProcess, processCpuSeconds, profiled, StealMeter } from './bench-util';
import { loadSettings } from '../src/config/settings';
import { loadRoutesFile } from '../src/config/routes-file';
import { createLogger, silentLogger } from '../src/observability/logger';
import { Bridge } from '../src/app/bridge';
import { CbPublisher } from '../src/simulate/publisher';
import { SyntheticTraffic } from '../src/simulate/traffic';
import { fmt } from './bench-util';

const AMQP = process.env.CB_BRIDGE_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const SINGLE_N = Number(process.env.BENCH_WEBHOOK_SINGLE ?? 20_000);
const BATCHED_N = Number(process.env.BENCH_WEBHOOK_BATCHED ?? 150_000);
const LATENCY_S = Number(process.env.BENCH_WEBHOOK_LATENCY_S ?? 10);
const LATENCY_RATE = 1000;
/** Events of the latency run left out of the figures: the first second (connections opening, JIT). */
const WARM_UP = 1000;

const clock = (): number => performance.timeOrigin + performance.now();

// ---- the receiver (worker thread) ----------------------------------------------------------------

interface Progress {
  distinct: number;
  events: number;
  requests: number;
  samples: number[];
}

const EVENTID = '"eventid":';
const RECEIVED_AT = '"received_at":"';

/**
 * Counts events by sequence number (header.eventid of the decoded format, found by a scan rather
 * than a full JSON.parse so the receiver stays cheap); in latency mode it also reports
 * [seq, receipt time, bridge receipt time (envelope.received_at)] triples.
 */
function runReceiver(): void {
  const { capacity, latency } = workerData as { capacity: number; latency: boolean };
  const seen = new Uint8Array(capacity);
  const progress: Progress = { distinct: 0, events: 0, requests: 0, samples: [] };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = clock();
      const body = Buffer.concat(chunks).toString('latin1');
      progress.requests++;
      let from = 0;
      for (;;) {
        const i = body.indexOf(EVENTID, from);
        if (i < 0) break;
        const seq = parseInt(body.slice(i + EVENTID.length, i + EVENTID.length + 12), 10);
        from = i + EVENTID.length;
        progress.events++;
        if (seq >= 0 && seq < capacity && seen[seq] === 0) {
          seen[seq] = 1;
          progress.distinct++;
        }
        if (latency) {
          const r = body.lastIndexOf(RECEIVED_AT, i);
          progress.samples.push(
            seq,
            at,
            r < 0 ? NaN : Date.parse(body.slice(r + RECEIVED_AT.length, r + RECEIVED_AT.length + 24)),
          );
        }
      }
      res.writeHead(200, { 'content-length': '0' }).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => parentPort!.postMessage({ port: (server.address() as AddressInfo).port }));
  setInterval(() => {
    parentPort!.postMessage({ ...progress });
    progress.samples = [];
  }, 20);
}

class Receiver {
  readonly worker: Worker;
  distinct = 0;
  events = 0;
  requests = 0;
  readonly samples: number[] = [];
  port = 0;

  constructor(capacity: number, latency: boolean) {
    this.worker = new Worker(__filename, { workerData: { capacity, latency } });
    this.worker.on('message', (m: Progress | { port: number }) => {
      if ('port' in m) {
        this.port = m.port;
        return;
      }
      this.distinct = m.distinct;
      this.events = m.events;
      this.requests = m.requests;
      for (const v of m.samples) this.samples.push(v);
    });
  }

  async listening(): Promise<void> {
    while (this.port === 0) await sleep(5);
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

// ---- the rig --------------------------------------------------------------------------------------

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const ms = (v: number): string => `${v.toFixed(1)} ms`;
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
const pct = (v: number): string => `${Math.round(v * 100)}%`;

class RssSampler {
  peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
  }
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

interface Rig {
  dir: string;
  prefix: string;
  routingKey: string;
  routesPath: string;
}

/** `routeYaml`: more keys of the route, as YAML lines indented for it. */
function rig(name: string, sinkYaml: (url: string) => string, port: number, routeYaml = ''): Rig {
  const dir = mkdtempSync(join(tmpdir(), `cbb-bench-webhook-${name}-`));
  const prefix = `bench-webhook-${name}-${process.pid}`;
  const routingKey = `ingress.event.benchwebhook${randomBytes(3).toString('hex')}`;
  const routesPath = join(dir, 'routes.yaml');
  writeFileSync(
    routesPath,
    `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: bench
    match: ["${routingKey}"]
    format: decoded
${routeYaml}    sinks:
${sinkYaml(`http://127.0.0.1:${port}/hook`)}
`,
  );
  return { dir, prefix, routingKey, routesPath };
}

/** Loads the routes and builds the bridge (compiling its schemas) without connecting yet. */
function buildBridge(r: Rig): Bridge {
  const settings = loadSettings([], {
    CB_BRIDGE_AMQP_URL: AMQP,
    CB_BRIDGE_ROUTES: r.routesPath,
    CB_BRIDGE_QUEUE_PREFIX: r.prefix,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_ADMIN_PORT: '0',
    ...(process.env.BENCH_PREFETCH ? { CB_BRIDGE_PREFETCH: process.env.BENCH_PREFETCH } : {}),
  });
  const logger = process.env.BENCH_WEBHOOK_LOG ? createLogger(process.env.BENCH_WEBHOOK_LOG) : silentLogger();
  return new Bridge(settings, loadRoutesFile(r.routesPath), logger);
}

async function startBridge(r: Rig, bridge = buildBridge(r)): Promise<Bridge> {
  await bridge.start();
  await bridge.source.connected();
  return bridge;
}

async function cleanup(r: Rig): Promise<void> {
  const conn = await amqp.connect(AMQP);
  try {
    for (const q of [`${r.prefix}.bench`, `${r.prefix}.bench.delay`]) {
      const ch = await conn.createChannel();
      ch.on('error', () => undefined);
      await ch.deleteQueue(q).catch(() => undefined);
      await ch.close().catch(() => undefined);
    }
  } finally {
    await conn.close();
  }
  rmSync(r.dir, { recursive: true, force: true });
}

async function readyMessages(queue: string): Promise<number> {
  const conn = await amqp.connect(AMQP);
  try {
    const ch = await conn.createChannel();
    return (await ch.checkQueue(queue)).messageCount;
  } finally {
    await conn.close();
  }
}

// ---- scenarios ------------------------------------------------------------------------------------

interface ThroughputResult {
  n: number;
  seconds: number;
  perSecond: number;
  requests: number;
  peakRss: number;
  complete: boolean;
  busy: number;
  /** RabbitMQ's CPU per event (µs) and the machine's busy share (%) over the measured window. */
  rabbitMicros: number;
  machineBusy: number;
}

/** Queues n events, then starts the bridge and times how long the receiver takes to have them all. */
async function throughput(
  name: string,
  n: number,
  sinkYaml: (url: string) => string,
  routeYaml = '',
): Promise<ThroughputResult> {
  const receiver = new Receiver(n, false);
  await receiver.listening();
  const r = rig(name, sinkYaml, receiver.port, routeYaml);
  try {
    await (await startBridge(r)).stop(); // declares the route's queue and bindings
    const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 5);
    const publisher = new CbPublisher({ url: AMQP, declare: true, persistent: false, confirm: false });
    await publisher.open();
    for (let i = 0; i < n; i++) await publisher.publish({ ...traffic.next('protobuf'), routingKey: r.routingKey });
    await publisher.close();
    const until = Date.now() + 30_000;
    while ((await readyMessages(`${r.prefix}.bench`)) < n && Date.now() < until) await sleep(50);

    const built = buildBridge(r); // schema compilation is start-up cost, not throughput
    const rss = new RssSampler();
    const elu = performance.eventLoopUtilization();
    const rabbit = findProcess('beam.smp');
    const rabbitBefore = rabbit === null ? Number.NaN : processCpuSeconds(rabbit);
    const machine = new BusyMeter();
    const t0 = clock();
    const bridge = await profiled(`webhook-${name}`, async () => {
      const started = await startBridge(r, built);
      const deadline = Date.now() + 60_000;
      while (receiver.distinct < n && Date.now() < deadline) await sleep(2);
      return started;
    });
    const seconds = (clock() - t0) / 1000;
    const busy = performance.eventLoopUtilization(elu).utilization;
    const complete = receiver.distinct >= n;
    await bridge.stop();
    const rabbitMicros =
      rabbit === null
        ? Number.NaN
        : ((processCpuSeconds(rabbit) - rabbitBefore) * 1e6) / Math.max(1, receiver.distinct);
    return {
      n,
      seconds,
      perSecond: receiver.distinct / seconds,
      requests: receiver.requests,
      peakRss: rss.stop(),
      complete,
      busy,
      rabbitMicros,
      machineBusy: machine.busyPercent(),
    };
  } finally {
    await receiver.stop();
    await cleanup(r);
  }
}

interface LatencyResult {
  n: number;
  measured: number;
  publishToReceiver: number[];
  bridgeToReceiver: number[];
  peakRss: number;
  missing: number;
}

/** Publishes at a fixed rate with the bridge running; latency per event after a short warm-up. */
async function latency(sinkYaml: (url: string) => string): Promise<LatencyResult> {
  const n = LATENCY_RATE * LATENCY_S;
  const receiver = new Receiver(n, true);
  await receiver.listening();
  const r = rig('latency', sinkYaml, receiver.port);
  const publishedAt = new Float64Array(n);
  try {
    const bridge = await startBridge(r);
    const rss = new RssSampler();
    const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 6);
    const publisher = new CbPublisher({ url: AMQP, declare: true, persistent: false, confirm: false });
    await publisher.open();
    const start = clock();
    for (let i = 0; i < n; i++) {
      const due = start + (i * 1000) / LATENCY_RATE;
      const wait = due - clock();
      if (wait > 1) await sleep(wait);
      publishedAt[i] = clock();
      await publisher.publish({ ...traffic.next('protobuf'), routingKey: r.routingKey });
    }
    await publisher.close();
    const deadline = Date.now() + 20_000;
    while (receiver.distinct < n && Date.now() < deadline) await sleep(5);
    await sleep(50); // the last progress message
    await bridge.stop();
    const peakRss = rss.stop();
    const first = new Map<number, [number, number]>();
    for (let k = 0; k < receiver.samples.length; k += 3) {
      const seq = receiver.samples[k];
      if (!first.has(seq)) first.set(seq, [receiver.samples[k + 1], receiver.samples[k + 2]]);
    }
    const publishToReceiver: number[] = [];
    const bridgeToReceiver: number[] = [];
    for (const [seq, [at, bridgeAt]] of first) {
      if (seq < WARM_UP) continue;
      publishToReceiver.push(at - publishedAt[seq]);
      bridgeToReceiver.push(at - bridgeAt);
    }
    publishToReceiver.sort((a, b) => a - b);
    bridgeToReceiver.sort((a, b) => a - b);
    return {
      n,
      measured: publishToReceiver.length,
      publishToReceiver,
      bridgeToReceiver,
      peakRss,
      missing: n - first.size,
    };
  } finally {
    await receiver.stop();
    await cleanup(r);
  }
}

const single = (url: string): string => `      - { type: webhook, name: hook, url: "${url}", body: single }`;
const batched = (url: string): string =>
  `      - { type: webhook, name: hook, url: "${url}", body: json_array, delivery: { batch_max_events: 500 } }`;
/**
 * The route's prefetch for batches: 1,000 unacknowledged messages per channel, so that its two
 * channels hold the 2,000 events four requests of 500 carry (docs/performance.md, Sinks). With the
 * default 500 the sink has at most two batches to send at a time.
 */
const BATCHED_PREFETCH = 1000;

async function main(): Promise<void> {
  const steal = new StealMeter();
  console.log(
    'bench:webhook — RabbitMQ (loopback) → bridge (in process) → webhook sink → HTTP receiver (worker thread, 127.0.0.1)',
  );
  const load = (): string =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(
    `node ${process.version}, ${cpus().length} CPUs, load average ${load()}; decoded format, one protobuf event per message; sink defaults unless shown\n`,
  );

  const one = await throughput('single', SINGLE_N, single);
  console.log(
    `batch 1   (body: single, max_concurrent_requests 16): ${fmt(one.n)} events in ${one.seconds.toFixed(2)} s ` +
      `= ${fmt(one.perSecond)} events/s, ${fmt(one.requests)} requests, bridge thread busy ${pct(one.busy)}, peak RSS ${mb(one.peakRss)}${one.complete ? '' : '  [INCOMPLETE]'}`,
  );

  const many = await throughput(
    'batched',
    BATCHED_N,
    batched,
    process.env.BENCH_PREFETCH ? '' : `    prefetch: ${BATCHED_PREFETCH}\n`,
  );
  const target = many.perSecond >= 20_000 ? 'met' : 'NOT met';
  console.log(
    `batch 500 (body: json_array, batch_max_events 500, concurrency 4; route prefetch ${process.env.BENCH_PREFETCH ?? BATCHED_PREFETCH}): ${fmt(many.n)} events in ${many.seconds.toFixed(2)} s ` +
      `= ${fmt(many.perSecond)} events/s, ${fmt(many.requests)} requests (${(many.n / Math.max(1, many.requests)).toFixed(0)} events/request), ` +
      `bridge thread busy ${pct(many.busy)}, peak RSS ${mb(many.peakRss)}${many.complete ? '' : '  [INCOMPLETE]'}  — target 20,000 events/s: ${target}`,
  );
  console.log(
    `          RabbitMQ CPU ${many.rabbitMicros.toFixed(1)} µs per event (one event per message); machine ${many.machineBusy.toFixed(0)}% busy`,
  );

  const lat = await latency(single);
  const p = lat.publishToReceiver;
  const b = lat.bridgeToReceiver;
  const p99Target = percentile(p, 0.99) < 50 ? 'met' : 'NOT met';
  console.log(
    `latency at ${fmt(LATENCY_RATE)} events/s, batch 1, ${LATENCY_S} s (${fmt(lat.measured)} events after ${WARM_UP} warm-up${lat.missing ? `, ${lat.missing} MISSING` : ''}):`,
  );
  console.log(
    `  publish → receiver:          p50 ${ms(percentile(p, 0.5))}  p90 ${ms(percentile(p, 0.9))}  p99 ${ms(percentile(p, 0.99))}  max ${ms(p[p.length - 1] ?? NaN)}  — target p99 < 50 ms: ${p99Target}`,
  );
  console.log(
    `  bridge receipt → receiver:   p50 ${ms(percentile(b, 0.5))}  p90 ${ms(percentile(b, 0.9))}  p99 ${ms(percentile(b, 0.99))}  max ${ms(b[b.length - 1] ?? NaN)}  (envelope.received_at has ms resolution)`,
  );
  console.log(`  peak RSS ${mb(lat.peakRss)}`);
  console.log(
    `\npeak RSS over the run: ${mb(Math.max(one.peakRss, many.peakRss, lat.peakRss))} (whole process: bridge + receiver worker + publisher); load average now ${load()}; ${steal.report()}`,
  );
}

if (isMainThread) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  runReceiver();
}
