import type { SinkRecord } from '../sink';
import { encodeLines } from './encoder';

const base = { id: 'm-0', record: null, routingKey: 'k', contentType: undefined, eventKey: 'k', receivedAt: 0 };
const asText = (text: string): SinkRecord => ({ ...base, text });
/** As a decode worker's event arrives: UTF-8 bytes (a view into a larger buffer), text built only if read. */
function asBytes(text: string): SinkRecord {
  const all = Buffer.from(`<<${text}>>`, 'utf8');
  const utf8 = all.subarray(2, all.length - 2);
  return {
    ...base,
    utf8,
    get text(): string {
      throw new Error('encodeLines read the text of a byte record');
    },
  };
}

test('texts and byte records become the same newline-terminated lines, in batch order', () => {
  const texts = ['{"a":1}', '{"s":"naïve ☃ 🚀"}', '{"b":2}', 'LEEF:1.0|Carbon Black|x|'];
  const mixed = texts.map((t, i) => (i % 2 === 0 ? asBytes(t) : asText(t)));
  const out = encodeLines(mixed);
  expect(out.payload.toString('utf8')).toBe(`${texts.join('\n')}\n`);
  expect(out.lines).toBe(4);
  expect(out.rejected.size).toBe(0);
});

test('a record holding a line break is rejected whether it came as text or as bytes; the others are written', () => {
  const out = encodeLines([asText('{"a":1}'), asBytes('two\nlines'), asText('three\nlines'), asBytes('{"d":4}')]);
  expect(out.payload.toString()).toBe('{"a":1}\n{"d":4}\n');
  expect([...out.rejected.keys()]).toEqual([1, 2]);
  expect(out.lines).toBe(2);
});

test('a batch with nothing to write gives an empty payload', () => {
  expect(encodeLines([asBytes('x\ny')]).payload.length).toBe(0);
});
