import { Buffer } from 'node:buffer';
import { DecodeError } from '../codecs/decode-error';
import type { DecodeResult, DecodeSummary, DecodedEvent } from '../event/decoded-event';
import { decodeMessageInto, type CodecOptions } from '../codecs/decode-message';
import type { InboundMessage } from '../event/inbound-message';
import type { EventRecord, FormatOptions } from '../event/event-model';
import { normalizeEvent } from '../formats/format-events';
import { decodedRecord } from '../formats/decoded/decoded-record';
import { renderRecord } from '../formats/render';
import { eventKey } from '../event/event-key';
import type { RouteLogic } from './route-logic';
import { recordFor, type EventDetail } from '../event/event-detail';
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

/**
 * The text of event `i` of a message, from its `rendered`: a string, or its UTF-8 bytes (a view, made on each call).
 */
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
 * What a route makes of a decoded message, one event at a time as it is given (add): the event
 * if its patterns match, as records in its format, through its filter and transform, rendered to
 * text, handed to `visit` as it is made. Pure apart from `visit`, so it runs the same on the main
 * thread and on a decode worker, where events come straight from the decoder and are dropped
 * once rendered.
 *
 * Each event's stages are guarded: an event one of them throws on (a hostile value no check
 * foresaw) is left out, and finish() adds one `event_failed` error to the message's errors,
 * counting such events and naming the first, so the message is dead-lettered while its other
 * events go on.
 */
export class EventProducer {
  /** Events the route's filter dropped. */
  filtered = 0;
  private index = 0;
  private failed = 0;
  private firstFailure: DecodeError | null = null;

  constructor(
    private readonly msg: InboundMessage,
    private readonly logic: RouteLogic,
    private readonly format: FormatOptions,
    private readonly detail: EventDetail,
    private readonly visit: (event: ProducedEvent) => void,
  ) {}

  add(event: DecodedEvent): void {
    const { msg, logic } = this;
    const i = this.index++;
    let stage: Stage = 'match';
    try {
      const key = eventKey(event, msg.exchange, msg.routingKey);
      if (!logic.matches(key)) return;
      stage = 'normalize';
      for (const produced of recordsOf(event, msg, logic, this.format)) {
        stage = 'filter';
        if (logic.filter && !logic.filter(produced)) {
          this.filtered++;
          continue;
        }
        stage = 'transform';
        const record = logic.transform ? logic.transform(produced) : produced;
        stage = 'render';
        this.visit({
          eventKey: key,
          rendered: renderRecord(record, logic.format),
          record: recordFor(record, this.detail),
          raw: this.detail.raw && event.kind === 'sensor' ? event.raw : undefined,
        });
      }
    } catch (err) {
      this.failed++;
      const location = event.kind === 'sensor' ? event.location : {};
      this.firstFailure ??= new DecodeError(
        'event_failed',
        `${stage} failed on event ${i}: ${(err as Error).message}`,
        location,
      );
    }
  }

  /** Adds the message's `event_failed` error to `errors`, if an event failed. */
  finish(errors: DecodeError[]): void {
    if (!this.firstFailure) return;
    const more = this.failed > 1 ? ` (and ${this.failed - 1} more events failed)` : '';
    errors.push(new DecodeError('event_failed', this.firstFailure.message + more, this.firstFailure.location));
  }
}

/** An EventProducer over a decoded message's events; returns how many events the filter dropped. */
export function forEachProducedEvent(
  result: DecodeResult,
  logic: RouteLogic,
  format: FormatOptions,
  detail: EventDetail,
  visit: (event: ProducedEvent) => void,
): number {
  const producer = new EventProducer(result.source, logic, format, detail, visit);
  for (const event of result.events) producer.add(event);
  producer.finish(result.errors);
  return producer.filtered;
}

/**
 * Decodes `msg` and produces each event as soon as it is decoded (see EventProducer), so the
 * decoded events of a large bundle are never all held; what the route keeps goes to `visit`.
 * Returns the message's decode summary (with any `event_failed` error) and the filtered count.
 */
export function decodeAndProduce(
  msg: InboundMessage,
  codec: CodecOptions,
  logic: RouteLogic,
  format: FormatOptions,
  detail: EventDetail,
  visit: (event: ProducedEvent) => void,
): { summary: DecodeSummary; filtered: number } {
  const producer = new EventProducer(msg, logic, format, detail, visit);
  const schemaViolations: string[] = [];
  const decoded = decodeMessageInto(msg, codec, {
    push(event) {
      if (event.kind === 'notification' && event.schemaViolations !== null) schemaViolations.push(event.type);
      producer.add(event);
    },
  });
  const errors = [...decoded.errors];
  producer.finish(errors);
  return {
    summary: { source: msg, eventCount: decoded.eventCount, errors, warnings: decoded.warnings, schemaViolations },
    filtered: producer.filtered,
  };
}

/** The events forEachProducedEvent makes, as a list. */
export function produceEvents(
  result: DecodeResult,
  logic: RouteLogic,
  format: FormatOptions,
  detail: EventDetail,
): ProducedEvents {
  const events: ProducedEvent[] = [];
  const filtered = forEachProducedEvent(result, logic, format, detail, (event) => {
    events.push(event);
  });
  return { events, filtered };
}
