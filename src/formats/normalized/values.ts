import { Buffer } from 'node:buffer';
import Long from 'long';

/** 64-bit values arrive from protobufjs as Long; optional fields may be absent. */
export type Int64 = Long | number | null | undefined;

const FILETIME_EPOCH_SHIFT_MS = 11644473600000n;

function toBigInt(v: Int64): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  return (BigInt(v.high) << 32n) | BigInt(v.low >>> 0);
}

/** Signed 64-bit value as bigint (int64 fields). */
export function int64(v: Int64): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  return v.unsigned ? toBigInt(v) : BigInt.asIntN(64, toBigInt(v));
}

/** Unsigned 64-bit value as bigint (uint64 fields). */
export function uint64(v: Int64): bigint {
  return BigInt.asUintN(64, toBigInt(v));
}

/** A 64-bit value as a JS number when exact, else a bigint (the JSON writer prints both exactly). */
export function exactNumber(v: bigint): number | bigint {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v;
}

/** High words whose values are safe integers whatever the low word: |high * 2^32 + low| < 2^53. */
const SAFE_HIGH = 0x1fffff;

/** exactNumber(int64(v)) without making a bigint when the value is a safe integer (most are). */
export function exactInt64(v: Int64): number | bigint {
  if (typeof v === 'object' && v !== null && !v.unsigned && v.high > -SAFE_HIGH && v.high < SAFE_HIGH) {
    return v.high * TWO_32 + (v.low >>> 0);
  }
  return exactNumber(int64(v));
}

/** exactNumber(uint64(v)) without making a bigint when the value is a safe integer. */
export function exactUint64(v: Int64): number | bigint {
  if (typeof v === 'object' && v !== null && v.high >>> 0 < SAFE_HIGH) return (v.high >>> 0) * TWO_32 + (v.low >>> 0);
  return exactNumber(uint64(v));
}

/**
 * Windows FILETIME (100 ns ticks since 1601) to unix seconds, truncated, as the forwarder does:
 * whole milliseconds first, then seconds; 0 stays 0.
 */
export function filetimeToUnixSeconds(v: Int64): number {
  if (v !== null && v !== undefined && typeof v !== 'number') {
    const fast = filetimeSecondsFast(v.high >>> 0, v.low >>> 0);
    if (fast >= 0) return fast;
  }
  return filetimeSecondsExact(v);
}

const TWO_32 = 4294967296;
const EPOCH_SHIFT_MS = Number(FILETIME_EPOCH_SHIFT_MS);

/** a / b rounded down, exact for non-negative integers below 2^53 (a float division can round up). */
const floorDiv = (a: number, b: number): number => (a - (a % b)) / b;

/**
 * The same conversion in double arithmetic, exact because every intermediate stays below 2^53;
 * -1 for what it does not cover (before 1970, where the forwarder's unsigned arithmetic wraps).
 */
function filetimeSecondsFast(high: number, low: number): number {
  if (high === 0 && low === 0) return 0;
  const rest = (high % 10000) * TWO_32 + low;
  const ms = floorDiv(high, 10000) * TWO_32 + floorDiv(rest, 10000);
  return ms >= EPOCH_SHIFT_MS ? floorDiv(ms - EPOCH_SHIFT_MS, 1000) : -1;
}

function filetimeSecondsExact(v: Int64): number {
  const ticks = uint64(v);
  if (ticks === 0n) return 0;
  const ms = BigInt.asUintN(64, ticks / 10000n - FILETIME_EPOCH_SHIFT_MS);
  return Number(BigInt.asUintN(64, ms) / 1000n);
}

/** FILETIME to fractional unix seconds (millisecond precision), for the float-timestamp option. */
export function filetimeToUnixFloat(v: Int64): number {
  const ticks = uint64(v);
  if (ticks === 0n) return 0;
  return (Number(ticks / 10000n) - Number(FILETIME_EPOCH_SHIFT_MS)) / 1000;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const hex16 = (n: number): string => BYTE_HEX[(n >>> 8) & 0xff] + BYTE_HEX[n & 0xff];
const hex32 = (n: number): string => hex16((n >>> 16) & 0xffff) + hex16(n & 0xffff);

/**
 * CB process GUID from sensor id, pid and process create time (FILETIME):
 * `%08x-%04x-%04x-%04x-%04x%08x`.
 */
export function processGuid(sensorId: number, pid: number, createTime: Int64): string {
  let high = 0;
  let low = 0;
  if (createTime !== null && createTime !== undefined) {
    if (typeof createTime === 'number') {
      const l = Long.fromNumber(createTime);
      high = l.high;
      low = l.low;
    } else {
      high = createTime.high;
      low = createTime.low;
    }
  }
  return `${hex32(sensorId)}-${hex16((pid >> 16) & 0xffff)}-${hex16(pid & 0xffff)}-${hex16((high >>> 16) & 0xffff)}-${hex16(high & 0xffff)}${hex32(low)}`;
}

/** Byte -> its two upper-case hex digits. */
const HEX_PAIRS = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'));
/**
 * Up to this size a walk over HEX_PAIRS is used; longer inputs go through Buffer's native hex encoder, which is quicker
 * for them.
 */
const TABLE_HEX_MAX_BYTES = 32;

/** Bytes as upper-case hex ("" for none). */
export function hexUpper(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length === 0) return '';
  if (bytes.length > TABLE_HEX_MAX_BYTES)
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex').toUpperCase();
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX_PAIRS[bytes[i]];
  return out;
}

/** uint32 whose little-endian bytes are the dotted octets in order. */
export function ipv4FromLittleEndian(v: number | null | undefined): string {
  const n = (v ?? 0) >>> 0;
  return `${n & 0xff}.${(n >>> 8) & 0xff}.${(n >>> 16) & 0xff}.${(n >>> 24) & 0xff}`;
}

/** Signed int32 whose big-endian bytes are the dotted octets (JSON comms_ip / interface_ip). */
export function ipv4FromSignedBigEndian(v: number): string {
  const n = v >>> 0;
  return `${(n >>> 24) & 0xff}.${(n >>> 16) & 0xff}.${(n >>> 8) & 0xff}.${n & 0xff}`;
}

/** A 16-bit port stored in network byte order. */
export function swapPort(v: number | null | undefined): number {
  const p = (v ?? 0) & 0xffff;
  return ((p >> 8) & 0xff) | ((p << 8) & 0xff00);
}

function writeUint64LE(target: Uint8Array, offset: number, v: Int64): void {
  let n = uint64(v);
  for (let i = 0; i < 8; i++) {
    target[offset + i] = Number(n & 0xffn);
    n >>= 8n;
  }
}

/** RFC 5952 text of 16 address bytes (lower-case, longest zero run compressed, IPv4-mapped kept dotted). */
export function ipv6Text(b: Uint8Array): string {
  const mapped = b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;
  if (mapped) return `::ffff:${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push((b[i] << 8) | b[i + 1]);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const parts = words.map((w) => w.toString(16));
  if (bestStart < 0) return parts.join(':');
  const head = parts.slice(0, bestStart).join(':');
  const tail = parts.slice(bestStart + bestLen).join(':');
  return `${head}::${tail}`;
}

export interface CbIpAddrLike {
  bIsIpv6?: boolean | null;
  ipv4Address?: number | null;
  ipv6Low?: Int64;
  ipv6High?: Int64;
  ipv6Scope?: string | null;
}

/** CbIpAddr: IPv4 as little-endian uint32, or IPv6 from high then low (8 bytes each, little-endian). */
export function ipFromCbIpAddr(addr: CbIpAddrLike | null | undefined, hasScope: boolean): string {
  if (!addr) return ipv4FromLittleEndian(0);
  if (addr.bIsIpv6) {
    const b = new Uint8Array(16);
    writeUint64LE(b, 0, addr.ipv6High);
    writeUint64LE(b, 8, addr.ipv6Low);
    const text = ipv6Text(b);
    return hasScope ? `${text}%${addr.ipv6Scope ?? ''}` : text;
  }
  return ipv4FromLittleEndian(addr.ipv4Address);
}

/** UTF-8 as Buffer decodes it: invalid sequences become U+FFFD, a leading byte-order mark stays. */
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Bytes decoded as UTF-8 (invalid sequences become U+FFFD, as Go's encoder prints them). Bytes
 * fields of decoded events are views into the message; they decode in place.
 */
export function utf8(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length === 0) return '';
  return Buffer.isBuffer(bytes) ? bytes.toString() : utf8Decoder.decode(bytes);
}
