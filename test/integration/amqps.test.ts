import { writeFileSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer, type TLSSocket } from 'node:tls';
import { join } from 'node:path';
import { loadSettings } from '../../src/config/settings';
import { loadRoutesFile } from '../../src/config/routes-file';
import { silentLogger } from '../../src/observability/logger';
import { Bridge } from '../../src/app/bridge';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic } from '../../src/simulate/traffic';
import { AMQP_URL, uniquePrefix, deleteByPrefix, waitFor } from '../support/broker';
import { tempDir, lines } from '../support/bridge-fixture';
import { makeTestPki } from '../support/test-pki';

jest.setTimeout(60_000);

/**
 * amqps:// against the real broker through a TLS front that asks for a client certificate and
 * checks it against the test CA, then passes the bytes on to the broker's plain AMQP port — what a
 * TLS-terminating load balancer in front of a CB server's RabbitMQ does.
 */
const pki = makeTestPki('amqps');
const broker = new URL(AMQP_URL);
const clientNames: string[] = [];
let front: TlsServer;
let frontPort = 0;

beforeAll(async () => {
  front = createTlsServer(
    {
      key: pki.pem('server.key'),
      cert: pki.pem('server.pem'),
      ca: pki.pem('ca.pem'),
      requestCert: true,
      rejectUnauthorized: true,
    },
    (socket: TLSSocket) => {
      clientNames.push(String(socket.getPeerCertificate().subject?.CN ?? ''));
      const upstream = netConnect(Number(broker.port || 5672), broker.hostname);
      socket.pipe(upstream).pipe(socket);
      const close = (): void => {
        socket.destroy();
        upstream.destroy();
      };
      socket.on('error', close);
      upstream.on('error', close);
      socket.on('close', close);
      upstream.on('close', close);
    },
  );
  front.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  frontPort = (front.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => front.close(() => resolve()));
});

/** A bridge whose AMQP URL is amqps:// to the TLS front, with `tls` settings; not yet started. */
function tlsBridge(name: string, tls: Record<string, string>): { bridge: Bridge; out: string; prefix: string } {
  const dir = tempDir(`amqps-${name}`);
  const prefix = uniquePrefix(`amqps-${name}`);
  const out = join(dir, 'events.jsonl');
  const routesPath = join(dir, 'routes.yaml');
  writeFileSync(
    routesPath,
    `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: all
    match: ["ingress.event.process"]
    sinks: [{ type: file, path: ${out} }]
`,
  );
  const url = new URL(AMQP_URL);
  url.protocol = 'amqps:';
  url.hostname = '127.0.0.1';
  url.port = String(frontPort);
  const settings = loadSettings([], {
    CB_BRIDGE_AMQP_URL: url.toString(),
    CB_BRIDGE_ROUTES: routesPath,
    CB_BRIDGE_QUEUE_PREFIX: prefix,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_RECONNECT_MAX_MS: '1000',
    ...tls,
  });
  return { bridge: new Bridge(settings, loadRoutesFile(routesPath), silentLogger()), out, prefix };
}

test('with the CA and a client certificate the bridge connects over TLS and events flow', async () => {
  const { bridge, out, prefix } = tlsBridge('ok', {
    CB_BRIDGE_AMQP_CA_FILE: pki.path('ca.pem'),
    CB_BRIDGE_AMQP_CERT_FILE: pki.path('client.pem'),
    CB_BRIDGE_AMQP_KEY_FILE: pki.path('client.key'),
  });
  const publisher = new CbPublisher({ url: AMQP_URL, declare: true, persistent: false });
  try {
    await bridge.start();
    await bridge.source.connected();
    expect(clientNames).toContain('cb-event-bridge');
    await publisher.open();
    const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 7);
    let sent = 0;
    while (sent < 20) {
      const m = traffic.next('protobuf');
      if (m.routingKey !== 'ingress.event.process') continue;
      await publisher.publish(m);
      sent++;
    }
    await publisher.flush();
    expect(await waitFor(() => lines(out).length >= 20, 20_000)).toBe(true);
    expect(lines(out).every((l) => (JSON.parse(l) as { type: string }).type === 'ingress.event.procstart')).toBe(true);
  } finally {
    await publisher.close().catch(() => undefined);
    await bridge.stop();
    await deleteByPrefix(prefix);
  }
});

test('a server certificate from another CA is refused, and the reason is kept for health', async () => {
  const { bridge, prefix } = tlsBridge('wrong-ca', {
    CB_BRIDGE_AMQP_CA_FILE: pki.path('other-ca.pem'),
    CB_BRIDGE_AMQP_CERT_FILE: pki.path('client.pem'),
    CB_BRIDGE_AMQP_KEY_FILE: pki.path('client.key'),
  });
  try {
    await bridge.start();
    expect(await waitFor(() => bridge.source.lastError !== null, 15_000)).toBe(true);
    expect(bridge.source.lastError).toMatch(/certificate/i);
    expect(bridge.source.state).not.toBe('connected');
  } finally {
    await bridge.stop();
    await deleteByPrefix(prefix);
  }
});

test('without a client certificate the TLS front refuses the connection', async () => {
  const { bridge, prefix } = tlsBridge('no-client-cert', { CB_BRIDGE_AMQP_CA_FILE: pki.path('ca.pem') });
  try {
    await bridge.start();
    expect(await waitFor(() => bridge.source.lastError !== null, 15_000)).toBe(true);
    expect(bridge.source.state).not.toBe('connected');
  } finally {
    await bridge.stop();
    await deleteByPrefix(prefix);
  }
});

test('verify_tls false accepts a server certificate no configured CA signed', async () => {
  const { bridge, prefix } = tlsBridge('unverified', {
    CB_BRIDGE_AMQP_VERIFY_TLS: 'false',
    CB_BRIDGE_AMQP_CERT_FILE: pki.path('client.pem'),
    CB_BRIDGE_AMQP_KEY_FILE: pki.path('client.key'),
  });
  try {
    await bridge.start();
    await bridge.source.connected();
    expect(bridge.source.state).toBe('connected');
  } finally {
    await bridge.stop();
    await deleteByPrefix(prefix);
  }
});
