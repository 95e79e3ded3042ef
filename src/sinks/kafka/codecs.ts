import { Buffer } from 'node:buffer';
import { CompressionCodecs, CompressionTypes } from './kafkajs';
import { compressFrame as lz4Compress, decompressFrame as lz4Decompress } from 'lz4-napi';
import { compress as snappyCompress, uncompress as snappyUncompress } from 'snappy';
import { init as zstdInit, compress as zstdCompress, decompress as zstdDecompress } from '@bokuweb/zstd-wasm';
import type { CompressionName } from './compression-names';

/**
 * The compression codecs kafkajs lacks (it only has gzip), registered into kafkajs once:
 * - lz4: the LZ4 frame format Kafka uses (lz4-napi, a Rust lz4_flex binding with prebuilt binaries);
 * - snappy: raw snappy blocks out (as kafkajs-snappy and librdkafka write them; the Java client reads
 *   them), raw or xerial-framed snappy (what the Java client writes) in (snappy, napi-rs prebuilt);
 * - zstd: standard zstd frames (@bokuweb/zstd-wasm: WebAssembly, no native build).
 */
export { COMPRESSION_NAMES, type CompressionName } from './compression-names';

export const COMPRESSION_TYPES: Readonly<Record<CompressionName, CompressionTypes>> = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  lz4: CompressionTypes.LZ4,
  snappy: CompressionTypes.Snappy,
  zstd: CompressionTypes.ZSTD,
};

/** What kafkajs calls: compress gets its Encoder (the bytes are `.buffer`), decompress the bytes. */
export interface KafkaCodec {
  compress(encoder: { buffer: Buffer }): Promise<Buffer>;
  decompress(data: Buffer): Promise<Buffer>;
}

/** Zstd level: 3 is zstd's own default (fast, about gzip -6 ratios). */
const ZSTD_LEVEL = 3;
/** Output buffer for zstd frames that do not record their size (streaming writers); grown on demand. */
const ZSTD_UNKNOWN_SIZE_START = 4 * 1024 * 1024;
const ZSTD_UNKNOWN_SIZE_MAX = 256 * 1024 * 1024;

let zstdReady: Promise<void> | null = null;
const zstdLoaded = (): Promise<void> => (zstdReady ??= zstdInit());

export const lz4Codec: KafkaCodec = {
  compress: (encoder) => lz4Compress(encoder.buffer),
  decompress: (data) => lz4Decompress(data),
};

/** xerial snappy-java stream header: magic, then version and compatible version (int32 each). */
const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_BYTES = 16;

export function isXerialFramed(data: Buffer): boolean {
  return data.length >= XERIAL_HEADER_BYTES && data.subarray(0, XERIAL_MAGIC.length).equals(XERIAL_MAGIC);
}

async function snappyBlock(data: Buffer): Promise<Buffer> {
  return (await snappyUncompress(data, { asBuffer: true })) as Buffer;
}

/** Decodes a xerial stream: after the header, blocks of [int32 big-endian length][raw snappy]. */
export async function unframeXerial(data: Buffer): Promise<Buffer> {
  const parts: Buffer[] = [];
  let at = XERIAL_HEADER_BYTES;
  while (at < data.length) {
    if (at + 4 > data.length) throw new Error('truncated xerial snappy block header');
    const length = data.readInt32BE(at);
    at += 4;
    if (length < 0 || at + length > data.length) throw new Error('truncated xerial snappy block');
    parts.push(await snappyBlock(data.subarray(at, at + length)));
    at += length;
  }
  return Buffer.concat(parts);
}

export const snappyCodec: KafkaCodec = {
  compress: (encoder) => snappyCompress(encoder.buffer),
  decompress: (data) => (isXerialFramed(data) ? unframeXerial(data) : snappyBlock(data)),
};

export const zstdCodec: KafkaCodec = {
  async compress(encoder) {
    await zstdLoaded();
    const out = zstdCompress(encoder.buffer, ZSTD_LEVEL);
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  },
  async decompress(data) {
    await zstdLoaded();
    // Frames with their content size decode in one go; others get a buffer grown until it fits.
    for (let size = ZSTD_UNKNOWN_SIZE_START; ; size *= 4) {
      try {
        const out = zstdDecompress(data, { defaultHeapSize: size });
        return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
      } catch (err) {
        if (size * 4 > ZSTD_UNKNOWN_SIZE_MAX) throw err;
      }
    }
  },
};

let registered = false;

/** Plugs lz4, snappy and zstd into kafkajs (process-wide, idempotent). */
export function registerCodecs(): void {
  if (registered) return;
  const codecs = CompressionCodecs as Record<number, () => KafkaCodec>;
  codecs[CompressionTypes.LZ4] = () => lz4Codec;
  codecs[CompressionTypes.Snappy] = () => snappyCodec;
  codecs[CompressionTypes.ZSTD] = () => zstdCodec;
  registered = true;
}
