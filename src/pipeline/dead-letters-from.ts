import { randomUUID } from 'node:crypto';
import type { DecodeSummary } from '../codecs/decoded-event';
import type { InboundMessage } from '../codecs/inbound-message';
import type { DeadLetter } from '../sinks/dead-letter';
import type { SinkRecord } from '../sinks/sink';

const plainHeaders = (m: InboundMessage): Record<string, unknown> => JSON.parse(JSON.stringify(m.headers ?? {}, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))) as Record<string, unknown>;

/** One dead letter for whatever of a message could not be decoded: the original body, every error. */
export function decodeDeadLetter(route: string, result: Pick<DecodeSummary, 'source' | 'errors'>): DeadLetter {
  const m = result.source;
  const first = result.errors[0];
  return {
    id: randomUUID(), at: new Date().toISOString(), route, sink: '', reason: first.reason,
    detail: result.errors.map((e) => e.message).join('; '),
    exchange: m.exchange, routingKey: m.routingKey, contentType: m.contentType ?? null, headers: plainHeaders(m),
    body: m.body.toString('base64'), bodyEncoding: 'base64',
    ...(Object.keys(first.location).length ? { location: first.location } : {}),
  };
}

/** A dead letter for one event a sink would not take: the rendered event, why, and where it came from. */
export function sinkDeadLetter(route: string, sink: string, message: InboundMessage, record: SinkRecord, reason: string, detail: string): DeadLetter {
  return {
    id: randomUUID(), at: new Date().toISOString(), route, sink, reason, detail,
    exchange: message.exchange, routingKey: message.routingKey, contentType: message.contentType ?? null, headers: plainHeaders(message),
    body: record.text, bodyEncoding: 'utf8',
  };
}
