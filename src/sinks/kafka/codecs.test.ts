import { randomBytes } from 'node:crypto';
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import { compressSync as rawSnappy } from 'snappy';
import { isXerialFramed, lz4Codec, registerCodecs, snappyCodec, unframeXerial, zstdCodec, type KafkaCodec } from './codecs';

const text = Buffer.from(JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ i, type: 'ingress.event.netconn', host: `WIN-${i % 17}` }))));
const noise = randomBytes(70_000);

test.each([['lz4', lz4Codec], ['snappy', snappyCodec], ['zstd', zstdCodec]] as Array<[string, KafkaCodec]>)('%s round-trips and compresses', async (_name, codec) => {
  for (const data of [text, noise, Buffer.alloc(0)]) {
    const packed = await codec.compress({ buffer: data });
    expect((await codec.decompress(packed)).equals(data)).toBe(true);
  }
  expect((await codec.compress({ buffer: text })).length).toBeLessThan(text.length / 4);
});

test('lz4 writes the LZ4 frame format (magic 04 22 4D 18) Kafka expects', async () => {
  const packed = await lz4Codec.compress({ buffer: text });
  expect([...packed.subarray(0, 4)]).toEqual([0x04, 0x22, 0x4d, 0x18]);
});

test('snappy reads the xerial framing the Java client writes', async () => {
  const a = text.subarray(0, 30_000);
  const b = text.subarray(30_000);
  const block = (d: Buffer): Buffer => {
    const c = rawSnappy(d);
    const len = Buffer.alloc(4);
    len.writeInt32BE(c.length);
    return Buffer.concat([len, c]);
  };
  const header = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1]);
  const framed = Buffer.concat([header, block(a), block(b)]);
  expect(isXerialFramed(framed)).toBe(true);
  expect(isXerialFramed(await snappyCodec.compress({ buffer: text }))).toBe(false);
  expect((await snappyCodec.decompress(framed)).equals(text)).toBe(true);
  await expect(unframeXerial(framed.subarray(0, framed.length - 3))).rejects.toThrow(/truncated/);
});

test('registerCodecs plugs the codecs into kafkajs', () => {
  registerCodecs();
  registerCodecs();
  const codecs = CompressionCodecs as Record<number, () => KafkaCodec>;
  expect(codecs[CompressionTypes.LZ4]()).toBe(lz4Codec);
  expect(codecs[CompressionTypes.Snappy]()).toBe(snappyCodec);
  expect(codecs[CompressionTypes.ZSTD]()).toBe(zstdCodec);
});
