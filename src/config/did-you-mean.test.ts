import { closestName, editDistance } from './did-you-mean';

test('editDistance counts adjacent swaps as one edit', () => {
  expect(editDistance('format', 'format')).toBe(0);
  expect(editDistance('fromat', 'format')).toBe(1);
  expect(editDistance('sink', 'sinks')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
});

test('closestName suggests only likely typos', () => {
  const route = ['name', 'match', 'exchanges', 'filter', 'transform', 'format', 'sinks', 'prefetch', 'consumers'];
  expect(closestName('fromat', route)).toBe('format');
  expect(closestName('mach', route)).toBe('match');
  expect(closestName('Sinks', route)).toBe('sinks');
  expect(closestName('exchange', route)).toBe('exchanges');
  expect(closestName('queue', route)).toBeUndefined();
  expect(closestName('x', [])).toBeUndefined();
});
