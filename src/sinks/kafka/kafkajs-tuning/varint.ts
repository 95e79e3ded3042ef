/**
 * Kafka's zig-zag varints (record lengths, deltas, key/value/header lengths), written straight
 * into a buffer. Sizes are computed without writing, so a whole request can be sized first.
 */
import { Buffer } from 'node:buffer';

/** Bytes of a zig-zag varint of a 32-bit signed value (lengths, offset deltas, -1 for null). */
export function varIntSize(value: number): number {
  let z = ((value << 1) ^ (value >> 31)) >>> 0;
  let size = 1;
  while (z >= 0x80) { z >>>= 7; size++; }
  return size;
}

/** Writes a zig-zag varint of a 32-bit signed value at `offset`; returns the offset after it. */
export function writeVarInt(buf: Buffer, offset: number, value: number): number {
  let z = ((value << 1) ^ (value >> 31)) >>> 0;
  while (z >= 0x80) {
    buf[offset++] = (z & 0x7f) | 0x80;
    z >>>= 7;
  }
  buf[offset++] = z;
  return offset;
}

/** Zig-zag of a 64-bit value given as a safe integer: 2n for n >= 0, -2n - 1 below (exact in doubles up to 2^53). */
function zigZag64(value: number): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`varlong out of range: ${value}`);
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

/** Bytes of a zig-zag varlong (timestamp deltas). */
export function varLongSize(value: number): number {
  let z = zigZag64(value);
  let size = 1;
  while (z >= 0x80) { z = Math.floor(z / 0x80); size++; }
  return size;
}

/** Writes a zig-zag varlong of a safe integer at `offset`; returns the offset after it. */
export function writeVarLong(buf: Buffer, offset: number, value: number): number {
  let z = zigZag64(value);
  while (z >= 0x80) {
    buf[offset++] = (z % 0x80) | 0x80;
    z = Math.floor(z / 0x80);
  }
  buf[offset++] = z;
  return offset;
}
