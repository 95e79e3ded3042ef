import type { EventRecord } from './event-model';
import { getField, parseFieldPath } from './field-path';
import { mergeDetail, projectRecord, recordFor } from './event-detail';

const record: EventRecord = {
  type: 'feed.storage.hit.process',
  sensor_id: 7,
  cb_server: 'cb',
  docs: [{ md5: 'AB', sensor_id: 9, nested: { deep: [1, 2] } }, { md5: 'CD' }],
  message: { env: { endpoint: { SensorId: 3, SensorHostName: 'H' } }, header: { timestamp: 5n } },
};

test('a projection holds what the paths reach, nested as in the record, and reads the same through field paths', () => {
  const paths = [
    'type',
    'docs.0.md5',
    'docs.1.md5',
    'message.env.endpoint.SensorId',
    'message.header.timestamp',
    'no.such.field',
    'docs.0.nested',
  ].map(parseFieldPath);
  const p = projectRecord(record, paths);
  expect(p).toEqual({
    type: 'feed.storage.hit.process',
    docs: { 0: { md5: 'AB', nested: { deep: [1, 2] } }, 1: { md5: 'CD' } },
    message: { env: { endpoint: { SensorId: 3 } }, header: { timestamp: 5n } },
  });
  for (const path of [
    'type',
    'docs.0.md5',
    'docs.1.md5',
    'message.env.endpoint.SensorId',
    'message.header.timestamp',
    'docs.0.nested.deep.1',
  ]) {
    expect(getField(p, path)).toEqual(getField(record, path));
  }
  expect(getField(p, 'cb_server')).toBeUndefined();
  expect(projectRecord(record, [parseFieldPath('__proto__.polluted')])).toEqual({});
});

test("a route keeps the union of its sinks' fields, all of the record when one sink needs all, raw when one reads raw, strings when one reads strings", () => {
  const a = { fields: [['type'], ['sensor_id']], raw: false };
  const b = { fields: [['sensor_id'], ['docs', '0', 'md5']], raw: true };
  expect(mergeDetail([a, undefined, b])).toEqual({
    fields: [['type'], ['sensor_id'], ['docs', '0', 'md5']],
    raw: true,
    text: false,
  });
  expect(mergeDetail([a, { fields: 'all', raw: false }])).toEqual({ fields: 'all', raw: false, text: false });
  expect(mergeDetail([undefined, undefined])).toEqual({ fields: [], raw: false, text: false });
  // One sink reading strings is enough for the route to keep its events as strings.
  expect(mergeDetail([a, { fields: [], raw: false, text: true }, undefined]).text).toBe(true);
  expect(
    mergeDetail([
      { fields: 'all', raw: false },
      { fields: [], raw: false, text: true },
    ]),
  ).toEqual({ fields: 'all', raw: false, text: true });
  expect(recordFor(record, { fields: [], raw: false })).toBeNull();
  expect(recordFor(record, { fields: 'all', raw: false })).toBe(record);
  expect(recordFor(record, { fields: [['sensor_id']], raw: false })).toEqual({ sensor_id: 7 });
});
