import { createServer, type AddressInfo } from 'node:net';
import type { DeliveryOutcome, SinkRecord } from '../sink';
import { silentLogger } from '../../observability/logger';
import { parseRfc3164, parseRfc5424 } from '../../../test/support/syslog-parser';
import { SyslogCollector } from '../../../test/support/syslog-collector';
import { makeTestPki, type TestPki } from '../../../test/support/test-pki';
import { resolveSyslogSinkConfig, type SyslogSinkConfig } from './config';
import { SyslogSink } from './sink';
import { syslogSinkFactory } from './factory';

jest.setTimeout(20_000);

const rec = (i: number, text = `{"seq":${i},"s":"naïve ☃"}`): SinkRecord => ({
  id: `e${i}`,
  text,
  record: { type: 'ingress.event.netconn', computer_name: `host-${i}`, timestamp: 1764986584 + i },
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'ingress.event.netconn',
  receivedAt: 0,
});
const batch = (from: number, n: number): SinkRecord[] => Array.from({ length: n }, (_, k) => rec(from + k));
const accepted = (outcomes: DeliveryOutcome[]): boolean => outcomes.every((o) => o.status === 'accepted');

let pki: TestPki;
const open: Array<{ close(): Promise<void> }> = [];
const stopping: SyslogCollector[] = [];

beforeAll(() => {
  pki = makeTestPki('syslog-sink');
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const c of stopping.splice(0)) await c.stop();
});

async function collector(protocol: 'udp' | 'tcp' | 'tls', mutual = false): Promise<SyslogCollector> {
  const c = new SyslogCollector(
    protocol,
    protocol === 'tls'
      ? {
          tls: {
            key: pki.pem('server.key'),
            cert: pki.pem('server.pem'),
            ...(mutual ? { ca: pki.pem('ca.pem') } : {}),
          },
        }
      : {},
  );
  await c.start();
  stopping.push(c);
  return c;
}

function sink(config: Partial<SyslogSinkConfig> & { address: string }): SyslogSink {
  const s = new SyslogSink('siem', resolveSyslogSinkConfig(config, { hostname: () => 'bridge' }), {
    route: 'r',
    logger: silentLogger(),
  });
  open.push(s);
  return s;
}

test.each([
  ['tcp', 'newline'],
  ['tcp', 'octet_counting'],
  ['tls', 'octet_counting'],
  ['tls', 'newline'],
] as const)(
  '%s with %s framing: every message arrives whole, in order, and parses as RFC 5424',
  async (protocol, framing) => {
    const c = await collector(protocol);
    const s = sink({
      address: c.url,
      protocol,
      framing,
      ...(protocol === 'tls' ? { tls: { ca: pki.path('ca.pem') } } : {}),
    });
    await s.start();
    expect(accepted(await s.send(batch(0, 50)))).toBe(true);
    expect(accepted(await s.send(batch(50, 25)))).toBe(true);
    expect(await c.until(75)).toBe(true);
    expect(c.received.every((r) => r.framing === framing)).toBe(true);
    const parsed = c.texts().map(parseRfc5424);
    expect(parsed.map((m) => JSON.parse(m.msg).seq)).toEqual(Array.from({ length: 75 }, (_, i) => i));
    expect(parsed[3]).toMatchObject({
      hostname: 'host-3',
      msgId: 'netconn',
      appName: 'cb-event-bridge',
      timestamp: '2025-12-06T02:03:07.000Z',
      facility: 16,
      severity: 6,
    });
    expect(c.connections).toBe(1);
    expect(s.health()).toMatchObject({ state: 'up', reconnects: 0 });
  },
);

test('udp: a datagram per message, RFC 3164 header on request', async () => {
  const c = await collector('udp');
  const s = sink({ address: c.url, protocol: 'udp', rfc: 3164, facility: 'local7', severity: 'notice' });
  expect(accepted(await s.send(batch(0, 20)))).toBe(true);
  expect(await c.until(20)).toBe(true);
  const parsed = c.texts().map(parseRfc3164);
  expect(parsed.map((m) => JSON.parse(m.msg).seq).sort((a, b) => a - b)).toEqual(
    Array.from({ length: 20 }, (_, i) => i),
  );
  expect(parsed[0]).toMatchObject({ facility: 23, severity: 5, tag: 'cb-event-bridge' });
  expect(c.received.every((r) => r.framing === 'datagram')).toBe(true);
});

test('udp oversize: split messages are counted and arrive as several whole messages', async () => {
  const c = await collector('udp');
  const s = sink({ address: c.url, protocol: 'udp', udp_max_bytes: 600, udp_oversize: 'split' });
  const long = `{"big":"${'é'.repeat(900)}"}`;
  expect(accepted(await s.send([rec(1, long), rec(2)]))).toBe(true);
  expect(await c.until(5)).toBe(true);
  expect(s.health().oversize).toBe(1);
  const pieces = c
    .texts()
    .map(parseRfc5424)
    .filter((m) => m.hostname === 'host-1')
    .map((m) => m.msg);
  expect(pieces.join('')).toBe(long);
});

test('mutual TLS with the test CA and a server name; a collector the CA does not vouch for is refused and the sink is down', async () => {
  const c = await collector('tls', true);
  const s = sink({
    address: `127.0.0.1:${c.port}`,
    protocol: 'tls',
    tls: {
      ca: pki.path('ca.pem'),
      cert: pki.path('client.pem'),
      key: pki.path('client.key'),
      server_name: 'localhost',
    },
  });
  expect(accepted(await s.send(batch(0, 3)))).toBe(true);
  expect(await c.until(3)).toBe(true);
  expect(c.received[0].peer).toBe('cb-event-bridge');

  const wrongCa = sink({
    address: c.url,
    protocol: 'tls',
    tls: { ca: pki.path('other-ca.pem'), cert: pki.path('client.pem'), key: pki.path('client.key') },
  });
  const [refused] = await wrongCa.send(batch(10, 1));
  expect(refused).toMatchObject({
    status: 'retryable',
    error: expect.stringMatching(/cannot connect to tls:\/\/127\.0\.0\.1:\d+: .*certificate/),
  });
  expect(wrongCa.health().state).toBe('down');
  const noCert = sink({ address: c.url, protocol: 'tls', tls: { verify: false } });
  expect((await noCert.send(batch(20, 1)))[0].status).toBe('retryable');
  expect(c.received).toHaveLength(3);
});

test('collector down: retryable and down; back up on the same port: reconnects, delivers, health up again', async () => {
  const c = await collector('tcp');
  const s = sink({ address: c.url, protocol: 'tcp', framing: 'octet_counting', connect_timeout_ms: 500 });
  expect(accepted(await s.send(batch(0, 5)))).toBe(true);
  expect(await c.until(5)).toBe(true);
  await c.stop();
  await new Promise((r) => setTimeout(r, 50));
  const down = await s.send(batch(5, 5));
  expect(down.every((o) => o.status === 'retryable')).toBe(true);
  expect(s.health()).toMatchObject({ state: 'down', lastError: expect.stringMatching(/127\.0\.0\.1/) });
  await c.start();
  // The transport reconnects by itself (with backoff) and shows the sink up before any traffic.
  const until = Date.now() + 5_000;
  while (s.health().state !== 'up' && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  expect(s.health()).toMatchObject({ state: 'up', reconnects: 1 });
  expect(accepted(await s.send(batch(5, 5)))).toBe(true);
  expect(await c.until(10)).toBe(true);
  expect(c.texts().map((t) => JSON.parse(parseRfc5424(t).msg).seq)).toEqual(Array.from({ length: 10 }, (_, i) => i));
  expect(c.partial).toBe(0);
});

test('a collector that stops reading: the batch times out, the connection is dropped, the batch is retryable', async () => {
  const server = createServer((socket) => socket.pause());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  try {
    const s = sink({
      address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
      protocol: 'tcp',
      write_timeout_ms: 300,
    });
    const huge = Array.from({ length: 200 }, (_, i) => rec(i, `{"pad":"${'x'.repeat(60_000)}"}`));
    const outcomes = await s.send(huge);
    expect(outcomes[0]).toMatchObject({
      status: 'retryable',
      error: expect.stringMatching(/took no bytes for 300 ms/),
    });
    expect(s.health().state).toBe('down');
  } finally {
    server.close();
  }
});

test('factory: builds from a routes-file block; a closed sink answers retryable', async () => {
  const made = syslogSinkFactory.create(
    { address: '127.0.0.1:9', protocol: 'udp' },
    { route: 'r', name: 'siem', logger: silentLogger(), secret: (v) => String(v) },
  );
  expect([made.type, made.name, syslogSinkFactory.policy?.concurrency]).toEqual(['syslog', 'siem', 2]);
  await made.close();
  expect(await made.send([rec(1)])).toEqual([{ status: 'retryable', error: 'syslog sink siem is closed' }]);
});
