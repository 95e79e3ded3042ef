import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePrometheusText, sampleValue } from '../../test/support/prom-text';
import { auth, deliver, unitBridge, type UnitBridge } from '../../test/support/admin-fixture';
import { SyntheticTraffic } from '../simulate/traffic';
import type { InboundMessage } from '../event/inbound-message';
import type { DeadLetter } from '../dead-letters/dead-letter';
import { packageVersion } from './version';

// fastify.inject loads light-my-request, which requires the ESM-only cookie@2 for request cookies.
// Node loads it (require of ES modules), jest's module loader cannot; these tests send no cookies.
jest.mock('cookie', () => ({ stringifySetCookie: () => '', parseCookie: () => ({}) }));

const routes = (dir: string): string => `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: hits
    match: ["feed.#", "watchlist.#"]
    filter: { field: type, exists: true }
    sinks: [{ type: file, path: ${join(dir, 'hits.jsonl')} }]
  - name: sensors
    match: ["ingress.event.#"]
    format: decoded
    sinks:
      - { type: file, name: archive, path: ${join(dir, 'sensors.jsonl')} }
      - { type: file, name: scratch, required: false, path: ${join(dir, 'scratch.jsonl')} }
`;

const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 1, bundleSize: 10 }, 7);
const inbound = (kind: 'json' | 'protobuf'): InboundMessage => {
  const m = traffic.next(kind);
  return {
    exchange: m.exchange,
    routingKey: m.routingKey,
    contentType: m.contentType,
    headers: m.headers,
    body: m.body,
    receivedAt: Date.now(),
  };
};

let b: UnitBridge;
beforeAll(async () => {
  b = await unitBridge(routes);
});
afterAll(async () => {
  await b.close();
  rmSync(b.dir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = auth) => b.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload?: unknown, headers: Record<string, string> = auth) =>
  b.app.inject({
    method: 'POST',
    url,
    headers,
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });

describe('health', () => {
  test('GET /healthz answers without a token', async () => {
    const res = await get('/healthz', {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  test('GET /readyz is 503 with the failing checks while the broker is not connected', async () => {
    const res = await get('/readyz', {});
    expect(res.statusCode).toBe(503);
    const body = res.json();
    expect(body).toMatchObject({ code: 'not_ready', ready: false });
    expect(body.message).toMatch(/amqp: broker connection is disconnected/);
    expect(body.checks.map((c: { name: string }) => c.name)).toEqual([
      'amqp',
      'sink:hits/file',
      'sink:sensors/archive',
    ]);
    expect(body.checks.filter((c: { ok: boolean }) => c.ok).map((c: { name: string }) => c.name)).toEqual([
      'sink:hits/file',
      'sink:sensors/archive',
    ]);
  });
});

describe('auth and errors', () => {
  test('missing and wrong tokens are 401 JSON with a challenge; the right one passes', async () => {
    const missing = await get('/api/v1/status', {});
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(missing.json()).toEqual({ code: 'unauthorized', message: expect.stringMatching(/Bearer/) });
    const wrong = await get('/api/v1/status', { authorization: 'Bearer nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().message).toMatch(/not valid/);
    expect((await get('/api/v1/status', { authorization: 'Basic abc' })).statusCode).toBe(401);
    expect((await get('/api/v1/status')).statusCode).toBe(200);
  });

  test('unknown paths are 401 without a token and 404 JSON with one', async () => {
    expect((await get('/nope', {})).statusCode).toBe(401);
    const res = await get('/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'not_found', message: 'no such endpoint: GET /nope' });
  });

  test('invalid JSON is 400 bad_request, a body over the limit 413 body_too_large', async () => {
    const bad = await b.app.inject({
      method: 'POST',
      url: '/api/v1/deadletters/replay',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: '{nope',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('bad_request');
    const big = await b.app.inject({
      method: 'DELETE',
      url: '/api/v1/deadletters',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ ids: Array.from({ length: 5000 }, (_, i) => `id-${i}-${'x'.repeat(20)}`) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('body_too_large');
  });
});

describe('status, routes, sinks', () => {
  test('GET /api/v1/status: version, broker state, counters that move as events flow', async () => {
    expect(await deliver(b.runtime, 'sensors', inbound('protobuf'))).toBe('acked');
    expect(await deliver(b.runtime, 'hits', inbound('json'))).toBe('acked');
    const res = await get('/api/v1/status');
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.version).toBe('9.9.9-test');
    expect(packageVersion()).toBe(
      JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version,
    );
    expect(s.amqp).toEqual({ state: 'disconnected', connected: false, lastError: null, reconnects: 0, consumers: 0 });
    expect(s.deadLetters).toMatchObject({ destination: 'file', browsable: true });
    const sensors = s.routes.find((r: { name: string }) => r.name === 'sensors');
    expect(sensors.counters).toMatchObject({ received: 1, events: 1, routed: 1 });
    expect(sensors.rates.received).toBeGreaterThan(0);
    expect(
      sensors.sinks.map((x: { name: string; counters: { delivered: number } }) => [x.name, x.counters.delivered]),
    ).toEqual([
      ['archive', 1],
      ['scratch', 1],
    ]);
  });

  test('GET /api/v1/routes and /routes/{name}; 404 and 400 for unknown and malformed names', async () => {
    const list = (await get('/api/v1/routes')).json();
    expect(list.routes.map((r: { name: string }) => r.name)).toEqual(['hits', 'sensors']);
    const one = (await get('/api/v1/routes/hits')).json();
    expect(one).toMatchObject({
      name: 'hits',
      state: 'running',
      paused: false,
      queue: 'cb-event-bridge.hits',
      delayQueue: 'cb-event-bridge.hits.delay',
      match: ['feed.#', 'watchlist.#'],
      exchanges: ['api.events'],
      format: 'normalized',
      filter: { field: 'type', exists: true },
      transform: null,
      sinks: [{ name: 'file', type: 'file', required: true }],
    });
    expect(one.bindings).toEqual([
      { exchange: 'api.events', pattern: 'feed.#' },
      { exchange: 'api.events', pattern: 'watchlist.#' },
    ]);
    const missing = await get('/api/v1/routes/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('route_not_found');
    const malformed = await get('/api/v1/routes/-bad-');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({
      code: 'validation_failed',
      details: [expect.stringMatching(/^params\/name must match pattern/)],
    });
  });

  test('POST pause and resume flip the route state (idempotent)', async () => {
    const paused = await post('/api/v1/routes/hits/pause');
    expect(paused.statusCode).toBe(200);
    expect(paused.json()).toMatchObject({ name: 'hits', state: 'paused', paused: true });
    expect(b.runtime.bridge.source.isPaused('hits')).toBe(true);
    expect((await post('/api/v1/routes/hits/pause')).json().state).toBe('paused');
    const metrics = parsePrometheusText((await get('/metrics')).body);
    expect(sampleValue(metrics, 'cb_bridge_route_paused', { route: 'hits' })).toBe(1);
    const resumed = await post('/api/v1/routes/hits/resume');
    expect(resumed.json()).toMatchObject({ state: 'running', paused: false });
    expect((await post('/api/v1/routes/nope/pause')).statusCode).toBe(404);
  });

  test('GET /api/v1/sinks; enable answers 409 for sinks that never disable themselves, and calls enable() where there is one', async () => {
    const sinks = (await get('/api/v1/sinks')).json().sinks;
    expect(sinks.map((s: { route: string; name: string }) => `${s.route}/${s.name}`)).toEqual([
      'hits/file',
      'sensors/archive',
      'sensors/scratch',
    ]);
    expect(sinks[2]).toEqual({
      route: 'sensors',
      name: 'scratch',
      type: 'file',
      required: false,
      state: 'up',
      breaker: null,
      inFlight: 0,
      queueDepth: 0,
      lastError: null,
      lastErrorAt: null,
      disabledReason: null,
      canEnable: false,
    });
    const refused = await post('/api/v1/sinks/sensors/archive/enable');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('enable_not_supported');
    expect((await post('/api/v1/sinks/sensors/nope/enable')).json().code).toBe('sink_not_found');
    expect((await post('/api/v1/sinks/nope/archive/enable')).json().code).toBe('route_not_found');

    const driver = b.runtime.bridge.routes.pipeline('sensors')!.drivers[1];
    const sink = driver.sink as unknown as { enable?: () => void; disabledReason?: string | null };
    const enable = jest.fn(() => {
      sink.disabledReason = null;
    });
    sink.enable = enable;
    sink.disabledReason = 'HTTP 410 Gone';
    expect((await get('/api/v1/sinks')).json().sinks[2]).toMatchObject({
      canEnable: true,
      disabledReason: 'HTTP 410 Gone',
    });
    const enabled = await post('/api/v1/sinks/sensors/scratch/enable');
    expect(enabled.statusCode).toBe(200);
    expect(enable).toHaveBeenCalledTimes(1);
    expect(enabled.json()).toMatchObject({ name: 'scratch', disabledReason: null });
    delete sink.enable;
    delete sink.disabledReason;
  });
});

describe('recent events', () => {
  test('the last events per route, newest first; 404 for an unknown route; limit validated', async () => {
    for (let i = 0; i < 3; i++) await deliver(b.runtime, 'sensors', inbound('protobuf'));
    const res = await get('/api/v1/events/recent?route=sensors&limit=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.capacity).toBe(100);
    expect(body.events).toHaveLength(2);
    expect(body.events[0]).toMatchObject({
      route: 'sensors',
      routingKey: expect.stringMatching(/^ingress\.event\./),
      truncated: false,
    });
    expect(Date.parse(body.events[0].at)).toBeGreaterThanOrEqual(Date.parse(body.events[1].at));
    expect(JSON.parse(body.events[0].text)).toHaveProperty('message');
    const all = (await get('/api/v1/events/recent')).json().events;
    expect(new Set(all.map((e: { route: string }) => e.route))).toEqual(new Set(['sensors', 'hits']));
    expect((await get('/api/v1/events/recent?route=nope')).json().code).toBe('route_not_found');
    expect((await get('/api/v1/events/recent?limit=0')).statusCode).toBe(400);
  });
});

describe('dead letters', () => {
  const store = async (letter: Partial<DeadLetter>): Promise<DeadLetter> => {
    const full: DeadLetter = {
      id: `dl-${Math.random().toString(36).slice(2)}`,
      at: new Date().toISOString(),
      route: 'sensors',
      sink: 'archive',
      reason: 'max_attempts',
      detail: 'refused',
      exchange: 'api.events',
      routingKey: 'ingress.event.netconn',
      contentType: 'application/protobuf',
      headers: { h: 1 },
      body: '{"replayed":true}',
      bodyEncoding: 'utf8',
      ...letter,
    };
    await b.runtime.bridge.routes.deadLetters.write(full);
    return full;
  };

  test('list pages with a cursor; bodies only on request; bad cursor 400', async () => {
    const letters = [await store({}), await store({}), await store({})];
    const first = (await get('/api/v1/deadletters?limit=2')).json();
    expect(first.letters.map((l: { id: string }) => l.id)).toEqual(letters.slice(0, 2).map((l) => l.id));
    expect(first.letters[0]).not.toHaveProperty('body');
    expect(first.letters[0]).toMatchObject({
      route: 'sensors',
      sink: 'archive',
      reason: 'max_attempts',
      routingKey: 'ingress.event.netconn',
      bodyBytes: 17,
    });
    const second = (
      await get(`/api/v1/deadletters?limit=2&include_body=true&cursor=${encodeURIComponent(first.nextCursor)}`)
    ).json();
    expect(second.letters.map((l: { id: string }) => l.id)).toEqual([letters[2].id]);
    expect(second.nextCursor).toBeNull();
    expect(second.letters[0]).toMatchObject({ body: '{"replayed":true}', headers: { h: 1 } });
    const bad = await get('/api/v1/deadletters?cursor=zzz');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('invalid_cursor');
    expect(
      (
        await b.app.inject({ method: 'DELETE', url: '/api/v1/deadletters', headers: auth, payload: { all: true } })
      ).json(),
    ).toEqual({ removed: 3 });
  });

  test('replay: a sink letter reaches its sink and leaves the store; an undecodable message is dead-lettered again; unknown ids are not_found', async () => {
    const sinkLetter = await store({ body: '{"from":"replay"}' });
    const garbage = await store({
      sink: '',
      reason: 'protobuf_invalid',
      body: Buffer.from([0xff, 0x00, 0x13]).toString('base64'),
      bodyEncoding: 'base64',
    });
    const orphan = await store({ route: 'gone' });
    const res = await post('/api/v1/deadletters/replay', {
      ids: [sinkLetter.id, garbage.id, orphan.id, 'missing'],
      wait_ms: 10000,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const byId = Object.fromEntries(body.results.map((r: { id: string; outcome: string }) => [r.id, r.outcome]));
    expect(byId).toEqual({
      [sinkLetter.id]: 'replayed',
      [garbage.id]: 'dead_lettered_again',
      [orphan.id]: 'route_not_found',
      missing: 'not_found',
    });
    expect(body.summary).toEqual({ replayed: 1, dead_lettered_again: 1, route_not_found: 1, not_found: 1 });
    expect(readFileSync(join(b.dir, 'sensors.jsonl'), 'utf8')).toContain('{"from":"replay"}');
    const left = (await get('/api/v1/deadletters?include_body=true')).json().letters;
    expect(left.map((l: { id: string }) => l.id)).toEqual([orphan.id, expect.any(String)]);
    expect(left[1]).toMatchObject({
      route: 'sensors',
      sink: '',
      reason: expect.stringMatching(/^protobuf_/),
      body: garbage.body,
    });
    const metrics = parsePrometheusText((await get('/metrics')).body);
    expect(sampleValue(metrics, 'cb_bridge_dead_letter_replays_total', { outcome: 'replayed' })).toBe(1);
    expect(
      (
        await b.app.inject({
          method: 'DELETE',
          url: '/api/v1/deadletters',
          headers: auth,
          payload: { ids: [orphan.id, 'missing'] },
        })
      ).json(),
    ).toEqual({ removed: 1 });
    expect(
      (
        await b.app.inject({ method: 'DELETE', url: '/api/v1/deadletters', headers: auth, payload: { all: true } })
      ).json(),
    ).toEqual({ removed: 1 });
    expect((await get('/api/v1/deadletters')).json()).toEqual({ letters: [], nextCursor: null });
  });

  test('replay and delete need ids or all: true', async () => {
    for (const payload of [{}, { ids: [] }, { ids: ['a'], all: true }, { all: false }, { ids: ['a'], extra: 1 }]) {
      const res = await post('/api/v1/deadletters/replay', payload);
      expect({ payload, status: res.statusCode, code: res.json().code }).toEqual({
        payload,
        status: 400,
        code: 'validation_failed',
      });
    }
    expect((await b.app.inject({ method: 'DELETE', url: '/api/v1/deadletters', headers: auth })).statusCode).toBe(400);
  });
});

describe('reload', () => {
  test('a bad file is 400 with located problems; the old routes stay', async () => {
    const good = readFileSync(b.routesPath, 'utf8');
    writeFileSync(b.routesPath, `${good}\n  - name: broken\n    match: []\n    sinks: [{ type: file }]\n`);
    const res = await post('/api/v1/reload');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('invalid_routes_file');
    expect(body.problems.length).toBeGreaterThanOrEqual(2);
    for (const p of body.problems)
      expect(p).toMatchObject({
        file: b.routesPath,
        line: expect.any(Number),
        path: expect.stringMatching(/^routes\[2\]/),
      });
    expect(body.problems.some((p: { line: number }) => p.line > 15)).toBe(true);
    expect((await get('/api/v1/routes')).json().routes.map((r: { name: string }) => r.name)).toEqual([
      'hits',
      'sensors',
    ]);
    writeFileSync(b.routesPath, good);
  });

  test('a good file adds, changes and keeps routes', async () => {
    const next =
      routes(b.dir).replace('match: ["feed.#", "watchlist.#"]', 'match: ["feed.#"]') +
      `  - name: added\n    match: ["binaryinfo.#"]\n    sinks: [{ type: file, path: ${join(b.dir, 'added.jsonl')} }]\n`;
    writeFileSync(b.routesPath, next);
    const res = await post('/api/v1/reload');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      added: ['added'],
      removed: [],
      changed: [{ name: 'hits', fields: ['match'] }],
      unchanged: ['sensors'],
      warnings: [expect.stringMatching(/not connected; 1 old binding/)],
    });
    expect((await get('/api/v1/routes/hits')).json().match).toEqual(['feed.#']);
    expect(await deliver(b.runtime, 'added', inbound('json'))).toBe('acked');
    const metrics = parsePrometheusText((await get('/metrics')).body);
    expect(sampleValue(metrics, 'cb_bridge_reloads_total', { outcome: 'applied' })).toBe(1);
    expect(sampleValue(metrics, 'cb_bridge_reloads_total', { outcome: 'rejected' })).toBe(1);
  });
});

describe('metrics and OpenAPI', () => {
  test('/metrics needs the token unless public, and parses', async () => {
    expect((await get('/metrics', {})).statusCode).toBe(401);
    const res = await get('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const f = parsePrometheusText(res.body);
    expect(
      sampleValue(f, 'cb_bridge_events_delivered_total', { route: 'sensors', sink: 'archive' }),
    ).toBeGreaterThanOrEqual(4);
    expect(sampleValue(f, 'cb_bridge_amqp_connection_state', { state: 'disconnected' })).toBe(1);
  });

  test('/openapi.json documents every route with the schemas the server uses', async () => {
    const doc = (await get('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('9.9.9-test');
    const ops = Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>).flatMap(
      ([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(ops.sort()).toEqual(
      [
        'DELETE /api/v1/deadletters',
        'GET /api/v1/deadletters',
        'GET /api/v1/events/recent',
        'GET /api/v1/routes',
        'GET /api/v1/routes/{name}',
        'GET /api/v1/sinks',
        'GET /api/v1/status',
        'GET /healthz',
        'GET /metrics',
        'GET /openapi.json',
        'GET /readyz',
        'POST /api/v1/deadletters/replay',
        'POST /api/v1/reload',
        'POST /api/v1/routes/{name}/pause',
        'POST /api/v1/routes/{name}/resume',
        'POST /api/v1/sinks/{route}/{sink}/enable',
        'POST /api/v1/liveresponse/jobs',
        'GET /api/v1/liveresponse/jobs',
        'GET /api/v1/liveresponse/jobs/{id}',
        'POST /api/v1/liveresponse/jobs/{id}/cancel',
        'GET /api/v1/liveresponse/sessions',
        'DELETE /api/v1/liveresponse/sessions/{id}',
        'GET /api/v1/liveresponse/files/{id}',
      ].sort(),
    );
    for (const methods of Object.values(
      doc.paths as Record<
        string,
        Record<
          string,
          {
            responses: Record<string, { content: Record<string, { schema: unknown }> }>;
            operationId: string;
            security: unknown[];
          }
        >
      >,
    )) {
      for (const op of Object.values(methods)) {
        expect(op.operationId).toEqual(expect.any(String));
        expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['4XX', '5XX']));
        expect(Object.keys(op.responses).filter((k) => /^2\d\d$/.test(k))).toHaveLength(1); // 200, or 202 for a job that runs later
        for (const r of Object.values(op.responses)) expect(Object.values(r.content)[0].schema).toBeDefined();
      }
    }
    expect(doc.paths['/healthz'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/status'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/metrics'].get.responses['200'].content).toHaveProperty(['text/plain; version=0.0.4']);
    expect(doc.paths['/api/v1/routes/{name}'].get.parameters).toEqual([
      expect.objectContaining({ name: 'name', in: 'path', required: true }),
    ]);
    expect(doc.paths['/api/v1/deadletters'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'cursor',
      'limit',
      'include_body',
    ]);
    expect(
      doc.paths['/api/v1/deadletters/replay'].post.requestBody.content['application/json'].schema.oneOf,
    ).toHaveLength(2);
    expect(doc.paths['/readyz'].get.responses['503'].content['application/json'].schema.properties.code.enum).toEqual([
      'not_ready',
    ]);
  });
});
