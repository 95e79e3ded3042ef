import type { EventRecord } from '../../event/event-model';
import type { SinkRecord } from '../sink';
import { buildKafkaRequest, headersFor, payloadOf, type KafkaRequestOptions } from './request-builder';
import { KeyTemplate, TopicTemplate } from './template';

const rec = (record: EventRecord, over: Partial<SinkRecord> = {}): SinkRecord => ({
  id: 'f00d-0',
  text: JSON.stringify(record),
  record,
  routingKey: 'ingress.event.netconn',
  contentType: 'application/protobuf',
  eventKey: 'ingress.event.netconn',
  receivedAt: 0,
  ...over,
});

const options = (over: Partial<KafkaRequestOptions> = {}): KafkaRequestOptions => ({
  topic: new TopicTemplate('cb.{@type}', '', 'r'),
  key: new KeyTemplate('{@sensor_id}', 'r'),
  payload: 'text',
  headers: {},
  maxRequestBytes: 1_000_000,
  maxRecordBytes: null,
  ...over,
});

test('each event becomes a record with topic, key, text value and the cb.* headers', () => {
  const batch = [
    rec({ type: 'ingress.event.netconn', sensor_id: 7 }, { id: 'a-0' }),
    rec(
      { type: 'watchlist.hit.process', docs: [{ sensor_id: 3 }] },
      {
        id: 'a-1',
        routingKey: 'watchlist.hit.process',
        contentType: 'application/json',
        eventKey: 'watchlist.hit.process',
      },
    ),
    rec(
      { md5: 'AA' },
      { id: 'a-2', routingKey: 'binaryinfo.observed', contentType: undefined, eventKey: 'binaryinfo.observed' },
    ),
  ];
  const { chunks, rejected } = buildKafkaRequest(batch, options({ headers: { env: 'prod' } }));
  expect(rejected.size).toBe(0);
  expect(chunks).toHaveLength(1);
  const [a, b, c] = chunks[0].records;
  expect(a).toMatchObject({ index: 0, topic: 'cb.ingress.event.netconn', key: '7', value: batch[0].text });
  expect(a.headers).toEqual({
    'cb.routing_key': 'ingress.event.netconn',
    'cb.content_type': 'application/protobuf',
    'cb.event_type': 'ingress.event.netconn',
    'cb.event_id': 'a-0',
    env: 'prod',
  });
  expect(b).toMatchObject({ index: 1, topic: 'cb.watchlist.hit.process', key: '3' });
  expect(b.headers['cb.content_type']).toBe('application/json');
  expect(c.key).toBeNull();
  expect(c.headers).not.toHaveProperty('cb.content_type');
  expect(c.topic).toBe('cb.binaryinfo.observed');
});

test('raw payload: the CbEventMsg bytes for sensor events (as a Buffer view), the text for notifications', () => {
  const bytes = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
  const view = bytes.subarray(2, 6);
  const sensor = rec({ type: 'ingress.event.netconn', sensor_id: 1 }, { raw: view });
  const p = payloadOf(sensor, 'raw');
  expect(p.kind).toBe('protobuf');
  expect(Buffer.isBuffer(p.value)).toBe(true);
  expect([...(p.value as Buffer)]).toEqual([2, 3, 4, 5]);
  expect((p.value as Buffer).buffer).toBe(bytes.buffer);
  const json = rec({ type: 'feed.ingress.hit.process' });
  expect(payloadOf(json, 'raw')).toEqual({ value: json.text, kind: 'text' });
  expect(payloadOf(sensor, 'text')).toEqual({ value: sensor.text, kind: 'text' });
  expect(headersFor(sensor, 'raw', 'protobuf', {})['cb.payload']).toBe('protobuf');
  expect(headersFor(json, 'raw', 'text', {})['cb.payload']).toBe('text');
  expect(headersFor(sensor, 'text', 'text', {})).not.toHaveProperty('cb.payload');
  const raw = buildKafkaRequest([sensor, json], options({ payload: 'raw' })).chunks[0].records;
  expect(raw.map((r) => r.headers['cb.payload'])).toEqual(['protobuf', 'text']);
});

test('batches are split into produce calls under max_request_bytes, in order; a record over the limit travels alone', () => {
  const small = (i: number): SinkRecord => rec({ type: 't', sensor_id: i, pad: 'x'.repeat(300) }, { id: `s-${i}` });
  const big = rec({ type: 't', pad: 'y'.repeat(5000) }, { id: 'big' });
  const batch = [small(0), small(1), small(2), big, small(3), small(4)];
  const { chunks } = buildKafkaRequest(batch, options({ maxRequestBytes: 1100 }));
  expect(chunks.map((c) => c.records.map((r) => r.index))).toEqual([[0, 1], [2], [3], [4, 5]]);
  for (const c of chunks) expect(c.bytes).toBe(c.records.reduce((n, r) => n + r.bytes, 0));
  for (const c of chunks.filter((x) => x.records.length > 1)) expect(c.bytes).toBeLessThanOrEqual(1100);
  // Sizes count UTF-8 bytes, not characters.
  const wide = buildKafkaRequest([rec({ v: '\u00e9'.repeat(100) })], options()).chunks[0].records[0];
  const narrow = buildKafkaRequest([rec({ v: 'e'.repeat(100) })], options()).chunks[0].records[0];
  expect(wide.bytes - narrow.bytes).toBe(100);
});

test('max_record_bytes refuses a record up front and keeps the rest', () => {
  const batch = [rec({ type: 't', v: 1 }), rec({ type: 't', v: 'z'.repeat(2000) }), rec({ type: 't', v: 3 })];
  const { chunks, rejected } = buildKafkaRequest(batch, options({ maxRecordBytes: 1000 }));
  expect([...rejected.keys()]).toEqual([1]);
  expect(rejected.get(1)).toMatch(/over max_record_bytes \(1000\)/);
  expect(chunks.flatMap((c) => c.records.map((r) => r.index))).toEqual([0, 2]);
});

test('a record that arrived as UTF-8 bytes gives those bytes as its value, sized like its text', () => {
  const text = JSON.stringify({ type: 'ingress.event.netconn', sensor_id: 4, path: 'c:\\naïve\\☃.exe' });
  const utf8 = Buffer.from(`xx${text}yy`).subarray(2, 2 + Buffer.byteLength(text));
  const fromWorker = rec({ type: 'ingress.event.netconn', sensor_id: 4 }, { text, utf8 });
  const p = payloadOf(fromWorker, 'text');
  expect(p).toEqual({ value: utf8, kind: 'text' });
  expect(p.value).toBe(utf8);
  const asText = rec({ type: 'ingress.event.netconn', sensor_id: 4 }, { text });
  const limit = { maxRecordBytes: Buffer.byteLength(text) + 200 };
  expect(buildKafkaRequest([fromWorker], options(limit)).rejected.size).toBe(
    buildKafkaRequest([asText], options(limit)).rejected.size,
  );
  const tight = { maxRecordBytes: Buffer.byteLength(text) - 1 };
  expect(buildKafkaRequest([fromWorker], options(tight)).rejected.size).toBe(1);
  expect(buildKafkaRequest([asText], options(tight)).rejected.size).toBe(1);
});
