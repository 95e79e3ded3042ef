import { createHash, createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic, type OutgoingMessage } from '../../src/simulate/traffic';
import type { Bridge } from '../../src/app/bridge';
import type { SinkDriver } from '../../src/sinks/driver/sink-driver';
import type { Delivery } from '../../src/pipeline/delivery';
import { AMQP_URL, uniquePrefix, deleteByPrefix, queueInfo, waitFor } from '../support/broker';
import { startBridge, tempDir, lines, jsonLines } from '../support/bridge-fixture';
import { HttpReceiver, type ReceivedRequest } from '../support/http-receiver';

/**
 * The webhook and splunk_hec sinks end to end: real RabbitMQ, the real bridge (in process), and a
 * real HTTP server on 127.0.0.1 that the test controls. Bodies and signatures are checked byte
 * for byte against what the receiver computes on its own; then the endpoint fails in every way
 * the sink must survive, and every event must still arrive, none acked before it did.
 */
jest.setTimeout(60_000);

const SECRET_A = `whsec_${randomBytes(32).toString('base64')}`;
const SECRET_B = `whsec_${randomBytes(24).toString('base64')}`;
const TOKEN = `tok-${randomBytes(8).toString('hex')}`;
const PASSWORD = `pw-${randomBytes(8).toString('hex')}`;
const HEC_TOKEN = randomBytes(16).toString('hex');
Object.assign(process.env, {
  WH_TEST_SECRET_A: SECRET_A,
  WH_TEST_SECRET_B: SECRET_B,
  WH_TEST_TOKEN: TOKEN,
  WH_TEST_PASSWORD: PASSWORD,
  WH_TEST_HEC_TOKEN: HEC_TOKEN,
});

const BRIDGE_ENV = { CB_BRIDGE_ADMIN_PORT: '0' };

// ---- what the receiver computes on its own ------------------------------------------------------

/** 16 bits of the FNV-1a hash of a routing key, as the bridge folds it into message ids. */
function keyHash16(key: string): string {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h ^ (h >>> 16)) & 0xffff).toString(16).padStart(4, '0');
}

/**
 * The bridge's event id for event 0 of a message: 64 bits of sha1(body) and 16 of the routing key's hash, 20 hex
 * digits.
 */
const eventIdOf = (m: OutgoingMessage): string =>
  `${createHash('sha1').update(m.body).digest('hex').slice(0, 16)}${keyHash16(m.routingKey)}-0`;
const batchIdOf = (ids: string[]): string =>
  `batch_${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 40)}`;

function signatures(secrets: string[], id: string, timestamp: string, body: Buffer): string {
  return secrets
    .map((s) => {
      const mac = createHmac('sha256', Buffer.from(s.slice('whsec_'.length), 'base64'));
      mac.update(Buffer.concat([Buffer.from(`${id}.${timestamp}.`, 'utf8'), body]));
      return `v1,${mac.digest('base64')}`;
    })
    .join(' ');
}

type Decoded = { message: { header: { eventid: number } } };
const seqOf = (text: string): number => (JSON.parse(text) as Decoded).message.header.eventid;

/** The event texts of a request body, by body mode (texts are re-serialized; bytes are checked separately). */
function eventTexts(mode: 'single' | 'json_array' | 'ndjson' | 'template', body: Buffer): string[] {
  const text = body.toString('utf8');
  if (mode === 'single') return [text];
  if (mode === 'ndjson') return text.split('\n').filter((l) => l !== '');
  const parsed = JSON.parse(text) as unknown[] | { events: unknown[] };
  return (Array.isArray(parsed) ? parsed : parsed.events).map((e) => JSON.stringify(e));
}

function seqsOf(req: ReceivedRequest, mode: 'single' | 'json_array' | 'ndjson' | 'template'): number[] {
  return eventTexts(mode, req.body).map(seqOf);
}

/** Distinct sequence numbers the receiver accepted (2xx) at a path. */
function acceptedSeqs(
  receiver: HttpReceiver,
  path: string,
  mode: 'single' | 'json_array' | 'ndjson' | 'template',
): Set<number> {
  const seen = new Set<number>();
  for (const r of receiver.accepted()) if (r.path === path) for (const s of seqsOf(r, mode)) seen.add(s);
  return seen;
}

// ---- publishing -------------------------------------------------------------------------------

/**
 * Sequenced protobuf events on a routing key of this test's own (the broker is shared: other
 * tests' traffic on ingress.event.* must not reach these routes).
 */
class Feed {
  private readonly traffic: SyntheticTraffic;
  readonly messages = new Map<number, OutgoingMessage>();
  readonly routingKey = `ingress.event.webhooktest${randomBytes(4).toString('hex')}`;
  private publisher: CbPublisher | null = null;

  constructor(seed: number) {
    this.traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, seed);
  }

  get published(): number {
    return this.traffic.generated;
  }

  async open(): Promise<void> {
    this.publisher = new CbPublisher({ url: AMQP_URL, declare: true, persistent: false });
    await this.publisher.open();
  }

  async publish(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const m = { ...this.traffic.next('protobuf'), routingKey: this.routingKey };
      this.messages.set(m.firstSeq, m);
      await this.publisher!.publish(m);
    }
    await this.publisher!.flush();
  }

  idOf(seq: number): string {
    return eventIdOf(this.messages.get(seq)!);
  }

  async close(): Promise<void> {
    await this.publisher?.close();
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Env {
  dir: string;
  prefix: string;
  receiver: HttpReceiver;
  feed: Feed;
  bridge: Bridge | null;
}

const envs: Env[] = [];

async function setUp(name: string, seed: number): Promise<Env> {
  const env: Env = {
    dir: tempDir(`webhook-${name}`),
    prefix: uniquePrefix(`webhook-${name}`),
    receiver: new HttpReceiver(),
    feed: new Feed(seed),
    bridge: null,
  };
  envs.push(env);
  await env.receiver.start();
  await env.feed.open();
  return env;
}

afterEach(async () => {
  for (const env of envs.splice(0)) {
    await env.feed.close().catch(() => undefined);
    await env.bridge?.stop().catch(() => undefined);
    await env.receiver.stop();
    await deleteByPrefix(env.prefix);
  }
});

function driverOf(bridge: Bridge, route: string, sink: string): SinkDriver {
  const pipeline = bridge.routes.pipelines.find((p) => p.name === route);
  const driver = pipeline?.drivers.find((d) => d.name === sink);
  if (!driver) throw new Error(`no sink ${sink} in route ${route}`);
  return driver;
}

/**
 * Waits (bounded) until the management stats of a route queue satisfy `ok`; returns the last
 * stats. The stats lag the broker by a few seconds, so a check that must hold (nothing acked that
 * was not delivered) is expressed as "eventually seen", which it cannot be if messages were lost.
 */
async function brokerShows(
  queue: string,
  ok: (q: { messages: number; unacked: number }) => boolean,
): Promise<{ messages: number; unacked: number; ok: boolean }> {
  let last = { messages: -1, unacked: -1 };
  const seen = await waitFor(
    async () => {
      const info = await queueInfo(queue);
      last = { messages: info?.messages ?? -1, unacked: info?.messages_unacknowledged ?? -1 };
      return ok(last);
    },
    15_000,
    250,
  );
  return { ...last, ok: seen };
}

/**
 * Watches the acks of a route's messages as the pipeline decides them: an ack for an event the
 * receiver has not accepted (answered 2xx) yet is recorded as premature.
 */
function watchAcks(
  bridge: Bridge,
  route: string,
  feed: Feed,
  accepted: () => Set<number>,
): { acked: Set<number>; premature: number[] } {
  const pipeline = bridge.routes.pipelines.find((p) => p.name === route)!;
  const seqByEventId = (): Map<string, number> =>
    new Map([...feed.messages.keys()].map((seq) => [feed.idOf(seq), seq]));
  const watch = { acked: new Set<number>(), premature: [] as number[] };
  const handle = pipeline.handle.bind(pipeline);
  pipeline.handle = (delivery: Delivery): void => {
    const seq = seqByEventId().get(
      eventIdOf({ routingKey: delivery.message.routingKey, body: delivery.message.body } as OutgoingMessage),
    );
    const ack = delivery.ack.bind(delivery);
    handle({
      ...delivery,
      message: delivery.message,
      ack: () => {
        if (seq === undefined || !accepted().has(seq)) watch.premature.push(seq ?? -1);
        if (seq !== undefined) watch.acked.add(seq);
        ack();
      },
    });
  };
  return watch;
}

// ---- tests ------------------------------------------------------------------------------------

test('bodies, headers and signatures arrive byte for byte in every body mode', async () => {
  const env = await setUp('bytes', 101);
  const { receiver, feed, dir } = env;
  const fileOut = join(dir, 'events.jsonl');
  const url = receiver.url;
  ({ bridge: env.bridge } = await startBridge(
    dir,
    `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: hooks
    match: ["${feed.routingKey}"]
    format: decoded
    sinks:
      - { type: file, path: ${fileOut} }
      - type: webhook
        name: single
        url: ${url}/single
        gzip: true
        auth: { basic: { username: cb, password: "\${WH_TEST_PASSWORD}" } }
        signing: { secrets: ["\${env:WH_TEST_SECRET_A}", "\${WH_TEST_SECRET_B}"] }
      - type: webhook
        name: array
        url: ${url}/array?team=soc
        body: json_array
        auth: { bearer: "\${WH_TEST_TOKEN}" }
        headers: { X-Source: cb-event-bridge }
        signing: { secrets: ["\${WH_TEST_SECRET_A}"] }
        delivery: { batch_max_events: 7, linger_ms: 20 }
      - type: webhook
        name: ndjson
        url: ${url}/ndjson
        method: PUT
        body: ndjson
        auth: { header: { name: X-Api-Key, value: "\${WH_TEST_TOKEN}" } }
        delivery: { batch_max_events: 16, linger_ms: 20 }
      - type: webhook
        name: template
        url: ${url}/template
        body: template
        template: '{"source": "cb", "count": {{count}}, "ids": {{ids}}, "batch": {{batch_id}}, "events": {{events}}}'
        gzip: true
        signing: { secrets: ["\${WH_TEST_SECRET_B}"] }
        delivery: { batch_max_events: 10, linger_ms: 20 }
`,
    env.prefix,
    BRIDGE_ENV,
  ));

  const N = 40;
  await feed.publish(N);
  const all = range(0, N);
  const complete = (): boolean =>
    lines(fileOut).length >= N &&
    (['single', 'json_array', 'ndjson', 'template'] as const).every(
      (mode, i) => acceptedSeqs(receiver, ['/single', '/array?team=soc', '/ndjson', '/template'][i], mode).size === N,
    );
  expect(await waitFor(complete, 30_000)).toBe(true);

  // The file sink holds the exact text of every event: the reference for the bodies.
  const textBySeq = new Map<number, string>(lines(fileOut).map((l) => [seqOf(l), l]));
  expect([...textBySeq.keys()].sort((a, b) => a - b)).toEqual(all);
  const now = Math.floor(Date.now() / 1000);

  const check = (
    req: ReceivedRequest,
    mode: 'single' | 'json_array' | 'ndjson' | 'template',
    secrets: string[],
    expectedBody: (seqs: number[], id: string) => string,
  ): void => {
    const seqs = seqsOf(req, mode);
    const ids = seqs.map((s) => feed.idOf(s));
    const id = mode === 'single' ? ids[0] : batchIdOf(ids);
    expect(req.body.equals(Buffer.from(expectedBody(seqs, id), 'utf8'))).toBe(true);
    expect(req.headers['user-agent']).toBe('cb-event-bridge');
    if (secrets.length === 0) {
      expect(req.headers['webhook-signature']).toBeUndefined();
      return;
    }
    expect(req.headers['webhook-id']).toBe(id);
    const ts = String(req.headers['webhook-timestamp']);
    expect(Math.abs(Number(ts) - now)).toBeLessThan(120);
    expect(req.headers['webhook-signature']).toBe(signatures(secrets, id, ts, req.body));
  };

  const at = (path: string): ReceivedRequest[] => receiver.requests.filter((r) => r.path === path);
  for (const r of at('/single')) {
    expect([r.method, r.headers['content-type'], r.headers['content-encoding']]).toEqual([
      'POST',
      'application/json',
      'gzip',
    ]);
    expect(r.headers.authorization).toBe(`Basic ${Buffer.from(`cb:${PASSWORD}`).toString('base64')}`);
    check(r, 'single', [SECRET_A, SECRET_B], ([s]) => textBySeq.get(s)!);
  }
  expect(at('/single')).toHaveLength(N);
  for (const r of at('/array?team=soc')) {
    expect([
      r.method,
      r.headers['content-type'],
      r.headers['content-encoding'],
      r.headers.authorization,
      r.headers['x-source'],
    ]).toEqual(['POST', 'application/json', undefined, `Bearer ${TOKEN}`, 'cb-event-bridge']);
    expect(r.wire.equals(r.body)).toBe(true);
    check(r, 'json_array', [SECRET_A], (seqs) => `[${seqs.map((s) => textBySeq.get(s)).join(',')}]`);
    expect(seqsOf(r, 'json_array').length).toBeLessThanOrEqual(7);
  }
  expect(at('/array?team=soc').length).toBeGreaterThanOrEqual(Math.ceil(N / 7));
  for (const r of at('/ndjson')) {
    expect([r.method, r.headers['content-type'], r.headers['x-api-key'], r.headers.authorization]).toEqual([
      'PUT',
      'application/x-ndjson',
      TOKEN,
      undefined,
    ]);
    check(r, 'ndjson', [], (seqs) => `${seqs.map((s) => textBySeq.get(s)).join('\n')}\n`);
  }
  for (const r of at('/template')) {
    check(r, 'template', [SECRET_B], (seqs, id) => {
      const ids = seqs.map((s) => feed.idOf(s));
      return `{"source": "cb", "count": ${seqs.length}, "ids": ${JSON.stringify(ids)}, "batch": "${id}", "events": [${seqs.map((s) => textBySeq.get(s)).join(',')}]}`;
    });
  }
  expect(lines(join(dir, 'dead.jsonl'))).toEqual([]);
});

test('500s, 429 with Retry-After, a hang past the timeout, resets and an endpoint down for a while: every event arrives, none acked before it did, the breaker opens and closes', async () => {
  const env = await setUp('faults', 202);
  const { receiver, feed, dir } = env;
  ({ bridge: env.bridge } = await startBridge(
    dir,
    `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: faults
    match: ["${feed.routingKey}"]
    format: decoded
    sinks:
      - type: webhook
        name: hook
        url: ${receiver.url}/in
        body: json_array
        timeout_ms: 400
        breaker: { failure_threshold: 3, cooldown_ms: 700 }
        delivery: { batch_max_events: 10, linger_ms: 10, concurrency: 2, backoff_initial_ms: 50, backoff_max_ms: 400 }
`,
    env.prefix,
    BRIDGE_ENV,
  ));
  const bridge = env.bridge!;
  const driver = driverOf(bridge, 'faults', 'hook');
  const queue = `${env.prefix}.faults`;
  const accepted = (): Set<number> => acceptedSeqs(receiver, '/in', 'json_array');
  const acks = watchAcks(bridge, 'faults', feed, accepted);
  const breakerSeen = new Set<string>();
  const sampler = setInterval(() => breakerSeen.add(driver.health().breaker ?? 'none'), 10);
  const t0 = Date.now();

  try {
    // Phase 1: a scripted run of failures, one per request, then success.
    const faults: Array<'500' | '429' | 'hang' | 'reset'> = [
      '500',
      '500',
      '500',
      '429',
      'hang',
      'reset',
      '500',
      'reset',
    ];
    let tooManyAt = 0;
    let tooManySeqs: number[] = [];
    receiver.respond = (req) => {
      const fault = faults.shift();
      if (fault === '500') return { status: 500, body: 'internal error' };
      if (fault === '429') {
        tooManyAt = Date.now();
        tooManySeqs = seqsOf(req, 'json_array');
        return { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' };
      }
      if (fault === 'hang') return 'hang';
      if (fault === 'reset') return 'reset';
      return { status: 200 };
    };
    await feed.publish(50);
    expect(await waitFor(() => acceptedSeqs(receiver, '/in', 'json_array').size === 50, 30_000)).toBe(true);
    expect(faults).toEqual([]);
    expect(breakerSeen.has('open')).toBe(true); // three 500s in a row
    // The 429's events were not sent again before its Retry-After (1 s) was up.
    const retried = receiver.requests.filter(
      (r) => r.at > tooManyAt && seqsOf(r, 'json_array').some((s) => tooManySeqs.includes(s)),
    );
    expect(retried.length).toBeGreaterThan(0);
    expect(retried[0].at - tooManyAt).toBeGreaterThanOrEqual(1000);
    expect(receiver.requests.some((r) => r.reply === 'hang')).toBe(true);
    expect(receiver.requests.filter((r) => r.reply === 'reset')).toHaveLength(2);
    expect(await waitFor(() => driver.health().breaker === 'closed', 10_000, 20)).toBe(true);
    expect(await waitFor(() => acks.acked.size === 50, 10_000, 20)).toBe(true);
    console.log(`webhook faults: phase 1 done after ${Date.now() - t0} ms`);

    // Phase 2: the endpoint goes away entirely, events keep coming.
    await receiver.stop();
    receiver.respond = () => ({ status: 200 });
    await feed.publish(30);
    expect(await waitFor(() => driver.health().breaker === 'open', 20_000, 20)).toBe(true);
    expect(driver.health().state).toBe('down');
    const outstanding = 80 - acceptedSeqs(receiver, '/in', 'json_array').size;
    expect(outstanding).toBe(30);
    // Nothing acked that did not arrive: all 30 are on the broker, unacknowledged (held by the bridge).
    const down = await brokerShows(queue, (q) => q.messages === outstanding && q.unacked === outstanding);
    expect(down).toMatchObject({ ok: true, messages: outstanding, unacked: outstanding });
    await sleep(1500); // several breaker cool-downs and failed probes
    expect(acceptedSeqs(receiver, '/in', 'json_array').size).toBe(50);
    expect(acks.acked.size).toBe(50);
    console.log(`webhook faults: phase 2 done after ${Date.now() - t0} ms`);

    // Phase 3: back on the same port.
    breakerSeen.clear();
    await receiver.start();
    expect(await waitFor(() => acceptedSeqs(receiver, '/in', 'json_array').size === 80, 30_000)).toBe(true);
    expect(await waitFor(() => driver.health().breaker === 'closed', 10_000, 20)).toBe(true);
    expect(breakerSeen.has('closed')).toBe(true);
    expect(await waitFor(async () => (await queueInfo(queue))?.messages === 0, 20_000, 250)).toBe(true);
    expect([...acceptedSeqs(receiver, '/in', 'json_array')].sort((a, b) => a - b)).toEqual(range(0, 80));
    expect(lines(join(dir, 'dead.jsonl'))).toEqual([]);
    expect(driver.health()).toMatchObject({ state: 'up', breaker: 'closed', inFlight: 0, queueDepth: 0 });
    expect(acks.acked.size).toBe(80);
    expect(acks.premature).toEqual([]); // no message was acked before its event arrived
    console.log(`webhook faults: done after ${Date.now() - t0} ms`);
  } finally {
    clearInterval(sampler);
  }
});

test('410 Gone disables the endpoint: held (unacked) until enable(), or dead-lettered at once', async () => {
  const env = await setUp('gone', 303);
  const { receiver, feed, dir } = env;
  const deadFile = join(dir, 'dead.jsonl');
  ({ bridge: env.bridge } = await startBridge(
    dir,
    `
dead_letter: { type: file, path: ${deadFile} }
routes:
  - name: held
    match: ["${feed.routingKey}"]
    format: decoded
    sinks:
      - type: webhook
        name: hook
        url: ${receiver.url}/held
        body: ndjson
        delivery: { batch_max_events: 50, linger_ms: 10, backoff_initial_ms: 50, backoff_max_ms: 200 }
  - name: dropped
    match: ["${feed.routingKey}"]
    format: decoded
    sinks:
      - type: webhook
        name: hook
        url: ${receiver.url}/dropped
        on_disabled: dead_letter
`,
    env.prefix,
    BRIDGE_ENV,
  ));
  const bridge = env.bridge!;
  const held = driverOf(bridge, 'held', 'hook');
  const dropped = driverOf(bridge, 'dropped', 'hook');
  const acks = watchAcks(bridge, 'held', feed, () => acceptedSeqs(receiver, '/held', 'ndjson'));
  let gone = true;
  receiver.respond = () => (gone ? { status: 410, body: 'this hook was deleted' } : { status: 200 });

  await feed.publish(20);
  expect(
    await waitFor(() => held.health().state === 'disabled' && dropped.health().state === 'disabled', 20_000, 20),
  ).toBe(true);
  expect(held.sink.disabledReason).toBe(`HTTP 410 from ${receiver.url} (Gone): this hook was deleted`);

  // dead_letter: every event is dead-lettered with reason sink_disabled, and its message acked.
  expect(await waitFor(() => lines(deadFile).length >= 20, 20_000)).toBe(true);
  const dead = jsonLines(deadFile);
  expect(new Set(dead.map((d) => `${String(d.route)}/${String(d.sink)}/${String(d.reason)}`))).toEqual(
    new Set(['dropped/hook/sink_disabled']),
  );
  expect(await waitFor(async () => (await queueInfo(`${env.prefix}.dropped`))?.messages === 0, 20_000, 250)).toBe(true);

  // hold: the endpoint works again, but the sink stays disabled: nothing is sent, nothing acked.
  gone = false;
  const sentWhileGone = receiver.requests.filter((r) => r.path === '/held').length;
  await sleep(1000);
  expect(receiver.requests.filter((r) => r.path === '/held').length).toBe(sentWhileGone);
  const waiting = await brokerShows(`${env.prefix}.held`, (q) => q.messages === 20 && q.unacked === 20);
  expect(waiting).toEqual({ ok: true, messages: 20, unacked: 20 });
  expect(held.health()).toMatchObject({ state: 'disabled' });
  expect(acks.acked.size).toBe(0);

  // An operator re-enables it: everything held is delivered.
  held.sink.enable!();
  expect(held.sink.disabledReason).toBeNull();
  expect(await waitFor(() => acceptedSeqs(receiver, '/held', 'ndjson').size === 20, 20_000)).toBe(true);
  expect(await waitFor(async () => (await queueInfo(`${env.prefix}.held`))?.messages === 0, 20_000, 250)).toBe(true);
  expect(held.health()).toMatchObject({ state: 'up', breaker: 'closed' });
  expect(jsonLines(deadFile).filter((d) => d.route === 'held')).toEqual([]);
  expect(acks.acked.size).toBe(20);
  expect(acks.premature).toEqual([]);
});

test('splunk_hec: headers, envelopes byte for byte, a busy HEC retried, one refused event dead-lettered alone', async () => {
  const env = await setUp('hec', 404);
  const { receiver, feed, dir } = env;
  const fileOut = join(dir, 'normalized.jsonl');
  const deadFile = join(dir, 'dead.jsonl');
  const channel = '5f0c8e4a-7b1d-4c2e-9a3f-6d5e4c3b2a19';
  ({ bridge: env.bridge } = await startBridge(
    dir,
    `
dead_letter: { type: file, path: ${deadFile} }
routes:
  - name: splunk
    match: ["${feed.routingKey}"]
    sinks:
      - { type: file, path: ${fileOut} }
      - type: splunk_hec
        url: ${receiver.url}
        token: "\${WH_TEST_HEC_TOKEN}"
        index: edr
        channel: ${channel}
        gzip: true
        delivery: { batch_max_events: 8, linger_ms: 20, backoff_initial_ms: 50, backoff_max_ms: 300 }
`,
    env.prefix,
    BRIDGE_ENV,
  ));

  let n = 0;
  let refused: string | null = null;
  receiver.respond = (req) => {
    if (req.path !== '/services/collector/event') return { status: 404, body: '{"text":"not found","code":404}' };
    if (req.headers.authorization !== `Splunk ${HEC_TOKEN}`)
      return { status: 403, body: '{"text":"Invalid token","code":4}' };
    if (req.headers['x-splunk-request-channel'] !== channel)
      return { status: 400, body: '{"text":"Data channel is missing","code":10}' };
    n++;
    if (n === 1) return { status: 503, headers: { 'retry-after': '1' }, body: '{"text":"Server is busy","code":9}' };
    const envelopes = req.body
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '');
    if (refused === null && envelopes.length > 1) {
      refused = envelopes[1];
      return { status: 400, body: '{"text":"Invalid data format","code":6,"invalid-event-number":1}' };
    }
    return { status: 200, body: '{"text":"Success","code":0}' };
  };

  const N = 30;
  await feed.publish(N);
  expect(await waitFor(() => lines(fileOut).length >= N && lines(deadFile).length >= 1, 30_000)).toBe(true);

  // The envelope each event must arrive in, built here from the file sink's copy of the event.
  const expected = new Map<string, string>();
  for (const line of lines(fileOut)) {
    const e = JSON.parse(line) as { timestamp: number; computer_name: string };
    expected.set(
      `{"time":${e.timestamp},"host":${JSON.stringify(e.computer_name)},"source":"cb-event-bridge","sourcetype":"bit9:carbonblack:json","index":"edr","event":${line}}`,
      line,
    );
  }
  const delivered = (): Set<string> =>
    new Set(
      receiver.accepted().flatMap((r) =>
        r.body
          .toString('utf8')
          .split('\n')
          .filter((l) => l !== ''),
      ),
    );
  expect(await waitFor(() => delivered().size === N - 1, 30_000)).toBe(true);
  for (const r of receiver.requests) {
    expect([r.method, r.path, r.headers['content-type'], r.headers['content-encoding']]).toEqual([
      'POST',
      '/services/collector/event',
      'application/json',
      'gzip',
    ]);
    expect(r.body.toString('utf8').endsWith('\n')).toBe(true);
    for (const envelope of r.body
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== ''))
      expect(expected.has(envelope)).toBe(true);
  }
  // Every event but the refused one was accepted; the refused one is the only dead letter.
  const refusedEnvelope = refused as string | null;
  expect(refusedEnvelope).not.toBeNull();
  expect([...expected.keys()].filter((e) => !delivered().has(e))).toEqual([refusedEnvelope]);
  const dead = jsonLines(deadFile);
  expect(dead).toHaveLength(1);
  expect(dead[0]).toMatchObject({ route: 'splunk', sink: 'splunk_hec', reason: 'sink_failed' });
  expect(String(dead[0].detail)).toMatch(
    /^HEC code 6 \(Invalid data format\), HTTP 400 from http:\/\/127\.0\.0\.1:\d+: this event$/,
  );
  expect(dead[0].body).toBe(expected.get(refusedEnvelope!));
  expect(JSON.stringify(dead)).not.toContain(HEC_TOKEN);
  // The busy reply's events were not sent again before its Retry-After (1 s) was up.
  const busy = receiver.requests[0];
  expect(busy.reply).toBe(503);
  const busyEnvelopes = busy.body
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '');
  const again = receiver.requests.find(
    (r) => r.n > 1 && busyEnvelopes.some((e) => r.body.toString('utf8').includes(e)),
  );
  expect(again!.at - busy.at).toBeGreaterThanOrEqual(1000);
  expect(await waitFor(async () => (await queueInfo(`${env.prefix}.splunk`))?.messages === 0, 20_000, 250)).toBe(true);
});
