/**
 * Jest global setup of the integration project: where the brokers come from, chosen once per run
 * and printed.
 *
 *   - CB_BRIDGE_TEST_AMQP_URL already set: those brokers, as given.
 *   - a Docker engine reachable (DOCKER_HOST, or /var/run/docker.sock answering): RabbitMQ and
 *     Kafka (KRaft, PLAINTEXT and SASL_PLAINTEXT with PLAIN and SCRAM users as the services script
 *     configures them) in containers started through testcontainers, removed by its reaper when
 *     the run ends. rabbitmqctl, which the tests call, runs inside the RabbitMQ container.
 *   - otherwise: scripts/services.sh up (the brokers installed and run without Docker).
 *
 * CB_BRIDGE_TEST_SERVICES=services|testcontainers forces one. The addresses reach the tests through
 * the CB_BRIDGE_TEST_* variables test/support/broker.ts and kafka.ts read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const RABBITMQ_IMAGE = 'rabbitmq:3.13-management';
const KAFKA_IMAGE = 'apache/kafka:3.9.1';
/** The SASL user the services script's Kafka has (test/support/kafka.ts). */
const KAFKA_USER = 'bridge';
const KAFKA_PASSWORD = 'bridge-secret';

const say = (line: string): void => {
  process.stderr.write(`\n[test services] ${line}\n`);
};

/** A loopback port free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Whether a container engine answers (a quick look for its socket first: no socket, no Docker). */
async function dockerReachable(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainers(): Promise<void> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const rabbit = await new GenericContainer(RABBITMQ_IMAGE)
    .withExposedPorts(5672, 15672)
    .withWaitStrategy(Wait.forLogMessage(/Server startup complete/))
    .start();
  const amqpPort = rabbit.getMappedPort(5672);
  process.env.CB_BRIDGE_TEST_AMQP_URL = `amqp://guest:guest@${rabbit.getHost()}:${amqpPort}`;
  process.env.CB_BRIDGE_TEST_RABBIT_MGMT = `http://guest:guest@${rabbit.getHost()}:${rabbit.getMappedPort(15672)}`;
  // rabbitmqctl for the tests (vhosts, consumer timeouts) is the container's own.
  const bin = mkdtempSync(join(tmpdir(), 'cbb-rabbitmqctl-'));
  writeFileSync(join(bin, 'rabbitmqctl'), `#!/bin/sh\nexec docker exec ${rabbit.getId()} rabbitmqctl "$@"\n`, {
    mode: 0o755,
  });
  process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;

  // Kafka advertises the host ports, so they are chosen before it starts.
  const [plain, sasl] = [await freePort(), await freePort()];
  const jaas = (module: string, extra = ''): string =>
    `${module} required username="${KAFKA_USER}" password="${KAFKA_PASSWORD}"${extra};`;
  const kafka = await new GenericContainer(KAFKA_IMAGE)
    .withExposedPorts({ container: 19092, host: plain }, { container: 19093, host: sasl })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:19092,SASL_PLAINTEXT://:19093,INTERNAL://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${plain},SASL_PLAINTEXT://127.0.0.1:${sasl},INTERNAL://localhost:9092`,
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP:
        'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,INTERNAL:PLAINTEXT',
      KAFKA_INTER_BROKER_LISTENER_NAME: 'INTERNAL',
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_SASL_ENABLED_MECHANISMS: 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
      KAFKA_LISTENER_NAME_SASL__PLAINTEXT_PLAIN_SASL_JAAS_CONFIG: jaas(
        'org.apache.kafka.common.security.plain.PlainLoginModule',
        ` user_${KAFKA_USER}="${KAFKA_PASSWORD}"`,
      ),
      KAFKA_LISTENER_NAME_SASL__PLAINTEXT_SCRAM___SHA___256_SASL_JAAS_CONFIG: jaas(
        'org.apache.kafka.common.security.scram.ScramLoginModule',
      ),
      KAFKA_LISTENER_NAME_SASL__PLAINTEXT_SCRAM___SHA___512_SASL_JAAS_CONFIG: jaas(
        'org.apache.kafka.common.security.scram.ScramLoginModule',
      ),
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .start();
  const scram = await kafka.exec([
    '/opt/kafka/bin/kafka-configs.sh',
    '--bootstrap-server',
    'localhost:9092',
    '--alter',
    '--entity-type',
    'users',
    '--entity-name',
    KAFKA_USER,
    '--add-config',
    `SCRAM-SHA-256=[password=${KAFKA_PASSWORD}],SCRAM-SHA-512=[password=${KAFKA_PASSWORD}]`,
  ]);
  if (scram.exitCode !== 0) throw new Error(`creating the Kafka SCRAM user failed: ${scram.output}`);
  process.env.CB_BRIDGE_TEST_KAFKA_BROKERS = `127.0.0.1:${plain}`;
  process.env.CB_BRIDGE_TEST_KAFKA_SASL_BROKERS = `127.0.0.1:${sasl}`;
  say(
    `testcontainers: RabbitMQ ${process.env.CB_BRIDGE_TEST_AMQP_URL.replace(/:[^:@/]*@/, ':***@')} (${RABBITMQ_IMAGE}), Kafka 127.0.0.1:${plain} and SASL 127.0.0.1:${sasl} (${KAFKA_IMAGE}); the tests that stop the brokers are skipped`,
  );
}

export default async function setupTestServices(): Promise<void> {
  if (process.env.CB_BRIDGE_TEST_AMQP_URL) {
    say(`brokers given by CB_BRIDGE_TEST_AMQP_URL and CB_BRIDGE_TEST_KAFKA_*: using them as they are`);
    return;
  }
  const forced = process.env.CB_BRIDGE_TEST_SERVICES;
  if (forced && forced !== 'services' && forced !== 'testcontainers')
    throw new Error(`CB_BRIDGE_TEST_SERVICES=${forced}: expected services or testcontainers`);
  const docker = forced === 'services' ? false : await dockerReachable();
  if (forced === 'testcontainers' && !docker)
    throw new Error(
      'CB_BRIDGE_TEST_SERVICES=testcontainers but no Docker engine answers (DOCKER_HOST or /var/run/docker.sock)',
    );
  if (docker) {
    await startContainers();
    return;
  }
  say(`no Docker engine answers: brokers from scripts/services.sh (installed and run without Docker)`);
  execFileSync('bash', [join(ROOT, 'scripts', 'services.sh'), 'up'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 600_000,
  });
}
