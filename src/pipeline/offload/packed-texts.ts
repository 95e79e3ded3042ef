import { Buffer } from 'node:buffer';
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
  /**
   * The index, among its message's events, of text 0 (when these are one part of a message's
   * texts: see EventsPart); texts are looked up by that index. Absent: 0.
   */
  first?: number;
}

/**
 * Packs texts as they come, so none has to be kept until the last is rendered: each is written
 * into a scratch buffer, which finish() copies into a buffer of its own. One packer serves job
 * after job (start() begins the next); its scratch is kept between them unless a job made it
 * larger than SCRATCH_KEPT_BYTES.
 */
export class TextPacker {
  private scratch: Buffer = Buffer.allocUnsafeSlow(0);
  private ends = new Uint32Array(0);
  private count = 0;
  private size = 0;

  start(): void {
    this.count = 0;
    this.size = 0;
  }

  /** Texts added since start(). */
  get length(): number {
    return this.count;
  }

  /** Their UTF-8 bytes. */
  get byteLength(): number {
    return this.size;
  }

  add(text: TextOrBytes): void {
    const bytes = utf8Size(text);
    const end = this.size + bytes;
    if (end > this.scratch.length) this.scratch = grown(this.scratch, this.size, end);
    if (this.count === this.ends.length) {
      const ends = new Uint32Array(Math.max(64, this.count * 2));
      ends.set(this.ends);
      this.ends = ends;
    }
    this.size = writePart(this.scratch, this.size, text, bytes);
    this.ends[this.count++] = this.size;
  }

  /**
   * The texts added since start(), in buffers of their own (transferable). A scratch larger than
   * SCRATCH_KEPT_BYTES, which would not be kept anyway, goes as it is (a view of its used part)
   * rather than copied: for a bundle of a million events the copy would be a third buffer of
   * hundreds of megabytes beside the scratch and its grown predecessor.
   */
  finish(): PackedTexts {
    const ends = this.ends.slice(0, this.count);
    if (this.scratch.length > SCRATCH_KEPT_BYTES) {
      const bytes = this.scratch.subarray(0, this.size);
      this.scratch = Buffer.allocUnsafeSlow(0);
      return { bytes, ends };
    }
    const bytes = Buffer.allocUnsafeSlow(this.size);
    this.scratch.copy(bytes, 0, 0, this.size);
    return { bytes, ends };
  }
}

/** The largest scratch a packer keeps for the next job. */
const SCRATCH_KEPT_BYTES = 4 * 1024 * 1024;

/** A buffer of at least `needed` bytes holding the first `used` bytes of `old`. */
function grown(old: Buffer, used: number, needed: number): Buffer {
  const next = Buffer.allocUnsafeSlow(Math.max(needed, old.length * 2, 64 * 1024));
  old.copy(next, 0, 0, used);
  return next;
}

export function packTexts(texts: readonly TextOrBytes[]): PackedTexts {
  const packer = new TextPacker();
  for (const text of texts) packer.add(text);
  return packer.finish();
}

/**
 * Text `i`'s bytes, as a view into the packed buffer (no copy). Cheapest when `bytes` is a Buffer
 * (see asBuffers): a Buffer's subarray skips the argument checks of Buffer.from(arrayBuffer).
 */
export function textAt(packed: PackedTexts, index: number): Buffer {
  const { bytes, ends } = packed;
  const i = index - (packed.first ?? 0);
  const start = i === 0 ? 0 : ends[i - 1];
  return Buffer.isBuffer(bytes)
    ? bytes.subarray(start, ends[i])
    : Buffer.from(bytes.buffer, bytes.byteOffset + start, ends[i] - start);
}

/** The UTF-8 size of the text of event `index`. */
export function textLengthAt(packed: PackedTexts, index: number): number {
  const i = index - (packed.first ?? 0);
  return packed.ends[i] - (i === 0 ? 0 : packed.ends[i - 1]);
}

/**
 * `packed` with its bytes as a Buffer (a structured clone delivers a plain Uint8Array), so textAt takes the fast path.
 */
export function asBuffers(packed: PackedTexts): PackedTexts {
  const { bytes, ends, first } = packed;
  return Buffer.isBuffer(bytes)
    ? packed
    : { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ends, first };
}

/** What to list as transferred when posting `packed`. */
export function transferablesOf(packed: PackedTexts): ArrayBuffer[] {
  return [packed.bytes.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer];
}
