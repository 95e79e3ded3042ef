import { Buffer } from 'node:buffer';
import { isIP } from 'node:net';
import { hostname as systemHostname } from 'node:os';
import Ajv from 'ajv';
import { EVENT_CATEGORIES, type EventCategory } from '../../event/event-types';
import {
  clientTlsSchemaProperties,
  clientTlsSettingProblems,
  readClientTls,
  type ClientTlsConfig,
  type ClientTlsOptions,
} from '../common/tls-files';
import { SyslogSinkConfigError, type SyslogConfigProblem } from './errors';

export type SyslogProtocol = 'udp' | 'tcp' | 'tls';
export type SyslogRfc = 5424 | 3164;
export type Framing = 'octet_counting' | 'newline';
export type UdpOversize = 'truncate' | 'split' | 'drop';

type FacilityValue = string | number;

/** The `syslog` sink's block in the routes file (besides `type`, `name` and `delivery`), as written in YAML. */
export interface SyslogSinkConfig {
  address: string;
  protocol?: SyslogProtocol;
  rfc?: SyslogRfc;
  framing?: Framing;
  facility?: FacilityValue | Partial<Record<EventCategory | 'default', FacilityValue>>;
  severity?: string | number;
  app_name?: string;
  hostname?: string;
  hostname_from_event?: boolean;
  structured_data?: boolean;
  sd_id?: string;
  utf8_bom?: boolean;
  udp_max_bytes?: number;
  udp_oversize?: UdpOversize;
  connect_timeout_ms?: number;
  write_timeout_ms?: number;
  tls?: SyslogTlsConfig;
}

export type SyslogTlsConfig = ClientTlsConfig;

/** TLS settings with the PEM files read. */
export type SyslogTlsOptions = ClientTlsOptions;

/** The block after validation and defaults, in the shape the sink uses. */
export interface SyslogSinkOptions {
  protocol: SyslogProtocol;
  host: string;
  port: number;
  rfc: SyslogRfc;
  /** TCP and TLS only (UDP sends one message per datagram). */
  framing: Framing;
  /** Facility code (0-23) per event category. */
  facility: Readonly<Record<EventCategory, number>>;
  /** A fixed severity (0-7), or null: from the event's severity (see header.ts). */
  severity: number | null;
  appName: string;
  /** Used when the event names no host (or hostname_from_event is false). */
  hostname: string;
  hostnameFromEvent: boolean;
  /** SD-ID of the structured data element (RFC 5424), or null for none. */
  sdId: string | null;
  utf8Bom: boolean;
  udpMaxBytes: number;
  udpOversize: UdpOversize;
  connectTimeoutMs: number;
  writeTimeoutMs: number;
  tls: SyslogTlsOptions | null;
}

/** Facility names (RFC 5424 section 6.2.1, as rsyslog spells them) and their codes. */
export const FACILITIES: Readonly<Record<string, number>> = {
  kern: 0,
  user: 1,
  mail: 2,
  daemon: 3,
  auth: 4,
  syslog: 5,
  lpr: 6,
  news: 7,
  uucp: 8,
  cron: 9,
  authpriv: 10,
  ftp: 11,
  ntp: 12,
  audit: 13,
  alert: 14,
  clock: 15,
  local0: 16,
  local1: 17,
  local2: 18,
  local3: 19,
  local4: 20,
  local5: 21,
  local6: 22,
  local7: 23,
};

/** Severity names (RFC 5424 section 6.2.1) and their codes. */
export const SEVERITIES: Readonly<Record<string, number>> = {
  emerg: 0,
  alert: 1,
  crit: 2,
  err: 3,
  warning: 4,
  notice: 5,
  info: 6,
  debug: 7,
};

export const DEFAULT_APP_NAME = 'cb-event-bridge';
export const DEFAULT_SD_ID = 'cbEventBridge@32473';
const DEFAULT_FACILITY = 'local0';
const DEFAULT_PORTS: Readonly<Record<SyslogProtocol, number>> = { udp: 514, tcp: 514, tls: 6514 };

const ADDRESS_PATTERN = '^(\\[[0-9A-Fa-f:.]+\\]|[^\\s:/\\[\\]@${}]+)(:[0-9]{1,5})?$';
const REFERENCE_PATTERN = '^\\$\\{[^}]+\\}$';
const facilityValue = {
  type: ['string', 'integer'],
  enum: [...Object.keys(FACILITIES), ...Object.values(FACILITIES)],
  description: 'A facility name (kern, user, daemon, auth, authpriv, audit, local0-local7, ...) or code 0-23.',
};

/** JSON Schema (draft-07) of SyslogSinkConfig. */
export const SYSLOG_SINK_CONFIG_SCHEMA = {
  type: 'object',
  description:
    'Sends each event as a syslog message (RFC 5424 or RFC 3164) over UDP, TCP or TLS, the message being the event in the route ' +
    'format (normalized JSON, LEEF or CEF). Over TCP and TLS an event counts as delivered once its bytes are written to the socket; ' +
    'UDP is best effort.',
  additionalProperties: false,
  required: ['address'],
  properties: {
    address: {
      type: 'string',
      pattern: `${ADDRESS_PATTERN}|${REFERENCE_PATTERN}`,
      'x-hint': 'must be HOST:PORT (an IPv6 address in brackets: [::1]:6514), or a reference such as ${SIEM_ADDRESS}',
      description:
        'The collector, HOST:PORT. Without a port: 514 for udp and tcp, 6514 for tls. May be a reference (${NAME}, ${env:NAME}, ' +
        '${file:/path}) to a HOST:PORT, resolved when the sink starts.',
    },
    protocol: {
      type: 'string',
      enum: ['udp', 'tcp', 'tls'],
      default: 'tcp',
      description: 'Transport: udp (best effort), tcp, or tls (TCP with TLS, RFC 5425).',
    },
    rfc: {
      type: 'integer',
      enum: [5424, 3164],
      default: 5424,
      description: 'Message header: 5424 (the IETF syslog protocol) or 3164 (the BSD header).',
    },
    framing: {
      type: 'string',
      enum: ['octet_counting', 'newline'],
      description:
        'How messages are delimited on TCP and TLS: octet_counting (each message prefixed by its length, RFC 6587 and 5425) or ' +
        'newline (each message ended by LF). Default: octet_counting for tls, newline for tcp. Not used with udp.',
    },
    facility: {
      anyOf: [
        facilityValue,
        {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          description: 'A facility per event category; categories not given take `default`.',
          properties: {
            endpoint: {
              ...facilityValue,
              description: 'Endpoint activity (process, network, file, registry, module events).',
            },
            detection: {
              ...facilityValue,
              description: 'Detections: watchlist, feed and alert hits, tampering, blocks, EMET.',
            },
            binary: { ...facilityValue, description: 'Binary information (binaryinfo.*, binarystore.*, module info).' },
            server: {
              ...facilityValue,
              description: "The CB server's own notifications (feed synchronisation, task errors).",
            },
            default: { ...facilityValue, description: `Categories not named (default ${DEFAULT_FACILITY}).` },
          },
        },
      ],
      description: `Facility: fixed (a name or code) or per event category. Default ${DEFAULT_FACILITY}.`,
    },
    severity: {
      type: ['string', 'integer'],
      enum: ['from_event', ...Object.keys(SEVERITIES), ...Object.values(SEVERITIES)],
      default: 'from_event',
      description:
        "Severity: from_event (from the event's score or its type, see docs/sinks/syslog.md) or fixed (emerg, alert, crit, err, " +
        'warning, notice, info, debug, or 0-7).',
    },
    app_name: {
      type: 'string',
      minLength: 1,
      maxLength: 48,
      pattern: '^[\\x21-\\x7e]+$',
      'x-hint': 'must be printable ASCII without spaces',
      default: DEFAULT_APP_NAME,
      description:
        'APP-NAME (RFC 5424, at most 48 characters) or TAG (RFC 3164: at most 32 letters, digits, ".", "_", "-" or "/").',
    },
    hostname: {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      pattern: '^[\\x21-\\x7e]+$',
      'x-hint': 'must be printable ASCII without spaces',
      description:
        "HOSTNAME for events that name no host (and for every event with hostname_from_event: false). Default: this machine's name.",
    },
    hostname_from_event: {
      type: 'boolean',
      default: true,
      description:
        "Use the endpoint the event is about (computer_name, or the hit's host) as HOSTNAME, so the SIEM files the event under it.",
    },
    structured_data: {
      type: 'boolean',
      default: false,
      description: 'RFC 5424 only: add a structured data element with the event id, type, sensor id and route.',
    },
    sd_id: {
      type: 'string',
      maxLength: 32,
      pattern: '^[A-Za-z0-9._-]+@[0-9]+(\\.[0-9]+)*$',
      'x-hint': 'must be NAME@ENTERPRISE-NUMBER, e.g. cbEventBridge@32473',
      default: DEFAULT_SD_ID,
      description:
        'SD-ID of that element: a name, "@" and your organisation\'s IANA private enterprise number (32473 is the number reserved for examples).',
    },
    utf8_bom: {
      type: 'boolean',
      default: false,
      description:
        'RFC 5424 only: start each message with the UTF-8 byte order mark, as the RFC asks for UTF-8 text. Off by default: many collectors keep it as text.',
    },
    udp_max_bytes: {
      // No schema default (nor for udp_oversize): set on a tcp or tls sink, check reports it.
      type: 'integer',
      minimum: 480,
      maximum: 65507,
      description:
        'Largest datagram sent over udp, default 2048 (RFC 5426: receivers must take 480 bytes and should take 2048). Larger messages are handled by udp_oversize.',
    },
    udp_oversize: {
      type: 'string',
      enum: ['truncate', 'split', 'drop'],
      description:
        'A message larger than udp_max_bytes: truncate (the default: cut at a character boundary), split (several messages with the same header, the text ' +
        'cut in order) or drop (the event is dead-lettered). Each such event is counted (cb_bridge_sink_oversize_events_total).',
    },
    connect_timeout_ms: {
      type: 'integer',
      minimum: 100,
      maximum: 600_000,
      default: 5_000,
      description: 'TCP connect (and TLS handshake) timeout.',
    },
    write_timeout_ms: {
      type: 'integer',
      minimum: 100,
      maximum: 3_600_000,
      default: 30_000,
      description:
        'How long a batch may wait for the collector to take its bytes before the connection is dropped and the batch retried.',
    },
    tls: {
      type: 'object',
      additionalProperties: false,
      description:
        'TLS settings (protocol: tls). File fields are paths to PEM files, read when the sink starts (and by check).',
      properties: clientTlsSchemaProperties('collector'),
    },
  },
} as const;

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true })
  .addKeyword('x-hint')
  .compile<SyslogSinkConfig>(SYSLOG_SINK_CONFIG_SCHEMA);

export interface ResolveDeps {
  /** Resolves secret references (the sink context's secret()); without it, secrets are not resolved (check). */
  secret?: (value: unknown) => string | undefined;
  readFile?: (path: string) => Buffer;
  /** This machine's name (the default HOSTNAME). */
  hostname?: () => string;
}

/**
 * The address, a reference to one resolved. Null when it is a reference that cannot be resolved
 * here (check resolves no secrets) or did not resolve to a HOST:PORT (a problem is added then).
 */
function resolveAddress(
  address: string,
  secret: ResolveDeps['secret'],
  problems: SyslogConfigProblem[],
): string | null {
  if (!new RegExp(REFERENCE_PATTERN).test(address)) return address;
  if (!secret) return null;
  let resolved: string | undefined;
  try {
    resolved = secret(address);
  } catch (err) {
    problems.push({ field: 'address', message: `address: ${(err as Error).message}` });
    return null;
  }
  if (resolved === undefined || !new RegExp(ADDRESS_PATTERN).test(resolved)) {
    problems.push({ field: 'address', message: `address ${address} does not resolve to HOST:PORT` });
    return null;
  }
  return resolved;
}

/** Splits HOST:PORT (IPv6 in brackets); the port defaults by protocol. */
function splitAddress(address: string, protocol: SyslogProtocol): { host: string; port: number } {
  const m = /^(\[([^\]]+)\]|[^:]+)(?::(\d+))?$/.exec(address);
  const host = m ? (m[2] ?? m[1]) : address;
  return { host, port: m?.[3] === undefined ? DEFAULT_PORTS[protocol] : Number(m[3]) };
}

function code(table: Readonly<Record<string, number>>, value: string | number): number {
  return typeof value === 'number' ? value : table[value];
}

function facilities(value: SyslogSinkConfig['facility']): Record<EventCategory, number> {
  const byCategory = value === undefined || typeof value !== 'object' ? { default: value ?? DEFAULT_FACILITY } : value;
  const fallback = code(FACILITIES, byCategory.default ?? DEFAULT_FACILITY);
  return Object.fromEntries(
    EVENT_CATEGORIES.map((c) => [c, byCategory[c] === undefined ? fallback : code(FACILITIES, byCategory[c])]),
  ) as Record<EventCategory, number>;
}

/** Problems the schema cannot state: settings that do not go together, the port range, the TLS files. */
function crossFieldProblems(
  config: SyslogSinkConfig,
  protocol: SyslogProtocol,
  port: number,
  rfc: SyslogRfc,
): SyslogConfigProblem[] {
  const problems: SyslogConfigProblem[] = [];
  const add = (field: string, message: string): void => {
    problems.push({ field, message });
  };
  if (port < 1 || port > 65535) add('address', `port ${port} is out of range (1-65535)`);
  if (protocol === 'udp' && config.framing !== undefined)
    add('framing', 'framing applies to tcp and tls; udp sends one message per datagram');
  if (protocol !== 'udp') {
    if (config.udp_max_bytes !== undefined)
      add('udp_max_bytes', `udp_max_bytes applies to protocol: udp (protocol is ${protocol})`);
    if (config.udp_oversize !== undefined)
      add('udp_oversize', `udp_oversize applies to protocol: udp (protocol is ${protocol})`);
  }
  if (protocol !== 'tls' && config.tls !== undefined) {
    add('tls', `tls is set but protocol is ${protocol}; use protocol: tls`);
    // With protocol: tls these come from readClientTls.
    problems.push(...clientTlsSettingProblems(config.tls));
  }
  if (rfc === 3164) {
    if (config.structured_data) add('structured_data', 'structured data exists in RFC 5424 only (rfc is 3164)');
    if (config.utf8_bom) add('utf8_bom', 'utf8_bom applies to RFC 5424 only (rfc is 3164)');
    const app = config.app_name ?? DEFAULT_APP_NAME;
    if (app.length > 32 || !/^[A-Za-z0-9._/-]+$/.test(app))
      add('app_name', `app_name '${app}' cannot be an RFC 3164 TAG (at most 32 letters, digits, '.', '_', '-' or '/')`);
  }
  return problems;
}

function schemaProblems(): SyslogConfigProblem[] {
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const field = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
      const extra =
        e.keyword === 'additionalProperties'
          ? `: '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
          : '';
      return { field, message: `${field || '(block)'} ${e.message ?? 'is invalid'}${extra}` };
    });
}

/** The routes-file keys every sink block has; tolerated here in case the whole block is passed. */
function withoutSpecKeys(block: unknown): unknown {
  if (block === null || typeof block !== 'object' || Array.isArray(block)) return block;
  const {
    type: _type,
    name: _name,
    delivery: _delivery,
    required: _required,
    ...rest
  } = block as Record<string, unknown>;
  return rest;
}

/** Every problem of a block (the schema's, then the rest) and the options when there are none. */
function examine(
  block: unknown,
  deps: ResolveDeps,
): { problems: SyslogConfigProblem[]; options: SyslogSinkOptions | null } {
  const config = withoutSpecKeys(block);
  if (!validate(config)) return { problems: schemaProblems(), options: null };
  const protocol = config.protocol ?? 'tcp';
  const rfc = config.rfc ?? 5424;
  const problems: SyslogConfigProblem[] = [];
  const address = resolveAddress(config.address, deps.secret, problems);
  const { host, port } = splitAddress(address ?? '', protocol);
  problems.push(...crossFieldProblems(config, protocol, address === null ? DEFAULT_PORTS[protocol] : port, rfc));
  let tls: SyslogTlsOptions | null = null;
  if (protocol === 'tls') {
    const read = readClientTls(config.tls ?? {}, {
      secret: deps.secret,
      readFile: deps.readFile,
      defaultServername: isIP(host) === 0 ? host : undefined,
    });
    problems.push(...read.problems);
    tls = read.options;
  }
  if (problems.length > 0) return { problems, options: null };
  const severity = config.severity ?? 'from_event';
  return {
    problems,
    options: {
      protocol,
      host,
      port,
      rfc,
      framing: config.framing ?? (protocol === 'tls' ? 'octet_counting' : 'newline'),
      facility: facilities(config.facility),
      severity: severity === 'from_event' ? null : code(SEVERITIES, severity),
      appName: config.app_name ?? DEFAULT_APP_NAME,
      hostname: config.hostname ?? ((deps.hostname ?? systemHostname)() || '-'),
      hostnameFromEvent: config.hostname_from_event ?? true,
      sdId: config.structured_data ? (config.sd_id ?? DEFAULT_SD_ID) : null,
      utf8Bom: config.utf8_bom ?? false,
      udpMaxBytes: config.udp_max_bytes ?? 2048,
      udpOversize: config.udp_oversize ?? 'truncate',
      connectTimeoutMs: config.connect_timeout_ms ?? 5_000,
      writeTimeoutMs: config.write_timeout_ms ?? 30_000,
      tls,
    },
  };
}

/**
 * Validates a `syslog` block, applies defaults, resolves the key passphrase and reads the TLS files. Throws
 * SyslogSinkConfigError.
 */
export function resolveSyslogSinkConfig(block: unknown, deps: ResolveDeps = {}): SyslogSinkOptions {
  const { problems, options } = examine(block, deps);
  if (!options) throw new SyslogSinkConfigError(problems);
  return options;
}

/**
 * Every problem `run` would find in a block that passed the routes schema, for `check`: settings
 * that do not go together and TLS files that cannot be read or used. Secrets are not resolved.
 */
export function checkSyslogSinkConfig(block: unknown, deps: Omit<ResolveDeps, 'secret'> = {}): SyslogConfigProblem[] {
  return examine(block, deps).problems;
}
