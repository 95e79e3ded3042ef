import type { EventRecord } from '../event/event-model';
import { compileTransform, TransformCompileError } from './transform';
import type { TransformSpec } from '../config/route-config';

function hit(): EventRecord {
  return {
    type: 'watchlist.hit.process',
    cb_server: 'cbserver',
    sensor_id: '9',
    watchlist_name: 'Suspicious PowerShell',
    docs: [
      { process_name: 'powershell.exe', cmdline: 'powershell -enc AAAA', parent: { name: 'explorer.exe', pid: 10 } },
      { process_name: 'cmd.exe', cmdline: 'cmd /c whoami' },
    ],
    highlights: ['a'],
  };
}

/** Runs the transform and checks the input came out unchanged. */
function apply(spec: TransformSpec, input: EventRecord = hit()): EventRecord {
  const before = structuredClone(input);
  const out = compileTransform(spec)(input);
  expect(input).toEqual(before);
  expect(out).not.toBe(input);
  return out;
}

test('an empty transform returns an equal, new record', () => {
  const input = hit();
  const out = apply({}, input);
  expect(out).toEqual(input);
});

test('keep: only the listed top-level fields, in record order', () => {
  const out = apply({ keep: ['watchlist_name', 'type', 'missing'] });
  expect(out).toEqual({ type: 'watchlist.hit.process', watchlist_name: 'Suspicious PowerShell' });
  expect(Object.keys(out)).toEqual(['type', 'watchlist_name']);
});

test('drop: top-level and nested paths, copying only what it changes', () => {
  const input = hit();
  const out = apply({ drop: ['highlights', 'docs.0.cmdline', 'docs.0.parent.pid', 'docs.5.cmdline', 'nope.x'] }, input);
  expect(out).toEqual({
    type: 'watchlist.hit.process',
    cb_server: 'cbserver',
    sensor_id: '9',
    watchlist_name: 'Suspicious PowerShell',
    docs: [
      { process_name: 'powershell.exe', parent: { name: 'explorer.exe' } },
      { process_name: 'cmd.exe', cmdline: 'cmd /c whoami' },
    ],
  });
  const docsIn = input.docs as EventRecord[];
  const docsOut = out.docs as EventRecord[];
  expect(docsOut).not.toBe(docsIn);
  expect(docsOut[0]).not.toBe(docsIn[0]);
  expect(docsOut[1]).toBe(docsIn[1]);
});

test('drop: array elements by their position in the input', () => {
  const out = apply({ drop: ['docs.0', 'docs.1.cmdline', 'highlights.0'] });
  expect(out.docs).toEqual([{ process_name: 'cmd.exe' }]);
  expect(out.highlights).toEqual([]);
  const both = apply({ drop: ['docs.0', 'docs.1'] });
  expect(both.docs).toEqual([]);
});

test('rename: top-level, overwrites an existing field, keeps position', () => {
  const out = apply({ rename: { sensor_id: 'cb_sensor_id', watchlist_name: 'cb_server', missing: 'x' } });
  expect(Object.keys(out)).toEqual(['type', 'cb_sensor_id', 'cb_server', 'docs', 'highlights']);
  expect(out.cb_server).toBe('Suspicious PowerShell');
  expect(out.cb_sensor_id).toBe('9');
  expect(out).not.toHaveProperty('x');
});

test('rename: happens all at once, so two fields can swap', () => {
  const out = apply({ rename: { a: 'b', b: 'a' } }, { a: 1, b: 2 });
  expect(out).toEqual({ b: 1, a: 2 });
});

test('add: static fields, overwriting', () => {
  const out = apply({ add: { source: 'cb-edr', cb_server: 'edr-prod-1', enabled: true, ttl: 30, note: null } });
  expect(out).toMatchObject({ source: 'cb-edr', cb_server: 'edr-prod-1', enabled: true, ttl: 30, note: null });
});

test('steps run keep, drop, rename, add', () => {
  const out = apply({
    keep: ['type', 'sensor_id', 'docs'],
    drop: ['docs.0.parent', 'docs.1'],
    rename: { sensor_id: 'sensor' },
    add: { sensor: 'overridden', vendor: 'Carbon Black' },
  });
  expect(out).toEqual({
    type: 'watchlist.hit.process',
    sensor: 'overridden',
    docs: [{ process_name: 'powershell.exe', cmdline: 'powershell -enc AAAA' }],
    vendor: 'Carbon Black',
  });
});

test('the same compiled transform serves many records', () => {
  const t = compileTransform({ drop: ['docs.0.cmdline'] });
  const shared = hit();
  const a = t(shared);
  const b = t(shared);
  expect(a).toEqual(b);
  expect(a.docs).not.toBe(b.docs);
  expect((shared.docs as EventRecord[])[0]).toHaveProperty('cmdline');
});

test('__proto__ is an ordinary field name', () => {
  const out = compileTransform({ add: JSON.parse('{"__proto__": "x"}') as Record<string, string> })({ a: 1 });
  expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
});

describe('malformed specs', () => {
  const bad = (spec: unknown): TransformCompileError => {
    try {
      compileTransform(spec as TransformSpec);
    } catch (err) {
      if (err instanceof TransformCompileError) return err;
      throw err;
    }
    throw new Error('compiled');
  };
  test.each([
    [{ keep: ['docs.0'] }, ['keep', 0]],
    [{ keep: 'type' }, ['keep']],
    [{ drop: ['a..b'] }, ['drop', 0]],
    [{ rename: { a: 'b.c' } }, ['rename', 'a']],
    [{ rename: { a: 'x', b: 'x' } }, ['rename', 'b']],
    [{ add: { a: [1] } }, ['add', 'a']],
    [{ keeep: ['a'] }, ['keeep']],
  ])('%j → error at %j', (spec, path) => {
    expect(bad(spec).path).toEqual(path);
  });
});
