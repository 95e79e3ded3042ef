import convict from 'convict';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** One decode worker per core, at least one and at most four. */
const DEFAULT_DECODE_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

/**
 * `amqp-url`: an amqp:// or amqps:// URL the client can parse. Checked at start, so a URL that can
 * never work stops the bridge with one line naming the setting instead of being retried forever.
 * The message never repeats the value (it may hold a password).
 */
convict.addFormat({
  name: 'amqp-url',
  validate(value: unknown) {
    if (typeof value !== 'string') throw new Error('must be a string');
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error('is not a URL the AMQP client can parse (expected amqp://user:password@host:port/vhost)');
    }
    if (url.protocol !== 'amqp:' && url.protocol !== 'amqps:')
      throw new Error(`must start with amqp:// or amqps:// (it starts with ${url.protocol}//)`);
    if (url.hostname === '') throw new Error('names no host');
  },
});

/** Process settings: env vars and `--flags`; every secret may also come from `<ENV>_FILE`. */
export const settingsSchema = {
  amqp: {
    url: {
      doc: 'AMQP URL of the CB server broker (amqp:// or amqps://); CB uses port 5004',
      format: 'amqp-url',
      default: 'amqp://guest:guest@127.0.0.1:5672',
      env: 'CB_BRIDGE_AMQP_URL',
      arg: 'amqp-url',
      sensitive: true,
    },
    ca_file: {
      doc: 'CA bundle (PEM) for amqps://',
      format: String,
      default: '',
      env: 'CB_BRIDGE_AMQP_CA_FILE',
      arg: 'amqp-ca-file',
    },
    cert_file: {
      doc: 'client certificate (PEM) for amqps://',
      format: String,
      default: '',
      env: 'CB_BRIDGE_AMQP_CERT_FILE',
      arg: 'amqp-cert-file',
    },
    key_file: {
      doc: 'client key (PEM) for amqps://',
      format: String,
      default: '',
      env: 'CB_BRIDGE_AMQP_KEY_FILE',
      arg: 'amqp-key-file',
    },
    key_passphrase: {
      doc: 'passphrase of the client key',
      format: String,
      default: '',
      env: 'CB_BRIDGE_AMQP_KEY_PASSPHRASE',
      sensitive: true,
    },
    verify_tls: {
      doc: 'verify the broker certificate',
      format: Boolean,
      default: true,
      env: 'CB_BRIDGE_AMQP_VERIFY_TLS',
    },
    heartbeat_s: { doc: 'AMQP heartbeat (seconds)', format: 'nat', default: 30, env: 'CB_BRIDGE_AMQP_HEARTBEAT_S' },
    declare_exchanges: {
      doc: 'declare api.events/api.rawsensordata (test brokers only; CB owns them)',
      format: Boolean,
      default: false,
      env: 'CB_BRIDGE_DECLARE_EXCHANGES',
      arg: 'declare-exchanges',
    },
    queue_prefix: {
      doc: 'prefix of the durable per-route queue names',
      format: String,
      default: 'cb-event-bridge',
      env: 'CB_BRIDGE_QUEUE_PREFIX',
      arg: 'queue-prefix',
    },
    queue_type: {
      doc: 'classic (CB transient messages are lost on a broker restart) or quorum (kept)',
      format: ['classic', 'quorum'],
      default: 'classic',
      env: 'CB_BRIDGE_QUEUE_TYPE',
      arg: 'queue-type',
    },
    queue_max_length: {
      doc: 'most messages a route queue may hold; 0 = unbounded. Overflow drops the oldest into the bridge dead-letter queue',
      format: 'nat',
      default: 0,
      env: 'CB_BRIDGE_QUEUE_MAX_LENGTH',
      arg: 'queue-max-length',
    },
    prefetch: {
      doc: 'unacknowledged messages per consumer channel (memory is bounded by bridge.max_in_flight_events)',
      format: 'nat',
      default: 500,
      env: 'CB_BRIDGE_PREFETCH',
      arg: 'prefetch',
    },
    bundle_prefetch: {
      doc: "the prefetch of routes bound to api.rawsensordata alone, whose messages are bundles of many events (a route's own prefetch wins)",
      format: 'nat',
      default: 100,
      env: 'CB_BRIDGE_BUNDLE_PREFETCH',
      arg: 'bundle-prefetch',
    },
    consumers: {
      doc: 'consumer channels per route queue',
      format: 'nat',
      default: 2,
      env: 'CB_BRIDGE_CONSUMERS',
      arg: 'consumers',
    },
    consumer_timeout_ms: {
      doc: "the broker's consumer timeout (RabbitMQ default 30 min)",
      format: 'nat',
      default: 1_800_000,
      env: 'CB_BRIDGE_CONSUMER_TIMEOUT_MS',
    },
    park_after_ms: {
      doc: 'move a message to its delay queue after waiting this long for its sinks (0 = half the consumer timeout)',
      format: 'nat',
      default: 0,
      env: 'CB_BRIDGE_PARK_AFTER_MS',
      arg: 'park-after-ms',
    },
    retry_delay_ms: {
      doc: 'how long a parked message waits in the delay queue before it is retried',
      format: 'nat',
      default: 60_000,
      env: 'CB_BRIDGE_RETRY_DELAY_MS',
      arg: 'retry-delay-ms',
    },
    reconnect_min_ms: { doc: 'first reconnect delay', format: 'nat', default: 500, env: 'CB_BRIDGE_RECONNECT_MIN_MS' },
    reconnect_max_ms: { doc: 'reconnect delay cap', format: 'nat', default: 30_000, env: 'CB_BRIDGE_RECONNECT_MAX_MS' },
  },
  bridge: {
    server_name: {
      doc: 'cb_server value in normalized events',
      format: String,
      default: 'cbserver',
      env: 'CB_BRIDGE_SERVER_NAME',
      arg: 'server-name',
    },
    server_url: {
      doc: 'CB server URL for link_* fields (empty = none)',
      format: String,
      default: '',
      env: 'CB_BRIDGE_SERVER_URL',
      arg: 'server-url',
    },
    float_timestamps: {
      doc: 'fractional unix timestamps for sensor events',
      format: Boolean,
      default: false,
      env: 'CB_BRIDGE_FLOAT_TIMESTAMPS',
    },
    accept_unknown_routing_keys: {
      doc: 'forward JSON on routing keys with no schema (flagged) instead of dead-lettering it',
      format: Boolean,
      default: false,
      env: 'CB_BRIDGE_ACCEPT_UNKNOWN_KEYS',
    },
    max_in_flight_events: {
      doc: 'events per route in flight to its sinks at most; later deliveries wait undecoded (bounds memory with large bundles)',
      format: 'nat',
      default: 10_000,
      env: 'CB_BRIDGE_MAX_IN_FLIGHT_EVENTS',
      arg: 'max-in-flight-events',
    },
    decode_workers: {
      doc: 'worker threads that decode raw-sensor bundles for routes whose sinks need only the rendered text (0 = decode on the main thread); default one per core, up to 4',
      format: 'nat',
      default: DEFAULT_DECODE_WORKERS,
      env: 'CB_BRIDGE_DECODE_WORKERS',
      arg: 'decode-workers',
    },
    decode_timeout_ms: {
      doc: 'longest a decode worker may spend on one message without progress (time it waits for the route to take parts of a large message does not count); past it the worker is replaced and the message dead-lettered (decode_timeout)',
      format: 'nat',
      default: 60_000,
      env: 'CB_BRIDGE_DECODE_TIMEOUT_MS',
    },
  },
  limits: {
    max_body_bytes: {
      doc: 'largest message body decoded',
      format: 'nat',
      default: 16 * 1024 * 1024,
      env: 'CB_BRIDGE_MAX_BODY_BYTES',
    },
    max_inflated_bytes: {
      doc: 'largest total inflated size of one zip message',
      format: 'nat',
      default: 64 * 1024 * 1024,
      env: 'CB_BRIDGE_MAX_INFLATED_BYTES',
    },
    max_zip_members: {
      doc: 'most members in one zip message',
      format: 'nat',
      default: 4096,
      env: 'CB_BRIDGE_MAX_ZIP_MEMBERS',
    },
    max_records: {
      doc: 'most records one message may yield',
      format: 'nat',
      default: 1_000_000,
      env: 'CB_BRIDGE_MAX_RECORDS',
    },
    max_json_depth: {
      doc: 'deepest nesting of arrays and objects in a JSON notification; deeper ones are dead-lettered (json_too_deep) before they are parsed',
      format: 'nat',
      default: 64,
      env: 'CB_BRIDGE_MAX_JSON_DEPTH',
    },
    max_record_errors: {
      doc: 'record errors one message reports one by one; past them its remaining records are counted, not decoded, in one error (too_many_record_errors)',
      format: 'nat',
      default: 100,
      env: 'CB_BRIDGE_MAX_RECORD_ERRORS',
    },
  },
  routes: {
    path: {
      doc: 'routes file (YAML)',
      format: String,
      default: 'config/routes.yaml',
      env: 'CB_BRIDGE_ROUTES',
      arg: 'config',
    },
  },
  log: {
    level: {
      doc: 'pino log level',
      format: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      default: 'info',
      env: 'CB_BRIDGE_LOG_LEVEL',
      arg: 'log-level',
    },
  },
  admin: {
    host: {
      doc: 'admin API bind address',
      format: String,
      default: '127.0.0.1',
      env: 'CB_BRIDGE_ADMIN_HOST',
      arg: 'admin-host',
    },
    port: {
      doc: 'admin API port (0 = disabled)',
      format: 'port',
      default: 9464,
      env: 'CB_BRIDGE_ADMIN_PORT',
      arg: 'admin-port',
    },
    token: {
      doc: 'bearer token for the admin API',
      format: String,
      default: '',
      env: 'CB_BRIDGE_ADMIN_TOKEN',
      sensitive: true,
    },
    metrics_public: {
      doc: 'serve /metrics without the token',
      format: Boolean,
      default: false,
      env: 'CB_BRIDGE_METRICS_PUBLIC',
    },
    tls_cert_file: {
      doc: 'serve the admin API over HTTPS with this certificate (PEM; needs tls_key_file)',
      format: String,
      default: '',
      env: 'CB_BRIDGE_ADMIN_TLS_CERT_FILE',
      arg: 'admin-tls-cert-file',
    },
    tls_key_file: {
      doc: 'private key (PEM) of tls_cert_file',
      format: String,
      default: '',
      env: 'CB_BRIDGE_ADMIN_TLS_KEY_FILE',
      arg: 'admin-tls-key-file',
    },
    body_limit_bytes: {
      doc: 'largest admin request body accepted',
      format: 'nat',
      default: 1024 * 1024,
      env: 'CB_BRIDGE_ADMIN_BODY_LIMIT_BYTES',
    },
    recent_events: {
      doc: 'events kept per route for GET /api/v1/events/recent (0 = none)',
      format: 'nat',
      default: 100,
      env: 'CB_BRIDGE_ADMIN_RECENT_EVENTS',
    },
    queue_poll_s: {
      doc: 'how often /metrics asks the broker for each route queue depth (seconds; 0 = never)',
      format: 'nat',
      default: 15,
      env: 'CB_BRIDGE_ADMIN_QUEUE_POLL_S',
    },
  },
  lr: {
    url: {
      doc: 'CB server URL for Live Response (https://cb.example.com; the API is under /api/v1/cblr)',
      format: String,
      default: '',
      env: 'CB_BRIDGE_LR_URL',
      arg: 'lr-url',
    },
    token: {
      doc: 'CB API token for Live Response (X-Auth-Token)',
      format: String,
      default: '',
      env: 'CB_BRIDGE_LR_TOKEN',
      sensitive: true,
    },
    ca_file: {
      doc: 'CA bundle (PEM) for an https Live Response URL',
      format: String,
      default: '',
      env: 'CB_BRIDGE_LR_CA_FILE',
      arg: 'lr-ca-file',
    },
    verify_tls: {
      doc: 'verify the CB server certificate',
      format: Boolean,
      default: true,
      env: 'CB_BRIDGE_LR_VERIFY_TLS',
    },
    request_timeout_s: {
      doc: 'longest wait for one Live Response HTTP request (seconds)',
      format: 'nat',
      default: 30,
      env: 'CB_BRIDGE_LR_REQUEST_TIMEOUT_S',
    },
    actions: {
      doc: 'this replica consumes the routes that have a liveresponse sink (enable it in exactly one replica; the others leave those queues alone)',
      format: Boolean,
      default: false,
      env: 'CB_BRIDGE_LR_ACTIONS',
      arg: 'lr-actions',
    },
    data_dir: {
      doc: 'where response actions keep their job ledger and downloaded files',
      format: String,
      default: 'data/liveresponse',
      env: 'CB_BRIDGE_LR_DATA_DIR',
      arg: 'lr-data-dir',
    },
    max_sessions: {
      doc: 'response-action jobs running at once, and Live Response sessions open at once (CB allows 10 in all)',
      format: 'nat',
      default: 8,
      env: 'CB_BRIDGE_LR_MAX_SESSIONS',
    },
    api_allow_destructive: {
      doc: 'let POST /api/v1/liveresponse/jobs run commands that change the endpoint (kill, delete file, ...)',
      format: Boolean,
      default: false,
      env: 'CB_BRIDGE_LR_API_ALLOW_DESTRUCTIVE',
    },
    file_max_bytes: {
      doc: 'largest file a response action downloads; a larger one is not kept and its command fails (file_too_large)',
      format: 'nat',
      default: 64 * 1024 * 1024,
      env: 'CB_BRIDGE_LR_FILE_MAX_BYTES',
    },
    file_retention_h: {
      doc: 'downloaded files are deleted this many hours after they were saved (0 = kept)',
      format: 'nat',
      default: 168,
      env: 'CB_BRIDGE_LR_FILE_RETENTION_H',
    },
  },
  shutdown: {
    drain_timeout_ms: {
      doc: 'how long shutdown waits for in-flight deliveries',
      format: 'nat',
      default: 30_000,
      env: 'CB_BRIDGE_DRAIN_TIMEOUT_MS',
    },
  },
};

export interface Settings {
  amqp: {
    url: string;
    ca_file: string;
    cert_file: string;
    key_file: string;
    key_passphrase: string;
    verify_tls: boolean;
    heartbeat_s: number;
    declare_exchanges: boolean;
    queue_prefix: string;
    queue_type: 'classic' | 'quorum';
    queue_max_length: number;
    prefetch: number;
    bundle_prefetch: number;
    consumers: number;
    consumer_timeout_ms: number;
    park_after_ms: number;
    retry_delay_ms: number;
    reconnect_min_ms: number;
    reconnect_max_ms: number;
  };
  bridge: {
    server_name: string;
    server_url: string;
    float_timestamps: boolean;
    accept_unknown_routing_keys: boolean;
    max_in_flight_events: number;
    decode_workers: number;
    decode_timeout_ms: number;
  };
  limits: {
    max_body_bytes: number;
    max_inflated_bytes: number;
    max_zip_members: number;
    max_records: number;
    max_json_depth: number;
    max_record_errors: number;
  };
  routes: { path: string };
  log: { level: string };
  admin: {
    host: string;
    port: number;
    token: string;
    metrics_public: boolean;
    tls_cert_file: string;
    tls_key_file: string;
    body_limit_bytes: number;
    recent_events: number;
    queue_poll_s: number;
  };
  lr: LrSettings;
  shutdown: { drain_timeout_ms: number };
}

export interface LrSettings {
  url: string;
  token: string;
  ca_file: string;
  verify_tls: boolean;
  request_timeout_s: number;
  actions: boolean;
  data_dir: string;
  max_sessions: number;
  api_allow_destructive: boolean;
  file_max_bytes: number;
  file_retention_h: number;
}

/** Env vars that hold secrets; `<NAME>_FILE` names a file holding the value instead. */
const SECRET_ENVS = [
  'CB_BRIDGE_AMQP_URL',
  'CB_BRIDGE_AMQP_KEY_PASSPHRASE',
  'CB_BRIDGE_ADMIN_TOKEN',
  'CB_BRIDGE_LR_TOKEN',
];

/** Process settings that cannot be used: one line per problem, each naming the env var and flag. */
export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
  }
}

interface SettingLeaf {
  env?: string;
  arg?: string;
}

/** `amqp.prefetch` -> `CB_BRIDGE_PREFETCH (--prefetch)`; the key itself when it is not a setting. */
export function settingName(key: string): string {
  let node: unknown = settingsSchema;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const leaf = node as SettingLeaf | undefined;
  if (!leaf?.env) return key;
  return leaf.arg ? `${leaf.env} (--${leaf.arg})` : leaf.env;
}

function secretFiles(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of SECRET_ENVS) {
    const file = env[`${name}_FILE`];
    if (!file || env[name]) continue;
    try {
      out[name] = readFileSync(file, 'utf8').trim();
    } catch (err) {
      throw new SettingsError([
        `${name}_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); point it at a readable file or set ${name} instead`,
      ]);
    }
  }
  return out;
}

/** convict's `key: message` lines, each naming the env var and flag of its setting. */
function convictProblems(message: string): string[] {
  return message
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const m = /^([a-z_]+\.[a-z_.]+): (.*)$/.exec(line);
      return m ? `${settingName(m[1])}: ${m[2]}` : line;
    });
}

/** Loads and validates settings from env and argv; throws SettingsError with every problem listed. */
export function loadSettings(argv: string[] = [], env: NodeJS.ProcessEnv = process.env): Settings {
  let s: Settings;
  try {
    const config = convict<Settings>(settingsSchema as unknown as convict.Schema<Settings>, {
      args: argv,
      env: secretFiles(env),
    });
    config.validate({ allowed: 'strict' });
    s = config.getProperties();
  } catch (err) {
    if (err instanceof SettingsError) throw err;
    throw new SettingsError(convictProblems((err as Error).message));
  }
  if (s.bridge.server_url && !s.bridge.server_url.endsWith('/')) s.bridge.server_url += '/';
  if (s.amqp.park_after_ms === 0) s.amqp.park_after_ms = Math.floor(s.amqp.consumer_timeout_ms / 2);
  if (s.amqp.park_after_ms >= s.amqp.consumer_timeout_ms) {
    throw new SettingsError([
      `${settingName('amqp.park_after_ms')} (${s.amqp.park_after_ms}) must be below ${settingName('amqp.consumer_timeout_ms')} (${s.amqp.consumer_timeout_ms})`,
    ]);
  }
  const belowOne = (['amqp.prefetch', 'amqp.bundle_prefetch', 'amqp.consumers'] as const).filter(
    (k) => s.amqp[k.slice(5) as 'prefetch'] < 1,
  );
  if (belowOne.length > 0) throw new SettingsError(belowOne.map((k) => `${settingName(k)}: must be at least 1`));
  return s;
}

/**
 * The Live Response settings alone (for the `lr` commands): from CB_BRIDGE_LR_* env vars, the token
 * also from CB_BRIDGE_LR_TOKEN_FILE; `overrides` (flags such as --url and --token) win.
 */
export function loadLrSettings(overrides: Partial<LrSettings> = {}, env: NodeJS.ProcessEnv = process.env): LrSettings {
  const config = convict<{ lr: LrSettings }>(
    { lr: settingsSchema.lr } as unknown as convict.Schema<{ lr: LrSettings }>,
    { args: [], env: secretFiles(env) },
  );
  for (const [key, value] of Object.entries(overrides))
    if (value !== undefined) config.set(`lr.${key}` as 'lr', value as never);
  config.validate({ allowed: 'strict' });
  return config.get('lr');
}

/** The settings with secrets replaced, safe to log or show. */
export function redactedSettings(s: Settings): Settings {
  const copy = JSON.parse(JSON.stringify(s)) as Settings;
  copy.amqp.url = redactUrl(copy.amqp.url);
  if (copy.amqp.key_passphrase) copy.amqp.key_passphrase = '[redacted]';
  if (copy.admin.token) copy.admin.token = '[redacted]';
  if (copy.lr.token) copy.lr.token = '[redacted]';
  return copy;
}

/** amqp://user:secret@host -> amqp://user:***@host */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[unparsable url]';
  }
}
