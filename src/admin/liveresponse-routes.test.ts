import { auth, unitBridge, type UnitBridge } from '../../test/support/admin-fixture';

let b: UnitBridge;
let url: string;
beforeAll(async () => {
  b = await unitBridge(
    (dir) =>
      `routes:\n  - name: hits\n    match: [watchlist.#]\n    sinks: [{ type: file, path: ${dir}/hits.jsonl }]\n`,
  );
  url = await b.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await b.close();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = auth,
): Promise<{ status: number; json: { code?: string; message?: string } }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as { code?: string; message?: string } };
}

test('without Live Response settings every liveresponse endpoint answers 409 liveresponse_not_configured', async () => {
  for (const [method, path, body] of [
    ['GET', '/api/v1/liveresponse/jobs', undefined],
    ['POST', '/api/v1/liveresponse/jobs', { sensor_id: 10, commands: [{ name: 'process list' }] }],
    ['GET', '/api/v1/liveresponse/sessions', undefined],
    ['GET', '/api/v1/liveresponse/files/0123456789abcdef-0', undefined],
  ] as const) {
    const res = await call(method, path, body);
    expect([path, res.status, res.json.code]).toEqual([path, 409, 'liveresponse_not_configured']);
    expect(res.json.message).toMatch(/CB_BRIDGE_LR_URL/);
  }
});

test('requests are validated before anything runs', async () => {
  const bad = await call('POST', '/api/v1/liveresponse/jobs', { sensor_id: 10, commands: [{ name: 'format disk' }] });
  expect([bad.status, bad.json.code]).toEqual([400, 'validation_failed']);
  expect((await call('GET', '/api/v1/liveresponse/jobs/nope')).status).toBe(400);
  expect((await call('GET', '/api/v1/liveresponse/jobs', undefined, {})).status).toBe(401);
});
