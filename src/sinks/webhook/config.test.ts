import Ajv from 'ajv';
import { parseRoutes } from '../../config/routes-file';
import { resolveSecret } from '../../config/secrets';
import { silentLogger } from '../../observability/logger';
import { compileRoute } from '../../app/compile-route';
import { fileSinkFactory } from '../file';
import { resolveWebhookSinkConfig, WEBHOOK_SINK_CONFIG_SCHEMA } from './config';
import { WebhookConfigError } from './errors';
import { BATCH_POLICY, SINGLE_POLICY, splunkHecSinkFactory, webhookSinkFactory } from './index';
import { resolveSplunkHecSinkConfig, SPLUNK_HEC_SINK_CONFIG_SCHEMA } from './splunk-hec-config';

const SIGNING = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const env = {
  HOOK_TOKEN: 'tok-3f9a1c',
  HOOK_PASS: 'p4ss-w0rd',
  HOOK_URL: 'https://hooks.example/T000/B000/XXXXsecret',
  WHSEC: SIGNING,
  HEC: 'hec-0000-1111',
};
const ctx = { secret: (v: unknown) => resolveSecret(v, env) };

describe.each([
  ['webhook', WEBHOOK_SINK_CONFIG_SCHEMA],
  ['splunk_hec', SPLUNK_HEC_SINK_CONFIG_SCHEMA],
])('%s schema', (_type, schema) => {
  test('is strict draft-07 and every property (nested too) has a description', () => {
    new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
    const walk = (props: Record<string, { description?: string; properties?: Record<string, unknown> }>): void => {
      for (const [name, p] of Object.entries(props)) {
        expect([name, typeof p.description]).toEqual([name, 'string']);
        if (p.properties) walk(p.properties as typeof props);
      }
    };
    walk(schema.properties as never);
    expect(schema.additionalProperties).toBe(false);
  });
});

test('a routes file with webhook and splunk_hec sinks (and their delivery blocks) parses; typos are caught', () => {
  const yaml = (extra: string): string => `routes:
  - name: soc
    match: ["#"]
    sinks:
      - type: webhook
        url: \${HOOK_URL}
        body: template
        template: '{"events": {{events}}, "source": "cb"}'
        auth: { bearer: "\${HOOK_TOKEN}" }
        signing: { secrets: ["\${WHSEC}"] }
        breaker: { failure_threshold: 3, cooldown_ms: 1000 }
        delivery: { batch_max_events: 100, linger_ms: 5 }${extra}
      - type: splunk_hec
        url: https://splunk.example:8088
        token: \${HEC}
        index: edr
`;
  // The sink types of this folder (plus file), independent of what else is registered.
  const factories = [fileSinkFactory, webhookSinkFactory, splunkHecSinkFactory];
  // Parsing resolves the secret references as start-up does: an unset one is a problem of the file.
  expect(() => parseRoutes(yaml(''), 'routes.yaml', { factories })).toThrow(
    /routes\.yaml:\d+:\d+: routes\[0\]\.sinks\[1\]\.token: .*environment variable HEC is not set/,
  );
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const file = parseRoutes(yaml(''), 'routes.yaml', { factories });
    expect(file.routes[0].sinks.map((s) => s.type)).toEqual(['webhook', 'splunk_hec']);
    expect(file.routes[0].sinks[0]).toMatchObject({
      method: 'POST',
      gzip: false,
      on_disabled: 'hold',
      breaker: { failure_threshold: 3, cooldown_ms: 1000 },
    });
    expect(() => parseRoutes(yaml('\n        retries: 3'), 'routes.yaml', { factories })).toThrow(
      /unknown property 'retries'/,
    );
  } finally {
    process.env = saved;
  }
});

test('defaults, and secrets resolved from references', () => {
  const o = resolveWebhookSinkConfig(
    { url: '${HOOK_URL}', auth: { bearer: '${env:HOOK_TOKEN}' }, signing: { secrets: ['${WHSEC}'] } },
    ctx,
  );
  expect(o).toMatchObject({
    method: 'POST',
    body: 'single',
    contentType: 'application/json',
    gzip: false,
    timeoutMs: 10_000,
    maxConcurrentRequests: 16,
    keepAliveTimeoutMs: 4000,
    retryAfterMaxMs: 300_000,
    breaker: { failureThreshold: 5, cooldownMs: 5_000 },
    onDisabled: 'hold',
    origin: 'https://hooks.example',
    headers: { authorization: 'Bearer tok-3f9a1c' },
  });
  expect(o.url.pathname).toBe('/T000/B000/XXXXsecret');
  expect(o.signingKeys).toHaveLength(1);
  // Everything secret is known to the redactor, including a URL path that came from a reference.
  expect(o.secrets).toEqual(expect.arrayContaining(['tok-3f9a1c', SIGNING, '/T000/B000/XXXXsecret']));
  expect(resolveWebhookSinkConfig({ url: 'http://h/x', body: 'ndjson' }, ctx).contentType).toBe('application/x-ndjson');
});

test('auth: basic and custom header; user headers lower-cased; the whole block may be passed', () => {
  const basic = resolveWebhookSinkConfig(
    {
      type: 'webhook',
      name: 'x',
      url: 'http://h/',
      auth: { basic: { username: 'cb', password: '${HOOK_PASS}' } },
      headers: { 'X-Team': 'soc' },
    },
    ctx,
  );
  expect(basic.headers).toEqual({
    authorization: `Basic ${Buffer.from('cb:p4ss-w0rd').toString('base64')}`,
    'x-team': 'soc',
  });
  expect(basic.secrets).toEqual(expect.arrayContaining(['p4ss-w0rd', Buffer.from('cb:p4ss-w0rd').toString('base64')]));
  const header = resolveWebhookSinkConfig(
    { url: 'http://h/', auth: { header: { name: 'X-Api-Key', value: '${HOOK_TOKEN}' } } },
    ctx,
  );
  expect(header.headers).toEqual({ 'x-api-key': 'tok-3f9a1c' });
});

test.each([
  [{}, /url/],
  [{ url: 'ftp://h/' }, /http:\/\/ or https:\/\//],
  [{ url: 'https://u:pw@h/' }, /must not carry credentials/],
  [{ url: 'not a url' }, /not a valid URL/],
  [{ url: 'http://h/', method: 'GET' }, /method/],
  [{ url: 'http://h/', auth: {} }, /auth/],
  [{ url: 'http://h/', auth: { bearer: 'a', basic: { username: 'u', password: 'p' } } }, /auth/],
  [{ url: 'http://h/', auth: { basic: { username: 'a:b', password: 'p' } } }, /colon/],
  [{ url: 'http://h/', auth: { bearer: 't' }, headers: { Authorization: 'x' } }, /auth sets too/],
  [{ url: 'http://h/', headers: { 'Content-Type': 'text/plain' } }, /use content_type/],
  [{ url: 'http://h/', headers: { 'webhook-id': 'x' } }, /set by the sink itself/],
  [{ url: 'http://h/', headers: { 'bad name': 'x' } }, /headers/],
  [{ url: 'http://h/', body: 'template' }, /needs a template/],
  [{ url: 'http://h/', body: 'json_array', template: '{{events}}' }, /only used with body: template/],
  [{ url: 'http://h/', body: 'template', template: '{"e": {{evts}}}' }, /unknown placeholder/],
  [{ url: 'http://h/', signing: { secrets: [] } }, /signing\.secrets/],
  [{ url: 'http://h/', signing: { secrets: ['plain-secret-value'] } }, /signing\.secrets\.0: must start with 'whsec_'/],
  [{ url: 'http://h/', tls: { verify: false } }, /not https/],
  [{ url: 'https://h/', tls: { cert_file: '/x.pem' } }, /go together/],
  [
    { url: 'https://h/', tls: { ca_file: '/nonexistent/ca.pem' } },
    /tls\.ca_file \/nonexistent\/ca\.pem cannot be read: ENOENT/,
  ],
  [
    { url: 'http://h/', auth: { bearer: '${MISSING_TOKEN}' } },
    /auth\.bearer: environment variable MISSING_TOKEN is not set/,
  ],
  [{ url: 'http://h/', timeout_ms: 10 }, /timeout_ms/],
  [{ url: 'http://h/', on_disabled: 'drop' }, /on_disabled/],
  [{ url: 'http://h/', retries: 3 }, /'retries'/],
])('rejects %j', (block, message) => {
  expect(() => resolveWebhookSinkConfig(block, ctx)).toThrow(WebhookConfigError);
  expect(() => resolveWebhookSinkConfig(block, ctx)).toThrow(message);
});

test('config errors never contain secret values', () => {
  const leaks = [
    { url: 'http://h/', signing: { secrets: ['${HOOK_TOKEN}'] } },
    { url: 'http://h/', auth: { bearer: '${HOOK_PASS}' }, headers: { Authorization: '${HOOK_TOKEN}' } },
    { url: '${HOOK_PASS}' },
    { url: 'http://h/', headers: { 'X-Key': 'a\r\nInjected: ${HOOK_TOKEN}' } },
  ];
  for (const block of leaks) {
    let message = '';
    try {
      resolveWebhookSinkConfig(block, ctx);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^webhook sink config: /);
    for (const secret of Object.values(env)) expect(message).not.toContain(secret);
  }
});

test('policy defaults follow the body mode; a max_concurrent_requests set in the block is the driver concurrency', () => {
  expect(webhookSinkFactory.policyFor!({ url: 'x' })).toEqual(SINGLE_POLICY);
  expect(SINGLE_POLICY).toMatchObject({ lingerMs: 0, batchMaxEvents: 64, concurrency: 16 });
  expect(webhookSinkFactory.policyFor!({ url: 'x', max_concurrent_requests: 32 })).toMatchObject({
    batchMaxEvents: 64,
    concurrency: 32,
  });
  expect(webhookSinkFactory.policyFor!({ url: 'x', body: 'ndjson' })).toEqual(BATCH_POLICY);
  expect(BATCH_POLICY).toMatchObject({
    lingerMs: 100,
    batchMaxEvents: 500,
    batchMaxBytes: 1024 * 1024,
    concurrency: 4,
  });
  expect(webhookSinkFactory.policyFor!({ url: 'x', body: 'template', max_concurrent_requests: 8 })).toMatchObject({
    concurrency: 8,
  });
  expect(splunkHecSinkFactory.policyFor!({ url: 'x', token: 't' })).toEqual(BATCH_POLICY);
});

test("through the routes file: the driver gets the body mode's defaults, max_concurrent_requests, then the delivery block", async () => {
  const factories = [fileSinkFactory, webhookSinkFactory, splunkHecSinkFactory];
  const file = parseRoutes(
    `routes:
  - name: r
    match: ["#"]
    sinks:
      - { type: webhook, name: a, url: "http://127.0.0.1:9/a" }
      - { type: webhook, name: b, url: "http://127.0.0.1:9/b", body: ndjson }
      - { type: webhook, name: c, url: "http://127.0.0.1:9/c", body: json_array, max_concurrent_requests: 8 }
      - { type: webhook, name: d, url: "http://127.0.0.1:9/d", body: json_array, delivery: { concurrency: 2, linger_ms: 5 } }
      - { type: splunk_hec, name: e, url: "http://127.0.0.1:9", token: t0k3n }
`,
    'routes.yaml',
    { factories },
  );
  const route = compileRoute(file.routes[0], { logger: silentLogger(), observer: {} });
  const policies = Object.fromEntries(route.drivers.map((d) => [d.name, d.policy]));
  expect(policies.a).toMatchObject({
    batchMaxEvents: 64,
    lingerMs: 0,
    concurrency: 16,
    backoffInitialMs: 500,
    backoffMaxMs: 60_000,
  });
  expect(policies.b).toMatchObject({ batchMaxEvents: 500, batchMaxBytes: 1024 * 1024, lingerMs: 100, concurrency: 4 });
  expect(policies.c).toMatchObject({ batchMaxEvents: 500, concurrency: 8 });
  expect(policies.d).toMatchObject({ batchMaxEvents: 500, concurrency: 2, lingerMs: 5 });
  expect(policies.e).toMatchObject({ batchMaxEvents: 500, lingerMs: 100, concurrency: 4 });
  await Promise.all(route.drivers.map((d) => d.close()));
});

test('splunk_hec: event path appended to a bare URL, Splunk token and channel headers, defaults', () => {
  const o = resolveSplunkHecSinkConfig({ url: 'https://splunk:8088', token: '${HEC}', index: 'edr' }, ctx);
  expect(o.url.toString()).toBe('https://splunk:8088/services/collector/event');
  expect(o.headers.authorization).toBe('Splunk hec-0000-1111');
  expect(o.headers['x-splunk-request-channel']).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  expect(o).toMatchObject({
    source: 'cb-event-bridge',
    sourcetype: 'bit9:carbonblack:json',
    index: 'edr',
    secrets: ['hec-0000-1111'],
  });
  const kept = resolveSplunkHecSinkConfig(
    {
      url: 'https://splunk:8088/custom/path?x=1',
      token: 't0k3n',
      channel: '0b0e5b4e-4a5c-4c43-9d3c-0f1b2c3d4e5f',
      sourcetype: 'cb:json',
    },
    ctx,
  );
  expect(kept.url.toString()).toBe('https://splunk:8088/custom/path?x=1');
  expect(kept.channel).toBe('0b0e5b4e-4a5c-4c43-9d3c-0f1b2c3d4e5f');
  expect(() =>
    resolveSplunkHecSinkConfig({ url: 'https://s', token: 't', headers: { Authorization: 'x' } }, ctx),
  ).toThrow(/set by the sink itself/);
  expect(() => resolveSplunkHecSinkConfig({ url: 'https://s', token: 't', channel: 'nope' }, ctx)).toThrow(/channel/);
  expect(() => resolveSplunkHecSinkConfig({ url: 'https://s' }, ctx)).toThrow(/token/);
});

test('the factories build sinks of their type, named by the context', async () => {
  const c = { route: 'r', name: 'hook', logger: silentLogger(), secret: ctx.secret };
  const w = webhookSinkFactory.create({ url: 'http://127.0.0.1:9/x' }, c);
  const h = splunkHecSinkFactory.create({ url: 'http://127.0.0.1:9', token: 't0k3n' }, { ...c, name: 'hec' });
  expect([w.type, w.name, h.type, h.name]).toEqual(['webhook', 'hook', 'splunk_hec', 'hec']);
  expect(w.health()).toEqual({ state: 'up', lastError: null, lastErrorAt: null, breaker: 'closed' });
  expect(w.disabledReason).toBeNull();
  await Promise.all([w.close(), h.close()]);
});
