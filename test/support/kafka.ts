import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Consumer, type IHeaders, type KafkaMessage } from 'kafkajs';
import { registerCodecs } from '../../src/sinks/kafka/codecs';

/**
 * The real Kafka the integration tests use: scripts/services.sh runs one on loopback (PLAINTEXT
 * 9092, SASL_PLAINTEXT 9093 with PLAIN and SCRAM-SHA-256/512 user bridge/bridge-secret). Another
 * broker (a testcontainers or docker one) can be used through the variables below; the
 * stop/start test then runs `$CB_BRIDGE_TEST_KAFKA_CONTROL down|up` to stop and start it.
 */
export const KAFKA_BROKERS = (process.env.CB_BRIDGE_TEST_KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
export const KAFKA_SASL_BROKERS = (process.env.CB_BRIDGE_TEST_KAFKA_SASL_BROKERS ?? '127.0.0.1:9093').split(',');
export const KAFKA_USER = process.env.CB_BRIDGE_TEST_KAFKA_USER ?? 'bridge';
export const KAFKA_PASSWORD = process.env.CB_BRIDGE_TEST_KAFKA_PASSWORD ?? 'bridge-secret';

const SERVICES = `${__dirname}/../../scripts/services.sh`;
const execFileAsync = promisify(execFile);

export const uniqueTopic = (name: string): string => `t-${name}-${randomBytes(3).toString('hex')}`;

/**
 * Stops (`down`) or starts (`up`, waiting until it answers) the test broker. Asynchronous, so an
 * in-process bridge keeps working (and sending) while the broker goes away.
 */
export async function kafkaControl(action: 'down' | 'up'): Promise<void> {
  const custom = process.env.CB_BRIDGE_TEST_KAFKA_CONTROL;
  const [cmd, args] = custom ? ['sh', ['-c', `${custom} ${action}`]] : ['bash', [SERVICES, action, 'kafka']];
  await execFileAsync(cmd, args, { timeout: 180_000 });
}

/**
 * Whether kafkaControl can stop and start the test broker: a control command is configured, or
 * this checkout's scripts/services.sh runs the broker. When another checkout's broker serves the
 * ports (services.sh then uses it as it is), stopping it is not ours to do.
 */
export function kafkaControllable(): { ok: boolean; reason: string } {
  if (process.env.CB_BRIDGE_TEST_KAFKA_CONTROL) return { ok: true, reason: 'CB_BRIDGE_TEST_KAFKA_CONTROL' };
  if (process.env.CB_BRIDGE_TEST_KAFKA_BROKERS) return { ok: false, reason: 'CB_BRIDGE_TEST_KAFKA_BROKERS is set without CB_BRIDGE_TEST_KAFKA_CONTROL' };
  const status = spawnSync('bash', [SERVICES, 'status', 'kafka'], { encoding: 'utf8', timeout: 30_000 });
  const line = (status.stdout ?? '').trim();
  if (status.status === 0 && line.startsWith('kafka: running')) return { ok: true, reason: line };
  return { ok: false, reason: `this checkout's scripts/services.sh does not run the broker (${line || `exit ${status.status}`}); another checkout's broker may be serving the ports` };
}

export interface Received {
  topic: string;
  partition: number;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

function plainHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) out[k] = Array.isArray(v) ? v.map(String).join(',') : String(v);
  return out;
}

/**
 * Reads topics from the beginning with a kafkajs consumer (its own group) and keeps every
 * record. Subscribe to topics that exist (or regexes matching existing ones) or pass
 * `allowAutoTopicCreation`.
 */
export class KafkaCollector {
  readonly received: Received[] = [];
  private consumer: Consumer | null = null;

  async start(topics: Array<string | RegExp>): Promise<void> {
    registerCodecs();
    // A consumer only reads partitions that had a leader when its group formed (kafkajs refreshes
    // metadata every 5 minutes), so topics named here must fully exist first.
    await ensureTopics(topics.filter((t): t is string => typeof t === 'string'));
    const kafka = new Kafka({ brokers: KAFKA_BROKERS, clientId: 'test-collector', logLevel: logLevel.NOTHING });
    this.consumer = kafka.consumer({ groupId: uniqueTopic('collector'), allowAutoTopicCreation: true, maxWaitTimeInMs: 200 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, partition, message }: { topic: string; partition: number; message: KafkaMessage }) => {
        this.received.push({ topic, partition, key: message.key ? message.key.toString() : null, value: message.value ?? Buffer.alloc(0), headers: plainHeaders(message.headers) });
      },
    });
  }

  /** Polls until `check` holds or the bound runs out. */
  async until(check: (received: readonly Received[]) => boolean, timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (!check(this.received)) {
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
    return true;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = null;
  }
}

/** Creates the topics that do not exist yet (3 partitions) and waits until every partition of each has a leader. */
export async function ensureTopics(topics: string[], timeoutMs = 30_000): Promise<void> {
  if (topics.length === 0) return;
  const admin = new Kafka({ brokers: KAFKA_BROKERS, clientId: 'test-admin', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    // The producer may create one of them meanwhile: an "already exists" here is fine.
    if (missing.length > 0) await admin.createTopics({ topics: missing.map((topic) => ({ topic, numPartitions: 3 })), waitForLeaders: true }).catch(() => false);
    const until = Date.now() + timeoutMs;
    for (;;) {
      const meta = await admin.fetchTopicMetadata({ topics }).then((m) => m.topics, () => []);
      if (meta.length === topics.length && meta.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
      if (Date.now() > until) throw new Error(`topics without leaders after ${timeoutMs} ms: ${topics.join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await admin.disconnect();
  }
}

/** Records in each topic (the sum of its partitions' end offsets; 0 for a topic that does not exist). */
export async function recordsIn(topics: string[]): Promise<Record<string, number>> {
  const admin = new Kafka({ brokers: KAFKA_BROKERS, clientId: 'test-admin', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const out: Record<string, number> = {};
    for (const topic of topics) {
      out[topic] = await admin.fetchTopicOffsets(topic).then((ps) => ps.reduce((n, p) => n + Number(p.high), 0), () => 0);
    }
    return out;
  } finally {
    await admin.disconnect();
  }
}

/** Deletes every topic whose name starts with the prefix (test cleanup). */
export async function deleteTopicsByPrefix(prefix: string): Promise<void> {
  const admin = new Kafka({ brokers: KAFKA_BROKERS, clientId: 'test-admin', logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
  } catch {
    // Cleanup only.
  } finally {
    await admin.disconnect();
  }
}

/** Sequence numbers (decoded format: message.header.eventid) of JSON records, counted against 0..expected-1. */
export function sequenceReport(values: readonly Buffer[], expected: number): { received: number; distinct: number; missing: number; duplicates: number; firstMissing: number[] } {
  const seen = new Map<number, number>();
  for (const v of values) {
    const seq = (JSON.parse(v.toString()) as { message?: { header?: { eventid?: number } } }).message?.header?.eventid;
    if (typeof seq === 'number') seen.set(seq, (seen.get(seq) ?? 0) + 1);
  }
  const firstMissing: number[] = [];
  let missing = 0;
  for (let i = 0; i < expected; i++) if (!seen.has(i)) { missing++; if (firstMissing.length < 10) firstMissing.push(i); }
  let duplicates = 0;
  for (const n of seen.values()) duplicates += n - 1;
  return { received: values.length, distinct: seen.size, missing, duplicates, firstMissing };
}
