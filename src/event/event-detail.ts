import type { EventRecord, FieldValue } from './event-model';
import { valueAt, type FieldPath } from './field-path';

/**
 * What a sink reads of each event beyond its rendered text and keys. Routes keep only that much
 * of an event while it waits for its sinks, and a decode worker sends back only that much.
 */
export interface EventDetail {
  /** The record fields it reads, as paths; 'all' when it needs the whole record. */
  fields: readonly FieldPath[] | 'all';
  /** Whether it reads the raw CbEventMsg bytes of raw endpoint events. */
  raw: boolean;
  /**
   * Whether it reads each event as a string (SinkRecord.text) rather than as UTF-8 bytes. Either
   * works for any sink; this says which costs it less. Events a route renders on the main thread
   * are handed on as bytes unless one of its sinks reads strings: a string waiting for a sink is
   * an object the garbage collector copies, bytes are not.
   */
  text?: boolean;
}

export const NO_DETAIL: EventDetail = Object.freeze({ fields: [], raw: false });

/** What a route must keep for all its sinks together. */
export function mergeDetail(needs: ReadonlyArray<EventDetail | undefined>): EventDetail {
  const fields: FieldPath[] = [];
  const seen = new Set<string>();
  const raw = needs.some((n) => n?.raw === true);
  const text = needs.some((n) => n?.text === true);
  for (const need of needs) {
    if (!need) continue;
    if (need.fields === 'all') return { fields: 'all', raw, text };
    for (const path of need.fields) {
      const key = path.join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        fields.push(path);
      }
    }
  }
  return { fields, raw, text };
}

/** The record as the detail asks for it: whole, the part its paths reach, or nothing. */
export function recordFor(record: EventRecord, detail: EventDetail): EventRecord | null {
  if (detail.fields === 'all') return record;
  return detail.fields.length === 0 ? null : projectRecord(record, detail.fields);
}

/**
 * The part of a record the paths reach: each path's value where the record has one, nested as in
 * the record (see setAtPath). Paths through "__proto__" come from sink configs and reach nothing
 * worth copying.
 */
export function projectRecord(record: EventRecord, paths: readonly FieldPath[]): EventRecord {
  const out: EventRecord = {};
  for (const path of paths) {
    if (!isProjectable(path)) continue;
    const value = valueAt(record, path);
    if (value !== undefined) setAtPath(out, path, value);
  }
  return out;
}

/** Whether a path can be projected (not empty, not through "__proto__"). */
export function isProjectable(path: FieldPath): boolean {
  return path.length > 0 && !path.includes('__proto__');
}

/**
 * Puts `value` at `path` in `out`. The containers above it become plain objects holding only
 * what is put there (an array index becomes a key of the same name, which field lookups read the
 * same way); a value found on the way that is not a plain object is replaced.
 */
export function setAtPath(out: Record<string, FieldValue>, path: FieldPath, value: FieldValue): void {
  let target = out;
  for (let i = 0; i < path.length - 1; i++) {
    const next = target[path[i]];
    if (next === undefined || next === null || typeof next !== 'object' || Array.isArray(next)) {
      const created: Record<string, FieldValue> = {};
      target[path[i]] = created;
      target = created;
    } else {
      target = next as Record<string, FieldValue>;
    }
  }
  target[path[path.length - 1]] = value;
}
