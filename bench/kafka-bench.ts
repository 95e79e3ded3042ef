/**
 * bench:kafka — RabbitMQ on loopback → bridge (child process) → kafka sink → Kafka on loopback,
 * for single protobuf events and for zipped bundles:
 * - throughput: N events, in the load modes of BENCH_LOAD (default `backlog,live`, see bench-util's LoadMode):
 *   published beforehand into the paused route's queue with the clock running from the resume (backlog), or published
 *   as fast as RabbitMQ confirms them while the bridge consumes (live; through LoadPublisher, their properties built
 *   before the clock starts). The clock stops when Kafka's end offsets of the sink's topic add up to N (every event
 *   acknowledged by Kafka). Each kind and mode runs BENCH_RUNS times (default 3) with a fresh bridge and topic, every
 *   run is printed, and the best backlog run is held against the target, as bench:e2e does: the machine's speed drifts
 *   from one minute to the next;
 * - latency at a fixed rate: publish → consumed back from Kafka (decoded format, matched by sequence), p50/p99;
 * - the bridge process's peak RSS (VmHWM).
 * Everything (both brokers, the bridge, the publisher, the reader) shares this machine.
 *
 * A Kafka broker just started spends several times more CPU per record than a warm one (its JIT
 * compilers and garbage collector are still settling), so the runs start only after a warm-up
 * that produces to a scratch topic for at least 30 s and then until the broker's cost per record
 * stops falling (at most BENCH_KAFKA_WARMUP_S, default 120; 0 skips it). It is printed.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Admin, Consumer, Producer, stringSerializers } from '@platformatic/kafka';
import { CbPublisher } from '../src/simulate/publisher';
import { resolveKafkaSinkConfig } from '../src/sinks/kafka/config';
import { producerOptions } from '../src/sinks/kafka/client-options';
import { LoadPublisher } from './load-publisher';
import { SyntheticTraffic, type OutgoingMessage } from '../src/simulate/traffic';
import { BridgeChild } from './bridge-child';
import {
  findProcess,
  fmt,
  hostSpeedProbe,
  loadBridge,
  loadModes,
  processCpuSeconds,
  StealMeter,
  type LoadMode,
} from './bench-util';

const AMQP_BASE = process.env.CB_BRIDGE_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const MANAGEMENT = process.env.CB_BRIDGE_RABBIT_MGMT ?? 'http://guest:guest@127.0.0.1:15672';
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const COMPRESSION = process.env.BENCH_KAFKA_COMPRESSION ?? 'none';
const PREFETCH = process.env.BENCH_PREFETCH ?? '1000';
/**
 * More keys for the kafka sink's block, YAML lines separated by `;` (e.g. `idempotent: false; delivery: { concurrency:
 * 4 }`).
 */
const SINK_EXTRA = process.env.BENCH_KAFKA_SINK ?? '';
const LATENCY_RATE = Number(process.env.BENCH_LATENCY_EVENTS_PER_S ?? 5000);
const LATENCY_SECONDS = Number(process.env.BENCH_LATENCY_S ?? 6);
/** A throughput run stops here even if Kafka does not have every event yet (the rate is then what arrived so far). */
const MAX_SECONDS = Number(process.env.BENCH_MAX_S ?? 45);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
/** Load modes of the throughput runs (BENCH_LOAD), checked before anything starts. */
const MODES = loadModes();
const WARMUP_SECONDS = Number(process.env.BENCH_KAFKA_WARMUP_S ?? 120);
const RUN_ID = randomBytes(3).toString('hex');
/**
 * A vhost of the run's own: traffic other benchmarks or tests publish on the broker does not reach (or slow) its
 * queues.
 */
const VHOST = `kbench-${RUN_ID}`;
const AMQP = ((): string => {
  const u = new URL(AMQP_BASE);
  u.pathname = `/${VHOST}`;
  return u.toString();
})();

async function management(method: string, path: string, body?: unknown): Promise<void> {
  const u = new URL(MANAGEMENT);
  const auth = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
  const res = await fetch(`${u.protocol}//${u.host}${path}`, {
    method,
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`RabbitMQ management ${method} ${path}: HTTP ${res.status}`);
}

async function createVhost(): Promise<void> {
  await management('PUT', `/api/vhosts/${VHOST}`);
  const user = decodeURIComponent(new URL(AMQP_BASE).username) || 'guest';
  await management('PUT', `/api/permissions/${VHOST}/${encodeURIComponent(user)}`, {
    configure: '.*',
    write: '.*',
    read: '.*',
  });
}

type Kind = 'protobuf' | 'bundle';
const SCENARIOS: Record<Kind, { events: number; bundleSize: number; target: number }> = {
  protobuf: { events: Number(process.env.BENCH_SINGLE ?? 200_000), bundleSize: 1, target: 25_000 },
  bundle: { events: Number(process.env.BENCH_BUNDLED ?? 800_000), bundleSize: 100, target: 100_000 },
};

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Rig {
  dir: string;
  topic: string;
  bridge: BridgeChild;
  publisher: CbPublisher;
}

/** The benchmark's own Kafka clients (admin, producer, consumer) share these options. */
const clientOptions = (clientId: string) => ({ clientId, bootstrapBrokers: BROKERS });

/**
 * Creates the run's topic and waits until its partitions have leaders. Right after the previous
 * run's topic was deleted the broker can take a while: a few more tries, then the error.
 */
async function createTopic(admin: Admin, topic: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const existing = await admin.listTopics();
      if (!existing.includes(topic)) await admin.createTopics({ topics: [topic], partitions: 3, replicas: 1 });
      const meta = (await admin.metadata({ topics: [topic], forceUpdate: true })).topics.get(topic);
      if (meta && meta.partitionsCount === 3 && meta.partitions.every((p) => p.leader >= 0)) return;
      throw new Error(`topic ${topic} has no leader for every partition yet`);
    } catch (err) {
      if (attempt >= 10) throw err;
      await sleep(1000);
    }
  }
}

async function rig(admin: Admin, name: string, kind: Kind, format: 'normalized' | 'decoded'): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), `cbb-kbench-${name}-`));
  const topic = `bench-${name}-${RUN_ID}`;
  await createTopic(admin, topic);
  writeFileSync(
    join(dir, 'routes.yaml'),
    `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: bench
    match: ["#"]
    exchanges: ${kind === 'bundle' ? '[api.rawsensordata]' : '[api.events]'}
    format: ${format}
    sinks:
      - type: kafka
        brokers: ${JSON.stringify(BROKERS)}
        topic: ${topic}
        compression: ${COMPRESSION}
${SINK_EXTRA.split(';')
  .map((line) => line.trim())
  .filter(Boolean)
  .map((line) => `        ${line}\n`)
  .join('')}`,
  );
  const bridge = new BridgeChild(['--config', join(dir, 'routes.yaml')], {
    CB_BRIDGE_AMQP_URL: AMQP,
    CB_BRIDGE_QUEUE_PREFIX: `kbench-${name}-${RUN_ID}`,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_PREFETCH: PREFETCH,
    CB_BRIDGE_CONSUMERS: '2',
  });
  await bridge.start();
  const publisher = new CbPublisher({ url: AMQP, declare: true, persistent: false, confirm: false });
  await publisher.open();
  return { dir, topic, bridge, publisher };
}

async function teardown(admin: Admin, r: Rig): Promise<void> {
  await r.publisher.close();
  await r.bridge.stop();
  rmSync(r.dir, { recursive: true, force: true });
  await deleteTopic(admin, r.topic);
}

/** Deletes a topic the benchmark made (a failure leaves it behind, it does not fail the run). */
async function deleteTopic(admin: Admin, topic: string): Promise<void> {
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
}

/** Records in the topic: the sum of its partitions' end offsets (read with a consumer that joins no group). */
async function recordCount(offsets: Consumer, topic: string): Promise<number> {
  const ends = (await offsets.listOffsets({ topics: [topic] })).get(topic) ?? [];
  return ends.reduce((n, end) => n + Number(end), 0);
}

function traffic(kind: Kind, seed: number): SyntheticTraffic {
  return new SyntheticTraffic(
    {
      protobuf: kind === 'protobuf' ? 1 : 0,
      bundle: kind === 'bundle' ? 1 : 0,
      json: 0,
      bundleSize: SCENARIOS[kind].bundleSize,
    },
    seed,
  );
}

interface Throughput {
  events: number;
  arrived: number;
  seconds: number;
  publishSeconds: number;
  rssMb: number;
  /**
   * CPU per event (µs, all threads) of the bridge, the Kafka broker, RabbitMQ and this process (the publisher), and the
   * machine's busy share (%).
   */
  bridgeMicros: number;
  kafkaMicros: number;
  rabbitMicros: number;
  publisherMicros: number;
  busyPercent: number;
  /** hostSpeedProbe() just before the run (ms, lower is faster). */
  hostProbeMs: number;
}

async function throughput(admin: Admin, kind: Kind, mode: LoadMode): Promise<Throughput> {
  const hostProbeMs = hostSpeedProbe();
  const r = await rig(admin, `${kind}-tp`, kind, 'normalized');
  const offsets = new Consumer({ ...clientOptions('bench-offsets'), groupId: `kbench-offsets-${RUN_ID}` });
  const load = new LoadPublisher(AMQP, false);
  try {
    await load.open();
    const gen = traffic(kind, 3);
    const messages: OutgoingMessage[] = [];
    let events = 0;
    while (events < SCENARIOS[kind].events) {
      const m = gen.next();
      messages.push(m);
      events += m.events;
    }
    const prepared = load.prepare(messages);
    messages.length = 0;
    const cpuOf = (pid: number | null): number => (pid === null ? Number.NaN : processCpuSeconds(pid));
    const ownCpu = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1e6;
    };
    const broker = findProcess('kafka.Kafka');
    const rabbit = findProcess('beam.smp');
    const cpuNow = (): Record<'bridge' | 'kafka' | 'rabbit' | 'own', number> => ({
      bridge: r.bridge.cpuSeconds(),
      kafka: cpuOf(broker),
      rabbit: cpuOf(rabbit),
      own: ownCpu(),
    });
    const {
      before: cpuBefore,
      busy,
      start,
      publishSeconds,
    } = await loadBridge(mode, r.bridge, 'bench', () => load.publish(prepared), cpuNow);
    prepared.length = 0;
    let arrived = 0;
    while ((performance.now() - start) / 1000 < MAX_SECONDS) {
      arrived = await recordCount(offsets, r.topic);
      if (arrived >= events) break;
      // Each poll costs a few ms of CPU (metadata and offsets): rarely until the end is near.
      await sleep(arrived < events * 0.9 ? 250 : 20);
    }
    const seconds = (performance.now() - start) / 1000;
    const counted = Math.min(arrived, events);
    const perEvent = (cpuSeconds: number): number => (cpuSeconds * 1e6) / counted;
    return {
      events,
      arrived,
      seconds,
      publishSeconds,
      rssMb: r.bridge.rss().peak,
      bridgeMicros: perEvent(r.bridge.cpuSeconds() - cpuBefore.bridge),
      kafkaMicros: perEvent(cpuOf(broker) - cpuBefore.kafka),
      rabbitMicros: perEvent(cpuOf(rabbit) - cpuBefore.rabbit),
      publisherMicros: perEvent(ownCpu() - cpuBefore.own),
      busyPercent: busy.busyPercent(),
      hostProbeMs,
    };
  } finally {
    await load.close();
    await offsets.close(true).catch(() => undefined);
    await teardown(admin, r);
  }
}

async function latency(
  admin: Admin,
  kind: Kind,
): Promise<{ p50: number; p99: number; max: number; count: number; rssMb: number }> {
  const r = await rig(admin, `${kind}-lat`, kind, 'decoded');
  const publishedAt = new Map<number, number>();
  const latencies: number[] = [];
  let consumed = 0;
  const consumedCount = async (): Promise<number> => consumed;
  const consumer = new Consumer({ ...clientOptions('bench-latency'), groupId: `kbench-${kind}-${RUN_ID}` });
  try {
    const stream = await consumer.consume({ topics: [r.topic], mode: 'earliest', autocommit: false, maxWaitTime: 5 });
    stream.on('data', (message) => {
      const seq = (JSON.parse(message.value.toString()) as { message: { header: { eventid: number } } }).message.header
        .eventid;
      consumed++;
      const t = publishedAt.get(seq);
      if (t !== undefined) latencies.push(performance.now() - t);
    });
    await sleep(1000); // the group settles before the clock starts
    const gen = traffic(kind, 5);
    const perMessage = SCENARIOS[kind].bundleSize;
    // Warm-up (not measured): producer metadata, connections, JIT.
    for (let i = 0; i < Math.ceil(2000 / perMessage); i++) await r.publisher.publish(gen.next());
    await r.publisher.flush();
    const warmUntil = Date.now() + 30_000;
    while ((await consumedCount()) < gen.generated && Date.now() < warmUntil) await sleep(20);
    const messages = Math.max(1, Math.floor((LATENCY_RATE * LATENCY_SECONDS) / perMessage));
    const t0 = performance.now();
    let sent = 0;
    for (let i = 0; i < messages; i++) {
      const due = t0 + (i * perMessage * 1000) / LATENCY_RATE;
      while (performance.now() < due) await sleep(1);
      const m = gen.next();
      const now = performance.now();
      for (let s = m.firstSeq; s < m.firstSeq + m.events; s++) publishedAt.set(s, now);
      await r.publisher.publish(m);
      sent += m.events;
    }
    await r.publisher.flush();
    const until = Date.now() + 60_000;
    while (latencies.length < sent && Date.now() < until) await sleep(20);
    latencies.sort((a, b) => a - b);
    return {
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      max: latencies[latencies.length - 1] ?? NaN,
      count: latencies.length,
      rssMb: r.bridge.rss().peak,
    };
  } finally {
    await consumer.close(true).catch(() => undefined);
    await teardown(admin, r);
  }
}

/** Records per produce call and calls per window of the warm-up. */
const WARMUP_BATCH = 200;
const WARMUP_CALLS = 100;
/** The warm-up lasts at least this long (a window's cost moves up and down before it settles)... */
const WARMUP_MIN_SECONDS = 30;
/** ...then ends once a window's broker CPU per record is within this factor of the window before. */
const WARMUP_SETTLED = 1.15;

/**
 * Produces event-like records (idempotent, acks=all, three partitions, the sink's headers) to a
 * scratch topic, window after window, until the broker's CPU per record stops falling or the time
 * is up. Returns what it did, for the report.
 */
async function warmBroker(admin: Admin): Promise<string> {
  if (WARMUP_SECONDS <= 0) return 'Kafka warm-up: skipped (BENCH_KAFKA_WARMUP_S=0)';
  const broker = findProcess('kafka.Kafka');
  const topic = `bench-warmup-${RUN_ID}`;
  await createTopic(admin, topic);
  const producer = new Producer({
    ...clientOptions('bench-warmup'),
    idempotent: true,
    acks: -1,
    serializers: stringSerializers,
  });
  // About an event's size; the broker neither compresses nor reads the values, so one padding serves all.
  const pad = traffic('protobuf', 11).next().body.toString('base64');
  const value = (seq: number): string => JSON.stringify({ type: 'ingress.event.netconn', seq, pad });
  const costs: number[] = [];
  const start = performance.now();
  let records = 0;
  try {
    while ((performance.now() - start) / 1000 < WARMUP_SECONDS) {
      const cpu = broker === null ? Number.NaN : processCpuSeconds(broker);
      for (let call = 0; call < WARMUP_CALLS; call++) {
        const messages = Array.from({ length: WARMUP_BATCH }, (_, i) => ({
          topic,
          key: String((records + i) % 500),
          value: value(records + i),
          headers: {
            'cb.routing_key': 'ingress.event.netconn',
            'cb.event_type': 'ingress.event.netconn',
            'cb.event_id': `${RUN_ID}-${records + i}`,
          },
        }));
        await producer.send({ messages });
        records += messages.length;
      }
      if (broker === null) continue; // no broker process to watch here (a container): the whole time
      costs.push(((processCpuSeconds(broker) - cpu) * 1e6) / (WARMUP_CALLS * WARMUP_BATCH));
      const [before, last] = costs.slice(-2);
      const warmFor = (performance.now() - start) / 1000;
      if (
        warmFor >= Math.min(WARMUP_MIN_SECONDS, WARMUP_SECONDS) &&
        costs.length >= 2 &&
        last * WARMUP_SETTLED > before
      )
        break;
    }
  } finally {
    await producer.close(true).catch(() => undefined);
    await deleteTopic(admin, topic);
  }
  const seconds = (performance.now() - start) / 1000;
  const trail =
    costs.length > 0
      ? `; broker CPU per record, first and last windows: ${costs
          .slice(0, 3)
          .map((c) => c.toFixed(1))
          .join(', ')} ... ${costs
          .slice(-3)
          .map((c) => c.toFixed(1))
          .join(', ')} µs`
      : '';
  return `Kafka warm-up (not measured): ${fmt(records)} records in ${seconds.toFixed(0)}s to a scratch topic${trail}`;
}

/** Records the client-alone measurement produces, per produce call, and produce calls in flight (as the sink does). */
const CLIENT_RECORDS = Number(process.env.BENCH_KAFKA_CLIENT_RECORDS ?? 300_000);
const CLIENT_BATCH = 1000;
const CLIENT_CONCURRENCY = 4;

/**
 * The Kafka client alone, in this process: CLIENT_RECORDS records shaped like the sink's (a key, the sink's four
 * headers, an event-sized text value), sent through a producer built from the sink's own options. Its CPU per record
 * is what producing costs one thread before the bridge does anything else: the ceiling of a one-thread producer.
 */
async function clientAlone(admin: Admin): Promise<string> {
  if (CLIENT_RECORDS <= 0) return 'Kafka client alone: skipped (BENCH_KAFKA_CLIENT_RECORDS=0)';
  const topic = `bench-client-${RUN_ID}`;
  await createTopic(admin, topic);
  const options = resolveKafkaSinkConfig({ type: 'kafka', brokers: BROKERS, topic, compression: COMPRESSION });
  const producer = new Producer(producerOptions({ ...options, clientId: 'bench-client' }));
  const pad = traffic('protobuf', 13).next().body.toString('base64');
  const valueBytes = Buffer.byteLength(JSON.stringify({ type: 'ingress.event.netconn', seq: 0, pad }));
  const batch = (first: number): { topic: string; key: string; value: string; headers: Record<string, string> }[] =>
    Array.from({ length: CLIENT_BATCH }, (_, i) => ({
      topic,
      key: String((first + i) % 500),
      value: JSON.stringify({ type: 'ingress.event.netconn', seq: first + i, pad }),
      headers: {
        'cb.routing_key': 'ingress.event.netconn',
        'cb.event_type': 'ingress.event.netconn',
        'cb.event_id': `${RUN_ID}-${first + i}`,
        'cb.content_type': 'application/protobuf',
      },
    }));
  try {
    await producer.send({ messages: batch(0), acks: options.acks });
    let next = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    const lane = async (): Promise<void> => {
      while (next < CLIENT_RECORDS) {
        const messages = batch(next);
        next += messages.length;
        await producer.send({ messages, acks: options.acks });
      }
    };
    await Promise.all(Array.from({ length: CLIENT_CONCURRENCY }, lane));
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    const micros = (used.user + used.system) / next;
    return (
      `Kafka client alone (the sink's producer options, ${fmt(next)} records with a key, four headers and a ` +
      `${valueBytes}-byte value, ${CLIENT_BATCH} per call, ${CLIENT_CONCURRENCY} calls in flight): ` +
      `${fmt(next / seconds)} records/s, ${micros.toFixed(1)} µs CPU per record in this process (building the records ` +
      `included), at most ${fmt(1e6 / micros)} records/s for one thread`
    );
  } finally {
    await producer.close(true).catch(() => undefined);
    await deleteTopic(admin, topic);
  }
}

async function main(): Promise<void> {
  await createVhost();
  try {
    await run();
  } finally {
    await management('DELETE', `/api/vhosts/${VHOST}`).catch(() => undefined);
  }
}

async function run(): Promise<void> {
  const steal = new StealMeter();
  const admin = new Admin(clientOptions('bench-admin'));
  console.log(
    `bench:kafka  RabbitMQ ${AMQP.replace(/:[^:@/]+@/, ':***@')} (a vhost of its own) → bridge (child process, prefetch ${PREFETCH} x 2 consumers) → kafka sink ` +
      `(idempotent, acks=all, compression ${COMPRESSION}) → Kafka ${BROKERS.join(',')}; all on this machine`,
  );
  const load = (): string =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(
    `${cpus().length} CPUs, load average before: ${load()} (other work on the machine skews the figures); ` +
      `host probe ${hostSpeedProbe().toFixed(0)} ms (fixed CPU work timed before each run, lower is faster: 105-125 ms on this machine when it is quick)`,
  );
  console.log(await warmBroker(admin));
  console.log(await clientAlone(admin));
  for (const kind of (process.env.BENCH_KINDS ?? 'protobuf,bundle').split(',') as Kind[]) {
    let rss = 0;
    for (const mode of MODES) {
      const runs: Throughput[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await throughput(admin, kind, mode));
      printThroughput(kind, mode, runs);
      rss = Math.max(rss, ...runs.map((run) => run.rssMb));
    }
    const l = await latency(admin, kind);
    console.log(
      `${''.padEnd(14)} latency publish → consumed from Kafka at ${fmt(LATENCY_RATE)} events/s: p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, ` +
        `max ${l.max.toFixed(1)} ms (${fmt(l.count)} events) | bridge peak RSS ${Math.max(rss, l.rssMb).toFixed(0)} MB over every run`,
    );
  }
  console.log(`load average after: ${load()}; ${steal.report()}`);
  await admin.close();
}

/** Prints a kind's throughput runs in one load mode: the best (against the target in backlog mode), every run. */
function printThroughput(kind: Kind, mode: LoadMode, runs: Throughput[]): void {
  const rateOf = (t: Throughput): number => Math.min(t.arrived, t.events) / t.seconds;
  const t = runs.reduce((best, run) => (rateOf(run) > rateOf(best) ? run : best));
  const complete = t.arrived >= t.events;
  const rate = rateOf(t);
  const label = `${kind === 'protobuf' ? 'single' : `bundles of ${SCENARIOS[kind].bundleSize}`}, ${mode}`;
  const verdict =
    mode === 'backlog'
      ? `target ${fmt(SCENARIOS[kind].target)} events/s: ${rate >= SCENARIOS[kind].target ? 'MET' : 'NOT MET'}`
      : '(no target in live mode)';
  const published =
    mode === 'backlog'
      ? `published beforehand in ${t.publishSeconds.toFixed(2)}s`
      : `publishing took ${t.publishSeconds.toFixed(2)}s`;
  console.log(
    `${label.padEnd(14)} ${fmt(t.events).padStart(9)} events ${complete ? `in ${t.seconds.toFixed(2)}s` : `published, ${fmt(t.arrived)} in Kafka after ${t.seconds.toFixed(2)}s`} ` +
      `(${published}): ${fmt(rate).padStart(7)} events/s | ${verdict}` +
      `${RUNS > 1 ? ` (best of ${RUNS} runs)` : ''}`,
  );
  console.log(
    `${''.padEnd(14)} CPU per event: bridge ${t.bridgeMicros.toFixed(1)} µs, Kafka broker ${t.kafkaMicros.toFixed(1)} µs, RabbitMQ ${t.rabbitMicros.toFixed(1)} µs, ` +
      `publisher and Kafka poller (this process) ${t.publisherMicros.toFixed(1)} µs; machine ${t.busyPercent.toFixed(0)}% busy during the run; host probe ${t.hostProbeMs.toFixed(0)} ms before it`,
  );
  if (RUNS > 1) {
    const rates = runs.map(rateOf).sort((a, b) => a - b);
    console.log(
      `${''.padEnd(14)} every run: ${runs.map((run) => `${fmt(rateOf(run))} events/s${run.arrived < run.events ? ' (incomplete)' : ''} (bridge ${run.bridgeMicros.toFixed(1)} µs, Kafka ${run.kafkaMicros.toFixed(1)} µs, RabbitMQ ${run.rabbitMicros.toFixed(1)} µs; host probe ${run.hostProbeMs.toFixed(0)} ms)`).join(', ')}` +
        `; median ${fmt(rates[Math.floor(rates.length / 2)])}`,
    );
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
