import type { SinkRecord } from '../sink';
import { asJsonValue, webhookEncoder } from './encoder';
import { batchId } from './signing';
import { compileTemplate } from './template';

const rec = (text: string, id: string): SinkRecord => ({
  id,
  text,
  record: {},
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'k',
  receivedAt: 0,
});
const batch = [rec('{"a":1}', 'm1-0'), rec('{"b":"ü"}', 'm1-1'), rec('LEEF:1.0|CB|x|1|e|cat=a\tb', 'm2-0')];

test('JSON texts go in as they are, other texts as JSON strings', () => {
  expect(asJsonValue('{"a":1}')).toBe('{"a":1}');
  expect(asJsonValue('[1]')).toBe('[1]');
  expect(asJsonValue('LEEF:1.0|a"b')).toBe('"LEEF:1.0|a\\"b"');
});

test('single: one payload per event, the text as body, the event id as webhook id', () => {
  const { payloads, rejected } = webhookEncoder('single').encode(batch);
  expect(rejected.size).toBe(0);
  expect(payloads.map((p) => [p.indexes, p.id, p.body.toString('utf8')])).toEqual([
    [[0], 'm1-0', '{"a":1}'],
    [[1], 'm1-1', '{"b":"ü"}'],
    [[2], 'm2-0', 'LEEF:1.0|CB|x|1|e|cat=a\tb'],
  ]);
});

test('json_array: one payload, a JSON array, a batch id from the event ids', () => {
  const { payloads } = webhookEncoder('json_array').encode(batch);
  expect(payloads).toHaveLength(1);
  expect(payloads[0].body.toString('utf8')).toBe('[{"a":1},{"b":"ü"},"LEEF:1.0|CB|x|1|e|cat=a\\tb"]');
  expect(payloads[0].id).toBe(batchId(['m1-0', 'm1-1', 'm2-0']));
  expect(payloads[0].indexes).toEqual([0, 1, 2]);
  expect(webhookEncoder('json_array').encode([]).payloads).toEqual([]);
});

test('ndjson: one line per event; a text with a line break is rejected, the id covers the rest', () => {
  const { payloads, rejected } = webhookEncoder('ndjson').encode([batch[0], rec('two\nlines', 'm3-0'), batch[1]]);
  expect(payloads[0].body.toString('utf8')).toBe('{"a":1}\n{"b":"ü"}\n');
  expect(payloads[0].indexes).toEqual([0, 2]);
  expect(payloads[0].id).toBe(batchId(['m1-0', 'm1-1']));
  expect([...rejected]).toEqual([[1, 'record text contains a line break']]);
  expect(webhookEncoder('ndjson').encode([rec('x\ny', 'i')]).payloads).toEqual([]);
});

test('template: the events (and count, ids, batch id) inserted into the template', () => {
  const t = compileTemplate(
    '{"events": {{events}}, "source": "cb", "count": {{count}}, "ids": {{ids}}, "batch": {{batch_id}}}',
  );
  const { payloads } = webhookEncoder('template', t).encode(batch.slice(0, 2));
  const id = batchId(['m1-0', 'm1-1']);
  expect(payloads[0].id).toBe(id);
  expect(payloads[0].body.toString('utf8')).toBe(
    `{"events": [{"a":1},{"b":"ü"}], "source": "cb", "count": 2, "ids": ["m1-0","m1-1"], "batch": "${id}"}`,
  );
  expect(() => webhookEncoder('template')).toThrow(/compiled template/);
});
