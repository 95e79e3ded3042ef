import { parse as parseIni } from 'ini';

/**
 * The CB event forwarder's INI configuration (cb-event-forwarder.conf, [bridge] plus the [splunk],
 * [http], [kafka] and [syslog] sections) translated to what the bridge reads: a routes file, process
 * settings (CB_BRIDGE_* variables) and the secrets they refer to. Whatever has no equivalent is
 * named in `notes`, never silently dropped.
 */
export interface ForwarderImport {
  /** The routes file, as data (stringified as YAML by the caller). */
  routes: { dead_letter: Record<string, unknown>; routes: Array<Record<string, unknown>> };
  /** Process settings, in order. */
  env: Array<{ name: string; value: string; comment?: string }>;
  /** Secret values by file name (written to the secrets folder, referenced as ${file:...}). */
  secrets: Record<string, string>;
  /** One line each: a forwarder setting that was not carried over, or carried over differently. */
  notes: string[];
}

/** A file that is not a forwarder configuration the command can read. */
export class ForwarderConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForwarderConfigError';
  }
}

type Section = Record<string, string>;

/** events_* settings: the forwarder's ALL and the patterns it stands for. */
const EVENT_SELECTIONS: ReadonlyArray<{ key: string; all: string; raw: boolean }> = [
  { key: 'events_raw_sensor', all: 'ingress.event.#', raw: true },
  { key: 'events_watchlist', all: 'watchlist.#', raw: false },
  { key: 'events_feed', all: 'feed.#', raw: false },
  { key: 'events_alert', all: 'alert.#', raw: false },
  { key: 'events_binary_observed', all: 'binaryinfo.#', raw: false },
  { key: 'events_binary_upload', all: 'binarystore.#', raw: false },
  { key: 'events_storage_partition', all: 'events.partition.#', raw: false },
];

/** [bridge] settings with no equivalent, and why. */
const NOT_MAPPED: Record<string, string> = {
  message_processor_count: 'the bridge sizes its decode workers itself (CB_BRIDGE_DECODE_WORKERS, CB_BRIDGE_CONSUMERS)',
  rabbit_mq_automatic_acking:
    'the bridge always acknowledges a message only after every sink took its events (at least once); there is no automatic acking',
  http_server_port:
    "the forwarder's diagnostics port; the bridge serves its admin API, status page and /metrics on CB_BRIDGE_ADMIN_PORT (default 9464)",
  debug: 'use CB_BRIDGE_LOG_LEVEL=debug',
  debug_store: 'messages that cannot be decoded are kept in the dead-letter file with their body',
  audit_log: 'the bridge logs pino JSON; there is no separate audit log',
  api_token: 'post-processing through the CB REST API (report_title in feed hits) is not done by the bridge',
  api_verify_ssl: 'post-processing through the CB REST API is not done by the bridge',
  compression_type: 'file sinks compress with gzip only (`gzip: true`)',
};

/** syslogout's protocols and the syslog sink's. */
const SYSLOG_PROTOCOLS: Record<string, 'tls' | 'tcp' | 'udp'> = { 'tcp+tls': 'tls', tcp: 'tcp', udp: 'udp' };

/** HOST:PORT as the forwarder dials it (an IPv6 address in brackets). */
const HOST_PORT = /^(\[[0-9A-Fa-f:.]+\]|[^\s:/[\]@]+):\d{1,5}$/;

/** Where events go when the output has no sink of its own: a file for a log shipper to pick up. */
const STAND_IN_FILE = '/var/lib/cb-event-bridge/forwarder-events.jsonl';

const LOG_LEVELS: Record<string, string> = {
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  warning: 'warn',
  error: 'error',
  fatal: 'fatal',
  critical: 'fatal',
};

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());
const truthy = (v: unknown): boolean => /^(1|true|yes|on)$/i.test(text(v));

function sections(raw: string): Record<string, Section> {
  let parsed: Record<string, unknown>;
  try {
    parsed = parseIni(raw) as Record<string, unknown>;
  } catch (err) {
    throw new ForwarderConfigError(`cannot be read as INI: ${(err as Error).message}`);
  }
  const out: Record<string, Section> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (value && typeof value === 'object')
      out[name] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(v)]));
  }
  if (!out.bridge)
    throw new ForwarderConfigError(
      'has no [bridge] section: it is not a cb-event-forwarder INI configuration (the 4.x YAML format is not supported)',
    );
  return out;
}

/** `[tmpdir:]URL` (httpout, splunkout): the URL part. */
function urlOf(value: string, setting: string): string {
  const m = /(https?:\/\/.*)$/.exec(value);
  if (!m) throw new ForwarderConfigError(`${setting}=${value}: expected [temporary folder:]http(s)://host:port/path`);
  return m[1];
}

/** The match patterns of the events_* settings: raw endpoint events apart from the notifications. */
function selections(bridge: Section, notes: string[]): { raw: string[]; notifications: string[] } {
  const raw: string[] = [];
  const notifications: string[] = [];
  for (const s of EVENT_SELECTIONS) {
    const value = bridge[s.key] ?? '';
    if (value === '' || value === '0') continue;
    const into = s.raw ? raw : notifications;
    if (value.toUpperCase() === 'ALL') into.push(s.all);
    else
      into.push(
        ...value
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      );
  }
  if (raw.length + notifications.length === 0)
    throw new ForwarderConfigError('selects no events: every events_* setting is empty or 0');
  if (raw.length > 0 && !truthy(bridge.use_raw_sensor_exchange)) {
    notes.push(
      'events_raw_sensor without use_raw_sensor_exchange: raw events come from api.events (cb.conf DatastoreBroadcastEventTypes); EnableRawSensorDataBroadcast=True with exchange api.rawsensordata costs the CB server less',
    );
  }
  return { raw, notifications };
}

/** The AMQP URL from rabbit_mq_* and cb_server_hostname, or a note when the forwarder read cb.conf. */
function amqpSettings(bridge: Section, out: ForwarderImport): void {
  const user = bridge.rabbit_mq_username ?? '';
  const password = bridge.rabbit_mq_password ?? '';
  const host = bridge.cb_server_hostname || 'localhost';
  if (!user) {
    out.notes.push(
      'rabbit_mq_username is empty (the forwarder read /etc/cb/cb.conf): set CB_BRIDGE_AMQP_URL to amqp://<RabbitMQUser>:<RabbitMQPassword>@<cb server>:5004 from cb.conf',
    );
  } else {
    const tls = truthy(bridge.rabbit_mq_use_tls);
    const port = bridge.rabbit_mq_port || '5004';
    const url = new URL(
      `${tls ? 'amqps' : 'amqp'}://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`,
    );
    url.username = encodeURIComponent(user);
    url.password = encodeURIComponent(password);
    out.secrets['amqp-url'] = url.toString().replace(/\/$/, '');
    out.env.push({
      name: 'CB_BRIDGE_AMQP_URL_FILE',
      value: '@secret:amqp-url',
      comment: `rabbit_mq_username, rabbit_mq_password, cb_server_hostname${bridge.rabbit_mq_port ? ', rabbit_mq_port' : ''}`,
    });
  }
  if (bridge.rabbit_mq_queue_name) {
    out.env.push({
      name: 'CB_BRIDGE_QUEUE_PREFIX',
      value: bridge.rabbit_mq_queue_name,
      comment:
        'rabbit_mq_queue_name (the bridge names each route queue <prefix>.<route>; several bridges on one prefix share the work)',
    });
  }
}

/**
 * What the forwarder's [splunk] and [http] sections share: TLS files and verification onto the
 * sink's `tls`, and a note for its send-a-file-every-few-minutes settings, which have no equivalent.
 */
function httpEndpoint(
  sink: Record<string, unknown>,
  section: Section,
  label: string,
  notes: string[],
): Record<string, unknown> {
  const tls: Record<string, unknown> = {};
  if (section.ca_cert) tls.ca_file = section.ca_cert;
  if (section.client_cert) tls.cert_file = section.client_cert;
  if (section.client_key) tls.key_file = section.client_key;
  if (section.tls_verify && !truthy(section.tls_verify)) tls.verify = false;
  if (Object.keys(tls).length > 0) sink.tls = tls;
  if (section.server_cname)
    notes.push(`[${label}] server_cname: not supported; the certificate must name the host in the URL`);
  if (section.insecure_tls) notes.push(`[${label}] insecure_tls: not supported; the bridge speaks TLS 1.2 or later`);
  for (const key of ['bundle_send_timeout', 'bundle_size_max', 'upload_empty_files']) {
    if (section[key])
      notes.push(
        `[${label}] ${key}: the bridge sends batches as events arrive (delivery.batch_max_events, batch_max_bytes, linger_ms), not a file every few minutes`,
      );
  }
  return sink;
}

/**
 * The `syslog` sink for syslogout, or for tcpout and udpout carrying LEEF. The forwarder's syslog
 * output wrote `<6>TIMESTAMP HOSTNAME TAG[PID]: EVENT` (facility kern, severity info, its own host
 * name), one message per line on TCP; the sink writes the nearest it has: an RFC 3164 header with
 * the same facility, severity and host, newline framing. [syslog] TLS settings go onto `tls`.
 */
function syslogSink(
  cfg: Record<string, Section>,
  setting: 'syslogout' | 'tcpout' | 'udpout',
  format: string,
  notes: string[],
): Record<string, unknown> {
  const value = cfg.bridge[setting] ?? '';
  let protocol: 'tls' | 'tcp' | 'udp';
  let address: string;
  if (setting === 'syslogout') {
    const colon = value.indexOf(':');
    protocol = SYSLOG_PROTOCOLS[value.slice(0, colon)];
    address = value.slice(colon + 1);
    if (colon < 0 || !protocol || !HOST_PORT.test(address))
      throw new ForwarderConfigError(
        `syslogout=${value}: expected <protocol>:<host>:<port>, protocol tcp+tls, tcp or udp`,
      );
  } else {
    protocol = setting === 'tcpout' ? 'tcp' : 'udp';
    address = value;
    if (!HOST_PORT.test(address)) throw new ForwarderConfigError(`${setting}=${value}: expected <host>:<port>`);
  }
  const sink: Record<string, unknown> = { type: 'syslog', name: 'forwarder-syslog', address, protocol, rfc: 3164 };
  if (protocol !== 'udp') sink.framing = 'newline';
  if (setting === 'syslogout') {
    Object.assign(sink, { facility: 'kern', severity: 'info', hostname_from_event: false });
    notes.push(
      "[syslog] the TAG of each message is cb-event-bridge (the sink's app_name) where the forwarder wrote its program path and process id; facility kern, severity info and the bridge's own host name are kept (drop facility, severity and hostname_from_event for a severity from the event and the endpoint as HOSTNAME, docs/sinks/syslog.md)",
    );
  } else {
    Object.assign(sink, { hostname_from_event: false });
    notes.push(
      `output_type=${protocol} (${setting}=${value}): the ${format.toUpperCase()} events go to the \`syslog\` sink over ${protocol.toUpperCase()}; the forwarder sent them bare${protocol === 'tcp' ? ', each line ended by CR LF' : ''}, the sink puts an RFC 3164 header before each${protocol === 'tcp' ? ' and ends lines with LF' : ''} (a QRadar syslog log source takes either)`,
    );
  }
  const section = cfg.syslog ?? {};
  const tlsKeys = ['ca_cert', 'client_cert', 'client_key', 'tls_verify', 'server_cname'].filter((k) => section[k]);
  if (protocol === 'tls') {
    const tls: Record<string, unknown> = {};
    if (section.ca_cert) tls.ca = section.ca_cert;
    if (section.client_cert) tls.cert = section.client_cert;
    if (section.client_key) tls.key = section.client_key;
    if (section.server_cname) tls.server_name = section.server_cname;
    if (section.tls_verify && !truthy(section.tls_verify)) tls.verify = false;
    if (Object.keys(tls).length > 0) sink.tls = tls;
  } else if (tlsKeys.length > 0) {
    notes.push(`[syslog] ${tlsKeys.join(', ')}: not used, the output is ${protocol} without TLS`);
  }
  if (protocol === 'udp')
    notes.push(
      `${setting}: messages over 2048 bytes are cut (the sink's udp_max_bytes and udp_oversize); the forwarder sent each event whole in one datagram`,
    );
  if (section.insecure_tls) notes.push('[syslog] insecure_tls: not supported; the bridge speaks TLS 1.2 or later');
  return sink;
}

/** A file sink standing in for an output the bridge has no sink for, and the note saying so. */
function standIn(type: string, setting: string, value: string, why: string, notes: string[]): Record<string, unknown> {
  notes.push(
    `output_type=${type} (${setting}=${value}): ${why}; the routes write to a file instead (${STAND_IN_FILE}) for a log shipper to pick up. Replace the sink.`,
  );
  return { type: 'file', name: 'forwarder-file', path: STAND_IN_FILE };
}

/** The sink for output_type, or a file sink standing in for an output the bridge does not have. */
function sinkFor(cfg: Record<string, Section>, format: string, out: ForwarderImport): Record<string, unknown> {
  const bridge = cfg.bridge;
  const type = (bridge.output_type || 'file').toLowerCase();
  switch (type) {
    case 'file': {
      const sink: Record<string, unknown> = {
        type: 'file',
        name: 'forwarder-file',
        path: bridge.outfile || '/var/cb/data/event_bridge_output.json',
      };
      if (truthy(bridge.compress_data)) sink.gzip = true;
      return sink;
    }
    case 'stdout':
      return { type: 'stdout', name: 'forwarder-stdout' };
    case 'splunk': {
      const splunk = cfg.splunk ?? {};
      if (!bridge.splunkout) throw new ForwarderConfigError('output_type=splunk but splunkout is empty');
      const sink: Record<string, unknown> = {
        type: 'splunk_hec',
        name: 'forwarder-splunk',
        url: urlOf(bridge.splunkout, 'splunkout'),
      };
      if (splunk.hec_token) {
        out.secrets['hec-token'] = splunk.hec_token;
        sink.token = '@secret:hec-token';
      } else {
        out.notes.push("[splunk] hec_token is empty: set the sink's token (a ${file:...} reference) before running");
        sink.token = '${SPLUNK_HEC_TOKEN}';
      }
      return httpEndpoint(sink, splunk, 'splunk', out.notes);
    }
    case 'http': {
      const http = cfg.http ?? {};
      if (!bridge.httpout) throw new ForwarderConfigError('output_type=http but httpout is empty');
      const sink: Record<string, unknown> = {
        type: 'webhook',
        name: 'forwarder-http',
        url: urlOf(bridge.httpout, 'httpout'),
        body: 'json_array',
      };
      if (http.http_post_template)
        out.notes.push(
          "[http] http_post_template: Go templates are not carried over; the sink posts a JSON array of events (see the webhook sink's `template` body to wrap them)",
        );
      else
        out.notes.push(
          '[http] the forwarder posted {"filename", "service", "alerts": [...]}; the sink posts a JSON array of events (the webhook sink\'s `template` body can wrap them)',
        );
      if (http.content_type) sink.content_type = http.content_type;
      if (truthy(http.compress_http_payload)) sink.gzip = true;
      if (http.authorization_token) {
        out.secrets['http-authorization'] = http.authorization_token;
        sink.auth = { header: { name: 'Authorization', value: '@secret:http-authorization' } };
      }
      for (const key of Object.keys(http).filter((k) => k.startsWith('oauth_jwt_')))
        out.notes.push(`[http] ${key}: OAuth JWT flows are not supported`);
      if (http.event_text_as_json_byte_array) out.notes.push('[http] event_text_as_json_byte_array: not supported');
      return httpEndpoint(sink, http, 'http', out.notes);
    }
    case 'kafka': {
      const kafka = cfg.kafka ?? {};
      if (!kafka.brokers) throw new ForwarderConfigError('output_type=kafka but [kafka] brokers is empty');
      const sink: Record<string, unknown> = {
        type: 'kafka',
        name: 'forwarder-kafka',
        brokers: kafka.brokers
          .split(',')
          .map((b) => b.trim())
          .filter(Boolean),
      };
      sink.topic = kafka.topic || '{@type}';
      if (kafka.topic_suffix) sink.topic_suffix = kafka.topic_suffix;
      const protocol = (kafka.protocol ?? '').toUpperCase();
      if (protocol.includes('SSL')) sink.tls = true;
      if (protocol.startsWith('SASL')) {
        const mechanism = (kafka.mechanism || 'PLAIN').toLowerCase();
        if (!['plain', 'scram-sha-256', 'scram-sha-512'].includes(mechanism))
          throw new ForwarderConfigError(
            `[kafka] mechanism=${kafka.mechanism}: the bridge supports PLAIN, SCRAM-SHA-256 and SCRAM-SHA-512`,
          );
        out.secrets['kafka-password'] = kafka.password ?? '';
        sink.sasl = { mechanism, username: kafka.username ?? '', password: '@secret:kafka-password' };
      }
      if (kafka.max_request_size) sink.max_request_bytes = Number(kafka.max_request_size);
      return sink;
    }
    case 'syslog':
      if (!bridge.syslogout) throw new ForwarderConfigError('output_type=syslog but syslogout is empty');
      return syslogSink(cfg, 'syslogout', format, out.notes);
    case 'tcp':
    case 'udp': {
      const setting = `${type}out` as 'tcpout' | 'udpout';
      if (!bridge[setting]) throw new ForwarderConfigError(`output_type=${type} but ${setting} is empty`);
      // LEEF over TCP or UDP is what a syslog listener (QRadar's) takes; bare JSON lines are for a
      // TCP input that a syslog header would break.
      if (format === 'leef') return syslogSink(cfg, setting, format, out.notes);
      return standIn(
        type,
        setting,
        bridge[setting],
        `the bridge writes events to a ${type.toUpperCase()} socket only as syslog messages, whose header a bare JSON input would not parse (for a syslog collector, use a \`syslog\` sink with address ${bridge[setting]} and protocol ${type})`,
        out.notes,
      );
    }
    case 's3':
      return standIn(type, 's3out', bridge.s3out ?? '', 'the bridge has no s3 sink', out.notes);
    default:
      throw new ForwarderConfigError(
        `output_type=${type}: expected one of file, stdout, splunk, http, kafka, syslog, tcp, udp, s3`,
      );
  }
}

/**
 * Translates a forwarder INI file's text. Secret values go to `secrets`; the routes and env refer
 * to them as `@secret:<name>`, which the caller replaces with the path it writes them to.
 */
export function importForwarderConfig(iniText: string): ForwarderImport {
  const cfg = sections(iniText);
  const bridge = cfg.bridge;
  const out: ForwarderImport = { routes: { dead_letter: {}, routes: [] }, env: [], secrets: {}, notes: [] };

  amqpSettings(bridge, out);
  if (bridge.server_name)
    out.env.push({ name: 'CB_BRIDGE_SERVER_NAME', value: bridge.server_name, comment: 'server_name' });
  if (bridge.cb_server_url)
    out.env.push({
      name: 'CB_BRIDGE_SERVER_URL',
      value: bridge.cb_server_url,
      comment: 'cb_server_url (link_* deep links)',
    });
  if (truthy(bridge.use_time_float))
    out.env.push({ name: 'CB_BRIDGE_FLOAT_TIMESTAMPS', value: 'true', comment: 'use_time_float' });
  if (bridge.log_level) {
    const level = LOG_LEVELS[bridge.log_level.toLowerCase()];
    if (level) out.env.push({ name: 'CB_BRIDGE_LOG_LEVEL', value: level, comment: 'log_level' });
    else
      out.notes.push(
        `log_level=${bridge.log_level}: not a level the bridge knows; CB_BRIDGE_LOG_LEVEL is one of debug, info, warn, error, fatal`,
      );
  }
  for (const [key, why] of Object.entries(NOT_MAPPED)) {
    if (bridge[key] && !(key === 'debug' && bridge[key] === '0'))
      out.notes.push(`${key}=${key.includes('token') ? '***' : bridge[key]}: not carried over: ${why}`);
  }

  const { raw, notifications } = selections(bridge, out.notes);
  const format = (bridge.output_format || 'json').toLowerCase();
  if (format !== 'json' && format !== 'leef')
    throw new ForwarderConfigError(`output_format=${format}: expected json or leef`);
  const removed = (bridge.remove_from_output ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const route = (
    name: string,
    match: string[],
    exchanges: string[],
    sink: Record<string, unknown>,
  ): Record<string, unknown> => ({
    name,
    match,
    exchanges,
    format: format === 'leef' ? 'leef' : 'normalized',
    ...(removed.length > 0 ? { transform: { drop: removed } } : {}),
    sinks: [sink],
  });
  const sink = sinkFor(cfg, format, out);
  // Raw events from the raw exchange get a route of their own (bound to api.rawsensordata only), as
  // the forwarder binds them: on api.events too they would arrive twice when cb.conf also broadcasts them.
  if (raw.length > 0 && truthy(bridge.use_raw_sensor_exchange)) {
    if (notifications.length > 0) out.routes.routes.push(route('forwarder', notifications, ['api.events'], sink));
    const rawSink: Record<string, unknown> = { ...sink, name: `${String(sink.name)}-raw` };
    if (sink.type === 'file' && notifications.length > 0) {
      rawSink.path = String(sink.path).replace(/(\.[^./]*)?$/, (ext) => `-raw${ext}`);
      out.notes.push(
        `raw endpoint events go to their own route and file (${String(rawSink.path)}); the forwarder wrote them into ${String(sink.path)} with the notifications`,
      );
    }
    out.routes.routes.push(route('forwarder-raw', raw, ['api.rawsensordata'], rawSink));
  } else {
    out.routes.routes.push(route('forwarder', [...notifications, ...raw], ['api.events'], sink));
  }
  out.routes.dead_letter = { type: 'file', path: '/var/lib/cb-event-bridge/dead-letters.jsonl' };
  return out;
}
