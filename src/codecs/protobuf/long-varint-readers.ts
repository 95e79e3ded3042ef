import * as protobuf from 'protobufjs/minimal';

/**
 * protobufjs reads an int64/uint64 varint into a LongBits object and then copies that into a
 * Long: two objects per field, and CbEventMsg headers carry several 64-bit fields (timestamps,
 * GUIDs, string GUIDs). These readers decode the varint into two numbers and build the Long
 * directly. On well-formed input the values are the same. A varint cut short by the end of the
 * buffer is always protobufjs' "index out of range" RangeError (protobufjs itself, within 4 bytes
 * of the end, reads up to 4 bytes unchecked and may return a wrong value instead); a varint of
 * more than 10 bytes is its "invalid varint encoding" error.
 */

type LongCtor = new (low: number, high: number, unsigned: boolean) => unknown;
interface ReaderState { buf: Uint8Array; pos: number; len: number }

/** The varint just read, as unsigned 32-bit halves (module scratch: no object per call). */
let lo = 0;
let hi = 0;

function outOfRange(reader: ReaderState): RangeError {
  return new RangeError(`index out of range: ${reader.pos} + 1 > ${reader.len}`);
}

function readVarint64(reader: ReaderState): void {
  const buf = reader.buf;
  const len = reader.len;
  let pos = reader.pos;
  let b = 0;
  let low = 0;
  let high = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    if (pos >= len) { reader.pos = pos; throw outOfRange(reader); }
    b = buf[pos++];
    low |= (b & 127) << shift;
    if (b < 128) { reader.pos = pos; lo = low >>> 0; hi = 0; return; }
  }
  if (pos >= len) { reader.pos = pos; throw outOfRange(reader); }
  b = buf[pos++];
  low |= (b & 127) << 28;
  high = (b & 127) >> 4;
  if (b < 128) { reader.pos = pos; lo = low >>> 0; hi = high; return; }
  for (let shift = 3; shift < 32; shift += 7) {
    if (pos >= len) { reader.pos = pos; throw outOfRange(reader); }
    b = buf[pos++];
    high |= (b & 127) << shift;
    if (b < 128) { reader.pos = pos; lo = low >>> 0; hi = high >>> 0; return; }
  }
  reader.pos = pos;
  throw Error('invalid varint encoding');
}

let installed = false;

/** Puts the readers on protobufjs' Reader (BufferReader inherits them). Idempotent. */
export function installLongVarintReaders(): void {
  if (installed) return;
  const Long = protobuf.util.Long as unknown as LongCtor | undefined;
  if (!Long) return; // protobufjs without Long support reads numbers; nothing to speed up
  const proto = protobuf.Reader.prototype as unknown as Record<string, (this: ReaderState) => unknown>;
  proto.int64 = function readInt64(this: ReaderState): unknown {
    readVarint64(this);
    return new Long(lo | 0, hi | 0, false);
  };
  proto.uint64 = function readUint64(this: ReaderState): unknown {
    readVarint64(this);
    return new Long(lo | 0, hi | 0, true);
  };
  installed = true;
}
