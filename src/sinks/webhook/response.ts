import type { DeliveryOutcome } from '../sink';
import { bodyExcerpt } from './redact';
import { parseRetryAfter } from './retry-after';
import type { HttpResponse } from './service';

/** What one request's answer means for its records and for the endpoint. */
export interface Verdict {
  /** The outcome of every record of the request, unless `perRecord` is given. */
  outcome: DeliveryOutcome;
  /** Per-record outcomes (aligned with the request's records) when they differ. */
  perRecord?: DeliveryOutcome[];
  /** Whether the attempt counts against the endpoint (circuit breaker). */
  endpointFailed: boolean;
  /** 410 Gone: the endpoint is to be disabled. */
  gone?: boolean;
}

export interface ClassifyContext {
  /** `scheme://host:port` of the endpoint, for messages. */
  origin: string;
  retryAfterMaxMs: number;
  now: number;
}

/** Reads a response (status, headers, body) into a verdict. */
export type ResponseClassifier = (res: HttpResponse, records: number, ctx: ClassifyContext) => Verdict;

const ACCEPTED: DeliveryOutcome = { status: 'accepted' };

/** `HTTP 503 from https://host:443: <body excerpt>` (not yet redacted). */
export function httpErrorText(res: HttpResponse, origin: string, note = ''): string {
  const excerpt = bodyExcerpt(res.body);
  return `HTTP ${res.status} from ${origin}${note}${excerpt ? `: ${excerpt}` : ''}`;
}

/** Statuses worth another attempt: timeouts, rate limiting, server trouble. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** The Retry-After of a response in ms, capped; undefined when absent or unreadable. */
export function retryAfterOf(res: HttpResponse, ctx: ClassifyContext): number | undefined {
  const ms = parseRetryAfter(res.headers['retry-after'], ctx.now);
  return ms === undefined ? undefined : Math.min(ms, ctx.retryAfterMaxMs);
}

/** A retryable verdict for a response, with its Retry-After when it gave one. */
export function retryableVerdict(res: HttpResponse, ctx: ClassifyContext, error: string): Verdict {
  const retryAfterMs = retryAfterOf(res, ctx);
  return {
    outcome: { status: 'retryable', error, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) },
    endpointFailed: true,
  };
}

/**
 * The generic HTTP rules: 2xx accepted; 408, 429 and 5xx retryable (honouring Retry-After) and
 * counted against the endpoint; 410 disables the endpoint; any other status (other 4xx, an
 * unfollowed 3xx) fails the records at once, with the status and a body excerpt.
 */
export const classifyHttpResponse: ResponseClassifier = (res, _records, ctx) => {
  const s = res.status;
  if (s >= 200 && s < 300) return { outcome: ACCEPTED, endpointFailed: false };
  if (s === 410)
    return {
      outcome: { status: 'failed', error: httpErrorText(res, ctx.origin, ' (Gone)') },
      endpointFailed: false,
      gone: true,
    };
  if (isRetryableStatus(s)) return retryableVerdict(res, ctx, httpErrorText(res, ctx.origin));
  const note = s >= 300 && s < 400 ? ' (redirects are not followed)' : '';
  return { outcome: { status: 'failed', error: httpErrorText(res, ctx.origin, note) }, endpointFailed: false };
};
