import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Admin, Consumer, type MessagesStream } from '@platformatic/kafka';

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
  if (process.env.CB_BRIDGE_TEST_KAFKA_BROKERS)
    return { ok: false, reason: 'CB_BRIDGE_TEST_KAFKA_BROKERS is set without CB_BRIDGE_TEST_KAFKA_CONTROL' };
  const status = spawnSync('bash', [SERVICES, 'status', 'kafka'], { encoding: 'utf8', timeout: 30_000 });
  const line = (status.stdout ?? '').trim();
  if (status.status === 0 && line.startsWith('kafka: running')) return { ok: true, reason: line };
  return {
    ok: false,
    reason: `this checkout's scripts/services.sh does not run the broker (${line || `exit ${status.status}`}); another checkout's broker may be serving the ports`,
  };
}

export interface Received {
  topic: string;
  partition: number;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

const client = (clientId: string) => ({ clientId, bootstrapBrokers: KAFKA_BROKERS, retries: 0 });

/** Runs `work` with an admin client, closed afterwards. */
async function withAdmin<T>(work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = new Admin(client('test-admin'));
  try {
    return await work(admin);
  } finally {
    await admin.close().catch(() => undefined);
  }
}

/**
 * Reads topics from the beginning with a @platformatic/kafka consumer (its own group) and keeps
 * every record. The topics are created first when missing (3 partitions).
 */
export class KafkaCollector {
  readonly received: Received[] = [];
  private consumer: Consumer<Buffer, Buffer, Buffer, Buffer> | null = null;
  private stream: MessagesStream<Buffer, Buffer, Buffer, Buffer> | null = null;

  async start(topics: string[]): Promise<void> {
    // A consumer only reads partitions that had a leader when its group formed, so the topics must fully exist first.
    await ensureTopics(topics);
    this.consumer = new Consumer({ ...client('test-collector'), retries: 5, groupId: uniqueTopic('collector') });
    this.stream = await this.consumer.consume({
      topics,
      mode: 'earliest',
      autocommit: false,
      maxWaitTime: 200,
      sessionTimeout: 10_000,
      heartbeatInterval: 500,
    });
    this.stream.on('data', (message) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of message.headers) headers[k.toString()] = v.toString();
      this.received.push({
        topic: message.topic,
        partition: message.partition,
        key: message.key && message.key.length > 0 ? message.key.toString() : null,
        value: message.value ?? Buffer.alloc(0),
        headers,
      });
    });
    this.stream.on('error', () => undefined);
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
    await this.stream?.close().catch(() => undefined);
    await this.consumer?.close(true).catch(() => undefined);
    this.stream = null;
    this.consumer = null;
  }
}

/** Creates the topics that do not exist yet (3 partitions) and waits until every partition of each has a leader. */
export async function ensureTopics(topics: string[], timeoutMs = 30_000): Promise<void> {
  if (topics.length === 0) return;
  await withAdmin(async (admin) => {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t));
    // The producer may create one of them meanwhile: an "already exists" here is fine.
    if (missing.length > 0)
      await admin.createTopics({ topics: missing, partitions: 3, replicas: 1 }).catch(() => undefined);
    const until = Date.now() + timeoutMs;
    for (;;) {
      const meta = await admin.metadata({ topics, forceUpdate: true }).then(
        (m) => [...m.topics.values()],
        () => [],
      );
      if (
        meta.length === topics.length &&
        meta.every((t) => t && t.partitionsCount > 0 && t.partitions.every((p) => p.leader >= 0))
      )
        return;
      if (Date.now() > until) throw new Error(`topics without leaders after ${timeoutMs} ms: ${topics.join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}

/** Records in each topic (the sum of its partitions' end offsets; 0 for a topic that does not exist). */
export async function recordsIn(topics: string[]): Promise<Record<string, number>> {
  const consumer = new Consumer({ ...client('test-offsets'), groupId: uniqueTopic('offsets') });
  try {
    const existing = new Set(
      await consumer.metadata({ topics: [] }).then(() => withAdmin((admin) => admin.listTopics())),
    );
    const out: Record<string, number> = {};
    for (const topic of topics) {
      out[topic] = existing.has(topic)
        ? await consumer.listOffsets({ topics: [topic] }).then(
            (o) => (o.get(topic) ?? []).reduce((n, end) => n + Number(end), 0),
            () => 0,
          )
        : 0;
    }
    return out;
  } finally {
    await consumer.close(true).catch(() => undefined);
  }
}

/** Deletes every topic whose name starts with the prefix (test cleanup). */
export async function deleteTopicsByPrefix(prefix: string): Promise<void> {
  await withAdmin(async (admin) => {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  }).catch(() => undefined);
}

/** Sequence numbers (decoded format: message.header.eventid) of JSON records, counted against 0..expected-1. */
export function sequenceReport(
  values: readonly Buffer[],
  expected: number,
): { received: number; distinct: number; missing: number; duplicates: number; firstMissing: number[] } {
  const seen = new Map<number, number>();
  for (const v of values) {
    const seq = (JSON.parse(v.toString()) as { message?: { header?: { eventid?: number } } }).message?.header?.eventid;
    if (typeof seq === 'number') seen.set(seq, (seen.get(seq) ?? 0) + 1);
  }
  const firstMissing: number[] = [];
  let missing = 0;
  for (let i = 0; i < expected; i++)
    if (!seen.has(i)) {
      missing++;
      if (firstMissing.length < 10) firstMissing.push(i);
    }
  let duplicates = 0;
  for (const n of seen.values()) duplicates += n - 1;
  return { received: values.length, distinct: seen.size, missing, duplicates, firstMissing };
}
