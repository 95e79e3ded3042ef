import Long from 'long';
import {
  filetimeToUnixSeconds,
  filetimeToUnixFloat,
  processGuid,
  hexUpper,
  ipv4FromLittleEndian,
  ipv4FromSignedBigEndian,
  swapPort,
  ipFromCbIpAddr,
  ipv6Text,
  int64,
  uint64,
  exactNumber,
  exactInt64,
  exactUint64,
  utf8,
} from './values';

test('FILETIME to unix seconds (truncated) and float', () => {
  const ft = Long.fromString('130921702131467731');
  expect(filetimeToUnixSeconds(ft)).toBe(1447696613);
  expect(filetimeToUnixFloat(ft)).toBeCloseTo(1447696613.146, 3);
  expect(filetimeToUnixSeconds(Long.ZERO)).toBe(0);
  expect(filetimeToUnixSeconds(undefined)).toBe(0);
});

test('FILETIME to seconds in doubles agrees with exact 64-bit arithmetic, at the edges and at random', () => {
  const viaBigInt = (ft: Long): number => {
    const ticks = BigInt.asUintN(64, BigInt(ft.toUnsigned().toString()));
    if (ticks === 0n) return 0;
    return Number(BigInt.asUintN(64, ticks / 10000n - 11644473600000n) / 1000n);
  };
  const edges = [
    '0',
    '1',
    '116444736000000000',
    '116444736009999999',
    '116444736010000000',
    '116444735999999999',
    '130921702131467731',
    '18446744073709551615',
    '9223372036854775807',
    '9223372036854775808',
  ];
  const values = edges.map((e) => Long.fromString(e, true));
  let seed = 7;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  for (let i = 0; i < 20_000; i++) values.push(new Long(next() | 0, next() % 0x02000000, true));
  for (const ft of values) expect(filetimeToUnixSeconds(ft)).toBe(viaBigInt(ft));
  for (const ft of values.slice(0, 200)) expect(filetimeToUnixSeconds(ft.toSigned())).toBe(viaBigInt(ft));
});

test('process GUID from sensor id, pid and create time', () => {
  expect(processGuid(7, 708, Long.fromString('130921702131467731'))).toBe('00000007-0000-02c4-01d1-20982cef85d3');
  expect(processGuid(1, 0x12345, Long.ZERO)).toBe('00000001-0001-2345-0000-000000000000');
});

test('hashes, IPv4 and ports', () => {
  expect(hexUpper(Uint8Array.from([0x0a, 0xbc, 0xff]))).toBe('0ABCFF');
  expect(hexUpper(undefined)).toBe('');
  expect(ipv4FromLittleEndian(465241111)).toBe('23.4.187.27');
  expect(ipv4FromSignedBigEndian(-1407246847)).toBe('172.31.30.1');
  expect(swapPort(20480)).toBe(80);
});

test('CbIpAddr: IPv4, IPv6 from high then low little-endian words, scope suffix', () => {
  expect(ipFromCbIpAddr({ bIsIpv6: false, ipv4Address: 465241111 }, false)).toBe('23.4.187.27');
  // 2001:db8::1 -> bytes 20 01 0d b8 00.. 00 01; high word LE = 0x0000_0000_b80d_0120
  const high = Long.fromString('b80d0120', false, 16);
  const low = Long.fromString('0100000000000000', true, 16);
  expect(ipFromCbIpAddr({ bIsIpv6: true, ipv6High: high, ipv6Low: low }, false)).toBe('2001:db8::1');
  expect(ipFromCbIpAddr({ bIsIpv6: true, ipv6High: high, ipv6Low: low, ipv6Scope: 'eth0' }, true)).toBe(
    '2001:db8::1%eth0',
  );
  expect(ipv6Text(new Uint8Array(16))).toBe('::');
});

test('64-bit values: exact, signed or unsigned', () => {
  expect(int64(Long.fromString('-8915740139778150230'))).toBe(-8915740139778150230n);
  expect(exactNumber(5n)).toBe(5);
  expect(exactNumber(130921702131467731n)).toBe(130921702131467731n);
});

test('exactInt64 and exactUint64 equal exactNumber of the bigint, on the safe-range edges and random values', () => {
  const edges = [0, 1, -1, 0x1ffffe, 0x1fffff, 0x200000, -0x1ffffe, -0x1fffff, -0x200000, 0x7fffffff, -0x80000000];
  const longs: Long[] = [];
  for (const high of edges)
    for (const low of [0, 1, 0x7fffffff, -1, -0x80000000]) {
      longs.push(new Long(low, high, false), new Long(low, high, true));
    }
  let seed = 7;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return seed;
  };
  for (let i = 0; i < 20_000; i++) longs.push(new Long(next(), next() >> (i % 32), i % 3 === 0));
  for (const v of longs) {
    expect(exactInt64(v)).toBe(exactNumber(int64(v)));
    expect(exactUint64(v)).toBe(exactNumber(uint64(v)));
  }
  expect(exactInt64(12.9)).toBe(12);
  expect(exactInt64(null)).toBe(0);
  expect(exactUint64(undefined)).toBe(0);
});

test('hexUpper: table walk and native hex agree around the switch-over length', () => {
  for (const length of [1, 31, 32, 33, 64, 200]) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
    const expected = Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
    expect(hexUpper(bytes)).toBe(expected);
    const inside = new Uint8Array(length + 8);
    inside.set(bytes, 5);
    expect(hexUpper(inside.subarray(5, 5 + length))).toBe(expected);
  }
});

test('utf8: Buffers, views into a larger buffer and plain Uint8Arrays decode alike, bad sequences as U+FFFD', () => {
  const text = 'C:\\Windows\\System32\\svchost.exe — ключ ✓ 𝄞';
  const whole = Buffer.concat([Buffer.from('xx'), Buffer.from(text), Buffer.from([0xff, 0xc3]), Buffer.from('yy')]);
  const end = 2 + Buffer.byteLength(text) + 2;
  const expected = `${text}\uFFFD\uFFFD`;
  expect(utf8(whole.subarray(2, end))).toBe(expected);
  expect(utf8(new Uint8Array(whole.buffer, whole.byteOffset + 2, end - 2))).toBe(expected);
  expect(utf8(Buffer.alloc(0))).toBe('');
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x82]);
  expect(utf8(bom)).toBe(Buffer.from(bom).toString('utf8'));
  expect(utf8(null)).toBe('');
  expect(utf8(undefined)).toBe('');
});
