import { varIntSize, varLongSize, writeVarInt, writeVarLong } from './varint';

interface KafkaJsEncoder { buffer: Buffer; writeVarInt(v: number): KafkaJsEncoder; writeVarLong(v: number): KafkaJsEncoder }
const Encoder = require('kafkajs/src/protocol/encoder') as new () => KafkaJsEncoder;

const INTS = [0, 1, -1, 63, 64, -64, -65, 127, 128, 8191, 8192, 1_048_575, 1_048_576, 2 ** 30, -(2 ** 31), 2 ** 31 - 1];
const LONGS = [...INTS, 2 ** 31, -(2 ** 31) - 1, 2 ** 35 + 7, -(2 ** 40), 1_700_000_000_000, -1_700_000_000_000, Number.MAX_SAFE_INTEGER >> 0, 2 ** 52 - 1, -(2 ** 52)];

test('varints are the bytes kafkajs writes, and their sizes match', () => {
  for (const v of INTS) {
    const out = Buffer.alloc(10);
    const end = writeVarInt(out, 0, v);
    expect(out.subarray(0, end)).toEqual(new Encoder().writeVarInt(v).buffer);
    expect(varIntSize(v)).toBe(end);
  }
});

test('varlongs are the bytes kafkajs writes, and their sizes match', () => {
  for (const v of LONGS) {
    const out = Buffer.alloc(10);
    const end = writeVarLong(out, 0, v);
    expect(out.subarray(0, end)).toEqual(new Encoder().writeVarLong(v).buffer);
    expect(varLongSize(v)).toBe(end);
  }
});

test('a varlong beyond 2^53 is refused rather than written wrong', () => {
  expect(() => writeVarLong(Buffer.alloc(10), 0, 2 ** 60)).toThrow(RangeError);
  expect(() => varLongSize(Number.NaN)).toThrow(RangeError);
});
