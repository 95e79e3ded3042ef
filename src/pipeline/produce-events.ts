import { Buffer } from 'node:buffer';
import { DecodeError } from '../codecs/decode-error';
import type { DecodeResult, DecodedEvent } from '../codecs/decoded-event';
import type { InboundMessage } from '../codecs/inbound-message';
import type { EventRecord, FormatOptions } from '../formats/event-model';
import { normalizeEvent } from '../formats/format-events';
import { decodedRecord } from '../formats/decoded/decoded-record';
import { renderRecord } from '../formats/render';
import { eventKey } from '../routing/event-key';
import type { RouteLogic } from './route-logic';
import { recordFor, type EventDetail } from '../sinks/event-detail';
import { textAt, textLengthAt, type PackedTexts } from './offload/packed-texts';
import { ColumnRecords } from './offload/record-columns';

/** One event a route keeps from a message, rendered: what its sinks get, before ids and tracking. */
export interface ProducedEvent {
  eventKey: string;
  /** The rendered event: its text, or the text's UTF-8 bytes when a decode worker rendered it. */
  rendered: string | Buffer;
  /** The record the text came from, cut to the fields the route's sinks read (null: none). */
  record: EventRecord | null;
  /** The raw CbEventMsg bytes (a view), when a sink of the route reads them. */
  raw: Uint8Array | undefined;
}

export interface ProducedEvents {
  events: ProducedEvent[];
  /** Events the route's filter dropped. */
  filtered: number;
}

/**
 * An event as a route hands it to its sinks: produced on the main thread, or read back from a
 * decode worker's answer. Then its text is text `i` of the answer's packed bytes and its record
 * row `i` of the answer's columns, `i` being the event's index among the message's events: the
 * event keeps no object of its own for either while it waits (see RoutedRecord).
 */
export interface RoutableEvent {
  eventKey: string;
  rendered: string | Buffer | PackedTexts;
  record: EventRecord | null | ColumnRecords;
  raw: Uint8Array | undefined;
}

export interface RoutableEvents {
  events: RoutableEvent[];
  filtered: number;
}

/** The text of event `i` of a message, from its `rendered`: a string, or its UTF-8 bytes (a view, made on each call). */
export function textOf(r: RoutableEvent['rendered'], i: number): string | Buffer {
  return typeof r === 'string' || Buffer.isBuffer(r) ? r : textAt(r, i);
}

/** The UTF-8 size of event `i`'s text when it is bytes (undefined for a string), without making a view. */
export function textLengthOf(r: RoutableEvent['rendered'], i: number): number | undefined {
  if (typeof r === 'string') return undefined;
  return Buffer.isBuffer(r) ? r.length : textLengthAt(r, i);
}

/** The record of event `i` of a message, from its `record` (read back from columns: see ColumnRecords.at). */
export function recordOf(r: RoutableEvent['record'], i: number): EventRecord | null {
  return r instanceof ColumnRecords ? r.at(i) : r;
}

function recordsOf(event: DecodedEvent, msg: InboundMessage, logic: RouteLogic, format: FormatOptions): EventRecord[] {
  return logic.format === 'decoded' ? [decodedRecord(event, msg)] : normalizeEvent(event, msg.routingKey, format);
}

/** The stages an event passes after decoding, named in the error when one throws. */
type Stage = 'match' | 'normalize' | 'filter' | 'transform' | 'render';

/**
 * What a route makes of a decoded message: each event its patterns match, as records in its
 * format, through its filter and transform, rendered to text, handed to `visit` one at a time as
 * it is made. Returns how many events the filter dropped. Pure apart from `visit`, so it runs the
 * same on the main thread and on a decode worker.
 *
 * Each event's stages are guarded: an event one of them throws on (a hostile value no check
 * foresaw) is left out, and the message's errors get one `event_failed` error counting such
 * events and naming the first, so the message is dead-lettered while its other events go on.
 */
export function forEachProducedEvent(
  result: DecodeResult, logic: RouteLogic, format: FormatOptions, detail: EventDetail, visit: (event: ProducedEvent) => void,
): number {
  const msg = result.source;
  let filtered = 0;
  let failed = 0;
  let firstFailure: DecodeError | null = null;
  for (let i = 0; i < result.events.length; i++) {
    const event = result.events[i];
    let stage: Stage = 'match';
    try {
      const key = eventKey(event, msg.exchange, msg.routingKey);
      if (!logic.matches(key)) continue;
      stage = 'normalize';
      for (const produced of recordsOf(event, msg, logic, format)) {
        stage = 'filter';
        if (logic.filter && !logic.filter(produced)) { filtered++; continue; }
        stage = 'transform';
        const record = logic.transform ? logic.transform(produced) : produced;
        stage = 'render';
        visit({
          eventKey: key,
          rendered: renderRecord(record, logic.format),
          record: recordFor(record, detail),
          raw: detail.raw && event.kind === 'sensor' ? event.raw : undefined,
        });
      }
    } catch (err) {
      failed++;
      const location = event.kind === 'sensor' ? event.location : {};
      firstFailure ??= new DecodeError('event_failed', `${stage} failed on event ${i}: ${(err as Error).message}`, location);
    }
  }
  if (firstFailure) {
    const more = failed > 1 ? ` (and ${failed - 1} more events failed)` : '';
    result.errors.push(new DecodeError('event_failed', firstFailure.message + more, firstFailure.location));
  }
  return filtered;
}

/** The events forEachProducedEvent makes, as a list. */
export function produceEvents(result: DecodeResult, logic: RouteLogic, format: FormatOptions, detail: EventDetail): ProducedEvents {
  const events: ProducedEvent[] = [];
  const filtered = forEachProducedEvent(result, logic, format, detail, (event) => { events.push(event); });
  return { events, filtered };
}
