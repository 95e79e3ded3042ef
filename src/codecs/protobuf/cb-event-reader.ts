import { Buffer } from 'node:buffer';
import * as protobuf from 'protobufjs/minimal';
import type Long from 'long';

/**
 * The wire reader CbEventMsg is decoded with: protobufjs' public Reader, with three of its public
 * read methods done here for what a sensor event carries most.
 * - int64/uint64: protobufjs reads the varint into an intermediate LongBits object and copies that
 *   into a Long; here the varint becomes two numbers and the Long is built directly. Same values.
 *   A varint cut short is a RangeError "index out of range"; one of more than 10 bytes is
 *   "invalid varint encoding", as in protobufjs.
 * - bytes: a plain Uint8Array view of the message's memory (what the generated types promise)
 *   instead of a new Buffer per field; empty fields are an empty Buffer, as in protobufjs.
 * - string: Buffer's UTF-8 decoding, invalid sequences as U+FFFD, like protobufjs' BufferReader.
 */
type LongCtor = new (low: number, high: number, unsigned: boolean) => Long;
const LongClass = protobuf.util.Long as unknown as LongCtor;

/** The varint just read, as unsigned 32-bit halves (module scratch: no object per call). */
let lo = 0;
let hi = 0;

function outOfRange(pos: number, length: number, len: number): RangeError {
  return new RangeError(`index out of range: ${pos} + ${length} > ${len}`);
}

export class CbEventReader extends protobuf.Reader {
  private readonly text: Buffer;

  constructor(bytes: Uint8Array) {
    const text = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    super(text);
    this.text = text;
  }

  override int64(): Long {
    this.readVarint64();
    return new LongClass(lo | 0, hi | 0, false);
  }

  override uint64(): Long {
    this.readVarint64();
    return new LongClass(lo | 0, hi | 0, true);
  }

  override bytes(): Uint8Array {
    const length = this.uint32();
    const start = this.pos;
    const end = start + length;
    if (end > this.len) throw outOfRange(start, length || 1, this.len);
    this.pos = end;
    if (length === 0) return Buffer.alloc(0);
    const buf = this.buf;
    return new Uint8Array(buf.buffer, buf.byteOffset + start, length);
  }

  override string(): string {
    const length = this.uint32();
    const start = this.pos;
    this.pos = Math.min(start + length, this.len);
    return this.text.toString('utf8', start, this.pos);
  }

  private readVarint64(): void {
    const buf = this.buf;
    const len = this.len;
    let pos = this.pos;
    let b = 0;
    let low = 0;
    let high = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      if (pos >= len) { this.pos = pos; throw outOfRange(pos, 1, len); }
      b = buf[pos++];
      low |= (b & 127) << shift;
      if (b < 128) { this.pos = pos; lo = low >>> 0; hi = 0; return; }
    }
    if (pos >= len) { this.pos = pos; throw outOfRange(pos, 1, len); }
    b = buf[pos++];
    low |= (b & 127) << 28;
    high = (b & 127) >> 4;
    if (b < 128) { this.pos = pos; lo = low >>> 0; hi = high; return; }
    for (let shift = 3; shift < 32; shift += 7) {
      if (pos >= len) { this.pos = pos; throw outOfRange(pos, 1, len); }
      b = buf[pos++];
      high |= (b & 127) << shift;
      if (b < 128) { this.pos = pos; lo = low >>> 0; hi = high >>> 0; return; }
    }
    this.pos = pos;
    throw Error('invalid varint encoding');
  }
}
