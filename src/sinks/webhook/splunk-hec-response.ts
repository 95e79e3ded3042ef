import { Buffer } from 'node:buffer';
import type { DeliveryOutcome } from '../sink';
import { bodyExcerpt } from './redact';
import { classifyHttpResponse, retryableVerdict, type ResponseClassifier } from './response';

interface HecReply {
  code?: number;
  text?: string;
  'invalid-event-number'?: number;
}

/** Codes of a request HEC will never take as configured (token, index, channel): fixing the config delivers them. */
const CONFIG_CODES = new Set([1, 2, 3, 4, 7, 10, 11, 14, 16]);
/** Codes of data HEC cannot read: the events are dead-lettered. */
const DATA_CODES = new Set([5, 6, 12, 13, 15]);
/** Codes of a busy or unhealthy HEC: try again later. */
const BUSY_CODES = new Set([8, 9, 18, 19, 20]);

function parseReply(body: Buffer): HecReply | undefined {
  try {
    const v = JSON.parse(body.toString('utf8')) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as HecReply) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * HEC replies `{"text":"Success","code":0}` to a batch it took. Its error codes are read as:
 * server busy or unhealthy (8, 9, 18-20): retryable, honouring Retry-After; token, index or
 * channel refused (1-4, 7, 10, 11, 14, 16): retryable and counted against the endpoint, so the
 * events wait (unacknowledged, then parked) until the configuration is fixed instead of being
 * dead-lettered by the thousand; unreadable data (5, 6, 12, 13, 15): failed, and when HEC names
 * the bad event (`invalid-event-number`) only that one fails and the rest are sent again. 410,
 * unknown codes and bodies that are not HEC's fall back to the generic HTTP rules.
 */
export const classifyHecResponse: ResponseClassifier = (res, records, ctx) => {
  const reply = parseReply(res.body);
  const code = typeof reply?.code === 'number' ? reply.code : undefined;
  if (res.status === 410 || code === undefined) return classifyHttpResponse(res, records, ctx);
  if (res.status >= 200 && res.status < 300 && (code === 0 || code === 17))
    return { outcome: { status: 'accepted' }, endpointFailed: false };
  const text = typeof reply?.text === 'string' ? bodyExcerpt(Buffer.from(reply.text), 120) : 'no text';
  const error = `HEC code ${code} (${text}), HTTP ${res.status} from ${ctx.origin}`;
  if (BUSY_CODES.has(code)) return retryableVerdict(res, ctx, error);
  if (CONFIG_CODES.has(code)) {
    return {
      outcome: { status: 'retryable', error: `${error}; events wait until the sink configuration is fixed` },
      endpointFailed: true,
    };
  }
  if (DATA_CODES.has(code)) {
    const bad = reply?.['invalid-event-number'];
    if (typeof bad === 'number' && Number.isInteger(bad) && bad >= 0 && bad < records && records > 1) {
      const perRecord: DeliveryOutcome[] = Array.from({ length: records }, (_, i) =>
        i === bad
          ? { status: 'failed', error: `${error}: this event` }
          : { status: 'retryable', error: `${error}: event ${bad} of the batch was refused; resending the others` },
      );
      return { outcome: perRecord[0], perRecord, endpointFailed: false };
    }
    return { outcome: { status: 'failed', error }, endpointFailed: false };
  }
  return classifyHttpResponse(res, records, ctx);
};
