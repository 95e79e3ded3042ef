import * as protobuf from 'protobufjs/minimal';

/**
 * protobufjs reads a bytes field from a Buffer as `buf.slice(start, end)`: a new Buffer, whose
 * construction (a Uint8Array subclass) costs 40–55 ns. A plain Uint8Array over the same memory
 * costs 15–20 ns, and it is what the generated types promise (`Uint8Array`); every reader of these
 * fields here (hex, UTF-8, the decoded format, raw bytes) takes any Uint8Array. A CbEventMsg
 * carries two to four bytes fields (hashes, paths, the command line). The view shares the
 * message's memory, as protobufjs' slice did.
 */
type Slicer = (this: Uint8Array, start: number, end: number) => Uint8Array;

function viewOf(this: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(this.buffer, this.byteOffset + start, end - start);
}

/** Makes protobufjs' BufferReader hand out plain views for bytes fields. Idempotent. */
export function installBytesViewReader(): void {
  const proto = (protobuf as unknown as { BufferReader?: { prototype: { _slice?: Slicer } } }).BufferReader?.prototype;
  if (proto && proto._slice !== viewOf) proto._slice = viewOf;
}
