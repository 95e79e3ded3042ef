/**
 * Writes `text`, whose UTF-8 size `bytes` the caller measured, into `buf` at `offset`; returns the
 * offset after it. A text whose UTF-8 size equals its length is ASCII (anything else takes two
 * bytes or more per character), and ASCII is the same bytes in Latin-1: short ones are copied by a
 * loop, longer ones by Buffer's Latin-1 encoding, both cheaper than UTF-8 encoding.
 */
import { Buffer } from 'node:buffer';

export function writeText(buf: Buffer, offset: number, text: string, bytes: number): number {
  if (bytes !== text.length) return offset + buf.write(text, offset, bytes, 'utf8');
  if (bytes <= SHORT_TEXT) {
    for (let i = 0; i < bytes; i++) buf[offset + i] = text.charCodeAt(i);
    return offset + bytes;
  }
  return offset + buf.write(text, offset, bytes, 'latin1');
}

/** Up to this many characters a plain loop beats a call into the native writers. */
const SHORT_TEXT = 32;

/**
 * UTF-8 size of a text. Short ASCII texts (header names and values, keys, ids) are counted by a
 * loop here, which costs less than the call into Buffer.byteLength; anything longer or not ASCII
 * goes to Buffer.byteLength.
 */
export function utf8Length(text: string): number {
  const n = text.length;
  if (n > SHORT_COUNT_CHARS) return Buffer.byteLength(text);
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) >= 0x80) return Buffer.byteLength(text);
  return n;
}

/** Up to this many characters utf8Length counts by itself. */
const SHORT_COUNT_CHARS = 64;

/** A text, or the UTF-8 bytes of one (copied as they are). */
export type TextOrBytes = string | Uint8Array;

/** UTF-8 size of a text or of bytes. */
export function utf8Size(part: TextOrBytes): number {
  return typeof part === 'string' ? utf8Length(part) : part.byteLength;
}

/** Writes a part whose size utf8Size gave into `buf` at `offset`; returns the offset after it. */
export function writePart(buf: Buffer, offset: number, part: TextOrBytes, size: number): number {
  if (typeof part === 'string') return writeText(buf, offset, part, size);
  buf.set(part, offset);
  return offset + size;
}

/** A text's UTF-8 bytes in a buffer of their exact size (ASCII through Latin-1, see writeText). */
export function utf8Bytes(text: string): Buffer {
  const size = utf8Length(text);
  const buf = Buffer.allocUnsafe(size);
  writeText(buf, 0, text, size);
  return buf;
}
