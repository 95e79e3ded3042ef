import { toJson } from './json-writer';
import { leefLine } from './leef/leef-line';

test('JSON writer keeps 64-bit integers exact and matches JSON.stringify otherwise', () => {
  const rec = {
    a: 'x"y',
    n: 1.5,
    big: 130921702131467731n,
    nested: { list: [1, 'two', null, -9007199254740993n] },
    t: true,
  };
  expect(toJson(rec)).toBe(
    '{"a":"x\\"y","n":1.5,"big":130921702131467731,"nested":{"list":[1,"two",null,-9007199254740993]},"t":true}',
  );
  expect(toJson({ a: 1, b: 'c' })).toBe(JSON.stringify({ a: 1, b: 'c' }));
});

test('LEEF 1.0: header, sorted tab-separated pairs, escapes, procstart announced as process', () => {
  const line = leefLine({
    type: 'ingress.event.procstart',
    cb_server: 'cb',
    command_line: 'a=b\tc\\d\n',
    pid: 4,
    empty: {},
    none: null,
  });
  expect(line).toBe(
    'LEEF:1.0|CB|CB|5.1|ingress.event.process|cb_server=cb\tcommand_line=a\\=b\\tc\\\\d\\n\tempty=\tpid=4\ttype=ingress.event.procstart',
  );
});

test('LEEF maps netconn and IOC addresses to QRadar names by direction', () => {
  const out = leefLine({
    type: 'ingress.event.netconn',
    direction: 'inbound',
    local_ip: '10.0.0.1',
    remote_ip: '1.2.3.4',
    local_port: 443,
    remote_port: 5555,
    protocol: 6,
  });
  expect(out).toContain('src=1.2.3.4');
  expect(out).toContain('dst=10.0.0.1');
  expect(out).toContain('dstPort=443');
  const hit = leefLine({
    type: 'feed.ingress.hit.process',
    cb_version: '5.2',
    ioc_attr: '{"local_ip":"10.1.1.1","remote_port":80}',
    docs: [{ md5: 'AB' }],
  });
  expect(hit.startsWith('LEEF:1.0|CB|CB|5.2|feed.ingress.hit.process|')).toBe(true);
  expect(hit).toContain('src=10.1.1.1');
  expect(hit).toContain('dstPort=80');
  expect(hit).toContain('md5=AB');
  expect(hit).not.toContain('docs=');
});

test('JSON writer escapes exactly as JSON.stringify does', () => {
  const strings = [
    'plain',
    'c:\\windows\\system32',
    'quote " here',
    'tab\there\nnew',
    '\u0000\u001f',
    'lone \ud800 surrogate',
    'pair \ud83d\ude00 ok',
    '\u2028\u2029',
    'é漢字',
  ];
  for (const s of strings) {
    expect(toJson({ s })).toBe(JSON.stringify({ s }));
    // With a bigint beside it the string goes through the project's own writer: same escapes.
    expect(toJson({ s, n: 1n })).toBe(`${JSON.stringify({ s }).slice(0, -1)},"n":1}`);
  }
});

test('a hit with several docs yields independent records; a "__proto__" field stays a plain field', async () => {
  const { normalizeNotification } = await import('./normalized/normalize-notification');
  const doc = JSON.parse(
    '{"watchlist_id":3,"docs":[{"process_name":"a.exe","nested":{"x":[1]}},{"process_name":"b.exe","__proto__":{"polluted":true}}]}',
  ) as Record<string, unknown>;
  const out = normalizeNotification(
    { kind: 'notification', type: 'watchlist.hit.process', doc, schemaViolations: null },
    'watchlist.hit.process',
    { serverName: 'cb', serverUrl: '', floatTimestamps: false },
  );
  expect(out).toHaveLength(2);
  const [a, b] = out as Array<{ docs: Array<Record<string, unknown>> }>;
  (a.docs[0].nested as { x: number[] }).x.push(2);
  expect((doc.docs as Array<{ nested: { x: number[] } }>)[0].nested.x).toEqual([1]);
  expect(Object.keys(b.docs[0])).toContain('__proto__');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(JSON.parse(JSON.stringify(b)).docs[0].__proto__).toEqual({ polluted: true });
});

test('JSON writer: values holding bigints deep inside, beside plain parts, print as JSON.stringify would with exact integers', () => {
  /** The reference: JSON.stringify with each bigint swapped for a marker, then the marker for its digits. */
  const reference = (v: unknown): string =>
    JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `@@${x}@@` : x)).replace(/"@@(-?\d+)@@"/g, '$1');
  let seed = 11;
  const rand = (n: number): number => {
    seed = (Math.imul(seed, 48271) + 7) >>> 0;
    return seed % n;
  };
  const leaf = (): unknown =>
    [
      () => 'täxt "q"',
      () => rand(1000) - 500,
      () => 12.25,
      () => null,
      () => true,
      () => 2n ** 60n + BigInt(rand(99)),
      () => -(2n ** 55n),
      () => undefined,
      () => 'x\u0001\ud800',
    ][rand(9)]();
  const value = (depth: number): unknown => {
    if (depth === 0 || rand(3) === 0) return leaf();
    if (rand(2) === 0) return Array.from({ length: rand(4) }, () => value(depth - 1));
    const o: Record<string, unknown> = {};
    for (let i = rand(5); i > 0; i--) o[`k${rand(20)}`] = value(depth - 1);
    return o;
  };
  for (let i = 0; i < 2000; i++) {
    const v = { envelope: { routing_key: 'ingress.event.process', headers: {} }, message: value(5) };
    expect(toJson(v as never)).toBe(reference(v));
  }
});
