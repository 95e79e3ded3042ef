import { randomUUID } from 'node:crypto';
import type { SinkContext } from '../sink-factory';
import {
  ENDPOINT_PROPERTIES,
  SecretResolver,
  checkHeaderValue,
  compileBlockSchema,
  resolveEndpoint,
  validateBlock,
  type EndpointConfig,
  type EndpointOptions,
} from './endpoint-config';

export const SPLUNK_HEC_TYPE = 'splunk_hec';

/** Where HEC takes JSON events, appended to a url given without a path. */
export const HEC_EVENT_PATH = '/services/collector/event';
export const HEC_DEFAULT_SOURCETYPE = 'bit9:carbonblack:json';
export const HEC_DEFAULT_SOURCE = 'cb-event-bridge';

/** The `splunk_hec` sink's block in the routes file. */
export interface SplunkHecSinkConfig extends EndpointConfig {
  token: string;
  source?: string;
  sourcetype?: string;
  index?: string;
  channel?: string;
}

export interface SplunkHecOptions extends EndpointOptions {
  source: string;
  sourcetype: string;
  index?: string;
  channel: string;
}

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** JSON Schema (draft-07) of SplunkHecSinkConfig. */
export const SPLUNK_HEC_SINK_CONFIG_SCHEMA = {
  type: 'object',
  description:
    'Sends events to a Splunk HTTP Event Collector: batches of {time, host, source, sourcetype, index, event} envelopes ' +
    "to /services/collector/event, with the webhook sink's retries, circuit breaker and TLS options.",
  additionalProperties: false,
  required: ['url', 'token'],
  properties: {
    ...ENDPOINT_PROPERTIES,
    url: {
      ...ENDPOINT_PROPERTIES.url,
      description:
        `HEC base URL, e.g. https://splunk.example.com:8088; when it has no path, ${HEC_EVENT_PATH} is appended. ` +
        'May be a secret reference.',
    },
    token: {
      type: 'string',
      minLength: 1,
      description:
        'HEC token, sent as Authorization: Splunk <token>. May be a secret reference (${NAME}, ${env:NAME}, ${file:/path}).',
    },
    source: { type: 'string', minLength: 1, default: HEC_DEFAULT_SOURCE, description: "The events' source field." },
    sourcetype: {
      type: 'string',
      minLength: 1,
      default: HEC_DEFAULT_SOURCETYPE,
      description: "The events' sourcetype field.",
    },
    index: { type: 'string', minLength: 1, description: "Target index; default: the token's default index." },
    channel: {
      type: 'string',
      pattern: UUID,
      description: 'X-Splunk-Request-Channel (a UUID). Default: a random UUID per start.',
    },
  },
} as const;

const validate = compileBlockSchema<SplunkHecSinkConfig>(SPLUNK_HEC_SINK_CONFIG_SCHEMA);

/** Validates a `splunk_hec` block, applies defaults and resolves its token. Throws WebhookConfigError. */
export function resolveSplunkHecSinkConfig(block: unknown, ctx: Pick<SinkContext, 'secret'>): SplunkHecOptions {
  const config = validateBlock(SPLUNK_HEC_TYPE, validate, block);
  const secrets = new SecretResolver(SPLUNK_HEC_TYPE, ctx);
  const endpoint = resolveEndpoint(SPLUNK_HEC_TYPE, config, secrets, ['authorization', 'x-splunk-request-channel']);
  if (endpoint.url.pathname === '/' || endpoint.url.pathname === '') endpoint.url.pathname = HEC_EVENT_PATH;
  const token = secrets.secret(config.token, 'token');
  checkHeaderValue(SPLUNK_HEC_TYPE, 'token', token);
  const channel = config.channel ?? randomUUID();
  endpoint.headers.authorization = `Splunk ${token}`;
  endpoint.headers['x-splunk-request-channel'] = channel;
  return {
    ...endpoint,
    source: config.source ?? HEC_DEFAULT_SOURCE,
    sourcetype: config.sourcetype ?? HEC_DEFAULT_SOURCETYPE,
    ...(config.index !== undefined ? { index: config.index } : {}),
    channel,
    secrets: secrets.secrets,
  };
}
