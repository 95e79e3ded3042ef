import type { EventRecord, FieldValue } from '../../formats/event-model';
import { valueAt, type FieldPath } from '../../routing/field-path';
import { isProjectable, setAtPath } from '../../sinks/event-detail';

/**
 * The record fields a decode worker sends back for its events, a column per field path instead
 * of an object per event: cloning a hundred small objects between threads cost more than
 * decoding them took (measured for a bundle's type and sensor id: 34 µs to read back per hundred
 * events, 9.5 µs as columns). A column of strings only is sent as indexes into one table of the
 * distinct strings, so an event type repeated a hundred times crosses, and is kept, once.
 */
export interface RecordColumns {
  /** The distinct strings that string columns index. */
  strings: string[];
  /** One per path: string indexes (NO_VALUE where an event has none), or the values as they are. */
  columns: Array<Uint16Array | Array<FieldValue | undefined>>;
}

/** A string column's index for "this event has no value here". */
const NO_VALUE = 0xffff;

/** The columns of `records`: the events' records, whole or cut to the paths (the values are the same). */
export function toColumns(records: ReadonlyArray<EventRecord | null>, paths: readonly FieldPath[]): RecordColumns {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const columns = paths.map((path) => {
    const projectable = isProjectable(path);
    const values = records.map((r) => (r && projectable ? valueAt(r, path) : undefined));
    if (!values.every((v) => v === undefined || typeof v === 'string')) return values;
    const column = new Uint16Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as string | undefined;
      if (v === undefined) { column[i] = NO_VALUE; continue; }
      let index = indexOf.get(v);
      if (index === undefined) {
        // The table must leave NO_VALUE free: past that many distinct strings, send the values.
        if (strings.length >= NO_VALUE) return values;
        index = strings.push(v) - 1;
        indexOf.set(v, index);
      }
      column[i] = index;
    }
    return column;
  });
  return { strings, columns };
}

/** Event `count` records back from their columns: each holds the paths' values it had, nested as projectRecord nests them. */
export function fromColumns(cols: RecordColumns, paths: readonly FieldPath[], count: number): EventRecord[] {
  const out = new Array<EventRecord>(count);
  for (let i = 0; i < count; i++) {
    const record: EventRecord = {};
    for (let p = 0; p < paths.length; p++) {
      const column = cols.columns[p];
      let value: FieldValue | undefined;
      // isView rather than instanceof: a clone made in another realm (a test VM) has other constructors.
      if (ArrayBuffer.isView(column)) value = column[i] === NO_VALUE ? undefined : cols.strings[column[i]];
      else value = column[i];
      if (value !== undefined) setAtPath(record, paths[p], value);
    }
    out[i] = record;
  }
  return out;
}
