import type { DecodeResult, DecodedEvent } from '../event/decoded-event';
import type { EventRecord, FormatOptions } from '../event/event-model';
import { normalizeSensorEvent } from './normalized/normalize-sensor-event';
import { normalizeNotification } from './normalized/normalize-notification';

/** Appends the normalized (forwarder-compatible) records of one decoded event, zero or more, to `out`. */
function appendNormalized(event: DecodedEvent, routingKey: string, opts: FormatOptions, out: EventRecord[]): void {
  if (event.kind === 'notification') {
    for (const r of normalizeNotification(event, routingKey, opts)) out.push(r);
    return;
  }
  const record = normalizeSensorEvent(event.msg, opts);
  if (record) out.push(record);
}

/** Normalized records for one decoded event; zero or more. */
export function normalizeEvent(event: DecodedEvent, routingKey: string, opts: FormatOptions): EventRecord[] {
  const out: EventRecord[] = [];
  appendNormalized(event, routingKey, opts, out);
  return out;
}

/** Normalized records for every event of a decoded message, in order, in one array. */
export function normalizeResult(result: DecodeResult, opts: FormatOptions): EventRecord[] {
  const out: EventRecord[] = [];
  for (const event of result.events) appendNormalized(event, result.source.routingKey, opts, out);
  return out;
}
