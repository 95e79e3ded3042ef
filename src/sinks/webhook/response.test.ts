import { classifyHttpResponse, type ClassifyContext } from './response';
import type { HttpResponse } from './service';

const ctx: ClassifyContext = {
  origin: 'https://hooks.example:443',
  retryAfterMaxMs: 60_000,
  now: Date.UTC(2025, 0, 1),
};
const res = (status: number, body = '', headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers,
  body: Buffer.from(body),
});

test('2xx is accepted and counts for the endpoint', () => {
  for (const s of [200, 201, 202, 204])
    expect(classifyHttpResponse(res(s), 1, ctx)).toEqual({ outcome: { status: 'accepted' }, endpointFailed: false });
});

test.each([408, 429, 500, 502, 503, 504, 599])('%i is retryable and counts against the endpoint', (s) => {
  const v = classifyHttpResponse(res(s, 'busy\n  now'), 3, ctx);
  expect(v).toEqual({
    outcome: { status: 'retryable', error: `HTTP ${s} from https://hooks.example:443: busy now` },
    endpointFailed: true,
  });
});

test('Retry-After (seconds or HTTP-date) becomes retryAfterMs, capped', () => {
  expect(classifyHttpResponse(res(429, '', { 'retry-after': '7' }), 1, ctx).outcome).toMatchObject({
    status: 'retryable',
    retryAfterMs: 7000,
  });
  const date = new Date(ctx.now + 12_000).toUTCString();
  expect(classifyHttpResponse(res(503, '', { 'retry-after': date }), 1, ctx).outcome).toMatchObject({
    retryAfterMs: 12_000,
  });
  expect(classifyHttpResponse(res(429, '', { 'retry-after': '86400' }), 1, ctx).outcome).toMatchObject({
    retryAfterMs: 60_000,
  });
  expect(classifyHttpResponse(res(429, '', { 'retry-after': 'later' }), 1, ctx).outcome).not.toHaveProperty(
    'retryAfterMs',
  );
});

test.each([400, 401, 403, 404, 405, 413, 422])('%i fails at once with the status and a body excerpt', (s) => {
  const body = `{"error":"bad ${'x'.repeat(500)}"}`;
  const v = classifyHttpResponse(res(s, body), 1, ctx);
  expect(v.endpointFailed).toBe(false);
  expect(v.outcome.status).toBe('failed');
  const error = v.outcome.status === 'failed' ? v.outcome.error : '';
  expect(error).toMatch(new RegExp(`^HTTP ${s} from https://hooks.example:443: \\{"error":"bad x+…$`));
  expect(error.length).toBeLessThan(260);
});

test('410 is gone; 3xx says redirects are not followed', () => {
  expect(classifyHttpResponse(res(410, 'removed'), 1, ctx)).toEqual({
    outcome: { status: 'failed', error: 'HTTP 410 from https://hooks.example:443 (Gone): removed' },
    endpointFailed: false,
    gone: true,
  });
  expect(classifyHttpResponse(res(301), 1, ctx).outcome).toEqual({
    status: 'failed',
    error: 'HTTP 301 from https://hooks.example:443 (redirects are not followed)',
  });
});
