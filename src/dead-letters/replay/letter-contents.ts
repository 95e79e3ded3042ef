import { Buffer } from 'node:buffer';
import type { InboundMessage } from '../../event/inbound-message';
import type { EventRecord } from '../../event/event-model';
import type { DeadLetter } from '../dead-letter';
import type { SinkRecord } from '../../sinks/sink';

/**
 * Whether the letter holds a whole original message (it could not be decoded, or overflowed the
 * queue: no sink named) rather than one rendered event a sink refused.
 */
export function holdsMessage(letter: DeadLetter): boolean {
  return letter.sink === '' && letter.bodyEncoding === 'base64';
}

/** The original message of a message letter, as if it had just been received. */
export function messageOf(letter: DeadLetter, now: number): InboundMessage {
  return {
    exchange: letter.exchange,
    routingKey: letter.routingKey,
    contentType: letter.contentType ?? undefined,
    headers: letter.headers,
    body: Buffer.from(letter.body, 'base64'),
    receivedAt: now,
  };
}

function recordOf(text: string): EventRecord {
  try {
    const v = JSON.parse(text) as unknown;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as EventRecord;
  } catch {
    // LEEF or other text: sinks get the text; the record stays empty.
  }
  return {};
}

/**
 * The event of a sink letter, to hand to that sink again: its stored text as is, the record
 * parsed back from it when it is JSON (empty for LEEF), and the letter id as its id. Raw sensor
 * bytes (`raw`) are not kept in letters, so sinks that forward them get the text only.
 */
export function eventOf(letter: DeadLetter, now: number): SinkRecord {
  const text = letter.bodyEncoding === 'utf8' ? letter.body : Buffer.from(letter.body, 'base64').toString('utf8');
  return {
    id: `dl-${letter.id}`,
    text,
    record: recordOf(text),
    routingKey: letter.routingKey,
    contentType: (letter.sourceContentType === undefined ? letter.contentType : letter.sourceContentType) ?? undefined,
    eventKey: letter.routingKey,
    receivedAt: now,
  };
}
