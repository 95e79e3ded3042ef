import { parseRetryAfter } from './retry-after';

const NOW = Date.UTC(2015, 9, 21, 7, 28, 0);

test.each([
  ['120', 120_000],
  ['0', 0],
  [' 7 ', 7_000],
  ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
  ['Wednesday, 21-Oct-15 07:29:00 GMT', 60_000], // RFC 850
  ['Wed Oct 21 07:28:05 2015', 5_000], // asctime: GMT whatever the local zone
  ['Wed Oct  1 07:28:05 2015', 0],
  ['Wed, 21 Oct 2015 07:27:00 GMT', 0], // in the past
])('%j -> %j ms', (value, expected) => {
  expect(parseRetryAfter(value, NOW)).toBe(expected);
});

test.each([undefined, '', '-5', '1.5', '12abc', 'soon', '99999999999999999999'])('%j is ignored', (value) => {
  expect(parseRetryAfter(value, NOW)).toBeUndefined();
});

test('the first of repeated headers counts', () => {
  expect(parseRetryAfter(['3', '9'], NOW)).toBe(3000);
});
