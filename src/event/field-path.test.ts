import type { EventRecord } from './event-model';
import { FieldPathError, getField, parseFieldPath, valueAt } from './field-path';

const hit: EventRecord = {
  type: 'watchlist.hit.process',
  sensor_id: '9',
  highlights_by_doc: {},
  docs: [
    { process_name: 'cmd.exe', path: 'c:\\windows\\system32\\cmd.exe', host_count: 3, tags: ['a', 'b'] },
    { process_name: 'powershell.exe', parent: { name: 'explorer.exe' } },
  ],
  count: 10n,
  empty: null,
};

describe('getField', () => {
  test('top-level fields', () => {
    expect(getField(hit, 'type')).toBe('watchlist.hit.process');
    expect(getField(hit, 'count')).toBe(10n);
    expect(getField(hit, 'empty')).toBeNull();
  });

  test('numeric segments index arrays', () => {
    expect(getField(hit, 'docs.0.process_name')).toBe('cmd.exe');
    expect(getField(hit, 'docs.1.parent.name')).toBe('explorer.exe');
    expect(getField(hit, 'docs.0.tags.1')).toBe('b');
    expect(getField(hit, 'docs.1')).toEqual({ process_name: 'powershell.exe', parent: { name: 'explorer.exe' } });
  });

  test('missing steps are undefined', () => {
    expect(getField(hit, 'nope')).toBeUndefined();
    expect(getField(hit, 'docs.2.process_name')).toBeUndefined();
    expect(getField(hit, 'docs.0.nope')).toBeUndefined();
    expect(getField(hit, 'type.length')).toBeUndefined();
    expect(getField(hit, 'empty.x')).toBeUndefined();
    expect(getField(hit, 'docs.x')).toBeUndefined();
    expect(getField(hit, 'docs.01.process_name')).toBeUndefined();
    expect(getField(hit, 'docs.-1')).toBeUndefined();
    expect(getField(hit, 'docs.length')).toBeUndefined();
  });

  test('inherited properties are not fields', () => {
    expect(getField(hit, 'constructor')).toBeUndefined();
    expect(getField(hit, '__proto__')).toBeUndefined();
    expect(getField(hit, 'docs.0.toString')).toBeUndefined();
    expect(getField(hit, 'highlights_by_doc.hasOwnProperty')).toBeUndefined();
  });

  test('numeric segments on objects are keys', () => {
    expect(getField({ m: { '0': 'zero' } }, 'm.0')).toBe('zero');
  });
});

describe('parseFieldPath', () => {
  test('splits on dots', () => {
    expect(parseFieldPath('docs.0.process_name')).toEqual(['docs', '0', 'process_name']);
    expect(valueAt(hit, parseFieldPath('docs.0.host_count'))).toBe(3);
  });

  test.each(['', '.a', 'a.', 'a..b'])('rejects %j', (path) => {
    expect(() => parseFieldPath(path)).toThrow(FieldPathError);
  });
});
