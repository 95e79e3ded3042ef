import { utf8Length, writeText } from './write-text';

test.each([
  ['empty', ''],
  ['short ASCII', 'cb.routing_key'],
  ['32 ASCII characters', 'x'.repeat(32)],
  ['long ASCII JSON', JSON.stringify({ a: 'y'.repeat(700), b: [1, 2, 3] })],
  ['Latin-1 range, not ASCII', 'café ÿ'],
  ['long non-ASCII', 'Ünïcödé ☃ 🚀 '.repeat(20)],
  ['a lone surrogate', 'a\ud800b'],
])('%s: the bytes Buffer.from gives, at an offset, and the offset after', (_name, text) => {
  const expected = Buffer.from(text, 'utf8');
  const buf = Buffer.alloc(expected.length + 7, 0xee);
  expect(writeText(buf, 3, text, Buffer.byteLength(text))).toBe(3 + expected.length);
  expect(buf.subarray(3, 3 + expected.length).equals(expected)).toBe(true);
  expect([...buf.subarray(0, 3), ...buf.subarray(3 + expected.length)]).toEqual([
    0xee, 0xee, 0xee, 0xee, 0xee, 0xee, 0xee,
  ]);
});

test('utf8Length agrees with Buffer.byteLength on both sides of its counting limit, ASCII or not', () => {
  const texts = [
    '',
    'a',
    'cb.routing_key',
    'x'.repeat(64),
    'x'.repeat(65),
    'é',
    `${'a'.repeat(63)}é`,
    '☃🚀',
    '\ud800x',
    'z'.repeat(1000),
    `${'b'.repeat(200)}ü`,
  ];
  for (const text of texts) expect(utf8Length(text)).toBe(Buffer.byteLength(text));
});
