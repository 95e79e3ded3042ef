import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { SinkContext } from '../sink-factory';
import type { BreakerOptions } from './breaker';
import { WebhookConfigError } from './errors';

/** The HTTP settings the `webhook` and `splunk_hec` blocks share, as written in YAML. */
export interface EndpointConfig {
  url: string;
  headers?: Record<string, string>;
  tls?: { ca_file?: string; cert_file?: string; key_file?: string; key_passphrase?: string; verify?: boolean };
  timeout_ms?: number;
  max_concurrent_requests?: number;
  keep_alive_timeout_ms?: number;
  gzip?: boolean;
  retry_after_max_s?: number;
  breaker?: { failure_threshold?: number; cooldown_ms?: number };
  on_disabled?: OnDisabled;
}

/** What a disabled endpoint (410 Gone) does with its events: keep them waiting, or dead-letter them. */
export type OnDisabled = 'hold' | 'dead_letter';

export interface TlsOptions {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  passphrase?: string;
  rejectUnauthorized: boolean;
}

/** The shared settings after validation, defaults and secret resolution. */
export interface EndpointOptions {
  url: URL;
  /** `scheme://host:port`: all that messages, health and logs show of the endpoint (its path may be a secret). */
  origin: string;
  /** Static headers of every request (user headers plus authentication), names lower-cased. */
  headers: Record<string, string>;
  tls?: TlsOptions;
  timeoutMs: number;
  maxConcurrentRequests: number;
  keepAliveTimeoutMs: number;
  gzip: boolean;
  /** Longest Retry-After honoured (ms); longer ones are cut to this. */
  retryAfterMaxMs: number;
  breaker: BreakerOptions;
  onDisabled: OnDisabled;
  /** Every secret value resolved for this sink, for redaction. */
  secrets: string[];
}

export const ENDPOINT_DEFAULTS = Object.freeze({
  timeoutMs: 10_000,
  maxConcurrentRequests: 16,
  keepAliveTimeoutMs: 4_000,
  retryAfterMaxS: 300,
  failureThreshold: 5,
  cooldownMs: 5_000,
});

export const HEADER_NAME_PATTERN = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
const SECRET_NOTE = 'May be a secret reference: ${NAME}, ${env:NAME} or ${file:/path}.';

/** JSON Schema properties of EndpointConfig (draft-07), merged into each sink type's schema. */
export const ENDPOINT_PROPERTIES = {
  url: {
    type: 'string',
    minLength: 1,
    description:
      `The endpoint: an http:// or https:// URL, without credentials (use auth). ${SECRET_NOTE} ` +
      'Only its scheme, host and port ever appear in logs, errors and health, since a path may itself be a secret.',
  },
  headers: {
    type: 'object',
    description:
      `Extra request headers, name: value. Values ${SECRET_NOTE.charAt(0).toLowerCase()}${SECRET_NOTE.slice(1)} ` +
      'Headers the sink sets itself (Content-Type, Content-Encoding, Content-Length, Host, webhook-*) cannot be set here.',
    propertyNames: { pattern: HEADER_NAME_PATTERN },
    additionalProperties: { type: 'string' },
  },
  tls: {
    type: 'object',
    additionalProperties: false,
    description: 'TLS settings for an https:// URL.',
    properties: {
      ca_file: {
        type: 'string',
        minLength: 1,
        description: 'PEM file of the CA(s) to trust instead of the system store.',
      },
      cert_file: { type: 'string', minLength: 1, description: 'PEM client certificate (mutual TLS); needs key_file.' },
      key_file: {
        type: 'string',
        minLength: 1,
        description: 'PEM private key of the client certificate; needs cert_file.',
      },
      key_passphrase: { type: 'string', description: `Passphrase of key_file. ${SECRET_NOTE}` },
      verify: {
        type: 'boolean',
        default: true,
        description: 'Verify the server certificate and host name. false is for tests only.',
      },
    },
  },
  timeout_ms: {
    type: 'integer',
    minimum: 100,
    maximum: 600_000,
    default: ENDPOINT_DEFAULTS.timeoutMs,
    description:
      'Time allowed for one attempt: connecting, sending and reading the whole response (ms). A timeout is retryable.',
  },
  // No schema default: a value set here also becomes the driver's concurrency (see index.ts).
  max_concurrent_requests: {
    type: 'integer',
    minimum: 1,
    maximum: 256,
    description:
      `Requests in flight at once, across all batches of this sink (also the size of its keep-alive connection pool). Default ${ENDPOINT_DEFAULTS.maxConcurrentRequests}. ` +
      'When set, it is also the default of delivery.concurrency.',
  },
  keep_alive_timeout_ms: {
    type: 'integer',
    minimum: 100,
    maximum: 600_000,
    default: ENDPOINT_DEFAULTS.keepAliveTimeoutMs,
    description: 'How long an idle keep-alive connection is kept when the server does not say (ms).',
  },
  gzip: { type: 'boolean', default: false, description: 'Compress request bodies (Content-Encoding: gzip).' },
  retry_after_max_s: {
    type: 'integer',
    minimum: 0,
    maximum: 86_400,
    default: ENDPOINT_DEFAULTS.retryAfterMaxS,
    description: 'Longest Retry-After (seconds) honoured; a longer one is cut to this.',
  },
  breaker: {
    type: 'object',
    additionalProperties: false,
    description: 'Circuit breaker of the endpoint.',
    properties: {
      failure_threshold: {
        type: 'integer',
        minimum: 0,
        maximum: 10_000,
        default: ENDPOINT_DEFAULTS.failureThreshold,
        description:
          'Consecutive failed attempts (5xx, 408, 429, timeouts, connection errors) that open it; 0 = no breaker.',
      },
      cooldown_ms: {
        type: 'integer',
        minimum: 100,
        maximum: 3_600_000,
        default: ENDPOINT_DEFAULTS.cooldownMs,
        description: 'How long it stays open before one probe request is let through (ms).',
      },
    },
  },
  on_disabled: {
    type: 'string',
    enum: ['hold', 'dead_letter'],
    default: 'hold',
    description:
      'After a 410 Gone the endpoint is disabled until an operator re-enables it. hold: its events wait, ' +
      'unacknowledged (and parked in the delay queue when that takes long); dead_letter: they are dead-lettered at once.',
  },
} as const;

/** Header names the sinks set themselves. */
const RESERVED_HEADERS = new Set([
  'host',
  'content-length',
  'content-type',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
]);

const REFERENCE = /^\$\{[^}]+\}$/;

/** Compiles a sink block schema the way the routes loader does (strict, all errors). */
export function compileBlockSchema<T>(schema: Record<string, unknown>): ValidateFunction<T> {
  return new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile<T>(schema);
}

/** The routes-file keys every sink block has; tolerated here in case the whole block is passed. */
export function withoutSpecKeys(block: unknown): unknown {
  if (block === null || typeof block !== 'object' || Array.isArray(block)) return block;
  const { type: _type, name: _name, delivery: _delivery, ...rest } = block as Record<string, unknown>;
  return rest;
}

/** Validates a block against its schema; throws a WebhookConfigError listing every problem. */
export function validateBlock<T>(sinkType: string, validate: ValidateFunction<T>, block: unknown): T {
  const config = withoutSpecKeys(block);
  if (validate(config)) return config;
  const errors: readonly ErrorObject[] = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const field = (e: ErrorObject): string => e.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const message = errors
    .map(
      (e) =>
        `${field(e) || '(block)'} ${e.message ?? 'is invalid'}` +
        (e.keyword === 'additionalProperties'
          ? `: '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
          : ''),
    )
    .join('; ');
  throw new WebhookConfigError(sinkType, errors[0] ? field(errors[0]) : '', message || 'invalid');
}

/** Resolves config values that may be secret references, remembering the secrets for redaction. */
export class SecretResolver {
  readonly secrets: string[] = [];

  constructor(
    private readonly sinkType: string,
    private readonly ctx: Pick<SinkContext, 'secret'>,
  ) {}

  /** A value that is always treated as secret (tokens, passwords, signing secrets). */
  secret(value: string, field: string): string {
    const v = this.resolve(value, field);
    this.secrets.push(v);
    return v;
  }

  /** A value that is secret only when it came from a reference (header values, the URL). */
  maybeSecret(value: string, field: string): { value: string; wasReference: boolean } {
    const v = this.resolve(value, field);
    const wasReference = REFERENCE.test(value);
    if (wasReference) this.secrets.push(v);
    return { value: v, wasReference };
  }

  private resolve(value: string, field: string): string {
    let v: string | undefined;
    try {
      v = this.ctx.secret(value);
    } catch (err) {
      throw new WebhookConfigError(this.sinkType, field, `${field}: ${(err as Error).message}`);
    }
    if (v === undefined || v === '') throw new WebhookConfigError(this.sinkType, field, `${field} is empty`);
    return v;
  }
}

function readPem(sinkType: string, field: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new WebhookConfigError(
      sinkType,
      field,
      `${field} ${path} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

function resolveUrl(sinkType: string, config: EndpointConfig, secrets: SecretResolver): URL {
  const { value, wasReference } = secrets.maybeSecret(config.url, 'url');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new WebhookConfigError(
      sinkType,
      'url',
      wasReference ? 'url (from its reference) is not a valid URL' : 'url is not a valid URL',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new WebhookConfigError(sinkType, 'url', `url must be http:// or https://, not ${url.protocol}//`);
  if (url.username || url.password)
    throw new WebhookConfigError(sinkType, 'url', 'url must not carry credentials: use auth (or the token) instead');
  if (wasReference && `${url.pathname}${url.search}`.length >= 4) secrets.secrets.push(`${url.pathname}${url.search}`);
  url.hash = '';
  return url;
}

function resolveTls(
  sinkType: string,
  config: EndpointConfig,
  secrets: SecretResolver,
  url: URL,
): TlsOptions | undefined {
  const t = config.tls;
  if (!t) return undefined;
  if (url.protocol !== 'https:') throw new WebhookConfigError(sinkType, 'tls', 'tls is set but url is not https://');
  if (!!t.cert_file !== !!t.key_file)
    throw new WebhookConfigError(
      sinkType,
      t.cert_file ? 'tls.key_file' : 'tls.cert_file',
      'tls.cert_file and tls.key_file go together',
    );
  const out: TlsOptions = { rejectUnauthorized: t.verify ?? true };
  if (t.ca_file) out.ca = readPem(sinkType, 'tls.ca_file', t.ca_file);
  if (t.cert_file) out.cert = readPem(sinkType, 'tls.cert_file', t.cert_file);
  if (t.key_file) out.key = readPem(sinkType, 'tls.key_file', t.key_file);
  if (t.key_passphrase !== undefined) out.passphrase = secrets.secret(t.key_passphrase, 'tls.key_passphrase');
  return out;
}

/** Header value check after resolution: a CR or LF would split the header. Never shows the value. */
export function checkHeaderValue(sinkType: string, field: string, value: string): void {
  if (/[\r\n\0]/.test(value)) throw new WebhookConfigError(sinkType, field, `${field} contains a line break or NUL`);
}

/**
 * Resolves the shared settings. `reserved` adds header names this sink type sets itself
 * (authorization for HEC); the caller adds its authentication headers afterwards.
 */
export function resolveEndpoint(
  sinkType: string,
  config: EndpointConfig,
  secrets: SecretResolver,
  reserved: readonly string[] = [],
): EndpointOptions {
  const url = resolveUrl(sinkType, config, secrets);
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(config.headers ?? {})) {
    const lower = name.toLowerCase();
    const field = `headers.${name}`;
    if (RESERVED_HEADERS.has(lower) || reserved.includes(lower)) {
      throw new WebhookConfigError(
        sinkType,
        field,
        `header ${name} is set by the sink itself${lower === 'content-type' ? ' (use content_type)' : ''}`,
      );
    }
    if (lower in headers) throw new WebhookConfigError(sinkType, field, `header ${name} is given twice`);
    const { value } = secrets.maybeSecret(raw, field);
    checkHeaderValue(sinkType, field, value);
    headers[lower] = value;
  }
  return {
    url,
    origin: url.origin,
    headers,
    tls: resolveTls(sinkType, config, secrets, url),
    timeoutMs: config.timeout_ms ?? ENDPOINT_DEFAULTS.timeoutMs,
    maxConcurrentRequests: config.max_concurrent_requests ?? ENDPOINT_DEFAULTS.maxConcurrentRequests,
    keepAliveTimeoutMs: config.keep_alive_timeout_ms ?? ENDPOINT_DEFAULTS.keepAliveTimeoutMs,
    gzip: config.gzip ?? false,
    retryAfterMaxMs: (config.retry_after_max_s ?? ENDPOINT_DEFAULTS.retryAfterMaxS) * 1000,
    breaker: {
      failureThreshold: config.breaker?.failure_threshold ?? ENDPOINT_DEFAULTS.failureThreshold,
      cooldownMs: config.breaker?.cooldown_ms ?? ENDPOINT_DEFAULTS.cooldownMs,
    },
    onDisabled: config.on_disabled ?? 'hold',
    secrets: secrets.secrets,
  };
}
