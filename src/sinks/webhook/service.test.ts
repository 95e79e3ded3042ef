import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { WebhookTransportError } from './errors';
import { RESPONSE_KEEP_BYTES, UndiciTransport, type HttpRequest } from './service';
import { makeTestPki } from '../../../test/support/test-pki';

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

const servers: Server[] = [];
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

function withBody(handler: Handler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks)));
  };
}

const post = (body = '{"a":1}'): HttpRequest => ({
  method: 'POST',
  path: '/hook?x=1',
  headers: { 'content-type': 'application/json' },
  body: Buffer.from(body),
});

function transport(
  port: number,
  extra: Partial<ConstructorParameters<typeof UndiciTransport>[0]> = {},
  scheme = 'http',
): UndiciTransport {
  return new UndiciTransport({
    url: new URL(`${scheme}://127.0.0.1:${port}/hook`),
    timeoutMs: 2000,
    maxConcurrentRequests: 4,
    keepAliveTimeoutMs: 4000,
    ...extra,
  });
}

test('requests reuse keep-alive connections; the whole response body is read', async () => {
  let connections = 0;
  const seen: string[] = [];
  const server = createServer(
    withBody((req, res, body) => {
      seen.push(`${req.method} ${req.url} ${req.headers['content-type']} ${body.toString()}`);
      res.writeHead(202, { 'x-reply': 'yes' }).end('{"ok":true}');
    }),
  );
  server.on('connection', () => connections++);
  const t = transport(await listen(server));
  for (let i = 0; i < 20; i++) {
    const r = await t.request(post(`{"i":${i}}`));
    expect([r.status, r.headers['x-reply'], r.body.toString()]).toEqual([202, 'yes', '{"ok":true}']);
  }
  expect(seen[19]).toBe('POST /hook?x=1 application/json {"i":19}');
  // Sequential requests share the pool's connections (a second may open while the first is being released).
  expect(connections).toBeLessThanOrEqual(2);
  await t.close();
});

test('a server that never answers times out after timeoutMs', async () => {
  const server = createServer(() => undefined);
  const t = transport(await listen(server), { timeoutMs: 300 });
  const err = await t.request(post()).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WebhookTransportError);
  expect(err).toMatchObject({ kind: 'timeout', message: 'no complete response within 300 ms' });
  await t.close();
});

test('a response body that stalls halfway also times out', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200);
    res.write('{"partial":');
  });
  const t = transport(await listen(server), { timeoutMs: 300 });
  await expect(t.request(post())).rejects.toMatchObject({ kind: 'timeout' });
  await t.close();
});

test('a reset connection and a refused one are connection errors', async () => {
  const server = createServer((req) => req.socket.destroy());
  const t = transport(await listen(server));
  await expect(t.request(post())).rejects.toMatchObject({
    kind: 'connection',
    message: expect.stringMatching(/^connection error/),
  });
  await t.close();
  const closed = createServer();
  const port = await listen(closed);
  await new Promise((r) => closed.close(r));
  const t2 = transport(port);
  await expect(t2.request(post())).rejects.toMatchObject({ kind: 'connection', code: 'ECONNREFUSED' });
  await t2.close();
});

test('only the start of a large response is kept', async () => {
  const server = createServer((_req, res) => res.end(Buffer.alloc(RESPONSE_KEEP_BYTES * 3, 0x61)));
  const t = transport(await listen(server));
  const r = await t.request(post());
  expect(r.body.length).toBe(RESPONSE_KEEP_BYTES);
  await t.close();
});

describe('TLS', () => {
  let pem: (name: string) => Buffer;
  let dir = '';
  let port = 0;
  const clientNames: string[] = [];

  beforeAll(async () => {
    ({ pem, dir } = makeTestPki('webhook-tls'));
    const server = createTlsServer(
      {
        key: pem('server.key'),
        cert: pem('server.pem'),
        ca: pem('ca.pem'),
        requestCert: true,
        rejectUnauthorized: false,
      },
      (req, res) => {
        const peer = (req.socket as TLSSocket).getPeerCertificate();
        clientNames.push(String(peer?.subject?.CN ?? '-'));
        res.end('ok');
      },
    );
    port = await listen(server);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an unknown CA is a connection error; ca_file trusts it; verify: false skips the check', async () => {
    const plain = transport(port, {}, 'https');
    await expect(plain.request(post())).rejects.toMatchObject({
      kind: 'connection',
      code: expect.stringMatching(/CERT|SIGNATURE|ISSUER/),
    });
    await plain.close();
    const trusted = transport(port, { tls: { ca: pem('ca.pem'), rejectUnauthorized: true } }, 'https');
    expect((await trusted.request(post())).status).toBe(200);
    await trusted.close();
    const unverified = transport(port, { tls: { rejectUnauthorized: false } }, 'https');
    expect((await unverified.request(post())).status).toBe(200);
    await unverified.close();
  });

  test('a client certificate is presented for mutual TLS', async () => {
    const t = transport(
      port,
      { tls: { ca: pem('ca.pem'), cert: pem('client.pem'), key: pem('client.key'), rejectUnauthorized: true } },
      'https',
    );
    clientNames.length = 0;
    expect((await t.request(post())).body.toString()).toBe('ok');
    expect(clientNames).toEqual(['cb-event-bridge']);
    await t.close();
  });
});
