import { formatDataPath, parseInstancePath } from './data-path';

test('formatDataPath', () => {
  expect(formatDataPath([])).toBe('(root)');
  expect(formatDataPath(['routes', 1, 'sinks', 0, 'path'])).toBe('routes[1].sinks[0].path');
  expect(formatDataPath(['routes', 0, 'transform', 'rename', 'a.b'])).toBe('routes[0].transform.rename["a.b"]');
  expect(formatDataPath(['dead_letter', 'max_bytes'])).toBe('dead_letter.max_bytes');
});

test('parseInstancePath: list indexes become numbers, mapping keys stay strings', () => {
  const data = { routes: [{ sinks: [{ path: 1 }] }], m: { '0': { 'a/b': 1, 'c~d': 2 } } };
  expect(parseInstancePath('', data)).toEqual([]);
  expect(parseInstancePath('/routes/0/sinks/0/path', data)).toEqual(['routes', 0, 'sinks', 0, 'path']);
  expect(parseInstancePath('/m/0/a~1b', data)).toEqual(['m', '0', 'a/b']);
  expect(parseInstancePath('/m/0/c~0d', data)).toEqual(['m', '0', 'c~d']);
  expect(parseInstancePath('/missing/0', data)).toEqual(['missing', '0']);
});
