import type { DecodeResult, DecodedEvent } from '../codecs/decoded-event';
import type { EventRecord, FormatOptions } from './event-model';
import { normalizeSensorEvent } from './normalized/normalize-sensor-event';
import { normalizeNotification } from './normalized/normalize-notification';

/** Normalized (forwarder-compatible) records for one decoded event; zero or more. */
export function normalizeEvent(event: DecodedEvent, routingKey: string, opts: FormatOptions): EventRecord[] {
  if (event.kind === 'notification') return normalizeNotification(event, routingKey, opts);
  const record = normalizeSensorEvent(event.msg, opts);
  return record ? [record] : [];
}

/** Normalized records for every event of a decoded message, in order. */
export function normalizeResult(result: DecodeResult, opts: FormatOptions): EventRecord[] {
  const out: EventRecord[] = [];
  const routingKey = result.source.routingKey;
  for (const event of result.events) {
    if (event.kind === 'notification') {
      for (const r of normalizeNotification(event, routingKey, opts)) out.push(r);
      continue;
    }
    const record = normalizeSensorEvent(event.msg, opts);
    if (record) out.push(record);
  }
  return out;
}
