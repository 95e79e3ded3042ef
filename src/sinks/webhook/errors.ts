/** A `webhook` or `splunk_hec` sink block that cannot be used. Thrown by create(), never by send(). */
export class WebhookConfigError extends Error {
  /** The offending config property (`auth.basic.password`), or '' for the whole block. */
  readonly field: string;

  constructor(
    readonly sinkType: string,
    field: string,
    message: string,
  ) {
    super(`${sinkType} sink config: ${message}`);
    this.name = 'WebhookConfigError';
    this.field = field;
  }
}

/** Why a request got no HTTP answer: the attempt's time ran out, or the connection failed. */
export type TransportFailure = 'timeout' | 'connection';

/** A request that got no HTTP response (timeout, refused or reset connection, TLS failure...). */
export class WebhookTransportError extends Error {
  constructor(
    readonly kind: TransportFailure,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WebhookTransportError';
  }
}
