import { createHash, randomUUID } from 'node:crypto';
import type { Buffer } from 'node:buffer';
import type { DecodeSummary } from '../event/decoded-event';
import type { InboundMessage } from '../event/inbound-message';
import type { DeadLetter } from './dead-letter';
import type { SinkRecord } from '../sinks/sink';
import type { OutputFormat } from '../event/event-model';

/** AMQP headers as plain JSON values (64-bit integers, which amqplib may give as bigint, become decimal strings). */
export const plainHeaders = (m: Pick<InboundMessage, 'headers'>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(m.headers ?? {}, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Record<
    string,
    unknown
  >;

/** Longest detail a letter stores (characters); a longer one is cut and says how much was left out. */
export const MAX_DETAIL_CHARS = 4096;
/** Largest original body a letter stores whole (bytes); of a larger one it keeps this much, its size and SHA-256. */
export const MAX_LETTER_BODY_BYTES = 1024 * 1024;

/** The errors' messages joined, at most MAX_DETAIL_CHARS of them. */
function detailOf(messages: readonly string[]): string {
  let out = '';
  for (let i = 0; i < messages.length; i++) {
    const next = i === 0 ? messages[i] : `; ${messages[i]}`;
    if (out.length + next.length > MAX_DETAIL_CHARS) {
      const room = Math.max(0, MAX_DETAIL_CHARS - out.length);
      return `${out}${next.slice(0, room)}… (${messages.length - i} errors cut)`;
    }
    out += next;
  }
  return out;
}

/**
 * The stored form of an original body: whole when it is at most MAX_LETTER_BODY_BYTES, else its
 * first MAX_LETTER_BODY_BYTES bytes with its size and hash (such a body cannot be replayed; the
 * hash identifies it in the publisher's records). A body past the bridge's body limit would only
 * be refused again, and a store of letters must stay readable.
 */
export function storedBody(body: Buffer): Pick<DeadLetter, 'body' | 'bodyEncoding' | 'bodyTruncated'> {
  if (body.length <= MAX_LETTER_BODY_BYTES) return { body: body.toString('base64'), bodyEncoding: 'base64' };
  return {
    body: body.subarray(0, MAX_LETTER_BODY_BYTES).toString('base64'),
    bodyEncoding: 'base64',
    bodyTruncated: { size: body.length, sha256: createHash('sha256').update(body).digest('hex') },
  };
}

/** One dead letter for whatever of a message could not be decoded: the original body (capped), every error (capped). */
export function decodeDeadLetter(route: string, result: Pick<DecodeSummary, 'source' | 'errors'>): DeadLetter {
  const m = result.source;
  const first = result.errors[0];
  return {
    id: randomUUID(),
    at: new Date().toISOString(),
    route,
    sink: '',
    reason: first.reason,
    detail: detailOf(result.errors.map((e) => e.message)),
    exchange: m.exchange,
    routingKey: m.routingKey,
    contentType: m.contentType ?? null,
    headers: plainHeaders(m),
    ...storedBody(m.body),
    ...(Object.keys(first.location).length ? { location: first.location } : {}),
  };
}

/** What a sink letter's body is: the event rendered in its route's format. */
const RENDERED_TYPES: Readonly<Record<OutputFormat, string>> = {
  normalized: 'application/json',
  decoded: 'application/json',
  leef: 'text/plain',
  cef: 'text/plain',
};

/**
 * A dead letter for one event a sink would not take: the rendered event, why, and where it came
 * from. Its content type is the rendered event's; the message's own is kept as sourceContentType.
 */
export function sinkDeadLetter(
  route: string,
  format: OutputFormat,
  sink: string,
  message: InboundMessage,
  record: SinkRecord,
  reason: string,
  detail: string,
): DeadLetter {
  return {
    id: randomUUID(),
    at: new Date().toISOString(),
    route,
    sink,
    reason,
    detail: detailOf([detail]),
    exchange: message.exchange,
    routingKey: message.routingKey,
    contentType: RENDERED_TYPES[format],
    sourceContentType: message.contentType ?? null,
    headers: plainHeaders(message),
    body: record.text,
    bodyEncoding: 'utf8',
  };
}
