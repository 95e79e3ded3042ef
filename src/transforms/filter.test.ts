import type { EventRecord } from '../event/event-model';
import type { FilterSpec } from '../config/route-config';
import { compileFilter, FilterCompileError } from './filter';
import { numericValue, valuesEqual } from './values';

/** A normalized netconn event, the way the bridge emits it (sensor_id as CB sends it: a string). */
const netconn: EventRecord = {
  type: 'ingress.event.netconn',
  sensor_id: '9',
  computer_name: 'WS-0042',
  process_guid: '00000009-0000-1a2b-01d9-1234567890ab',
  pid: 4242,
  timestamp: 1780272000,
  domain: 'updates.example.com',
  remote_ip: '203.0.113.7',
  remote_port: 443,
  protocol: 6,
  direction: 'outbound',
  event_id: 18446744073709551615n,
  path: 'c:\\windows\\system32\\svchost.exe',
  ipv4: null,
};

/** A watchlist hit with docs. */
const watchlistHit: EventRecord = {
  type: 'watchlist.hit.process',
  watchlist_id: 12,
  watchlist_name: 'Suspicious PowerShell',
  sensor_id: 9,
  docs: [
    {
      process_name: 'powershell.exe',
      path: 'c:\\windows\\system32\\windowspowershell\\v1.0\\powershell.exe',
      host_count: 1,
      tags: ['ps', 'lolbin'],
    },
    { process_name: 'cmd.exe', host_count: 12 },
  ],
  highlights: [],
};

const accepts = (spec: FilterSpec, record: EventRecord): boolean => compileFilter(spec)(record);

describe('equals', () => {
  test('strings, numbers, booleans, null', () => {
    expect(accepts({ field: 'direction', equals: 'outbound' }, netconn)).toBe(true);
    expect(accepts({ field: 'direction', equals: 'inbound' }, netconn)).toBe(false);
    expect(accepts({ field: 'remote_port', equals: 443 }, netconn)).toBe(true);
    expect(accepts({ field: 'ipv4', equals: null }, netconn)).toBe(true);
    expect(accepts({ field: 'missing', equals: null }, netconn)).toBe(false);
    expect(accepts({ field: 'flag', equals: true }, { flag: true })).toBe(true);
    expect(accepts({ field: 'flag', equals: 1 }, { flag: true })).toBe(false);
  });

  test('a number never equals a numeric string', () => {
    expect(accepts({ field: 'sensor_id', equals: 9 }, netconn)).toBe(false);
    expect(accepts({ field: 'sensor_id', equals: '9' }, netconn)).toBe(true);
    expect(accepts({ field: 'sensor_id', equals: '9' }, watchlistHit)).toBe(false);
  });

  test('a bigint equals the number of the same value', () => {
    expect(accepts({ field: 'n', equals: 10 }, { n: 10n })).toBe(true);
    expect(accepts({ field: 'n', equals: 10.5 }, { n: 10n })).toBe(false);
    expect(accepts({ field: 'n', equals: 11 }, { n: 10n })).toBe(false);
    expect(accepts({ field: 'event_id', equals: 2 ** 64 }, netconn)).toBe(false);
  });

  test('deep equality of lists and mappings', () => {
    expect(accepts({ field: 'docs.0.tags', equals: ['ps', 'lolbin'] }, watchlistHit)).toBe(true);
    expect(accepts({ field: 'docs.0.tags', equals: ['lolbin', 'ps'] }, watchlistHit)).toBe(false);
    expect(accepts({ field: 'docs.1', equals: { host_count: 12, process_name: 'cmd.exe' } }, watchlistHit)).toBe(true);
    expect(accepts({ field: 'docs.1', equals: { process_name: 'cmd.exe' } }, watchlistHit)).toBe(false);
    expect(accepts({ field: 'highlights', equals: [] }, watchlistHit)).toBe(true);
    expect(accepts({ field: 'highlights', equals: {} }, watchlistHit)).toBe(false);
  });
});

describe('valuesEqual', () => {
  test('mixed bigint and number at depth', () => {
    expect(valuesEqual({ a: [1n, 2] }, { a: [1, 2n] })).toBe(true);
    expect(valuesEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(valuesEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(valuesEqual(NaN, NaN)).toBe(false);
    expect(valuesEqual(0, -0)).toBe(true);
    expect(valuesEqual(null, {})).toBe(false);
  });
});

describe('in', () => {
  test('any listed value, same equality as equals', () => {
    expect(accepts({ field: 'remote_port', in: [80, 443, 8443] }, netconn)).toBe(true);
    expect(accepts({ field: 'remote_port', in: ['443'] }, netconn)).toBe(false);
    expect(accepts({ field: 'sensor_id', in: ['1', '9'] }, netconn)).toBe(true);
    expect(accepts({ field: 'n', in: [1, 2, 3] }, { n: 3n })).toBe(true);
    expect(accepts({ field: 'missing', in: [null] }, netconn)).toBe(false);
    expect(accepts({ field: 'x', in: [] }, { x: 1 })).toBe(false);
  });
});

describe('regex', () => {
  test('strings, compiled once with flags', () => {
    expect(accepts({ field: 'path', regex: '\\\\system32\\\\svchost\\.exe$' }, netconn)).toBe(true);
    expect(accepts({ field: 'path', regex: 'SYSTEM32' }, netconn)).toBe(false);
    expect(accepts({ field: 'path', regex: 'SYSTEM32', flags: 'i' }, netconn)).toBe(true);
    expect(accepts({ field: 'docs.0.path', regex: 'powershell\\.exe$' }, watchlistHit)).toBe(true);
  });

  test('the same compiled filter gives the same answer every time', () => {
    const f = compileFilter({ field: 'computer_name', regex: '^WS-', flags: 'i' });
    for (let i = 0; i < 5; i++) expect(f(netconn)).toBe(true);
  });

  test('numbers, bigints and booleans are tested as String(value)', () => {
    expect(accepts({ field: 'remote_port', regex: '^44' }, netconn)).toBe(true);
    expect(accepts({ field: 'event_id', regex: '^18446744073709551615$' }, netconn)).toBe(true);
    expect(accepts({ field: 'b', regex: '^true$' }, { b: true })).toBe(true);
  });

  test('null, objects, lists and missing fields never match', () => {
    expect(accepts({ field: 'ipv4', regex: '.*' }, netconn)).toBe(false);
    expect(accepts({ field: 'docs', regex: '.*' }, watchlistHit)).toBe(false);
    expect(accepts({ field: 'docs.0', regex: '.*' }, watchlistHit)).toBe(false);
    expect(accepts({ field: 'missing', regex: '.*' }, netconn)).toBe(false);
  });

  test('a bad pattern or flag is a compile error pointing at it', () => {
    expect(() => compileFilter({ field: 'path', regex: '(unclosed' })).toThrow(FilterCompileError);
    try {
      compileFilter({
        all: [
          { field: 'a', equals: 1 },
          { field: 'path', regex: '[z-a]' },
        ],
      });
      throw new Error('not thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(FilterCompileError);
      expect((err as FilterCompileError).path).toEqual(['all', 1, 'regex']);
      expect((err as Error).message).toMatch(/^invalid regular expression \/\[z-a\]\/: /);
    }
    for (const flags of ['g', 'y', 'ii', 'x']) {
      expect(() => compileFilter({ field: 'path', regex: 'a', flags })).toThrow(
        expect.objectContaining({ path: ['flags'] }),
      );
    }
  });
});

describe('gt / gte / lt / lte', () => {
  test('numbers, and every bound must hold', () => {
    expect(accepts({ field: 'remote_port', gte: 443 }, netconn)).toBe(true);
    expect(accepts({ field: 'remote_port', gt: 443 }, netconn)).toBe(false);
    expect(accepts({ field: 'remote_port', gt: 1023, lt: 49152 }, { remote_port: 8080 })).toBe(true);
    expect(accepts({ field: 'remote_port', gt: 1023, lt: 49152 }, { remote_port: 50000 })).toBe(false);
    expect(accepts({ field: 'remote_port', gte: 443, lte: 443 }, netconn)).toBe(true);
    expect(accepts({ field: 'x', lt: 0.5 }, { x: 0.25 })).toBe(true);
  });

  test('numeric strings compare numerically (CB sends sensor_id as a string)', () => {
    expect(accepts({ field: 'sensor_id', gte: 5, lte: 10 }, netconn)).toBe(true);
    expect(accepts({ field: 'sensor_id', gt: 10 }, netconn)).toBe(false);
    expect(accepts({ field: 'sensor_id', gt: 10 }, { sensor_id: '100' })).toBe(true);
    expect(accepts({ field: 'v', gt: 1.5 }, { v: '1.75' })).toBe(true);
    expect(accepts({ field: 'v', lt: 0 }, { v: '-2e3' })).toBe(true);
  });

  test('bigints and long integer strings compare exactly', () => {
    expect(accepts({ field: 'event_id', gt: 2 ** 63 }, netconn)).toBe(true);
    expect(accepts({ field: 'event_id', lt: 2 ** 64 }, netconn)).toBe(true);
    expect(accepts({ field: 'id', gt: 2 ** 53 }, { id: '9007199254740993' })).toBe(true);
    expect(accepts({ field: 'id', gt: 2 ** 53 }, { id: 9007199254740993n })).toBe(true);
    expect(accepts({ field: 'id', lte: 2 ** 53 }, { id: 9007199254740993n })).toBe(false);
  });

  test('non-numeric values never match', () => {
    for (const v of ['', ' 9', '9 ', '0x10', 'nine', true, null, [1], { a: 1 }, Number.NaN]) {
      expect(accepts({ field: 'v', gte: -1e308 }, { v } as EventRecord)).toBe(false);
    }
    expect(accepts({ field: 'missing', lt: 1 }, netconn)).toBe(false);
  });

  test('numericValue', () => {
    expect(numericValue('9')).toBe(9n);
    expect(numericValue('+9')).toBe(9n);
    expect(numericValue('9.5')).toBe(9.5);
    expect(numericValue('.5')).toBe(0.5);
    expect(numericValue('5.')).toBe(5);
    expect(numericValue('1e3')).toBe(1000);
    expect(numericValue('e3')).toBeUndefined();
    expect(numericValue('.')).toBeUndefined();
    expect(numericValue(Infinity)).toBe(Infinity);
  });
});

describe('exists', () => {
  test('present (null counts) or absent', () => {
    expect(accepts({ field: 'ipv4', exists: true }, netconn)).toBe(true);
    expect(accepts({ field: 'missing', exists: true }, netconn)).toBe(false);
    expect(accepts({ field: 'missing', exists: false }, netconn)).toBe(true);
    expect(accepts({ field: 'docs.1.host_count', exists: true }, watchlistHit)).toBe(true);
    expect(accepts({ field: 'docs.2', exists: false }, watchlistHit)).toBe(true);
  });
});

describe('all / any / not', () => {
  test('nesting', () => {
    const spec: FilterSpec = {
      all: [
        { field: 'sensor_id', in: ['9', '10'] },
        {
          any: [
            { field: 'remote_port', equals: 443 },
            { field: 'domain', regex: '\\.example\\.org$' },
          ],
        },
        { not: { field: 'computer_name', regex: '^DC-' } },
      ],
    };
    expect(accepts(spec, netconn)).toBe(true);
    expect(accepts(spec, { ...netconn, computer_name: 'DC-01' })).toBe(false);
    expect(accepts(spec, { ...netconn, remote_port: 80 })).toBe(false);
    expect(accepts(spec, { ...netconn, remote_port: 80, domain: 'x.example.org' })).toBe(true);
    expect(accepts(spec, { ...netconn, sensor_id: '11' })).toBe(false);
  });

  test('not of not, empty all and any', () => {
    expect(accepts({ not: { not: { field: 'pid', exists: true } } }, netconn)).toBe(true);
    expect(accepts({ all: [] }, netconn)).toBe(true);
    expect(accepts({ any: [] }, netconn)).toBe(false);
  });

  test('a watchlist hit filtered on its docs', () => {
    const spec: FilterSpec = {
      all: [
        { field: 'watchlist_name', regex: 'powershell', flags: 'i' },
        { field: 'docs.0.host_count', lte: 5 },
        { field: 'sensor_id', gte: 1 },
      ],
    };
    expect(accepts(spec, watchlistHit)).toBe(true);
    expect(accepts(spec, { ...watchlistHit, docs: [] })).toBe(false);
  });
});

describe('malformed specs', () => {
  const bad = (spec: unknown): FilterCompileError => {
    try {
      compileFilter(spec as FilterSpec);
    } catch (err) {
      if (err instanceof FilterCompileError) return err;
      throw err;
    }
    throw new Error('compiled');
  };

  test('no operator, two operators, stray keys', () => {
    expect(bad({ field: 'a' }).message).toMatch(/needs one operator/);
    expect(bad({ field: 'a', equals: 1, in: [1] }).message).toMatch(/exactly one operator, found equals and in/);
    expect(bad({ field: 'a', equals: 1, flags: 'i' }).path).toEqual(['flags']);
    expect(bad({ any: [{ all: [], field: 'x' }] }).path).toEqual(['any', 0, 'field']);
  });

  test('bad operands', () => {
    expect(bad({ field: 'a..b', equals: 1 }).path).toEqual(['field']);
    expect(bad({ equals: 1 }).path).toEqual(['field']);
    expect(bad({ field: 'a', gt: '5' }).path).toEqual(['gt']);
    expect(bad({ field: 'a', exists: 'yes' }).path).toEqual(['exists']);
    expect(bad({ field: 'a', in: 5 }).path).toEqual(['in']);
    expect(bad({ all: { field: 'a', exists: true } }).path).toEqual(['all']);
    expect(bad({ not: [] }).path).toEqual(['not']);
    expect(bad(null).path).toEqual([]);
  });
});
