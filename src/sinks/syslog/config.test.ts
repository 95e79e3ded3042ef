import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseRoutes } from '../../config/routes-file';
import { RoutesConfigError } from '../../config/routes-config-error';
import { checkSyslogSinkConfig, resolveSyslogSinkConfig, SYSLOG_SINK_CONFIG_SCHEMA } from './config';
import { SyslogSinkConfigError } from './errors';
import { makeTestPki } from '../../../test/support/test-pki';

const routes = (sink: string): string => `routes:
  - name: siem
    match: ["#"]
    format: cef
    sinks:
      - type: syslog
${sink
  .split('\n')
  .map((l) => `        ${l}`)
  .join('\n')}
`;

function problems(sink: string): string[] {
  try {
    parseRoutes(routes(sink), 'routes.yaml');
  } catch (err) {
    if (err instanceof RoutesConfigError) return err.message.split('\n');
    throw err;
  }
  return [];
}

test('the schema is strict draft-07 and describes every property', () => {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  ajv.addKeyword('x-hint');
  expect(() => ajv.compile(SYSLOG_SINK_CONFIG_SCHEMA)).not.toThrow();
  for (const [name, p] of Object.entries(SYSLOG_SINK_CONFIG_SCHEMA.properties))
    expect([name, typeof (p as { description?: string }).description]).toEqual([name, 'string']);
});

test('defaults: tcp with newline framing, tls with octet counting on 6514, local0, severity from the event', () => {
  expect(resolveSyslogSinkConfig({ address: 'siem.example' }, { hostname: () => 'me' })).toMatchObject({
    protocol: 'tcp',
    host: 'siem.example',
    port: 514,
    rfc: 5424,
    framing: 'newline',
    severity: null,
    appName: 'cb-event-bridge',
    hostname: 'me',
    hostnameFromEvent: true,
    sdId: null,
    facility: { endpoint: 16, detection: 16, binary: 16, server: 16 },
    tls: null,
  });
  expect(resolveSyslogSinkConfig({ address: 'siem.example', protocol: 'tls' })).toMatchObject({
    port: 6514,
    framing: 'octet_counting',
    tls: { rejectUnauthorized: true, servername: 'siem.example' },
  });
  expect(resolveSyslogSinkConfig({ address: '[::1]:1514', protocol: 'udp', severity: 'warning' })).toMatchObject({
    host: '::1',
    port: 1514,
    severity: 4,
    udpMaxBytes: 2048,
    udpOversize: 'truncate',
  });
});

test('the address may be a reference, resolved when the sink is made (check leaves it alone)', () => {
  const secret = (v: unknown) =>
    v === '${SIEM_ADDR}' ? '[2001:db8::5]:1514' : v === '${BAD}' ? 'not an address' : String(v);
  expect(resolveSyslogSinkConfig({ address: '${SIEM_ADDR}', protocol: 'tls' }, { secret })).toMatchObject({
    host: '2001:db8::5',
    port: 1514,
    tls: { rejectUnauthorized: true },
  });
  expect(() => resolveSyslogSinkConfig({ address: '${BAD}' }, { secret })).toThrow(
    'syslog sink config: address ${BAD} does not resolve to HOST:PORT',
  );
  expect(checkSyslogSinkConfig({ address: '${SIEM_ADDR}' })).toEqual([]);
  expect(checkSyslogSinkConfig({ address: '${SIEM_ADDR}:514' })[0].field).toBe('address');
});

test('settings that do not go together are each reported with their field', () => {
  const found = checkSyslogSinkConfig({
    address: 'h:70000',
    protocol: 'udp',
    framing: 'newline',
    tls: { cert: '/nope.pem' },
    rfc: 3164,
    structured_data: true,
    app_name: 'cb:bridge',
  });
  expect(found.map((p) => p.field)).toEqual(
    expect.arrayContaining(['address', 'framing', 'tls', 'tls.key', 'structured_data']),
  );
  expect(checkSyslogSinkConfig({ address: 'h:514', protocol: 'tcp', udp_max_bytes: 1000 })).toEqual([
    { field: 'udp_max_bytes', message: 'udp_max_bytes applies to protocol: udp (protocol is tcp)' },
  ]);
  expect(checkSyslogSinkConfig({ address: 'h:514', rfc: 3164, app_name: 'x'.repeat(40) })[0].field).toBe('app_name');
  expect(() => resolveSyslogSinkConfig({ address: 'h', protocol: 'carrier-pigeon' })).toThrow(SyslogSinkConfigError);
});

test('TLS files: read, unreadable ones named, a key that does not fit its certificate refused', () => {
  const pki = makeTestPki('syslog-config');
  const ok = resolveSyslogSinkConfig({
    address: '127.0.0.1:6514',
    protocol: 'tls',
    tls: { ca: pki.path('ca.pem'), cert: pki.path('client.pem'), key: pki.path('client.key') },
  });
  expect(ok.tls?.ca?.equals(pki.pem('ca.pem'))).toBe(true);
  expect(ok.tls?.servername).toBeUndefined();
  expect(checkSyslogSinkConfig({ address: 'h', protocol: 'tls', tls: { ca: join(pki.dir, 'missing.pem') } })).toEqual([
    { field: 'tls.ca', message: `tls.ca: cannot read ${join(pki.dir, 'missing.pem')}: ENOENT` },
  ]);
  expect(
    checkSyslogSinkConfig({
      address: 'h',
      protocol: 'tls',
      tls: { cert: pki.path('client.pem'), key: pki.path('server.key') },
    })[0].field,
  ).toBe('tls.key');
});

test('check reports bad syslog blocks with file, line and field, together with schema problems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-syslog-check-'));
  writeFileSync(join(dir, 'ca.pem'), 'not a certificate');
  expect(problems('address: "siem:6514"\nprotocol: tls\ntls:\n  ca: ' + join(dir, 'ca.pem'))).toEqual([
    expect.stringMatching(
      /^routes\.yaml:10:15: routes\[0\]\.sinks\[0\]\.tls\.ca: tls\.ca: .*ca\.pem holds no PEM certificate$/,
    ),
  ]);
  expect(problems('address: "siem:514"\nprotocol: udp\nframing: octet_counting')).toEqual([
    'routes.yaml:9:18: routes[0].sinks[0].framing: framing applies to tcp and tls; udp sends one message per datagram',
  ]);
  expect(problems('address: "siem:514"\nrfc: 5425\nfacilty: local4')).toEqual([
    'routes.yaml:8:14: routes[0].sinks[0].rfc: 5425 is not one of: 5424, 3164',
    "routes.yaml:9:9: routes[0].sinks[0]: unknown property 'facilty' (did you mean 'facility'?)",
  ]);
  expect(problems('address: "siem:514"\nfacility: { detection: local9 }')[0]).toMatch(
    /^routes\.yaml:8:\d+: routes\[0\]\.sinks\[0\]\.facility: /,
  );
  expect(
    problems('address: "siem:514"\nprotocol: tls\nfacility: { detection: auth, default: 20 }\nstructured_data: true'),
  ).toEqual([]);
});
