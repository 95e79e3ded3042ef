import { Buffer } from 'node:buffer';
import type { SinkContext } from '../sink-factory';
import {
  ENDPOINT_PROPERTIES,
  HEADER_NAME_PATTERN,
  SecretResolver,
  checkHeaderValue,
  compileBlockSchema,
  resolveEndpoint,
  validateBlock,
  type EndpointConfig,
  type EndpointOptions,
} from './endpoint-config';
import { WebhookConfigError } from './errors';
import { SigningSecretError, signingKey } from './signing';
import { compileTemplate, TEMPLATE_PLACEHOLDERS, TemplateError, type CompiledTemplate } from './template';

export const WEBHOOK_TYPE = 'webhook';

/** How events are put into request bodies. */
export type BodyMode = 'single' | 'json_array' | 'ndjson' | 'template';
export const BODY_MODES: readonly BodyMode[] = ['single', 'json_array', 'ndjson', 'template'];

/** The `webhook` sink's block in the routes file (besides `type`, `name` and `delivery`). */
export interface WebhookSinkConfig extends EndpointConfig {
  method?: 'POST' | 'PUT' | 'PATCH';
  auth?: {
    bearer?: string;
    basic?: { username: string; password: string };
    header?: { name: string; value: string };
  };
  body?: BodyMode;
  template?: string;
  content_type?: string;
  signing?: { secrets: string[] };
}

export interface WebhookOptions extends EndpointOptions {
  method: 'POST' | 'PUT' | 'PATCH';
  body: BodyMode;
  template?: CompiledTemplate;
  contentType: string;
  /** HMAC keys of the signing secrets (empty: requests are not signed). */
  signingKeys: Buffer[];
}

const SECRET_NOTE = 'May be a secret reference (${NAME}, ${env:NAME}, ${file:/path}).';

/** JSON Schema (draft-07) of WebhookSinkConfig. */
export const WEBHOOK_SINK_CONFIG_SCHEMA = {
  type: 'object',
  description:
    'Sends events to an HTTP endpoint: one per request or in batches, optionally gzipped and signed (Standard Webhooks), ' +
    'with retries, a circuit breaker, and 410 Gone disabling the endpoint.',
  additionalProperties: false,
  required: ['url'],
  properties: {
    ...ENDPOINT_PROPERTIES,
    method: { type: 'string', enum: ['POST', 'PUT', 'PATCH'], default: 'POST', description: 'HTTP method.' },
    auth: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      description: 'Authentication: exactly one of bearer, basic or header.',
      properties: {
        bearer: {
          type: 'string',
          minLength: 1,
          description: `Token sent as Authorization: Bearer <token>. ${SECRET_NOTE}`,
        },
        basic: {
          type: 'object',
          additionalProperties: false,
          required: ['username', 'password'],
          description: 'HTTP basic authentication.',
          properties: {
            username: { type: 'string', minLength: 1, description: 'User name (no colon).' },
            password: { type: 'string', minLength: 1, description: `Password. ${SECRET_NOTE}` },
          },
        },
        header: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'value'],
          description: 'A header of your choice carrying a key, e.g. X-Api-Key.',
          properties: {
            name: { type: 'string', pattern: HEADER_NAME_PATTERN, description: 'Header name.' },
            value: { type: 'string', minLength: 1, description: `Header value. ${SECRET_NOTE}` },
          },
        },
      },
    },
    body: {
      type: 'string',
      enum: BODY_MODES,
      default: 'single',
      description:
        'single: one request per event, the event as the body. json_array: a batch as a JSON array. ' +
        'ndjson: a batch as newline-delimited events. template: a batch inserted into `template`.',
    },
    template: {
      type: 'string',
      minLength: 1,
      description:
        `Body template for body: template: JSON with placeholders outside strings: ${TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}; ` +
        '{{events}} exactly once, e.g. {"events": {{events}}, "source": "cb"}.',
    },
    content_type: {
      type: 'string',
      minLength: 1,
      description: 'Content-Type of request bodies. Default application/json (application/x-ndjson for ndjson).',
    },
    signing: {
      type: 'object',
      additionalProperties: false,
      required: ['secrets'],
      description: 'Standard Webhooks signing: webhook-id, webhook-timestamp and webhook-signature headers.',
      properties: {
        secrets: {
          type: 'array',
          minItems: 1,
          maxItems: 8,
          items: { type: 'string', minLength: 1 },
          description: `Signing secrets, whsec_<base64>; each adds a signature (several for key rotation). ${SECRET_NOTE}`,
        },
      },
    },
  },
} as const;

const validate = compileBlockSchema<WebhookSinkConfig>(WEBHOOK_SINK_CONFIG_SCHEMA);

function defaultContentType(body: BodyMode): string {
  return body === 'ndjson' ? 'application/x-ndjson' : 'application/json';
}

function resolveAuth(auth: WebhookSinkConfig['auth'], secrets: SecretResolver, headers: Record<string, string>): void {
  if (!auth) return;
  let name = 'authorization';
  if (
    auth.header &&
    ['content-type', 'content-length', 'content-encoding', 'host'].includes(auth.header.name.toLowerCase())
  ) {
    throw new WebhookConfigError(WEBHOOK_TYPE, 'auth.header.name', `auth.header.name cannot be ${auth.header.name}`);
  }
  if (auth.header) name = auth.header.name.toLowerCase();
  if (name in headers)
    throw new WebhookConfigError(WEBHOOK_TYPE, 'headers', `headers sets ${name}, which auth sets too`);
  if (auth.bearer !== undefined) {
    const token = secrets.secret(auth.bearer, 'auth.bearer');
    checkHeaderValue(WEBHOOK_TYPE, 'auth.bearer', token);
    headers.authorization = `Bearer ${token}`;
  } else if (auth.basic) {
    if (auth.basic.username.includes(':'))
      throw new WebhookConfigError(WEBHOOK_TYPE, 'auth.basic.username', 'auth.basic.username must not contain a colon');
    const password = secrets.secret(auth.basic.password, 'auth.basic.password');
    const encoded = Buffer.from(`${auth.basic.username}:${password}`, 'utf8').toString('base64');
    secrets.secrets.push(encoded);
    headers.authorization = `Basic ${encoded}`;
  } else if (auth.header) {
    const value = secrets.secret(auth.header.value, 'auth.header.value');
    checkHeaderValue(WEBHOOK_TYPE, 'auth.header.value', value);
    headers[name] = value;
  }
}

function resolveSigning(signing: WebhookSinkConfig['signing'], secrets: SecretResolver): Buffer[] {
  return (signing?.secrets ?? []).map((raw, i) => {
    const field = `signing.secrets.${i}`;
    const secret = secrets.secret(raw, field);
    secrets.secrets.push(secret.slice('whsec_'.length));
    try {
      return signingKey(secret);
    } catch (err) {
      if (err instanceof SigningSecretError)
        throw new WebhookConfigError(WEBHOOK_TYPE, field, `${field}: ${err.message}`);
      throw err;
    }
  });
}

/** Validates a `webhook` block, applies defaults and resolves its secrets. Throws WebhookConfigError. */
export function resolveWebhookSinkConfig(block: unknown, ctx: Pick<SinkContext, 'secret'>): WebhookOptions {
  const config = validateBlock(WEBHOOK_TYPE, validate, block);
  const body = config.body ?? 'single';
  let template: CompiledTemplate | undefined;
  if (body === 'template') {
    if (config.template === undefined)
      throw new WebhookConfigError(WEBHOOK_TYPE, 'template', 'body: template needs a template');
    try {
      template = compileTemplate(config.template);
    } catch (err) {
      if (err instanceof TemplateError)
        throw new WebhookConfigError(WEBHOOK_TYPE, 'template', `template ${err.message}`);
      throw err;
    }
  } else if (config.template !== undefined) {
    throw new WebhookConfigError(
      WEBHOOK_TYPE,
      'template',
      `template is only used with body: template (body is ${body})`,
    );
  }
  if (config.content_type !== undefined) checkHeaderValue(WEBHOOK_TYPE, 'content_type', config.content_type);
  const secrets = new SecretResolver(WEBHOOK_TYPE, ctx);
  const endpoint = resolveEndpoint(WEBHOOK_TYPE, config, secrets);
  resolveAuth(config.auth, secrets, endpoint.headers);
  const signingKeys = resolveSigning(config.signing, secrets);
  return {
    ...endpoint,
    method: config.method ?? 'POST',
    body,
    ...(template ? { template } : {}),
    contentType: config.content_type ?? defaultContentType(body),
    signingKeys,
    secrets: secrets.secrets,
  };
}
