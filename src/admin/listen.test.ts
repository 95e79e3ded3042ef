import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminContextFor } from './adapters';
import { AdminServer } from './server';
import { adminOptions, TOKEN, unitBridge, type UnitBridge } from '../../test/support/admin-fixture';
import { parsePrometheusText } from '../../test/support/prom-text';
import { silentLogger } from '../observability/logger';

/** Real sockets: the auth header, TLS and /metrics as a scraper sees them. */

const routes = (dir: string): string => `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: all
    match: ["#"]
    sinks: [{ type: file, path: ${join(dir, 'out.jsonl')} }]
`;

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function call(url: string, headers: Record<string, string> = {}, ca?: Buffer): Promise<Answer> {
  const u = new URL(url);
  const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(u, { method: 'GET', headers, ...(ca ? { ca, servername: 'localhost' } : {}) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

let b: UnitBridge;
const servers: AdminServer[] = [];
const dirs: string[] = [];
beforeAll(async () => {
  b = await unitBridge(routes);
  dirs.push(b.dir);
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await b.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function start(over: Parameters<typeof adminOptions>[0] = {}): Promise<AdminServer> {
  const s = await AdminServer.start(adminContextFor(b.runtime), adminOptions(over), silentLogger());
  servers.push(s);
  return s;
}

test('a listening server on an ephemeral port: right, wrong and missing tokens; health needs none', async () => {
  const s = await start();
  expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(s.url).not.toMatch(/:0$/);
  expect((await call(`${s.url}/api/v1/routes`, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  const wrong = await call(`${s.url}/api/v1/routes`, { authorization: `Bearer ${TOKEN}x` });
  expect(wrong.status).toBe(401);
  expect(JSON.parse(wrong.body)).toEqual({ code: 'unauthorized', message: 'the bearer token is not valid' });
  const missing = await call(`${s.url}/api/v1/routes`);
  expect(missing.status).toBe(401);
  expect(missing.headers['www-authenticate']).toBe('Bearer realm="cb-event-bridge"');
  expect(missing.headers['content-type']).toMatch(/^application\/json/);
  expect((await call(`${s.url}/healthz`)).status).toBe(200);
  expect([200, 503]).toContain((await call(`${s.url}/readyz`)).status);
});

test('/metrics is protected by default and public when configured', async () => {
  const closed = await start();
  expect((await call(`${closed.url}/metrics`)).status).toBe(401);
  const withToken = await call(`${closed.url}/metrics`, { authorization: `Bearer ${TOKEN}` });
  expect(withToken.status).toBe(200);
  expect(parsePrometheusText(withToken.body).has('cb_bridge_messages_received_total')).toBe(true);
  const open = await start({ metricsPublic: true });
  const scraped = await call(`${open.url}/metrics`);
  expect(scraped.status).toBe(200);
  expect(scraped.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  expect((await call(`${open.url}/api/v1/status`)).status).toBe(401);
});

test('without a token on loopback the API is open', async () => {
  const s = await start({ token: '' });
  expect((await call(`${s.url}/api/v1/status`)).status).toBe(200);
});

test('TLS with a throwaway self-signed certificate', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-tls-'));
  dirs.push(dir);
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const ca = readFileSync(cert);
  const s = await start({ tls: { cert: ca, key: readFileSync(key) } });
  expect(s.url).toMatch(/^https:\/\//);
  const ok = await call(`${s.url}/api/v1/status`, { authorization: `Bearer ${TOKEN}` }, ca);
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body).routes[0].name).toBe('all');
  expect((await call(`${s.url}/api/v1/status`, {}, ca)).status).toBe(401);
  // An unknown certificate is refused by the client; plain HTTP gets no answer it can read.
  await expect(call(`${s.url}/healthz`)).rejects.toThrow(/self[- ]signed/i);
  await expect(call(s.url.replace('https:', 'http:') + '/healthz')).rejects.toThrow();
});
