import { randomBytes } from 'node:crypto';
import { inNode } from '../../../../test/support/in-node';
import { asEncoder, type EncoderClass, type EncoderLike } from './kafkajs-encoder';
import { PRODUCE_HEADROOM_BYTES, requestFraming, type FramingArgs } from './request-framing';

const Encoder = require('kafkajs/src/protocol/encoder') as EncoderClass & (new () => EncoderLike & { writeBuffer(b: Buffer): unknown });
/** kafkajs' own framing (jest's module registry does not see the seeded one). */
const kafkajsFraming = require('kafkajs/src/protocol/request') as (args: FramingArgs) => Promise<{ buffer: Buffer }>;
const frame = requestFraming(Encoder);

const kafkajsBody = (bytes: Buffer): EncoderLike => {
  const e = new Encoder();
  e.writeBuffer(bytes);
  return e;
};
const roomyBody = (bytes: Buffer, room = PRODUCE_HEADROOM_BYTES): EncoderLike => {
  const whole = Buffer.allocUnsafe(room + bytes.length).fill(0xee);
  bytes.copy(whole, room);
  return asEncoder(Encoder, whole.subarray(room), room);
};
const args = (clientId: string | null, body: () => EncoderLike, correlationId = 12345): FramingArgs =>
  ({ correlationId, clientId, request: { apiKey: 0, apiVersion: 7, encode: async () => body() } });

describe('requestFraming', () => {
  const payloads = [Buffer.alloc(0), randomBytes(1), randomBytes(5000), randomBytes(70_000)];
  const clientIds = ['cb-event-bridge', '', null, 'clïent-✓', 'x'.repeat(400)];

  test.each(clientIds.map((c) => [c]))("frames a body without room as kafkajs does (client id %p)", async (clientId) => {
    for (const p of payloads) {
      const ours = await frame(args(clientId, () => kafkajsBody(p)));
      const theirs = await kafkajsFraming(args(clientId, () => kafkajsBody(p)));
      expect(Buffer.compare(ours.buf.subarray(0, ours.offset), theirs.buffer)).toBe(0);
    }
  });

  test.each(clientIds.map((c) => [c]))('frames a body with room in front as kafkajs does (client id %p)', async (clientId) => {
    for (const p of payloads) {
      const ours = await frame(args(clientId, () => roomyBody(p), 2 ** 31 - 1));
      const theirs = await kafkajsFraming(args(clientId, () => kafkajsBody(p), 2 ** 31 - 1));
      expect(Buffer.compare((ours as unknown as { buffer: Buffer }).buffer, theirs.buffer)).toBe(0);
    }
  });

  test('writes the header into the room instead of copying the body, when the room is enough', async () => {
    const body = roomyBody(randomBytes(10_000));
    const framed = await frame(args('cb-event-bridge', () => body));
    expect(framed.buf.buffer).toBe(body.buf.buffer);
    expect(framed.buf.byteOffset + framed.offset).toBe(body.buf.byteOffset + body.offset);
    const tooLong = roomyBody(randomBytes(Buffer.poolSize), 20); // too large for Buffer's shared pool (allocations up to half of Buffer.poolSize come from it)
    const copied = await frame(args('cb-event-bridge', () => tooLong));
    expect(copied.buf.buffer).not.toBe(tooLong.buf.buffer);
  });

  test('takes an encode that is not async', async () => {
    const p = randomBytes(64);
    const ours = await frame({ correlationId: 1, clientId: 'c', request: { apiKey: 3, apiVersion: 1, encode: () => kafkajsBody(p) } });
    const theirs = await kafkajsFraming({ correlationId: 1, clientId: 'c', request: { apiKey: 3, apiVersion: 1, encode: async () => kafkajsBody(p) } });
    expect(Buffer.compare(ours.buf.subarray(0, ours.offset), theirs.buffer)).toBe(0);
  });
});

test("in a bridge process kafkajs' connections use it; loaded after kafkajs, it says so and kafkajs keeps its own", () => {
  const tuning = "require('./dist/src/sinks/kafka/kafkajs-tuning').tuneKafkaJs().requestFraming";
  expect(inNode(`require('./dist/src/sinks/kafka/kafkajs'); console.log(${tuning})`)).toBe('installed');
  expect(inNode(`require('kafkajs'); require('./dist/src/sinks/kafka/kafkajs'); console.log(${tuning})`)).toBe('late');
});
