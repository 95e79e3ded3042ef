import { createHmac } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { Writable } from 'node:stream';
import pino from 'pino';
import { silentLogger } from '../../observability/logger';
import { SinkDriver } from '../driver/sink-driver';
import type { FinalOutcome } from '../driver/pending-item';
import { DEFAULT_DELIVERY_POLICY, type DeliveryOutcome, type SinkRecord } from '../sink';
import { resolveWebhookSinkConfig, type WebhookSinkConfig } from './config';
import { webhookEncoder } from './encoder';
import { WebhookTransportError } from './errors';
import { classifyHttpResponse } from './response';
import type { HttpRequest, HttpResponse, HttpTransport } from './service';
import { batchId } from './signing';
import { WebhookSink } from './sink';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const TOKEN = 'tok-9d8c7b6a5f';

class Clock {
  now = Date.UTC(2025, 4, 6, 7, 8, 9);
  readonly fn = (): number => this.now;
}

type Handler = (req: HttpRequest, n: number) => Promise<HttpResponse> | HttpResponse;

/** Records requests and answers them with `handler`; tracks how many run at once. */
class FakeTransport implements HttpTransport {
  readonly requests: HttpRequest[] = [];
  active = 0;
  maxActive = 0;
  closed = false;
  constructor(public handler: Handler = () => ok()) {}
  async request(req: HttpRequest): Promise<HttpResponse> {
    this.requests.push(req);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      return await this.handler(req, this.requests.length);
    } finally {
      this.active--;
    }
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

const ok = (body = ''): HttpResponse => ({ status: 200, headers: {}, body: Buffer.from(body) });
const status = (s: number, body = '', headers: Record<string, string> = {}): HttpResponse => ({
  status: s,
  headers,
  body: Buffer.from(body),
});
const rec = (i: number): SinkRecord => ({
  id: `m${i}-0`,
  text: `{"seq":${i}}`,
  record: { seq: i },
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'k',
  receivedAt: 0,
});
const recs = (n: number, from = 0): SinkRecord[] => Array.from({ length: n }, (_, i) => rec(from + i));
const ctx = { secret: (v: unknown) => (v === '${TOKEN}' ? TOKEN : v === undefined ? undefined : String(v)) };

function makeSink(
  config: Partial<WebhookSinkConfig>,
  transport = new FakeTransport(),
  clock = new Clock(),
  logger = silentLogger(),
) {
  const options = resolveWebhookSinkConfig({ url: 'https://hooks.example/in?k=1', ...config }, ctx);
  const sink = new WebhookSink(
    'hook',
    {
      type: 'webhook',
      endpoint: options,
      request: {
        method: options.method,
        path: '/in?k=1',
        headers: options.headers,
        contentType: options.contentType,
        gzip: options.gzip,
        signingKeys: options.signingKeys,
      },
      encoder: webhookEncoder(options.body, options.template),
      classify: classifyHttpResponse,
    },
    { transport, clock: clock.fn, logger },
  );
  return { sink, transport, clock };
}

const statuses = (outcomes: DeliveryOutcome[]): string[] => outcomes.map((o) => o.status);

test('a batch goes as one signed, gzipped request; every header and byte as expected', async () => {
  const { sink, transport, clock } = makeSink({
    body: 'json_array',
    gzip: true,
    auth: { bearer: '${TOKEN}' },
    headers: { 'X-Team': 'soc' },
    signing: { secrets: [SECRET] },
  });
  expect(statuses(await sink.send(recs(3)))).toEqual(['accepted', 'accepted', 'accepted']);
  expect(transport.requests).toHaveLength(1);
  const req = transport.requests[0];
  const body = gunzipSync(req.body);
  expect(body.toString()).toBe('[{"seq":0},{"seq":1},{"seq":2}]');
  const id = batchId(['m0-0', 'm1-0', 'm2-0']);
  const ts = Math.floor(clock.now / 1000);
  const mac = createHmac('sha256', Buffer.from(SECRET.slice(6), 'base64'))
    .update(`${id}.${ts}.`)
    .update(body)
    .digest('base64');
  expect(req).toMatchObject({ method: 'POST', path: '/in?k=1' });
  expect(req.headers).toEqual({
    'user-agent': 'cb-event-bridge',
    'x-team': 'soc',
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
    'content-encoding': 'gzip',
    'webhook-id': id,
    'webhook-timestamp': String(ts),
    'webhook-signature': `v1,${mac}`,
  });
  expect(sink.health()).toEqual({ state: 'up', lastError: null, lastErrorAt: null, breaker: 'closed' });
});

test('a retry of the same batch carries the same webhook-id and a fresh timestamp', async () => {
  const t = new FakeTransport((_r, n) => (n === 1 ? status(503) : ok()));
  const { sink, transport, clock } = makeSink({ body: 'ndjson', signing: { secrets: [SECRET] } }, t);
  expect(statuses(await sink.send(recs(2)))).toEqual(['retryable', 'retryable']);
  clock.now += 5000;
  expect(statuses(await sink.send(recs(2)))).toEqual(['accepted', 'accepted']);
  const [a, b] = transport.requests;
  expect(b.headers['webhook-id']).toBe(a.headers['webhook-id']);
  expect(Number(b.headers['webhook-timestamp']) - Number(a.headers['webhook-timestamp'])).toBe(5);
  expect(b.headers['webhook-signature']).not.toBe(a.headers['webhook-signature']);
});

test('single mode: one request per event, each answered on its own', async () => {
  const t = new FakeTransport((req) => {
    const seq = (JSON.parse(req.body.toString()) as { seq: number }).seq;
    if (seq === 1) return status(500, 'boom');
    if (seq === 2) return status(422, '{"error":"schema"}');
    if (seq === 3) return status(429, '', { 'retry-after': '2' });
    return ok();
  });
  const { sink } = makeSink({}, t);
  const outcomes = await sink.send(recs(5));
  expect(outcomes).toEqual([
    { status: 'accepted' },
    { status: 'retryable', error: 'HTTP 500 from https://hooks.example: boom' },
    { status: 'failed', error: 'HTTP 422 from https://hooks.example: {"error":"schema"}' },
    { status: 'retryable', error: 'HTTP 429 from https://hooks.example', retryAfterMs: 2000 },
    { status: 'accepted' },
  ]);
  expect(t.requests.map((r) => r.headers['webhook-id'])).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
  expect(sink.health().state).toBe('up'); // the last answer was a success
});

test('max_concurrent_requests caps requests in flight across concurrent batches', async () => {
  const t = new FakeTransport(async () => {
    await new Promise((r) => setTimeout(r, 5));
    return ok();
  });
  const { sink } = makeSink({ max_concurrent_requests: 3 }, t);
  const results = await Promise.all([sink.send(recs(10)), sink.send(recs(10, 10)), sink.send(recs(5, 20))]);
  expect(results.flat().every((o) => o.status === 'accepted')).toBe(true);
  expect(t.requests).toHaveLength(25);
  expect(t.maxActive).toBe(3);
});

test('timeouts and connection errors are retryable and count against the endpoint', async () => {
  let n = 0;
  const t = new FakeTransport(() => {
    n++;
    throw n === 1
      ? new WebhookTransportError('timeout', 'no complete response within 500 ms')
      : new WebhookTransportError('connection', 'connection error ECONNRESET: socket hang up', 'ECONNRESET');
  });
  const { sink } = makeSink({ breaker: { failure_threshold: 10 } }, t);
  expect(await sink.send(recs(1))).toEqual([
    { status: 'retryable', error: 'no complete response within 500 ms (https://hooks.example)' },
  ]);
  expect(await sink.send(recs(1))).toEqual([
    { status: 'retryable', error: 'connection error ECONNRESET: socket hang up (https://hooks.example)' },
  ]);
  expect(sink.health()).toMatchObject({
    state: 'degraded',
    breaker: 'closed',
    lastError: 'connection error ECONNRESET: socket hang up (https://hooks.example)',
  });
});

test('the breaker opens after N failures, answers at once without a request, probes once, closes', async () => {
  let failing = true;
  let release: (() => void) | null = null;
  const t = new FakeTransport(async () => {
    if (release === null && !failing)
      await new Promise<void>((r) => {
        release = r;
      });
    return failing ? status(502) : ok();
  });
  const { sink, clock } = makeSink({ body: 'json_array', breaker: { failure_threshold: 2, cooldown_ms: 1000 } }, t);
  await sink.send(recs(2));
  expect(sink.health().breaker).toBe('closed');
  await sink.send(recs(2));
  expect(sink.health()).toMatchObject({ state: 'down', breaker: 'open' });
  clock.now += 400;
  const fast = await sink.send(recs(2));
  expect(t.requests).toHaveLength(2); // nothing sent while open
  expect(fast[0]).toEqual({
    status: 'retryable',
    error: 'circuit breaker open after 2 consecutive failures (https://hooks.example); not sent',
    retryAfterMs: 600,
  });
  clock.now += 600;
  failing = false;
  const probe = sink.send(recs(2));
  await new Promise((r) => setImmediate(r));
  expect(sink.health()).toMatchObject({ state: 'degraded', breaker: 'half-open' });
  const refused = await sink.send(recs(1, 50)); // one probe at a time
  expect(refused[0]).toMatchObject({
    status: 'retryable',
    error: expect.stringMatching(/half-open, a probe request is in flight/),
  });
  expect(t.requests).toHaveLength(3);
  (release as unknown as () => void)();
  expect(statuses(await probe)).toEqual(['accepted', 'accepted']);
  expect(sink.health()).toMatchObject({ state: 'up', breaker: 'closed' });
});

test('410 Gone disables the sink; hold answers retryable without sending until enable()', async () => {
  const t = new FakeTransport(() => status(410, 'endpoint removed'));
  const { sink } = makeSink({ body: 'json_array' }, t);
  const first = await sink.send(recs(2));
  expect(first).toEqual(
    [0, 1].map(() => ({
      status: 'retryable',
      error: 'endpoint disabled: HTTP 410 from https://hooks.example (Gone): endpoint removed (held until re-enabled)',
    })),
  );
  expect(sink.health()).toMatchObject({
    state: 'disabled',
    lastError: 'HTTP 410 from https://hooks.example (Gone): endpoint removed',
  });
  expect(sink.disabledReason).toBe('HTTP 410 from https://hooks.example (Gone): endpoint removed');
  expect(statuses(await sink.send(recs(3)))).toEqual(['retryable', 'retryable', 'retryable']);
  expect(t.requests).toHaveLength(1);
  t.handler = () => ok();
  sink.enable();
  expect(sink.disabledReason).toBeNull();
  expect(statuses(await sink.send(recs(2)))).toEqual(['accepted', 'accepted']);
  expect(sink.health()).toMatchObject({ state: 'up', breaker: 'closed' });
});

test('410 with on_disabled: dead_letter fails the records at once', async () => {
  const t = new FakeTransport(() => status(410));
  const { sink } = makeSink({ on_disabled: 'dead_letter' }, t);
  expect(await sink.send(recs(1))).toEqual([
    { status: 'failed', error: 'endpoint disabled: HTTP 410 from https://hooks.example (Gone)' },
  ]);
  expect(await sink.send(recs(2, 5))).toEqual(
    [0, 1].map(() => ({ status: 'failed', error: 'endpoint disabled: HTTP 410 from https://hooks.example (Gone)' })),
  );
  expect(t.requests).toHaveLength(1);
});

test('secrets echoed back by a peer never reach outcomes or health', async () => {
  const t = new FakeTransport((req) => status(401, `bad credentials: ${req.headers.authorization}`));
  const { sink } = makeSink({ auth: { bearer: '${TOKEN}' } }, t);
  const [o] = await sink.send(recs(1));
  expect(o).toEqual({
    status: 'failed',
    error: 'HTTP 401 from https://hooks.example: bad credentials: Bearer [redacted]',
  });
  expect(JSON.stringify(sink.health())).not.toContain(TOKEN);
});

test('logs: refused events at most every 10 s with a count, breaker and 410 transitions, never a secret', async () => {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _e, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    }),
  );
  let reply = (req: HttpRequest): HttpResponse => status(400, `no: ${req.headers.authorization}`);
  const t = new FakeTransport((req) => reply(req));
  const clock = new Clock();
  const { sink } = makeSink(
    { auth: { bearer: '${TOKEN}' }, breaker: { failure_threshold: 1, cooldown_ms: 100 } },
    t,
    clock,
    logger,
  );
  await sink.send(recs(3));
  clock.now += 9_999;
  await sink.send(recs(2));
  clock.now += 1;
  await sink.send(recs(1));
  const refused = lines.filter((l) => l.msg === 'webhook endpoint refused events; they are dead-lettered');
  expect(refused.map((l) => [l.records, l.alsoRefusedSinceLastLog])).toEqual([
    [1, 0],
    [1, 4],
  ]);
  reply = () => status(503);
  await sink.send(recs(1));
  reply = () => status(410);
  clock.now += 100;
  await sink.send(recs(1));
  expect(lines.map((l) => l.msg)).toEqual(
    expect.arrayContaining([
      'webhook circuit breaker opened',
      'webhook circuit breaker half-open',
      'webhook circuit breaker closed',
      'webhook endpoint is gone (410); sink disabled until an operator re-enables it',
    ]),
  );
  sink.enable();
  expect(lines[lines.length - 1].msg).toBe('webhook sink re-enabled');
  expect(JSON.stringify(lines)).not.toContain(TOKEN);
  expect(JSON.stringify(lines)).toContain('Bearer [redacted]');
});

test('after close(), send() answers retryable and the transport is closed', async () => {
  const { sink, transport } = makeSink({});
  await sink.close();
  expect(await sink.send(recs(1))).toEqual([{ status: 'retryable', error: 'webhook sink hook is closed' }]);
  expect(transport.closed).toBe(true);
  expect(transport.requests).toHaveLength(0);
});

describe('through the sink driver', () => {
  const policy = { ...DEFAULT_DELIVERY_POLICY, lingerMs: 0, backoffInitialMs: 1, backoffMaxMs: 5 };
  const run = async (
    onDisabled: 'hold' | 'dead_letter',
  ): Promise<{ outcomes: FinalOutcome[]; driver: SinkDriver; transport: FakeTransport; sink: WebhookSink }> => {
    const transport = new FakeTransport(() => status(410));
    const { sink } = makeSink({ body: 'json_array', on_disabled: onDisabled }, transport);
    const driver = new SinkDriver(sink, policy, 'r', silentLogger());
    const outcomes: FinalOutcome[] = [];
    for (const r of recs(3)) driver.submit(r, (o) => outcomes.push(o));
    return { outcomes, driver, transport, sink };
  };

  test("hold: a disabled sink's records wait in the driver, then go once it is enabled", async () => {
    const { outcomes, driver, transport, sink } = await run('hold');
    for (let i = 0; i < 50 && transport.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 30)); // several retry rounds while disabled
    expect(outcomes).toEqual([]);
    expect(transport.requests).toHaveLength(1);
    expect(driver.health()).toMatchObject({ state: 'disabled', queueDepth: expect.any(Number) });
    transport.handler = () => ok();
    sink.enable();
    expect(await driver.drain(2000)).toBe(true);
    expect(outcomes).toEqual([{ status: 'delivered' }, { status: 'delivered' }, { status: 'delivered' }]);
    await driver.close();
  });

  test('dead_letter: they are dead-lettered at once with reason sink_disabled', async () => {
    const { outcomes, driver } = await run('dead_letter');
    expect(await driver.drain(2000)).toBe(true);
    expect(outcomes.map((o) => (o.status === 'dead_letter' ? o.reason : o.status))).toEqual([
      'sink_disabled',
      'sink_disabled',
      'sink_disabled',
    ]);
    await driver.close();
  });
});
