import { RateLimitedLog } from '../../observability/rate-limited-log';
import type { Logger } from 'pino';
import type { EventDetail } from '../../event/event-detail';
import { HEC_FIELD_PATHS } from './splunk-hec-encoder';
import type { DeliveryOutcome, Sink, SinkRecord } from '../sink';
import type { OwnHealth } from '../common/health';
import { CircuitBreaker, type BreakerTransition } from './breaker';
import type { EndpointOptions } from './endpoint-config';
import type { BodyEncoder, EncodedPayload } from './encoder';
import { RequestLimiter } from './limiter';
import { Redactor } from './redact';
import { attemptRequest, prepareRequest, type PreparedRequest, type RequestSpec } from './request-builder';
import type { ResponseClassifier, Verdict } from './response';
import { UndiciTransport, type HttpTransport } from './service';

/** What makes an HTTP sink type: its settings, how it builds bodies and how it reads answers. */
export interface HttpSinkParts {
  /** The sink type: `webhook`, `splunk_hec`. */
  type: string;
  endpoint: EndpointOptions;
  request: RequestSpec;
  encoder: BodyEncoder;
  classify: ResponseClassifier;
}

export interface WebhookSinkDeps {
  /** Epoch ms: breaker cool-downs, signing timestamps, Retry-After dates. Default Date.now. */
  clock?: () => number;
  logger?: Logger;
  /** Default: an undici Pool to the endpoint. */
  transport?: HttpTransport;
}

interface Disabled {
  reason: string;
  at: number;
}

/** Refused events are logged at most this often (the dead letters hold every one of them). */
const REFUSED_LOG_EVERY_MS = 10_000;

/**
 * The driver-facing HTTP sink (the `webhook` and `splunk_hec` types). send() encodes the batch
 * into one request (batch modes) or one per event, sends them through a keep-alive pool with at
 * most `max_concurrent_requests` in flight across all batches, and answers each record from its
 * request's response. A circuit breaker guards the endpoint: while it is open, records are
 * answered retryable at once, without a request. A 410 Gone disables the sink until enable():
 * records are then held (retryable) or failed, per `on_disabled`. Never throws from send().
 */
export class WebhookSink implements Sink {
  readonly type: string;
  /** Both read each event as a string (to embed it in a body); splunk_hec also its time and host fields. */
  readonly eventDetail: EventDetail;
  private readonly clock: () => number;
  private readonly logger: Logger | undefined;
  private readonly transport: HttpTransport;
  private readonly breaker: CircuitBreaker;
  private readonly limiter: RequestLimiter;
  private readonly redactor: Redactor;
  private disabled: Disabled | null = null;
  private lastError: string | null = null;
  private lastErrorAt: number | null = null;
  private lastAttemptFailed = false;
  private closed = false;
  private refusedLoggedAt = -Infinity;
  private refusedNotLogged = 0;
  /**
   * Opening and probing repeat every cool-down through an outage: logged at most once per interval (closing always).
   */
  private readonly openedLog: RateLimitedLog | null;
  private readonly probingLog: RateLimitedLog | null;

  constructor(
    readonly name: string,
    private readonly parts: HttpSinkParts,
    deps: WebhookSinkDeps = {},
  ) {
    this.type = parts.type;
    this.eventDetail = { fields: parts.type === 'splunk_hec' ? HEC_FIELD_PATHS : [], raw: false, text: true };
    this.clock = deps.clock ?? Date.now;
    this.logger = deps.logger;
    this.openedLog = deps.logger ? new RateLimitedLog(deps.logger, 'warn', REFUSED_LOG_EVERY_MS, this.clock) : null;
    this.probingLog = deps.logger ? new RateLimitedLog(deps.logger, 'info', REFUSED_LOG_EVERY_MS, this.clock) : null;
    this.transport = deps.transport ?? new UndiciTransport(parts.endpoint);
    this.breaker = new CircuitBreaker(parts.endpoint.breaker, this.clock, (t) => this.logTransition(t));
    this.limiter = new RequestLimiter(parts.endpoint.maxConcurrentRequests);
    this.redactor = new Redactor(parts.endpoint.secrets);
  }

  /** Why the endpoint is disabled (it answered 410 Gone), or null. */
  get disabledReason(): string | null {
    return this.disabled?.reason ?? null;
  }

  /** Connections are opened on first use; nothing to do here but say hello. */
  async start(): Promise<void> {
    this.logger?.info(
      { endpoint: this.parts.endpoint.origin, maxConcurrentRequests: this.limiter.max },
      `${this.type} sink ready`,
    );
  }

  async send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    if (batch.length === 0) return [];
    if (this.closed)
      return batch.map(() => ({ status: 'retryable', error: `${this.type} sink ${this.name} is closed` }));
    const held = this.disabledOutcome();
    if (held) return batch.map(() => ({ ...held }));
    let encoded;
    try {
      encoded = this.parts.encoder.encode(batch);
    } catch (err) {
      const error = this.redactor.redact(`cannot encode the batch: ${(err as Error).message}`);
      return batch.map(() => ({ status: 'retryable', error }));
    }
    const outcomes = new Array<DeliveryOutcome | undefined>(batch.length);
    for (const [i, error] of encoded.rejected) outcomes[i] = { status: 'failed', error };
    await Promise.all(
      encoded.payloads.map(async (payload) => {
        const answers = await this.limiter.run(() => this.deliver(payload));
        payload.indexes.forEach((index, k) => {
          outcomes[index] = answers[k];
        });
      }),
    );
    return outcomes.map((o) => o ?? { status: 'retryable', error: 'record was not sent' });
  }

  health(): OwnHealth {
    const breaker = this.breaker.state;
    const state = this.disabled
      ? 'disabled'
      : breaker === 'open'
        ? 'down'
        : breaker === 'half-open' || this.lastAttemptFailed
          ? 'degraded'
          : 'up';
    return { state, lastError: this.lastError, lastErrorAt: this.lastErrorAt, breaker };
  }

  /** Re-enables an endpoint disabled by a 410 Gone; the breaker starts closed. */
  enable(): void {
    const was = this.disabled;
    this.disabled = null;
    this.breaker.reset();
    this.lastAttemptFailed = false;
    if (was)
      this.logger?.warn(
        { endpoint: this.parts.endpoint.origin, disabledFor: this.clock() - was.at },
        `${this.type} sink re-enabled`,
      );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.transport.close();
  }

  /** One request for one payload; answers its records in order. */
  private async deliver(payload: EncodedPayload): Promise<DeliveryOutcome[]> {
    const fill = (o: DeliveryOutcome): DeliveryOutcome[] => payload.indexes.map(() => ({ ...o }));
    const held = this.disabledOutcome();
    if (held) return fill(held);
    const ticket = this.breaker.tryAcquire();
    if (!ticket) return fill(this.breakerOutcome());
    let prepared: PreparedRequest;
    try {
      prepared = await prepareRequest(payload, this.parts.request);
    } catch (err) {
      this.breaker.release(ticket);
      return fill({
        status: 'retryable',
        error: this.redactor.redact(`cannot prepare the request: ${(err as Error).message}`),
      });
    }
    let verdict: Verdict;
    try {
      const res = await this.transport.request(attemptRequest(prepared, this.parts.request, this.clock()));
      verdict = this.parts.classify(res, payload.indexes.length, {
        origin: this.parts.endpoint.origin,
        retryAfterMaxMs: this.parts.endpoint.retryAfterMaxMs,
        now: this.clock(),
      });
    } catch (err) {
      verdict = {
        outcome: { status: 'retryable', error: `${(err as Error).message} (${this.parts.endpoint.origin})` },
        endpointFailed: true,
      };
    }
    if (verdict.endpointFailed)
      this.breaker.failure(ticket, verdict.outcome.status === 'retryable' ? verdict.outcome.retryAfterMs : undefined);
    else this.breaker.success(ticket);
    return this.settle(verdict, payload);
  }

  private settle(verdict: Verdict, payload: EncodedPayload): DeliveryOutcome[] {
    const answers = (verdict.perRecord ?? payload.indexes.map(() => verdict.outcome)).map((o) => this.redacted(o));
    let firstError: string | null = null;
    let failed = 0;
    for (const o of answers) {
      if (o.status === 'accepted') continue;
      firstError ??= o.error;
      if (o.status === 'failed') failed++;
    }
    this.lastAttemptFailed = verdict.endpointFailed;
    if (firstError !== null) {
      this.lastError = firstError;
      this.lastErrorAt = this.clock();
    }
    if (verdict.gone) {
      this.disable(firstError ?? 'HTTP 410 Gone');
      const held = this.disabledOutcome();
      if (held) return payload.indexes.map(() => ({ ...held }));
    }
    if (failed > 0) this.logRefused(firstError ?? '', failed);
    return answers;
  }

  private logRefused(error: string, records: number): void {
    const now = this.clock();
    if (now - this.refusedLoggedAt < REFUSED_LOG_EVERY_MS) {
      this.refusedNotLogged += records;
      return;
    }
    this.logger?.warn(
      { endpoint: this.parts.endpoint.origin, error, records, alsoRefusedSinceLastLog: this.refusedNotLogged },
      `${this.type} endpoint refused events; they are dead-lettered`,
    );
    this.refusedLoggedAt = now;
    this.refusedNotLogged = 0;
  }

  private redacted(o: DeliveryOutcome): DeliveryOutcome {
    return o.status === 'accepted' ? o : { ...o, error: this.redactor.redact(o.error) };
  }

  private disable(reason: string): void {
    if (this.disabled) return;
    this.disabled = { reason, at: this.clock() };
    this.logger?.error(
      { endpoint: this.parts.endpoint.origin, reason, onDisabled: this.parts.endpoint.onDisabled },
      `${this.type} endpoint is gone (410); sink disabled until an operator re-enables it`,
    );
  }

  /** The answer for records while the sink is disabled, or null when it is not. */
  private disabledOutcome(): DeliveryOutcome | null {
    if (!this.disabled) return null;
    const error = `endpoint disabled: ${this.disabled.reason}`;
    return this.parts.endpoint.onDisabled === 'dead_letter'
      ? { status: 'failed', error }
      : { status: 'retryable', error: `${error} (held until re-enabled)` };
  }

  private breakerOutcome(): DeliveryOutcome {
    const state = this.breaker.state;
    const what =
      state === 'open'
        ? `open after ${this.breaker.consecutiveFailures} consecutive failures`
        : 'half-open, a probe request is in flight';
    return {
      status: 'retryable',
      error: `circuit breaker ${what} (${this.parts.endpoint.origin}); not sent`,
      retryAfterMs: this.breaker.retryInMs(),
    };
  }

  private logTransition(t: BreakerTransition): void {
    const fields = { endpoint: this.parts.endpoint.origin, from: t.from, to: t.to, consecutiveFailures: t.failures };
    if (t.to === 'open') this.openedLog?.write(fields, `${this.type} circuit breaker opened`);
    else if (t.to === 'half-open') this.probingLog?.write(fields, `${this.type} circuit breaker half-open`);
    else this.logger?.info(fields, `${this.type} circuit breaker ${t.to}`);
  }
}
