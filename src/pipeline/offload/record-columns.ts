import type { EventRecord, FieldValue } from '../../event/event-model';
import { valueAt, type FieldPath } from '../../event/field-path';
import { isProjectable, setAtPath } from '../../event/event-detail';

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

/** Distinct strings shared by the string columns of one answer, each given an index once. */
class StringTable {
  readonly strings: string[] = [];
  private readonly indexOf = new Map<string, number>();

  /** `values` as indexes into the table, or null when they are not all strings (or absent), or the table is full. */
  column(values: ReadonlyArray<unknown>): Uint16Array | null {
    const column = new Uint16Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === undefined) {
        column[i] = NO_VALUE;
        continue;
      }
      if (typeof v !== 'string') return null;
      let index = this.indexOf.get(v);
      if (index === undefined) {
        // The table must leave NO_VALUE free: past that many distinct strings, send the values.
        if (this.strings.length >= NO_VALUE) return null;
        index = this.strings.push(v) - 1;
        this.indexOf.set(v, index);
      }
      column[i] = index;
    }
    return column;
  }
}

/**
 * Columns built one record at a time: each record's values are taken as it comes, so the records
 * themselves need not be kept until the last one is made (kept, they outlive young-generation
 * collections and get copied).
 */
export class ColumnsBuilder {
  private readonly values: Array<Array<FieldValue | undefined>>;
  private readonly projectable: boolean[];

  constructor(private readonly paths: readonly FieldPath[]) {
    this.values = paths.map(() => []);
    this.projectable = paths.map(isProjectable);
  }

  /** Takes the paths' values of the next event's record (null: an event without one). */
  add(record: EventRecord | null): void {
    for (let p = 0; p < this.paths.length; p++) {
      this.values[p].push(record !== null && this.projectable[p] ? valueAt(record, this.paths[p]) : undefined);
    }
  }

  finish(): RecordColumns {
    const table = new StringTable();
    const columns = this.values.map((values) => table.column(values) ?? values);
    return { strings: table.strings, columns };
  }
}

/** The columns of `records`: the events' records, whole or cut to the paths (the values are the same). */
export function toColumns(records: ReadonlyArray<EventRecord | null>, paths: readonly FieldPath[]): RecordColumns {
  const builder = new ColumnsBuilder(paths);
  for (const record of records) builder.add(record);
  return builder.finish();
}

/** Strings of which few are distinct (an answer's event keys), as a table and an index per string. */
export type PackedStrings = { strings: string[]; indexes: Uint16Array } | { values: string[] };

export function packStrings(values: string[]): PackedStrings {
  const table = new StringTable();
  const indexes = table.column(values);
  return indexes ? { strings: table.strings, indexes } : { values };
}

export function unpackStrings(packed: PackedStrings): string[] {
  if ('values' in packed) return packed.values;
  const { strings, indexes } = packed;
  const out = new Array<string>(indexes.length);
  for (let i = 0; i < indexes.length; i++) out[i] = strings[indexes[i]];
  return out;
}

function valueIn(cols: RecordColumns, p: number, i: number): FieldValue | undefined {
  const column = cols.columns[p];
  // isView rather than instanceof: a clone made in another realm (a test VM) has other constructors.
  if (ArrayBuffer.isView(column)) return column[i] === NO_VALUE ? undefined : cols.strings[column[i]];
  return column[i];
}

/**
 * Records read back from their columns one at a time, when a sink asks for one: until then an
 * event waiting for its sinks holds no object of its own, only its index here. The record read
 * last is kept for the next call, since a sink reads several fields of one event in a row (topic,
 * key, headers); any other index makes a new one, and the old one is soon garbage, before a
 * young-generation collection would have to copy it.
 */
export class ColumnRecords {
  private lastIndex = -1;
  private last: EventRecord | null = null;

  /** `first`: the index, among the message's events, of row 0 (columns of one part of a message's events). */
  constructor(
    private readonly cols: RecordColumns,
    private readonly paths: readonly FieldPath[],
    private readonly first = 0,
  ) {}

  /** Event `i`'s record: the paths' values it had, nested as projectRecord nests them. */
  at(i: number): EventRecord {
    if (i === this.lastIndex && this.last !== null) return this.last;
    const record: EventRecord = {};
    for (let p = 0; p < this.paths.length; p++) {
      const value = valueIn(this.cols, p, i - this.first);
      if (value !== undefined) setAtPath(record, this.paths[p], value);
    }
    this.lastIndex = i;
    this.last = record;
    return record;
  }
}

/** Event `count` records back from their columns, all at once. */
export function fromColumns(cols: RecordColumns, paths: readonly FieldPath[], count: number): EventRecord[] {
  const records = new ColumnRecords(cols, paths);
  return Array.from({ length: count }, (_, i) => records.at(i));
}
