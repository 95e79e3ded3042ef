import { ForwarderConfigError, importForwarderConfig } from './forwarder-config';

const ini = (bridge: string, extra = ''): string => `[bridge]\n${bridge}\n${extra}`;
const only = (events: string): string =>
  [
    'events_raw_sensor',
    'events_watchlist',
    'events_feed',
    'events_alert',
    'events_binary_observed',
    'events_binary_upload',
  ]
    .map((k) => `${k}=${events.includes(k) ? events.split(`${k}=`)[1].split('\n')[0] : '0'}`)
    .join('\n');

test('ALL selections become the topic patterns of every numbered key; the forwarder JSON is the normalized format', () => {
  const r = importForwarderConfig(
    ini(
      'output_type=stdout\nevents_watchlist=ALL\nevents_feed=ALL\nevents_alert=ALL\nevents_binary_observed=ALL\nevents_binary_upload=ALL\nevents_raw_sensor=0',
    ),
  );
  expect(r.routes.routes).toEqual([
    {
      name: 'forwarder',
      match: ['watchlist.#', 'feed.#', 'alert.#', 'binaryinfo.#', 'binarystore.#'],
      exchanges: ['api.events'],
      format: 'normalized',
      sinks: [{ type: 'stdout', name: 'forwarder-stdout' }],
    },
  ]);
});

test('raw events from the raw exchange get a route of their own; a file output gets a second file for them', () => {
  const r = importForwarderConfig(
    ini(
      `output_type=file\noutfile=/var/cb/data/out.json\nuse_raw_sensor_exchange=true\n${only('events_raw_sensor=ALL\nevents_feed=feed.*.storage.hit.process')}`,
    ),
  );
  expect(r.routes.routes.map((x) => [x.name, x.match, x.exchanges])).toEqual([
    ['forwarder', ['feed.*.storage.hit.process'], ['api.events']],
    ['forwarder-raw', ['ingress.event.#'], ['api.rawsensordata']],
  ]);
  expect((r.routes.routes[1].sinks as Array<{ path: string }>)[0].path).toBe('/var/cb/data/out-raw.json');
  expect(r.notes.join('\n')).toContain('their own route and file');
});

test('raw events without the raw exchange stay on api.events, with a note', () => {
  const r = importForwarderConfig(
    ini(`output_type=stdout\n${only('events_raw_sensor=ingress.event.process,ingress.event.netconn')}`),
  );
  expect(r.routes.routes[0]).toMatchObject({
    match: ['ingress.event.process', 'ingress.event.netconn'],
    exchanges: ['api.events'],
  });
  expect(r.notes.join('\n')).toContain('without use_raw_sensor_exchange');
});

test('broker settings become an AMQP URL secret (escaped), never a value in the settings', () => {
  const r = importForwarderConfig(
    ini(
      `rabbit_mq_username=cb\nrabbit_mq_password=p@ss:w/rd\ncb_server_hostname=cb.example.com\nrabbit_mq_use_tls=true\nrabbit_mq_queue_name=soc\nserver_name=prod\ncb_server_url=https://cb.example.com\nuse_time_float=true\nlog_level=WARNING\noutput_type=stdout\n${only('events_watchlist=ALL')}`,
    ),
  );
  expect(r.secrets['amqp-url']).toBe('amqps://cb:p%40ss%3Aw%2Frd@cb.example.com:5004');
  expect(r.env.map((e) => [e.name, e.value])).toEqual([
    ['CB_BRIDGE_AMQP_URL_FILE', '@secret:amqp-url'],
    ['CB_BRIDGE_QUEUE_PREFIX', 'soc'],
    ['CB_BRIDGE_SERVER_NAME', 'prod'],
    ['CB_BRIDGE_SERVER_URL', 'https://cb.example.com'],
    ['CB_BRIDGE_FLOAT_TIMESTAMPS', 'true'],
    ['CB_BRIDGE_LOG_LEVEL', 'warn'],
  ]);
  expect(JSON.stringify(r.env)).not.toContain('p@ss');
});

test('no broker user (the forwarder read cb.conf): a note says where the URL comes from', () => {
  const r = importForwarderConfig(ini(`output_type=stdout\n${only('events_watchlist=ALL')}`));
  expect(r.secrets['amqp-url']).toBeUndefined();
  expect(r.notes[0]).toContain('/etc/cb/cb.conf');
});

test('splunk: the URL after the temporary folder, the HEC token as a secret, TLS settings', () => {
  const r = importForwarderConfig(
    ini(
      `output_type=splunk\nsplunkout=/var/tmp/x:https://splunk:8088/services/collector/event\n${only('events_alert=ALL')}`,
      '[splunk]\nhec_token=abc-123\ntls_verify=false\nca_cert=/etc/ca.pem\nserver_cname=x',
    ),
  );
  expect(r.routes.routes[0].sinks).toEqual([
    {
      type: 'splunk_hec',
      name: 'forwarder-splunk',
      url: 'https://splunk:8088/services/collector/event',
      token: '@secret:hec-token',
      tls: { ca_file: '/etc/ca.pem', verify: false },
    },
  ]);
  expect(r.secrets['hec-token']).toBe('abc-123');
  expect(r.notes.join('\n')).toContain('[splunk] server_cname');
});

test('http: a JSON-array webhook with the Authorization header as a secret, gzip; the Go template is named as not carried over', () => {
  const r = importForwarderConfig(
    ini(
      `output_type=http\nhttpout=https://siem.example.com/api\n${only('events_feed=ALL')}`,
      '[http]\nauthorization_token=Basic QWxh\ncompress_http_payload=true\ncontent_type=application/json\nhttp_post_template={"a":[{{range .Events}}{{.EventText}}{{end}}]}\noauth_jwt_client_email=x@y',
    ),
  );
  expect(r.routes.routes[0].sinks).toEqual([
    {
      type: 'webhook',
      name: 'forwarder-http',
      url: 'https://siem.example.com/api',
      body: 'json_array',
      content_type: 'application/json',
      gzip: true,
      auth: { header: { name: 'Authorization', value: '@secret:http-authorization' } },
    },
  ]);
  expect(r.notes.join('\n')).toMatch(/http_post_template[\s\S]*oauth_jwt_client_email/);
});

test('kafka: brokers, topic by event type with the suffix, SASL over TLS with the password as a secret', () => {
  const r = importForwarderConfig(
    ini(
      `output_type=kafka\noutput_format=leef\n${only('events_watchlist=ALL')}`,
      '[kafka]\nbrokers=k1:9092, k2:9092\ntopic_suffix=-prod\nprotocol=SASL_SSL\nmechanism=SCRAM-SHA-512\nusername=u\npassword=pw',
    ),
  );
  expect(r.routes.routes[0]).toMatchObject({
    format: 'leef',
    sinks: [
      {
        type: 'kafka',
        brokers: ['k1:9092', 'k2:9092'],
        topic: '{@type}',
        topic_suffix: '-prod',
        tls: true,
        sasl: { mechanism: 'scram-sha-512', username: 'u', password: '@secret:kafka-password' },
      },
    ],
  });
  expect(r.secrets['kafka-password']).toBe('pw');
});

test("syslog: the syslog sink with the forwarder's header (RFC 3164, kern, info, its own host), newline framing, [syslog] TLS files", () => {
  const r = importForwarderConfig(
    ini(
      `output_type=syslog\noutput_format=leef\nsyslogout=tcp+tls:qradar.example.com:6514\n${only('events_watchlist=ALL')}`,
      '[syslog]\nca_cert=/etc/cb/ca.pem\nclient_cert=/etc/cb/client.pem\nclient_key=/etc/cb/client.key\ntls_verify=false\nserver_cname=qradar-ec',
    ),
  );
  expect(r.routes.routes[0]).toMatchObject({ format: 'leef' });
  expect(r.routes.routes[0].sinks).toEqual([
    {
      type: 'syslog',
      name: 'forwarder-syslog',
      address: 'qradar.example.com:6514',
      protocol: 'tls',
      rfc: 3164,
      framing: 'newline',
      facility: 'kern',
      severity: 'info',
      hostname_from_event: false,
      tls: {
        ca: '/etc/cb/ca.pem',
        cert: '/etc/cb/client.pem',
        key: '/etc/cb/client.key',
        server_name: 'qradar-ec',
        verify: false,
      },
    },
  ]);
  expect(r.notes.join('\n')).toContain('[syslog] the TAG of each message is cb-event-bridge');
  expect(r.notes.join('\n')).not.toContain('forwarder-events.jsonl');
});

test('syslog over tcp and udp: no framing on udp, the cut at 2048 bytes named; [syslog] TLS settings without TLS are named as unused', () => {
  const tcp = importForwarderConfig(
    ini(
      `output_type=syslog\nsyslogout=tcp:[fd00::5]:514\n${only('events_feed=ALL')}`,
      '[syslog]\nca_cert=/etc/cb/ca.pem',
    ),
  );
  expect(tcp.routes.routes[0].sinks).toEqual([
    expect.objectContaining({ type: 'syslog', address: '[fd00::5]:514', protocol: 'tcp', framing: 'newline' }),
  ]);
  expect((tcp.routes.routes[0].sinks as Array<Record<string, unknown>>)[0]).not.toHaveProperty('tls');
  expect(tcp.notes).toContain('[syslog] ca_cert: not used, the output is tcp without TLS');
  const udp = importForwarderConfig(ini(`output_type=syslog\nsyslogout=udp:10.1.2.3:514\n${only('events_feed=ALL')}`));
  expect(udp.routes.routes[0].sinks).toEqual([
    {
      type: 'syslog',
      name: 'forwarder-syslog',
      address: '10.1.2.3:514',
      protocol: 'udp',
      rfc: 3164,
      facility: 'kern',
      severity: 'info',
      hostname_from_event: false,
    },
  ]);
  expect(udp.notes.join('\n')).toContain('over 2048 bytes are cut');
});

test('tcp and udp outputs carrying LEEF go to the syslog sink, the added header named', () => {
  for (const [type, setting] of [
    ['tcp', 'tcpout=10.0.0.9:514'],
    ['udp', 'udpout=10.0.0.9:514'],
  ]) {
    const r = importForwarderConfig(
      ini(`output_type=${type}\noutput_format=leef\n${setting}\n${only('events_watchlist=ALL')}`),
    );
    expect(r.routes.routes[0].sinks).toEqual([
      {
        type: 'syslog',
        name: 'forwarder-syslog',
        address: '10.0.0.9:514',
        protocol: type,
        rfc: 3164,
        hostname_from_event: false,
        ...(type === 'tcp' ? { framing: 'newline' } : {}),
      },
    ]);
    expect(r.notes.join('\n')).toContain(`output_type=${type} (${setting}): the LEEF events go to the \`syslog\` sink`);
  }
});

test('outputs the bridge has no sink for (bare JSON over tcp or udp, s3): a file stands in, and the note says so', () => {
  for (const [type, setting, why] of [
    ['tcp', 'tcpout=1.2.3.4:99', 'only as syslog messages'],
    ['udp', 'udpout=1.2.3.4:99', 'only as syslog messages'],
    ['s3', 's3out=bucket', 'no s3 sink'],
  ]) {
    const r = importForwarderConfig(ini(`output_type=${type}\n${setting}\n${only('events_watchlist=ALL')}`));
    expect(r.routes.routes[0].sinks).toEqual([
      { type: 'file', name: 'forwarder-file', path: '/var/lib/cb-event-bridge/forwarder-events.jsonl' },
    ]);
    expect(r.notes.join('\n')).toContain(`output_type=${type} (${setting}): the bridge`);
    expect(r.notes.join('\n')).toContain(why);
  }
});

test('settings with no equivalent are each named; secrets in them are not repeated', () => {
  const r = importForwarderConfig(
    ini(
      `output_type=stdout\nmessage_processor_count=8\nrabbit_mq_automatic_acking=true\napi_token=SECRET-TOKEN\n${only('events_watchlist=ALL')}`,
    ),
  );
  expect(
    r.notes.filter((n) => /^(message_processor_count|rabbit_mq_automatic_acking|api_token)=/.test(n)),
  ).toHaveLength(3);
  expect(r.notes.join('\n')).not.toContain('SECRET-TOKEN');
});

test.each([
  ['no [bridge] section', 'input:\n  cbresponse: {}\n', 'no [bridge] section'],
  ['nothing selected', ini(`output_type=stdout\n${only('')}`), 'selects no events'],
  [
    'an unknown output',
    ini(`output_type=carrier-pigeon\n${only('events_watchlist=ALL')}`),
    'output_type=carrier-pigeon',
  ],
  ['splunk without its URL', ini(`output_type=splunk\n${only('events_watchlist=ALL')}`), 'splunkout is empty'],
  [
    'an unknown format',
    ini(`output_type=stdout\noutput_format=cef\n${only('events_watchlist=ALL')}`),
    'output_format=cef',
  ],
  ['syslog without its address', ini(`output_type=syslog\n${only('events_watchlist=ALL')}`), 'syslogout is empty'],
  [
    'syslog with an unknown protocol',
    ini(`output_type=syslog\nsyslogout=sctp:h:514\n${only('events_watchlist=ALL')}`),
    'syslogout=sctp:h:514: expected <protocol>:<host>:<port>, protocol tcp+tls, tcp or udp',
  ],
  [
    'syslog without a port',
    ini(`output_type=syslog\nsyslogout=tcp:collector\n${only('events_watchlist=ALL')}`),
    'syslogout=tcp:collector: expected',
  ],
  [
    'tcp without a port',
    ini(`output_type=tcp\noutput_format=leef\ntcpout=collector\n${only('events_watchlist=ALL')}`),
    'tcpout=collector: expected <host>:<port>',
  ],
])('%s: a one-line error', (_name, text, message) => {
  expect(() => importForwarderConfig(text)).toThrow(ForwarderConfigError);
  expect(() => importForwarderConfig(text)).toThrow(message);
});
