import { utf8Size, writePart, type TextOrBytes } from '../../sinks/common/write-text';

/**
 * Rendered events as the UTF-8 bytes of all of them in one buffer, and where each ends. A decode
 * worker answers with this instead of an array of strings: the buffer moves to the main thread
 * without a copy (it is transferred), and the main thread neither rebuilds the strings nor
 * encodes them again for sinks that write bytes (file, stdout, Kafka).
 */
export interface PackedTexts {
  /** Its own ArrayBuffer (never a slice of Buffer's shared pool), so it can be transferred. */
  bytes: Uint8Array;
  /** `ends[i]`: the offset just past text i. */
  ends: Uint32Array;
}

export function packTexts(texts: readonly TextOrBytes[]): PackedTexts {
  const ends = new Uint32Array(texts.length);
  let total = 0;
  for (let i = 0; i < texts.length; i++) ends[i] = total += utf8Size(texts[i]);
  const bytes = Buffer.allocUnsafeSlow(total);
  let offset = 0;
  for (let i = 0; i < texts.length; i++) offset = writePart(bytes, offset, texts[i], ends[i] - offset);
  return { bytes, ends };
}

/**
 * Text `i`'s bytes, as a view into the packed buffer (no copy). Cheapest when `bytes` is a Buffer
 * (see asBuffers): a Buffer's subarray skips the argument checks of Buffer.from(arrayBuffer).
 */
export function textAt(packed: PackedTexts, i: number): Buffer {
  const { bytes, ends } = packed;
  const start = i === 0 ? 0 : ends[i - 1];
  return Buffer.isBuffer(bytes) ? bytes.subarray(start, ends[i]) : Buffer.from(bytes.buffer, bytes.byteOffset + start, ends[i] - start);
}

/** Text `i`'s UTF-8 size. */
export function textLengthAt(packed: PackedTexts, i: number): number {
  return packed.ends[i] - (i === 0 ? 0 : packed.ends[i - 1]);
}

/** `packed` with its bytes as a Buffer (a structured clone delivers a plain Uint8Array), so textAt takes the fast path. */
export function asBuffers(packed: PackedTexts): PackedTexts {
  const { bytes, ends } = packed;
  return Buffer.isBuffer(bytes) ? packed : { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ends };
}

/** What to list as transferred when posting `packed`. */
export function transferablesOf(packed: PackedTexts): ArrayBuffer[] {
  return [packed.bytes.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer];
}
