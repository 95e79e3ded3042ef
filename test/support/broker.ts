import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import amqp from 'amqplib';

/** The real RabbitMQ the integration tests use (scripts/services.sh starts it; testcontainers where Docker exists). */
export const AMQP_URL = process.env.CB_BRIDGE_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
export const MANAGEMENT_URL = process.env.CB_BRIDGE_TEST_RABBIT_MGMT ?? 'http://guest:guest@127.0.0.1:15672';

export const uniquePrefix = (name: string): string => `t-${name}-${randomBytes(3).toString('hex')}`;

export function rabbitmqctl(...args: string[]): string {
  return execFileSync('rabbitmqctl', args, { encoding: 'utf8', timeout: 60_000 });
}

/** Closes every client connection from the broker side. */
export function closeAllConnections(): void {
  rabbitmqctl('close_all_connections', 'test: closing from the broker side');
}

/**
 * Stops and starts the broker (durable queues survive; transient messages in classic queues do
 * not), then checks it takes AMQP connections again. Throws with the script's output when the
 * restart fails, and when the broker does not answer within a minute after it.
 */
export async function restartBroker(): Promise<void> {
  const run = spawnSync('bash', [`${__dirname}/../../scripts/services.sh`, 'restart', 'rabbitmq'], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  if (run.status !== 0) {
    const why = run.error ? run.error.message : run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`;
    throw new Error(`scripts/services.sh restart rabbitmq failed (${why}):\n${output}`);
  }
  let lastError = '';
  const answers = await waitFor(
    async () => {
      try {
        const conn = await amqp.connect(AMQP_URL);
        await conn.close();
        return true;
      } catch (err) {
        lastError = (err as Error).message;
        return false;
      }
    },
    60_000,
    500,
  );
  if (!answers)
    throw new Error(
      `the broker does not take AMQP connections a minute after its restart (${lastError}); scripts/services.sh said:\n${output}`,
    );
}

/** Shortens the broker's consumer timeout for channels opened afterwards (reset with `resetConsumerTimeout`). */
export function setConsumerTimeout(ms: number): void {
  rabbitmqctl(
    'eval',
    `application:set_env(rabbit, consumer_timeout, ${ms}), application:set_env(rabbit, channel_tick_interval, 1000).`,
  );
}

export function resetConsumerTimeout(): void {
  rabbitmqctl(
    'eval',
    'application:set_env(rabbit, consumer_timeout, 1800000), application:set_env(rabbit, channel_tick_interval, 60000).',
  );
}

interface QueueInfo {
  name: string;
  messages: number;
  messages_unacknowledged: number;
  consumers: number;
}

/** Queue stats from the management API. */
export async function queueInfo(name: string): Promise<QueueInfo | null> {
  const u = new URL(MANAGEMENT_URL);
  const auth = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
  const res = await fetch(`${u.protocol}//${u.host}/api/queues/%2F/${encodeURIComponent(name)}`, {
    headers: { authorization: `Basic ${auth}` },
  });
  if (res.status === 404) return null;
  return (await res.json()) as QueueInfo;
}

/** Deletes every queue and exchange whose name starts with the prefix (test cleanup). */
export async function deleteByPrefix(prefix: string): Promise<void> {
  const conn = await amqp.connect(AMQP_URL);
  try {
    const u = new URL(MANAGEMENT_URL);
    const auth = Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64');
    const res = await fetch(`${u.protocol}//${u.host}/api/queues/%2F`, { headers: { authorization: `Basic ${auth}` } });
    const queues = (await res.json()) as QueueInfo[];
    for (const q of queues.filter((x) => x.name.startsWith(prefix))) {
      const ch = await conn.createChannel();
      await ch.deleteQueue(q.name).catch(() => undefined);
      await ch.close().catch(() => undefined);
    }
  } finally {
    await conn.close();
  }
}

/** Polls until `check` returns true or the bound runs out; returns the last result. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 100,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
