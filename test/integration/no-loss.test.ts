import { join } from 'node:path';
import { writeFileSync, rmSync, mkdirSync, renameSync } from 'node:fs';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic } from '../../src/simulate/traffic';
import {
  AMQP_URL,
  uniquePrefix,
  deleteByPrefix,
  closeAllConnections,
  restartBroker,
  setConsumerTimeout,
  resetConsumerTimeout,
  waitFor,
  queueInfo,
} from '../support/broker';
import { BridgeProcess } from '../support/bridge-process';
import { tempDir } from '../support/bridge-fixture';
import { lossReport, type LossReport } from '../support/loss-check';

/**
 * At-least-once under failure: N sequenced events published while the connection is cut, the
 * broker restarts, the bridge is SIGKILLed, or the sink refuses past the consumer timeout. Every
 * event must reach the file sink; duplicates are allowed and reported.
 */
jest.setTimeout(240_000);

interface Scenario {
  name: string;
  queueType?: 'classic' | 'quorum';
  persistent?: boolean;
  env?: Record<string, string>;
  /** Runs after the first half is published; may return a replacement bridge. */
  disrupt(ctx: {
    bridge: BridgeProcess;
    outDir: string;
    start: () => Promise<BridgeProcess>;
  }): Promise<BridgeProcess | void>;
  /** Disrupt halfway through publishing the first half (when the publisher survives the disruption). */
  midPublish?: boolean;
  afterSecondHalf?(ctx: { outDir: string }): Promise<void>;
  /** Checks on the (last) bridge's log once every event arrived. */
  checkLogs?(logs: string): void;
}

const reports: Record<string, LossReport> = {};

async function publishHalf(
  traffic: SyntheticTraffic,
  messages: number,
  persistent: boolean,
  midway?: () => Promise<void>,
): Promise<void> {
  const p = new CbPublisher({ url: AMQP_URL, declare: true, persistent });
  await p.open();
  try {
    for (let i = 0; i < messages; i++) {
      if (midway && i === messages / 2) await midway();
      await p.publish(traffic.next());
    }
    await p.flush();
  } finally {
    await p.close();
  }
}

async function runScenario(s: Scenario): Promise<LossReport> {
  const dir = tempDir(`loss-${s.name}`);
  const prefix = uniquePrefix(`loss-${s.name}`);
  const outDir = join(dir, 'out');
  const sinkPath = join(outDir, 'events.jsonl');
  writeFileSync(
    join(dir, 'routes.yaml'),
    `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: all
    match: ["ingress.event.#"]
    exchanges: [api.events, api.rawsensordata]
    format: decoded
    sinks: [{ type: file, path: ${sinkPath} }]
`,
  );
  const env = {
    CB_BRIDGE_AMQP_URL: AMQP_URL,
    CB_BRIDGE_QUEUE_PREFIX: prefix,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_QUEUE_TYPE: s.queueType ?? 'classic',
    CB_BRIDGE_RECONNECT_MAX_MS: '2000',
    CB_BRIDGE_PREFETCH: '100',
    ...s.env,
  };
  const start = async (): Promise<BridgeProcess> => {
    const b = new BridgeProcess(['--config', join(dir, 'routes.yaml')], env);
    b.start();
    await b.consuming(60_000);
    return b;
  };
  const runId = 1 + Math.floor(Math.random() * 2 ** 30);
  const traffic = new SyntheticTraffic({ protobuf: 4, bundle: 1, json: 0, bundleSize: 20 }, 11, Date.now, runId);
  let bridge: BridgeProcess | null = null;
  try {
    bridge = await start();
    const disrupt = async (): Promise<void> => {
      bridge = (await s.disrupt({ bridge: bridge!, outDir, start })) ?? bridge;
    };
    await publishHalf(traffic, 1500, !!s.persistent, s.midPublish ? disrupt : undefined);
    if (!s.midPublish) await disrupt();
    await publishHalf(traffic, 1500, !!s.persistent);
    await s.afterSecondHalf?.({ outDir });
    const expected = traffic.generated;
    await waitFor(() => lossReport(sinkPath, expected, runId).missing === 0, 120_000, 500);
    await waitFor(async () => ((await queueInfo(`${prefix}.all`))?.messages ?? 1) === 0, 30_000, 500);
    const report = lossReport(sinkPath, expected, runId);
    reports[s.name] = report;
    console.log(`no-loss ${s.name}: ${JSON.stringify(report)}`);
    if (report.missing > 0) console.log(bridge.logs.slice(-3000));
    s.checkLogs?.(bridge.logs);
    return report;
  } finally {
    await bridge?.stop();
    await deleteByPrefix(prefix);
  }
}

test('(a) connections closed from the broker side mid-stream', async () => {
  const r = await runScenario({
    name: 'close-connections',
    async disrupt() {
      closeAllConnections();
    },
  });
  expect(r.missing).toBe(0);
});

test('(b) RabbitMQ restarted mid-stream (quorum queue, persistent publishing)', async () => {
  const r = await runScenario({
    name: 'broker-restart',
    queueType: 'quorum',
    persistent: true,
    async disrupt() {
      await restartBroker();
    },
  });
  expect(r.missing).toBe(0);
});

test('(c) the bridge SIGKILLed mid-stream and started again', async () => {
  const r = await runScenario({
    name: 'sigkill',
    midPublish: true,
    async disrupt({ bridge, start }) {
      await bridge.kill('SIGKILL');
      return start();
    },
  });
  expect(r.missing).toBe(0);
});

test('(d) a sink refusing for longer than the broker consumer timeout', async () => {
  setConsumerTimeout(4000);
  try {
    let blocked = '';
    const r = await runScenario({
      name: 'sink-outage',
      env: { CB_BRIDGE_CONSUMER_TIMEOUT_MS: '4000', CB_BRIDGE_PARK_AFTER_MS: '1500', CB_BRIDGE_RETRY_DELAY_MS: '1000' },
      async disrupt({ outDir }) {
        // The sink's directory becomes a regular file: every write fails until it is restored.
        // What was delivered before the outage is moved aside (and counted), not deleted.
        renameSync(outDir, `${outDir}.before`);
        writeFileSync(outDir, 'not a directory');
        blocked = outDir;
      },
      checkLogs(logs) {
        // The outage outlasted the consumer timeout: messages were parked, not held.
        expect(logs).toContain('parking it in the delay queue');
      },
      async afterSecondHalf() {
        await new Promise((r) => setTimeout(r, 9000)); // more than twice the consumer timeout
        rmSync(blocked, { force: true });
        mkdirSync(blocked, { recursive: true });
      },
    });
    expect(r.missing).toBe(0);
  } finally {
    resetConsumerTimeout();
  }
});

afterAll(() => {
  console.log(`no-loss summary: ${JSON.stringify(reports)}`);
});
