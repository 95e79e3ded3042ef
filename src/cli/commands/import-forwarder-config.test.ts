import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/support/cli-run';
import { makeTestPki } from '../../../test/support/test-pki';

const dir = mkdtempSync(join(tmpdir(), 'cbb-import-'));

/** A forwarder configuration as sites write it: Kafka output, raw events from the raw exchange, hits. */
const FORWARDER_INI = `[bridge]
message_processor_count=4
server_name=cb-lab
rabbit_mq_username=cb
rabbit_mq_password=Rabbit-Secret-1
cb_server_hostname=cb.lab.example
cb_server_url=https://cb.lab.example
output_type=kafka
output_format=json
use_raw_sensor_exchange=true
events_raw_sensor=ALL
events_watchlist=ALL
events_feed=ALL
events_alert=0
events_binary_observed=0
events_binary_upload=0

[kafka]
brokers=kafka-1.lab.example:9093
topic_suffix=-lab
protocol=SASL_SSL
mechanism=PLAIN
username=forwarder
password=Kafka-Secret-2
`;

test('writes routes that pass `check`, settings and 0600 secret files; no secret value in the routes, settings or output', async () => {
  const ini = join(dir, 'cb-event-forwarder.conf');
  writeFileSync(ini, FORWARDER_INI);
  const out = join(dir, 'out');
  const r = await runCli([
    'import-forwarder-config',
    ini,
    '--out',
    out,
    '--secrets-dir',
    '/etc/cb-event-bridge/secrets',
  ]);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
  expect(r.out).toContain('route forwarder: watchlist.#, feed.#; route forwarder-raw: ingress.event.#');
  expect(r.out).toContain('message_processor_count=4: not carried over');

  const routes = readFileSync(join(out, 'routes.yaml'), 'utf8');
  const env = readFileSync(join(out, 'bridge.env'), 'utf8');
  expect(routes).toContain('password: ${file:/etc/cb-event-bridge/secrets/kafka-password}');
  expect(env).toContain('CB_BRIDGE_AMQP_URL_FILE=/etc/cb-event-bridge/secrets/amqp-url');
  expect(env).toContain('CB_BRIDGE_SERVER_NAME=cb-lab');
  for (const text of [routes, env, r.out]) {
    expect(text).not.toContain('Rabbit-Secret-1');
    expect(text).not.toContain('Kafka-Secret-2');
  }
  expect(readFileSync(join(out, 'secrets', 'amqp-url'), 'utf8').trim()).toBe(
    'amqp://cb:Rabbit-Secret-1@cb.lab.example:5004',
  );
  expect(statSync(join(out, 'secrets', 'kafka-password')).mode & 0o777).toBe(0o600);

  const check = await runCli(['check', '--config', join(out, 'routes.yaml'), '--skip-secrets']);
  expect({ code: check.code, err: check.err }).toEqual({ code: 0, err: '' });
  expect(check.out).toContain('api.rawsensordata → #');
});

test.each([
  [
    'syslog over TLS with the [syslog] CA, client certificate and key',
    'output_type=syslog\noutput_format=leef\nsyslogout=tcp+tls:qradar-ec.lab.example:6514',
    'protocol: tls',
  ],
  ['syslog over UDP', 'output_type=syslog\nsyslogout=udp:10.0.0.7:514', 'protocol: udp'],
  ['LEEF over bare TCP', 'output_type=tcp\noutput_format=leef\ntcpout=10.0.0.7:514', 'protocol: tcp'],
])('%s: routes with the syslog sink that pass `check`', async (name, output, protocol) => {
  const pki = makeTestPki('forwarder-syslog');
  const ini = join(dir, `${protocol.replace(': ', '-')}.conf`);
  writeFileSync(
    ini,
    `[bridge]\nserver_name=cb-lab\n${output}\nevents_watchlist=ALL\nevents_feed=ALL\nevents_raw_sensor=0\n\n` +
      `[syslog]\nca_cert=${pki.path('ca.pem')}\nclient_cert=${pki.path('client.pem')}\nclient_key=${pki.path('client.key')}\nserver_cname=qradar-ec\n`,
  );
  const out = join(dir, `syslog-${protocol.replace(': ', '-')}`);
  const r = await runCli(['import-forwarder-config', ini, '--out', out]);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
  const routes = readFileSync(join(out, 'routes.yaml'), 'utf8');
  expect(routes).toContain('type: syslog');
  expect(routes).toContain(protocol);
  expect(routes).not.toContain('forwarder-events.jsonl');
  if (protocol === 'protocol: tls') expect(routes).toContain(`ca: ${pki.path('ca.pem')}`);
  else expect(r.out).toContain('ca_cert, client_cert, client_key, server_cname: not used');

  const check = await runCli(['check', '--config', join(out, 'routes.yaml')]);
  expect({ code: check.code, err: check.err }).toEqual({ code: 0, err: '' });
  expect({ name, sinks: /sinks\s+(\S+)/.exec(check.out)?.[1] }).toEqual({ name, sinks: 'syslog/forwarder-syslog' });
});

test('[syslog] TLS files not on this machine: the routes are written, the files named as to be installed, and `check` still insists on them', async () => {
  const ini = join(dir, 'syslog-elsewhere.conf');
  const ca = join(dir, 'not-here', 'ca.pem');
  writeFileSync(
    ini,
    `[bridge]\noutput_type=syslog\nsyslogout=tcp+tls:collector.lab.example:6514\nevents_watchlist=ALL\n\n[syslog]\nca_cert=${ca}\n`,
  );
  const out = join(dir, 'syslog-elsewhere');
  const r = await runCli(['import-forwarder-config', ini, '--out', out]);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
  expect(r.out).toContain(
    `routes[0].sinks[0].tls.ca: cannot read ${ca}: ENOENT; install the file there (or change the path)`,
  );
  const check = await runCli(['check', '--config', join(out, 'routes.yaml')]);
  expect(check.code).toBe(1);
  expect(check.err).toContain(`tls.ca: cannot read ${ca}: ENOENT`);
});

test('does not overwrite without --force', async () => {
  const ini = join(dir, 'again.conf');
  writeFileSync(ini, FORWARDER_INI);
  const out = join(dir, 'twice');
  expect((await runCli(['import-forwarder-config', ini, '--out', out])).code).toBe(0);
  const again = await runCli(['import-forwarder-config', ini, '--out', out]);
  expect(again.code).toBe(1);
  expect(again.err).toBe(
    `cb-event-bridge: import-forwarder-config: ${join(out, 'routes.yaml')} exists; pass --force to overwrite it\n`,
  );
  expect((await runCli(['import-forwarder-config', ini, '--out', out, '--force'])).code).toBe(0);
});

test('a file that is not a forwarder configuration, or is missing: one line, exit 1, nothing written', async () => {
  const yaml = join(dir, 'forwarder-4.yaml');
  writeFileSync(yaml, 'input:\n  cbresponse:\n    cb_server_url: https://cb\n');
  const out = join(dir, 'none');
  const r = await runCli(['import-forwarder-config', yaml, '--out', out]);
  expect(r.code).toBe(1);
  expect(r.err).toBe(
    `cb-event-bridge: import-forwarder-config: ${yaml} has no [bridge] section: it is not a cb-event-forwarder INI configuration (the 4.x YAML format is not supported)\n`,
  );
  expect(existsSync(out)).toBe(false);
  const missing = await runCli(['import-forwarder-config', join(dir, 'nope.conf')]);
  expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('cannot be read: ENOENT') });
  expect((await runCli(['import-forwarder-config'])).code).toBe(2);
});
