import { utf8Join } from './utf8-join';
import { utf8Bytes } from './write-text';

const reference = (texts: string[], sep: string, prefix = '', suffix = ''): Buffer =>
  Buffer.from(prefix + texts.join(sep) + suffix, 'utf8');

test.each([
  ['ASCII lines', ['{"a":1}', '{"b":"two"}', ''], '\n', '', '\n'],
  ['a JSON array', ['{"a":1}', '{"b":2}'], ',', '[', ']'],
  ['nothing', [], ',', '[', ']'],
  ['one text', ['x'], '\n', '', ''],
  ['non-ASCII first', ['naïve', 'plain'], '\n', '', '\n'],
  ['non-ASCII last, astral and a lone surrogate', ['plain', 'snow ☃ rocket 🚀 lone \ud800 end'], ',', '[', ']'],
  ['non-ASCII affix', ['a', 'b'], '·', '«', '»'],
])('%s: the bytes Buffer.from(joined) gives', (_name, texts, sep, prefix, suffix) => {
  expect(utf8Join(texts, sep, prefix, suffix).equals(reference(texts, sep, prefix, suffix))).toBe(true);
});

test('many long texts with one non-ASCII text in the middle', () => {
  const texts = Array.from({ length: 300 }, (_, i) => JSON.stringify({ i, s: 'x'.repeat(i * 7) }));
  texts[150] = JSON.stringify({ s: 'Ünïcödé ☃'.repeat(40) });
  expect(utf8Join(texts, '\n', '', '\n').equals(reference(texts, '\n', '', '\n'))).toBe(true);
});

test('a multi-byte text at the end, where a write sized by characters would be cut short, is whole', () => {
  for (const last of ['éé', 'é€', '€€€', '🚀', 'a€']) {
    for (const [sep, prefix, suffix] of [
      ['\n', '', '\n'],
      [',', '[', ']'],
      ['\n', '', ''],
    ]) {
      expect(
        utf8Join(['{"a":1}', last], sep, prefix, suffix).equals(reference(['{"a":1}', last], sep, prefix, suffix)),
      ).toBe(true);
    }
  }
});

test('parts given as bytes are copied as they are, between texts', () => {
  const texts = ['{"a":1}', 'naïve ☃', '', '🚀 lone end', 'plain'];
  const mixed = texts.map((t, i) => (i % 2 === 0 ? Buffer.from(t, 'utf8') : t));
  expect(utf8Join(mixed, '\n', '', '\n').equals(reference(texts, '\n', '', '\n'))).toBe(true);
  const viewInto = Buffer.from('xx{"b":2}yy').subarray(2, 9);
  expect(utf8Join([viewInto, '{"c":3}'], ',', '[', ']').toString()).toBe('[{"b":2},{"c":3}]');
});

test('utf8Bytes gives the same bytes as Buffer.from for ASCII, multi-byte, surrogate-pair and long texts', () => {
  const texts = [
    '',
    'a',
    '{"path":"c:\\\\windows"}',
    'grüße',
    '日本語',
    'emoji 😀 pair',
    '\ud800 lone',
    'x'.repeat(5000),
    `${'é'.repeat(40)}`,
  ];
  for (const t of texts) expect(utf8Bytes(t).equals(Buffer.from(t, 'utf8'))).toBe(true);
});
