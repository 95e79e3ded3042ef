import v8 from 'node:v8';
import type { EventRecord } from '../../event/event-model';
import { parseFieldPath } from '../../event/field-path';
import { projectRecord } from '../../event/event-detail';
import { ColumnRecords, fromColumns, packStrings, toColumns, unpackStrings } from './record-columns';

const records: EventRecord[] = [
  {
    type: 'ingress.event.process',
    sensor_id: 7,
    docs: [{ md5: 'AB' }],
    message: { header: { timestamp: 5n } },
    nested: { a: { b: 'x' } },
  },
  { type: 'ingress.event.netconn', sensor_id: 8, computer_name: 'H1', nested: { a: 'not an object' } },
  { type: 'ingress.event.process', sensor_id: null, docs: [], flag: true },
  {},
];
const paths = [
  'type',
  'sensor_id',
  'computer_name',
  'docs.0.md5',
  'message.header.timestamp',
  'nested.a.b',
  'flag',
  'no.such.field',
].map(parseFieldPath);

test('records sent as columns come back as the projections they were, through a structured clone', () => {
  const projected = records.map((r) => projectRecord(r, paths));
  const cols = v8.deserialize(v8.serialize(toColumns(projected, paths))) as ReturnType<typeof toColumns>;
  expect(fromColumns(cols, paths, records.length)).toEqual(projected);
});

test('a column of strings crosses as indexes into one table of distinct strings; other columns as values', () => {
  const projected = records.map((r) => projectRecord(r, paths));
  const cols = toColumns(projected, paths);
  expect(cols.strings.filter((s) => s === 'ingress.event.process')).toHaveLength(1);
  expect(ArrayBuffer.isView(cols.columns[0])).toBe(true); // type: strings only
  expect(ArrayBuffer.isView(cols.columns[2])).toBe(true); // computer_name: a string or nothing
  expect(Array.isArray(cols.columns[1])).toBe(true); // sensor_id: numbers and null
  // Every event of a string column that shares a value reads back the same string.
  const back = fromColumns(cols, paths, records.length);
  expect(back[0].type).toBe(back[2].type);
});

test('a missing record, or one without any of the paths, comes back as an empty record', () => {
  const cols = toColumns([null, {}], paths);
  expect(fromColumns(cols, paths, 2)).toEqual([{}, {}]);
});

test('more distinct strings than the index can name: that column is sent as values', () => {
  const many = Array.from({ length: 70_000 }, (_, i) => ({ k: `v${i}` }));
  const keyPath = [parseFieldPath('k')];
  const cols = toColumns(many, keyPath);
  expect(Array.isArray(cols.columns[0])).toBe(true);
  const back = fromColumns(cols, keyPath, many.length);
  expect(back[69_999]).toEqual({ k: 'v69999' });
});

test('one record at a time equals the records read back all at once; only the record read last is kept', () => {
  const cols = toColumns(records, paths);
  const one = new ColumnRecords(cols, paths);
  expect(records.map((_, i) => one.at(i))).toEqual(fromColumns(cols, paths, records.length));
  const first = one.at(0);
  expect(one.at(0)).toBe(first); // the same event read again in a row: the same object
  const other = one.at(1);
  expect(one.at(0)).not.toBe(first); // another in between: made anew, equal
  expect(one.at(0)).toEqual(first);
  expect(other).toEqual(fromColumns(cols, paths, 2)[1]);
});

test('event keys cross as a table of distinct strings, and come back in order', () => {
  const keys = ['ingress.event.netconn', 'ingress.event.process', 'ingress.event.netconn', ''];
  const packed = v8.deserialize(v8.serialize(packStrings(keys))) as ReturnType<typeof packStrings>;
  expect('strings' in packed && packed.strings).toEqual(['ingress.event.netconn', 'ingress.event.process', '']);
  expect(unpackStrings(packed)).toEqual(keys);
  expect(unpackStrings(packStrings([]))).toEqual([]);
});

test('more distinct keys than the index can name are sent as they are', () => {
  const keys = Array.from({ length: 70_000 }, (_, i) => `k${i}`);
  const packed = packStrings(keys);
  expect('values' in packed).toBe(true);
  expect(unpackStrings(packed)).toEqual(keys);
});
