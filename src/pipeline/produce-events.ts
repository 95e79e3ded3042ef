import type { DecodeResult, DecodedEvent } from '../codecs/decoded-event';
import type { InboundMessage } from '../codecs/inbound-message';
import type { EventRecord, FormatOptions } from '../formats/event-model';
import { normalizeEvent } from '../formats/format-events';
import { decodedRecord } from '../formats/decoded/decoded-record';
import { renderRecord } from '../formats/render';
import { eventKey } from '../routing/event-key';
import type { RouteLogic } from './route-logic';
import { recordFor, type EventDetail } from '../sinks/event-detail';

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

function recordsOf(event: DecodedEvent, msg: InboundMessage, logic: RouteLogic, format: FormatOptions): EventRecord[] {
  return logic.format === 'decoded' ? [decodedRecord(event, msg)] : normalizeEvent(event, msg.routingKey, format);
}

/**
 * What a route makes of a decoded message: each event its patterns match, as records in its
 * format, through its filter and transform, rendered to text. Pure, so it runs the same on the
 * main thread and on a decode worker.
 */
export function produceEvents(result: DecodeResult, logic: RouteLogic, format: FormatOptions, detail: EventDetail): ProducedEvents {
  const msg = result.source;
  const events: ProducedEvent[] = [];
  let filtered = 0;
  for (const event of result.events) {
    const key = eventKey(event, msg.exchange, msg.routingKey);
    if (!logic.matches(key)) continue;
    for (const produced of recordsOf(event, msg, logic, format)) {
      if (logic.filter && !logic.filter(produced)) { filtered++; continue; }
      const record = logic.transform ? logic.transform(produced) : produced;
      events.push({
        eventKey: key,
        rendered: renderRecord(record, logic.format),
        record: recordFor(record, detail),
        raw: detail.raw && event.kind === 'sensor' ? event.raw : undefined,
      });
    }
  }
  return { events, filtered };
}
