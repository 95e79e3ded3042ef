import type { DecodeResult } from '../event/decoded-event';
import type { EventRecord, FormatOptions, OutputFormat } from '../event/event-model';
import { normalizeResult } from './format-events';
import { decodedRecords } from './decoded/decoded-record';
import { leefLine } from './leef/leef-line';
import { cefLine } from './cef/cef-line';
import { toJson } from './json-writer';

/**
 * The records a format works on: decoded records for `decoded`, normalized ones otherwise (LEEF and CEF render those).
 */
export function recordsFor(result: DecodeResult, format: OutputFormat, opts: FormatOptions): EventRecord[] {
  return format === 'decoded' ? decodedRecords(result) : normalizeResult(result, opts);
}

/** One output line (no newline) for a record in a format. */
export function renderRecord(record: EventRecord, format: OutputFormat): string {
  if (format === 'leef') return leefLine(record);
  if (format === 'cef') return cefLine(record);
  return toJson(record);
}
