import * as protobuf from 'protobufjs/minimal';
import Long from 'long';
import { installLongVarintReaders } from './long-varint-readers';
import { cbbridge } from './generated/cb-sensor-events';
import { Random } from '../../simulate/random';
import { SYNTHETIC_SENSOR_KINDS, syntheticSensorEvent } from '../../simulate/synthetic-events';

type Read = (this: protobuf.Reader) => Long;
const proto = protobuf.Reader.prototype as unknown as Record<'int64' | 'uint64', Read>;
const original = { int64: proto.int64, uint64: proto.uint64 };
installLongVarintReaders();
const mine = { int64: proto.int64, uint64: proto.uint64 };

test('the readers are installed once', () => {
  expect(mine.int64).not.toBe(original.int64);
  expect(mine.uint64).not.toBe(original.uint64);
  installLongVarintReaders();
  expect(proto.int64).toBe(mine.int64);
});

function readWith(read: Read, bytes: Uint8Array): { value: Long; pos: number } {
  const reader = protobuf.Reader.create(bytes);
  const value = read.call(reader);
  return { value, pos: reader.pos };
}

const EDGES = ['0', '1', '127', '128', '16383', '16384', '268435455', '268435456', '4294967295', '4294967296', '34359738367', '34359738368',
  '9007199254740991', '9007199254740993', '9223372036854775807', '-1', '-2', '-9223372036854775808', '134397912705470000', '-8915740139778150230'];

function samples(): Long[] {
  const rng = new Random(7);
  const values = EDGES.map((s) => Long.fromString(s));
  for (let i = 0; i < 5000; i++) {
    const bits = 1 + rng.int(64);
    const high = bits > 32 ? rng.int(2 ** Math.min(31, bits - 32)) * (rng.int(2) ? 1 : -1) : 0;
    values.push(new Long(rng.int(2 ** 31) * (rng.int(2) ? 1 : -1), high));
  }
  return values;
}

test('int64 and uint64 varints read the same values, to the same position, as protobufjs', () => {
  for (const v of samples()) {
    for (const type of ['int64', 'uint64'] as const) {
      // Followed by a byte, and alone: the end of the buffer right after the varint.
      const alone = protobuf.Writer.create()[type](v).finish();
      const followed = protobuf.Writer.create()[type](v).uint32(5).finish();
      for (const bytes of [alone, followed]) {
        const a = readWith(original[type], bytes);
        const b = readWith(mine[type], bytes);
        expect([b.value.low, b.value.high, b.value.unsigned, b.pos]).toEqual([a.value.low, a.value.high, a.value.unsigned, a.pos]);
        expect(b.value).toBeInstanceOf(Long);
      }
    }
  }
});

test('a varint cut short is a RangeError "index out of range"; one of 11 bytes is "invalid varint encoding"', () => {
  const full = protobuf.Writer.create().int64(Long.fromString('-1')).finish();
  expect(full.length).toBe(10);
  for (let cut = 0; cut < 10; cut++) {
    expect(() => readWith(mine.int64, full.subarray(0, cut))).toThrow(RangeError);
    expect(() => readWith(mine.uint64, full.subarray(0, cut))).toThrow(/^index out of range/);
  }
  const eleven = new Uint8Array([...Array(10).fill(0xff), 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]);
  expect(() => readWith(mine.int64, eleven)).toThrow('invalid varint encoding');
  expect(() => readWith(original.int64, eleven)).toThrow('invalid varint encoding');
});

test('whole CbEventMsg messages decode to the same objects', () => {
  const rng = new Random(11);
  const messages = Array.from({ length: 300 }, (_, i) => syntheticSensorEvent(SYNTHETIC_SENSOR_KINDS[i % SYNTHETIC_SENSOR_KINDS.length], rng, { seq: i, now: 1_700_000_000_000 }));
  proto.int64 = original.int64;
  proto.uint64 = original.uint64;
  const before = messages.map((m) => cbbridge.sensor.CbEventMsg.decode(m));
  proto.int64 = mine.int64;
  proto.uint64 = mine.uint64;
  expect(before.some((m) => m.header?.timestamp instanceof Long)).toBe(true);
  const after = messages.map((m) => cbbridge.sensor.CbEventMsg.decode(m));
  expect(after).toEqual(before);
});
