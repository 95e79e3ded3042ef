import Long from 'long';
import { cbbridge } from './generated/cb-sensor-events';
import { decodeCbEventMsg } from './decode-sensor-event';
import { DecodeError } from '../decode-error';
import type { CbEventMsg } from '../../event/decoded-event';

const { CbEventMsg: CbEventMsgType } = cbbridge.sensor;

/** Signed and unsigned 64-bit values at the edges of every varint length and beyond 2^53. */
const SIGNED = [
  '0',
  '1',
  '127',
  '128',
  '268435456',
  '4294967295',
  '4294967296',
  '9007199254740991',
  '9007199254740993',
  '9223372036854775807',
  '-1',
  '-2',
  '-9007199254740993',
  '-9223372036854775808',
  '134397912705470000',
  '-8915740139778150230',
];
const UNSIGNED = [
  '0',
  '1',
  '4294967296',
  '9007199254740993',
  '9223372036854775808',
  '18446744073709551615',
  '18446744073709551614',
];

function encoded(message: Record<string, unknown>): Uint8Array {
  return CbEventMsgType.encode(message as never).finish();
}

function decoded(bytes: Uint8Array): CbEventMsg {
  const result = decodeCbEventMsg(bytes);
  if (result instanceof DecodeError) throw new Error(`decode failed: ${result.message}`);
  return result;
}

test('int64 fields beyond 2^53 decode exactly, as signed Longs', () => {
  for (const value of SIGNED) {
    const msg = decoded(
      encoded({ header: { version: 4, timestamp: Long.fromString(value), process_guid: Long.fromString(value) } }),
    );
    const header = msg.header as unknown as { timestamp: Long; process_guid: Long };
    expect(header.timestamp).toBeInstanceOf(Long);
    expect([header.timestamp.toString(), header.timestamp.unsigned]).toEqual([value, false]);
    expect(header.process_guid.toString()).toBe(value);
  }
});

test('uint64 fields beyond 2^53 decode exactly, as unsigned Longs', () => {
  for (const value of UNSIGNED) {
    const lo = Long.fromString(value, true);
    const hi = lo.not();
    const msg = decoded(encoded({ header: { version: 4 }, network: { ipv6LoPart: lo, ipv6HiPart: hi } }));
    const network = msg.network as unknown as { ipv6LoPart: Long; ipv6HiPart: Long };
    expect([network.ipv6LoPart.toString(), network.ipv6LoPart.unsigned]).toEqual([value, true]);
    expect(network.ipv6HiPart.toString()).toBe(hi.toString());
  }
});

test('bytes fields hold the bytes of the message, at any offset of the input', () => {
  const bytes = encoded({
    header: { version: 4 },
    process: { md5hash: Uint8Array.from([1, 2, 3, 250]), commandline: Buffer.from('a "b" ü') },
  });
  const shifted = new Uint8Array(bytes.length + 5);
  shifted.set(bytes, 5);
  for (const input of [bytes, Buffer.from(bytes), shifted.subarray(5)]) {
    const process = decoded(input).process as unknown as { md5hash: Uint8Array; commandline: Uint8Array };
    expect([...process.md5hash]).toEqual([1, 2, 3, 250]);
    expect(Buffer.from(process.commandline).toString('utf8')).toBe('a "b" ü');
  }
});

test('a message cut inside a 64-bit varint is protobuf_truncated; an 11-byte varint is protobuf_invalid', () => {
  const full = encoded({ header: { version: 4, timestamp: Long.fromString('-1') } });
  for (let cut = full.length - 9; cut < full.length; cut++) {
    const result = decodeCbEventMsg(full.subarray(0, cut));
    expect(result).toBeInstanceOf(DecodeError);
    expect((result as DecodeError).reason).toBe('protobuf_truncated');
  }
  // header { version: 4, timestamp: <varint of 11 bytes> }
  const eleven = Uint8Array.from([0x0a, 14, 0x08, 4, 0x20, ...Array(10).fill(0xff), 0x01]);
  const result = decodeCbEventMsg(eleven);
  expect(result).toBeInstanceOf(DecodeError);
  expect((result as DecodeError).reason).toBe('protobuf_invalid');
});
