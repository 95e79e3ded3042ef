// The HTTP sinks' public parts. The sink registry imports ./factory alone, which loads undici only when an HTTP sink is
// built.
export { webhookSinkFactory, splunkHecSinkFactory, SINGLE_POLICY, BATCH_POLICY } from './factory';
export { WebhookSink, type HttpSinkParts, type WebhookSinkDeps } from './sink';
export {
  resolveWebhookSinkConfig,
  WEBHOOK_SINK_CONFIG_SCHEMA,
  type WebhookSinkConfig,
  type WebhookOptions,
  type BodyMode,
} from './config';
export {
  resolveSplunkHecSinkConfig,
  SPLUNK_HEC_SINK_CONFIG_SCHEMA,
  type SplunkHecSinkConfig,
  type SplunkHecOptions,
} from './splunk-hec-config';
export { WebhookConfigError, WebhookTransportError } from './errors';
export { CircuitBreaker, type BreakerState, type BreakerOptions } from './breaker';
export { signatureHeader, signingKey, batchId } from './signing';
export { parseRetryAfter } from './retry-after';
export { compileTemplate, renderTemplate } from './template';
