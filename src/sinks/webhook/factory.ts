import type { DeliveryPolicy } from '../sink';
import type { SinkContext, SinkFactory } from '../sink-factory';
import { resolveWebhookSinkConfig, WEBHOOK_SINK_CONFIG_SCHEMA, WEBHOOK_TYPE, type WebhookSinkConfig } from './config';
import { webhookEncoder } from './encoder';
import { ENDPOINT_DEFAULTS, type EndpointOptions } from './endpoint-config';
import type { RequestSpec } from './request-builder';
import { classifyHttpResponse } from './response';
import type { WebhookSink } from './sink';
import { loadOnFirstUse } from '../load-on-first-use';
import {
  resolveSplunkHecSinkConfig,
  SPLUNK_HEC_SINK_CONFIG_SCHEMA,
  SPLUNK_HEC_TYPE,
  type SplunkHecSinkConfig,
} from './splunk-hec-config';
import { splunkHecEncoder } from './splunk-hec-encoder';
import { classifyHecResponse } from './splunk-hec-response';

/** The sink itself, with undici: loaded when the first webhook or splunk_hec sink is built. */
const implementation = loadOnFirstUse(() => require('./sink') as typeof import('./sink'));

/** Retries for a remote endpoint: start at half a second, back off to a minute. */
const REMOTE_RETRIES: Partial<DeliveryPolicy> = {
  maxAttempts: 0,
  maxAgeMs: 0,
  backoffInitialMs: 500,
  backoffMaxMs: 60_000,
};

/**
 * One event per request: no linger (each event goes as soon as a request slot is free) and small
 * driver batches, fanned out as parallel requests under max_concurrent_requests. As many driver
 * batches in flight as requests may be: with tiny batches (one event each at a low rate), fewer
 * would leave request slots unused while events wait.
 */
export const SINGLE_POLICY: Partial<DeliveryPolicy> = {
  ...REMOTE_RETRIES,
  batchMaxEvents: 64,
  batchMaxBytes: 4 * 1024 * 1024,
  lingerMs: 0,
  concurrency: ENDPOINT_DEFAULTS.maxConcurrentRequests,
};

/** Batched bodies: up to 500 events or 1 MiB per request, waiting up to 100 ms to fill one. */
export const BATCH_POLICY: Partial<DeliveryPolicy> = {
  ...REMOTE_RETRIES,
  batchMaxEvents: 500,
  batchMaxBytes: 1024 * 1024,
  lingerMs: 100,
  concurrency: 4,
};

/** The defaults of a mode; a max_concurrent_requests set in the block is also the driver's concurrency. */
function modePolicy(base: Partial<DeliveryPolicy>, maxConcurrentRequests: number | undefined): Partial<DeliveryPolicy> {
  return maxConcurrentRequests === undefined ? base : { ...base, concurrency: maxConcurrentRequests };
}

function requestSpec(
  endpoint: EndpointOptions,
  extra: Pick<RequestSpec, 'method' | 'contentType' | 'signingKeys'>,
): RequestSpec {
  return {
    ...extra,
    path: `${endpoint.url.pathname}${endpoint.url.search}`,
    headers: endpoint.headers,
    gzip: endpoint.gzip,
  };
}

/** The `webhook` sink type: validates its block (throws WebhookConfigError) and builds a WebhookSink. */
export const webhookSinkFactory: SinkFactory<WebhookSinkConfig> = {
  type: WEBHOOK_TYPE,
  configSchema: WEBHOOK_SINK_CONFIG_SCHEMA,
  policy: SINGLE_POLICY,
  policyFor(config: WebhookSinkConfig): Partial<DeliveryPolicy> {
    return modePolicy(
      (config.body ?? 'single') === 'single' ? SINGLE_POLICY : BATCH_POLICY,
      config.max_concurrent_requests,
    );
  },
  validate(config: WebhookSinkConfig, ctx): void {
    resolveWebhookSinkConfig(config, ctx);
  },
  create(config: WebhookSinkConfig, ctx: SinkContext): WebhookSink {
    const options = resolveWebhookSinkConfig(config, ctx);
    return new (implementation().WebhookSink)(
      ctx.name,
      {
        type: WEBHOOK_TYPE,
        endpoint: options,
        request: requestSpec(options, {
          method: options.method,
          contentType: options.contentType,
          signingKeys: options.signingKeys,
        }),
        encoder: webhookEncoder(options.body, options.template),
        classify: classifyHttpResponse,
      },
      { logger: ctx.logger },
    );
  },
};

/** The `splunk_hec` sink type: the webhook sink with HEC's envelope, authentication and reply codes. */
export const splunkHecSinkFactory: SinkFactory<SplunkHecSinkConfig> = {
  type: SPLUNK_HEC_TYPE,
  configSchema: SPLUNK_HEC_SINK_CONFIG_SCHEMA,
  policy: BATCH_POLICY,
  policyFor(config: SplunkHecSinkConfig): Partial<DeliveryPolicy> {
    return modePolicy(BATCH_POLICY, config.max_concurrent_requests);
  },
  validate(config: SplunkHecSinkConfig, ctx): void {
    resolveSplunkHecSinkConfig(config, ctx);
  },
  create(config: SplunkHecSinkConfig, ctx: SinkContext): WebhookSink {
    const options = resolveSplunkHecSinkConfig(config, ctx);
    return new (implementation().WebhookSink)(
      ctx.name,
      {
        type: SPLUNK_HEC_TYPE,
        endpoint: options,
        request: requestSpec(options, { method: 'POST', contentType: 'application/json', signingKeys: [] }),
        encoder: splunkHecEncoder(options),
        classify: classifyHecResponse,
      },
      { logger: ctx.logger },
    );
  },
};
