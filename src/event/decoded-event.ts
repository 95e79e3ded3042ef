import type { cbbridge } from '../codecs/protobuf/generated/cb-sensor-events';
import type { DecodeError, DecodeLocation } from '../codecs/decode-error';
import type { InboundMessage } from './inbound-message';

export type CbEventMsg = cbbridge.sensor.CbEventMsg;

/** One raw endpoint event (a CbEventMsg), alone on api.events or one record of a bundle. */
export interface SensorEvent {
  kind: 'sensor';
  msg: CbEventMsg;
  /** The record's serialized bytes (a view, not a copy), for sinks that forward the raw stream. */
  raw: Uint8Array;
  location: DecodeLocation;
}

/** One JSON notification (watchlist, feed, alert, binaryinfo, ...). */
export interface NotificationEvent {
  kind: 'notification';
  /** Routing key with numbered ids folded away: `feed.12.storage.hit.process` -> `feed.storage.hit.process`. */
  type: string;
  doc: Record<string, unknown>;
  /** Schema violations (ajv messages) when the document broke its schema; null when it conforms. */
  schemaViolations: string[] | null;
}

export type DecodedEvent = SensorEvent | NotificationEvent;

/** What decoding one message yields: its events, and the errors of whatever could not be decoded. */
export interface DecodeResult {
  source: InboundMessage;
  events: DecodedEvent[];
  errors: DecodeError[];
  /** Non-fatal oddities (an unparsable AMQP header value, trailing bytes) worth a log line and a metric. */
  warnings: string[];
}

/** What observers learn of one decoded message; its events may have been decoded on a worker thread. */
export interface DecodeSummary {
  source: InboundMessage;
  /** Events decoded (before route matching and filters). */
  eventCount: number;
  errors: DecodeError[];
  warnings: string[];
  /** The notification type of each event that broke its JSON Schema. */
  schemaViolations: string[];
}

/** The summary of a decode result. */
export function summarize(result: DecodeResult): DecodeSummary {
  const schemaViolations: string[] = [];
  for (const e of result.events)
    if (e.kind === 'notification' && e.schemaViolations !== null) schemaViolations.push(e.type);
  return {
    source: result.source,
    eventCount: result.events.length,
    errors: result.errors,
    warnings: result.warnings,
    schemaViolations,
  };
}
