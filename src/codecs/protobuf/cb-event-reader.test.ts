import * as protobuf from 'protobufjs/minimal';
import Long from 'long';
import { CbEventReader } from './cb-event-reader';
import { cbbridge } from './generated/cb-sensor-events';
import { Random } from '../../simulate/random';
import { SYNTHETIC_SENSOR_KINDS, syntheticSensorEvent } from '../../simulate/synthetic-events';

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

test("int64 and uint64 read the same values, to the same position, as protobufjs' own reader", () => {
  for (const v of samples()) {
    for (const type of ['int64', 'uint64'] as const) {
      const alone = protobuf.Writer.create()[type](v).finish();
      const followed = protobuf.Writer.create()[type](v).uint32(5).finish();
      for (const bytes of [alone, followed]) {
        const theirs = protobuf.Reader.create(Buffer.from(bytes));
        const ours = new CbEventReader(bytes);
        const a = theirs[type]();
        const b = ours[type]();
        expect([b.low, b.high, b.unsigned, ours.pos]).toEqual([a.low, a.high, a.unsigned, theirs.pos]);
        expect(b).toBeInstanceOf(Long);
      }
    }
  }
});

test('cut short: 64-bit varints, bytes and strings fail or clamp as protobufjs does', () => {
  const full = protobuf.Writer.create().int64(Long.fromString('-1')).finish();
  for (let cut = 0; cut < 10; cut++) expect(() => new CbEventReader(full.subarray(0, cut)).uint64()).toThrow(/^index out of range/);
  const eleven = Uint8Array.from([...Array(10).fill(0xff), 0x01]);
  expect(() => new CbEventReader(eleven).int64()).toThrow('invalid varint encoding');
  const bytes = protobuf.Writer.create().bytes(Uint8Array.from([1, 2, 3, 4])).finish().subarray(0, 3);
  const theirs = (): unknown => protobuf.Reader.create(Buffer.from(bytes)).bytes();
  expect(() => new CbEventReader(bytes).bytes()).toThrow(new RangeError((() => { try { theirs(); } catch (e) { return (e as Error).message; } return ''; })()));
  const text = protobuf.Writer.create().string('abcdé').finish().subarray(0, 4);
  const ours = new CbEventReader(text);
  const reference = protobuf.Reader.create(Buffer.from(text));
  expect([ours.string(), ours.pos]).toEqual([reference.string(), reference.pos]);
});

/** A decoded message with bytes as arrays (Buffer or view alike) and Longs as exact text. */
function plain(v: unknown): unknown {
  if (v instanceof Uint8Array) return [...v];
  if (Long.isLong(v)) return `${v.toString()}${v.unsigned ? 'u' : ''}`;
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

test("whole CbEventMsg messages decode to what protobufjs' own reader gives, bytes as plain views", () => {
  const rng = new Random(11);
  const { CbEventMsg } = cbbridge.sensor;
  for (let i = 0; i < 300; i++) {
    const message = syntheticSensorEvent(SYNTHETIC_SENSOR_KINDS[i % SYNTHETIC_SENSOR_KINDS.length], rng, { seq: i, now: 1_700_000_000_000 });
    const reference = CbEventMsg.decode(Buffer.from(message));
    const ours = CbEventMsg.decode(new CbEventReader(message));
    expect(plain(ours)).toEqual(plain(reference));
    const md5 = ours.process?.md5hash ?? ours.header?.process_md5;
    if (md5 && md5.length > 0) expect(Buffer.isBuffer(md5)).toBe(false);
  }
});
