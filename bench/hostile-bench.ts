/**
 * bench:hostile — what hostile input costs the bridge. For each hostile class (and eight of the
 * heaviest at once, and a valid bundle of 1,000,000 records), a fresh bridge process on a vhost of
 * its own eats the message among a few good events; printed: seconds until it was dead-lettered
 * (or delivered) and the bridge's peak RSS. Then the dead-letter API over 10,000 letters in
 * 150 MB (list, cursor, replay, delete), how long a drain with failing sinks takes against its
 * timeout, and how soon delivery resumes after a webhook outage that answered Retry-After.
 * Bounded: every wait has a deadline, every bridge is stopped, every vhost deleted.
 *
 * BENCH_HOSTILE_ONLY=name,name runs only those classes.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CbPublisher } from '../src/simulate/publisher';
import { SyntheticTraffic, type OutgoingMessage } from '../src/simulate/traffic';
import { HOSTILE_CLASSES, validBundle, type HostileMessage } from '../src/simulate/hostile-messages';
import { writeZip } from '../src/simulate/bundle-writer';
import { RAW_SENSOR_EXCHANGE } from '../src/event/inbound-message';
import { loadSettings } from '../src/config/settings';
import { loadRoutesFile } from '../src/config/routes-file';
import { silentLogger } from '../src/observability/logger';
import { BridgeRuntime } from '../src/app/bridge-runtime';
import { AdminServer } from '../src/admin/server';
import { adminContextFor } from '../src/admin/adapters';
import type { DeadLetter } from '../src/dead-letters/dead-letter';
import { BridgeChild } from './bridge-child';

const BROKER = new URL(process.env.CB_BRIDGE_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672');
const TOKEN = 'bench-hostile';
const rabbitmqctl = (...args: string[]): string =>
  execFileSync('rabbitmqctl', args, { encoding: 'utf8', timeout: 60_000 });

/** A vhost of the bench's own: hostile messages must not reach anyone else's queues. */
function withVhost(name: string): { url: string; remove: () => void } {
  rabbitmqctl('add_vhost', name);
  rabbitmqctl('set_permissions', '-p', name, decodeURIComponent(BROKER.username) || 'guest', '.*', '.*', '.*');
  const u = new URL(BROKER.toString());
  u.pathname = `/${encodeURIComponent(name)}`;
  return {
    url: u.toString(),
    remove: () => {
      rabbitmqctl('delete_vhost', name);
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The sum of every sample of a counter in Prometheus text. */
function total(text: string, name: string): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

const asOutgoing = (m: HostileMessage): OutgoingMessage => ({
  ...m,
  contentType: m.contentType as string,
  events: 0,
  firstSeq: -1,
});
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Run {
  name: string;
  seconds: number;
  peakMb: number;
  letters: number;
  delivered: number;
  alive: boolean;
}

interface Rig {
  bridge: BridgeChild;
  publisher: CbPublisher;
}

/**
 * A bridge process on a vhost of its own with one route taking everything to `sinks` (YAML
 * flow entries), and a publisher on that vhost; both stopped, the vhost and files removed, after `run`.
 */
async function withRig<T>(
  name: string,
  sinks: string[],
  env: Record<string, string>,
  run: (rig: Rig) => Promise<T>,
): Promise<T> {
  const vhost = withVhost(`bench-hostile-${name}-${process.pid}`);
  const dir = mkdtempSync(join(tmpdir(), 'cbb-hostile-bench-'));
  const routes = join(dir, 'routes.yaml');
  writeFileSync(
    routes,
    `dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: all
    match: ["#"]
    exchanges: [api.events, api.rawsensordata]
    sinks:
${sinks.map((sink) => `      - ${sink}`).join('\n')}
`,
  );
  const bridge = new BridgeChild([], {
    CB_BRIDGE_AMQP_URL: vhost.url,
    CB_BRIDGE_ROUTES: routes,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_QUEUE_PREFIX: 'bench-hostile',
    ...env,
  });
  const publisher = new CbPublisher({ url: vhost.url, declare: true, persistent: false });
  try {
    await bridge.start();
    await publisher.open();
    return await run({ bridge, publisher });
  } finally {
    await publisher.close().catch(() => undefined);
    await bridge.stop();
    vhost.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One bridge process eats `messages` among a few good events; resolves once `done` holds for its metrics (or after 300
 * s).
 */
async function eat(
  name: string,
  messages: HostileMessage[],
  done: (letters: number, delivered: number) => boolean,
  env: Record<string, string> = {},
): Promise<Run> {
  const port = await freePort();
  const admin = { CB_BRIDGE_ADMIN_PORT: String(port), CB_BRIDGE_ADMIN_TOKEN: TOKEN, CB_BRIDGE_ADMIN_QUEUE_POLL_S: '0' };
  return withRig(name, ['{ type: stdout }'], { ...admin, ...env }, async ({ bridge, publisher }) => {
    const good = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 3);
    const prepared = messages.map(asOutgoing);
    const started = Date.now();
    for (const m of prepared) {
      await publisher.publish(good.next());
      await publisher.publish(m);
    }
    await publisher.publish(good.next());
    await publisher.flush();
    let letters = 0;
    let delivered = 0;
    const until = Date.now() + 300_000;
    while (Date.now() < until) {
      const text = await (
        await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
      ).text();
      letters = total(text, 'cb_bridge_dead_letters_total');
      delivered = total(text, 'cb_bridge_events_delivered_total');
      if (done(letters, delivered)) break;
      await sleep(100);
    }
    const seconds = (Date.now() - started) / 1000;
    return {
      name,
      seconds,
      peakMb: bridge.rss().peak,
      letters,
      delivered,
      alive: !bridge.logs.includes('AMQP reconnecting'),
    };
  });
}

/** A local HTTP server answering with `answer`; closed after `run`. */
async function withHook<T>(answer: (res: ServerResponse) => void, run: (url: string) => Promise<T>): Promise<T> {
  const hook = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => answer(res));
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', () => r()));
  try {
    return await run(`http://127.0.0.1:${(hook.address() as { port: number }).port}`);
  } finally {
    hook.close();
  }
}

const row = (r: Run): string =>
  `${r.name.padEnd(24)} ${r.seconds.toFixed(1).padStart(7)} s  peak RSS ${r.peakMb.toFixed(0).padStart(5)} MB  letters ${r.letters}  delivered ${r.delivered}${r.alive ? '' : '  (reconnected!)'}`;

async function hostileClasses(): Promise<void> {
  const only = process.env.BENCH_HOSTILE_ONLY?.split(',');
  console.log('hostile class              seconds      peak RSS');
  for (const c of HOSTILE_CLASSES.filter((x) => !only || only.includes(x.name))) {
    const m = c.make();
    console.log(row(await eat(c.name, [m], (letters, delivered) => letters >= 1 && delivered >= 2)));
  }
  const heavy = [
    'zip-shared-member',
    'zeros-bundle-4MiB',
    'zeros-zip-64MiB',
    'garbage-records-bundle',
    'zip-bomb',
    'deep-json',
    'body-50MB',
    'zip-10000-members',
  ];
  const eight = heavy.map((n) => HOSTILE_CLASSES.find((c) => c.name === n)!.make());
  console.log(row(await eat('eight-at-once', eight, (letters, delivered) => letters >= 8 && delivered >= 9)));
}

async function largeBundles(): Promise<void> {
  const zipOf = (n: number, seed: number): HostileMessage => ({
    exchange: RAW_SENSOR_EXCHANGE,
    routingKey: 'ingress.rawsensordata',
    contentType: 'application/zip',
    headers: { sensorId: seed, sensorHostName: 'BIG' },
    body: writeZip([{ name: `EventLog_${seed}.log`, data: validBundle(n, seed) }]),
  });
  console.log(
    row(
      await eat(
        'three-zips-120k-records',
        [1, 2, 3].map((s) => zipOf(120_000, s)),
        (_l, delivered) => delivered >= 360_004,
      ),
    ),
  );
}

async function millionRecords(): Promise<void> {
  // 1,000,000 synthetic records inflate to about 150 MB: the run raises the inflate limit to fit them.
  const body = writeZip([{ name: 'EventLog_0.log', data: validBundle(1_000_000) }]);
  const m: HostileMessage = {
    exchange: RAW_SENSOR_EXCHANGE,
    routingKey: 'ingress.rawsensordata',
    contentType: 'application/zip',
    headers: { sensorId: 5, sensorHostName: 'BIG' },
    body,
  };
  console.log(
    row(
      await eat('valid-1M-records', [m], (_l, delivered) => delivered >= 1_000_002, {
        CB_BRIDGE_MAX_INFLATED_BYTES: String(256 * 1024 * 1024),
      }),
    ),
  );
}

/**
 * The dead-letter API over a store of 10,000 letters in 150 MB: a bridge runtime (no broker: its
 * source is never started) with the admin API on an ephemeral port, asked over HTTP.
 */
async function deadLetterApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-dlapi-bench-'));
  const path = join(dir, 'dead.jsonl');
  const routes = join(dir, 'routes.yaml');
  writeFileSync(
    routes,
    `dead_letter: { type: file, path: ${path} }\nroutes:\n  - name: all\n    match: ["#"]\n    sinks: [{ type: file, name: out, path: ${join(dir, 'out.jsonl')} }]\n`,
  );
  const text = JSON.stringify({ type: 'ingress.event.netconn', pad: 'Q'.repeat(15_000) });
  const ids: string[] = [];
  let lines = '';
  for (let i = 0; i < 10_000; i++) {
    const letter: DeadLetter = {
      id: `bench-${i}`,
      at: new Date(0).toISOString(),
      route: 'all',
      sink: 'out',
      reason: 'max_attempts',
      detail: 'bench',
      exchange: 'api.events',
      routingKey: 'ingress.event.netconn',
      contentType: 'application/json',
      headers: {},
      body: text,
      bodyEncoding: 'utf8',
    };
    ids.push(letter.id);
    lines += `${JSON.stringify(letter)}\n`;
    if (lines.length > 4_000_000) {
      appendFileSync(path, lines);
      lines = '';
    }
  }
  appendFileSync(path, lines);
  const settings = loadSettings([], {
    CB_BRIDGE_ROUTES: routes,
    CB_BRIDGE_AMQP_URL: 'amqp://127.0.0.1:1',
    CB_BRIDGE_ADMIN_QUEUE_POLL_S: '0',
  });
  const runtime = new BridgeRuntime(settings, loadRoutesFile(routes), silentLogger(), { processMetrics: false });
  await runtime.bridge.routes.start();
  const admin = await AdminServer.start(
    adminContextFor(runtime),
    { host: '127.0.0.1', port: 0, token: TOKEN, metricsPublic: false, bodyLimitBytes: 1024 * 1024 },
    silentLogger(),
  );
  const call = async (what: string, method: string, url: string, body?: unknown): Promise<unknown> => {
    const t = process.hrtime.bigint();
    const res = await fetch(`${admin.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const answer = await res.text();
    const rss = process.memoryUsage().rss / 1024 / 1024;
    console.log(
      `dead-letter API ${what.padEnd(46)} ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(3)} s  HTTP ${res.status}  ${(answer.length / 1024 / 1024).toFixed(1)} MB  RSS ${rss.toFixed(0)} MB`,
    );
    return JSON.parse(answer) as unknown;
  };
  try {
    console.log('dead-letter API: 10,000 letters, 150 MB store');
    await call('list 1000 with bodies (a 16 MiB page)', 'GET', '/api/v1/deadletters?limit=1000&include_body=true');
    let cursor: string | null = null;
    for (let page = 0; page < 9; page++) {
      cursor = (
        (await (
          await fetch(`${admin.url}/api/v1/deadletters?limit=1000${cursor ? `&cursor=${cursor}` : ''}`, {
            headers: { authorization: `Bearer ${TOKEN}` },
          })
        ).json()) as { nextCursor: string | null }
      ).nextCursor;
    }
    await call(
      'list the last 1000 (cursor after letter 9000)',
      'GET',
      `/api/v1/deadletters?limit=1000&cursor=${cursor}`,
    );
    const replayed = await call('replay the last letter by id', 'POST', '/api/v1/deadletters/replay', {
      ids: [ids[9999]],
      wait_ms: 5000,
    });
    const deleted = await call('delete the letter before it by id', 'DELETE', '/api/v1/deadletters', {
      ids: [ids[9998]],
    });
    console.log(
      `dead-letter API answers: replay ${JSON.stringify((replayed as { summary: unknown }).summary)}, delete ${JSON.stringify(deleted)}`,
    );
  } finally {
    await admin.close();
    await runtime.reloader.close(1000);
    await runtime.bridge.routes.close(1000);
    runtime.observability.metrics.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function drain(): Promise<void> {
  const timeoutMs = 3000;
  await withHook(
    (res) => {
      res.writeHead(503);
      res.end();
    },
    (url) => {
      const sinks = [1, 2, 3].map(
        (i) => `{ type: webhook, name: hook${i}, url: "${url}/h${i}", breaker: { failure_threshold: 0 } }`,
      );
      return withRig(
        'drain',
        sinks,
        { CB_BRIDGE_DRAIN_TIMEOUT_MS: String(timeoutMs) },
        async ({ bridge, publisher }) => {
          const good = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 4);
          for (let i = 0; i < 50; i++) await publisher.publish(good.next());
          await publisher.flush();
          await sleep(1000);
          const t = Date.now();
          await bridge.stop();
          console.log(
            `drain with three failing webhook sinks: timeout ${timeoutMs} ms, exited after ${Date.now() - t} ms`,
          );
        },
      );
    },
  );
}

/** A webhook answering 503 with Retry-After: 3 for 12 s, then 200: how long after it recovered delivery resumed. */
async function retryAfter(): Promise<void> {
  let downUntil = 0;
  let firstAccepted = 0;
  const answer = (res: ServerResponse): void => {
    if (Date.now() < downUntil) {
      res.writeHead(503, { 'retry-after': '3' });
      res.end();
      return;
    }
    firstAccepted ||= Date.now();
    res.writeHead(200);
    res.end();
  };
  await withHook(answer, (url) =>
    withRig('retry', [`{ type: webhook, name: hook, url: "${url}/h" }`], {}, async ({ publisher }) => {
      downUntil = Date.now() + 12_000;
      const good = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 5);
      for (let i = 0; i < 20; i++) await publisher.publish(good.next());
      await publisher.flush();
      const until = downUntil + 60_000;
      while (!firstAccepted && Date.now() < until) await sleep(50);
      const after = firstAccepted
        ? `${((firstAccepted - downUntil) / 1000).toFixed(1)} s after it recovered`
        : 'not within 60 s';
      console.log(`webhook down 12 s answering 503 + Retry-After: 3: delivery resumed ${after}`);
    }),
  );
}

async function main(): Promise<void> {
  const parts = (process.env.BENCH_HOSTILE_PARTS ?? 'classes,million,store,drain,retry').split(',');
  if (parts.includes('classes')) await hostileClasses();
  if (parts.includes('million')) {
    await largeBundles();
    await millionRecords();
  }
  if (parts.includes('store')) await deadLetterApi();
  if (parts.includes('drain')) await drain();
  if (parts.includes('retry')) await retryAfter();
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`bench:hostile failed: ${err.stack ?? err.message}`);
    process.exit(1);
  },
);
