/**
 * The body of a Kafka Produce request, versions 3 to 7 (one v2 record batch per partition),
 * encoded in one pass into one exactly-sized buffer: the same bytes kafkajs 2.2.4 builds, which
 * encodes every record and every header into its own growing encoder and copies them together.
 *
 * The inputs are what kafkajs hands its produce request (see install-produce-request.ts).
 */
import { Buffer } from 'node:buffer';
import { crc32c } from './crc32c';
import { varIntSize, varLongSize, writeVarInt, writeVarLong } from './varint';
import { utf8Length, writeText } from '../../common/write-text';

/** A message as kafkajs takes it: key and value are Buffers, strings (UTF-8) or null. */
export interface ProduceMessage {
  key?: unknown;
  value?: unknown;
  /** Header name -> a value or a list of values, each a string or a Buffer. */
  headers?: Record<string, unknown> | null;
  /** Milliseconds, as a number or a numeric string; absent: the time of encoding. */
  timestamp?: number | string | null;
}

export interface ProducePartition {
  /** kafkajs passes partition numbers as strings (object keys). */
  partition: number | string;
  /** The idempotent producer's sequence of the batch's first record. */
  firstSequence?: number;
  messages: readonly ProduceMessage[];
}

export interface ProduceTopic {
  topic: string;
  partitions: readonly ProducePartition[];
}

/** A 64-bit id: a number, a decimal string, or kafkajs' Long (whose toString() is decimal). */
export type Int64Like = number | string | bigint | { toString(): string };

export interface ProduceRequestArgs {
  acks: number;
  timeout: number;
  transactionalId?: string | null;
  producerId?: Int64Like;
  producerEpoch?: number;
  /** kafkajs CompressionTypes: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd. */
  compression?: number;
  topicData: readonly ProduceTopic[];
}

/** Compresses the concatenated records of one batch with the codec of a compression type. */
export type CompressRecords = (compression: number, records: Buffer) => Promise<Buffer>;

const MAGIC = 2;
const TRANSACTIONAL_FLAG = 0x10;
const CODEC_MASK = 0x07;
/** Batch bytes before its records: base offset, length, leader epoch, magic, crc, attributes, last offset delta, two timestamps, producer id and epoch, base sequence, record count. */
const BATCH_HEADER_BYTES = 8 + 4 + 4 + 1 + 4 + 2 + 4 + 8 + 8 + 8 + 2 + 4 + 4;
/** Where the CRC'd part starts, from the start of the batch (it covers attributes to the end). */
const CRC_FIELD_OFFSET = 8 + 4 + 4 + 1;

/** One partition's batch, sized in the first pass. */
interface BatchPlan {
  partition: number;
  firstSequence: number;
  count: number;
  /** When the batch's timestamps are taken (messages without one get it). */
  now: number;
  firstTimestamp: number;
  maxTimestamp: number;
  messages: readonly ProduceMessage[];
  /** Index into the lengths list of this batch's first record. */
  lengthsStart: number;
  /** Bytes of the records, or of their compressed form. */
  recordsBytes: number;
  compressed: Buffer | null;
}

/**
 * Encodes the request body; `compress` is called for batches when `compression` is not 0. With
 * `headroom`, the body is allocated with that many free bytes in front of it, in the same memory,
 * for the request header (see request-framing.ts).
 */
export async function encodeProduceRequest(args: ProduceRequestArgs, compress: CompressRecords, headroom = 0): Promise<Buffer> {
  const compression = args.compression ?? 0;
  const transactionalId = args.transactionalId ?? null;
  const lengths: number[] = [];
  const topics: Array<{ topic: string; batches: BatchPlan[] }> = [];
  let total = 2 + (transactionalId === null ? 0 : Buffer.byteLength(transactionalId)) + 2 + 4 + 4;
  for (const { topic, partitions } of args.topicData) {
    const batches: BatchPlan[] = [];
    for (const data of partitions) {
      const plan = planBatch(data, lengths);
      if (compression !== 0) {
        const records = Buffer.allocUnsafe(plan.recordsBytes);
        writeRecords(records, 0, plan, lengths);
        plan.compressed = await compress(compression, records);
        plan.recordsBytes = plan.compressed.length;
      }
      batches.push(plan);
      total += 4 + 4 + BATCH_HEADER_BYTES + plan.recordsBytes;
    }
    topics.push({ topic, batches });
    total += 2 + Buffer.byteLength(topic) + 4;
  }

  const buf = headroom > 0 ? Buffer.allocUnsafe(headroom + total).subarray(headroom) : Buffer.allocUnsafe(total);
  let offset = writeString(buf, 0, transactionalId);
  offset = buf.writeInt16BE(args.acks, offset);
  offset = buf.writeInt32BE(args.timeout, offset);
  offset = buf.writeInt32BE(topics.length, offset);
  const attributes = (compression & CODEC_MASK) | (transactionalId ? TRANSACTIONAL_FLAG : 0);
  const producerId = toBigInt(args.producerId ?? -1);
  const producerEpoch = args.producerEpoch ?? 0;
  for (const { topic, batches } of topics) {
    offset = writeString(buf, offset, topic);
    offset = buf.writeInt32BE(batches.length, offset);
    for (const plan of batches) {
      const batchBytes = BATCH_HEADER_BYTES + plan.recordsBytes;
      offset = buf.writeInt32BE(plan.partition, offset);
      offset = buf.writeInt32BE(batchBytes, offset);
      const batchStart = offset;
      offset = buf.writeBigInt64BE(0n, offset);
      offset = buf.writeInt32BE(batchBytes - 12, offset);
      offset = buf.writeInt32BE(0, offset);
      offset = buf.writeInt8(MAGIC, offset);
      offset += 4; // the CRC, written once the rest is
      offset = buf.writeInt16BE(attributes, offset);
      offset = buf.writeInt32BE(plan.count - 1, offset);
      offset = buf.writeBigInt64BE(BigInt(plan.firstTimestamp), offset);
      offset = buf.writeBigInt64BE(BigInt(plan.maxTimestamp), offset);
      offset = buf.writeBigInt64BE(producerId, offset);
      offset = buf.writeInt16BE(producerEpoch, offset);
      offset = buf.writeInt32BE(plan.firstSequence, offset);
      offset = buf.writeInt32BE(plan.count, offset);
      offset = plan.compressed ? offset + plan.compressed.copy(buf, offset) : writeRecords(buf, offset, plan, lengths);
      buf.writeUInt32BE(crc32c(buf, batchStart + CRC_FIELD_OFFSET + 4, offset), batchStart + CRC_FIELD_OFFSET);
    }
  }
  if (offset !== total) throw new Error(`produce request encoded ${offset} bytes, sized ${total}`);
  return buf;
}

/**
 * Sizes one partition's records, appending to `lengths`, per record: its body size, key and
 * value lengths (-1 for null), its header count, then each header's name and value lengths.
 */
function planBatch(data: ProducePartition, lengths: number[]): BatchPlan {
  const { messages } = data;
  const now = Date.now();
  // kafkajs' order: the timestamps given, sorted as strings (Array#sort's default).
  const given = messages.map((m) => m.timestamp).filter((t) => t != null).sort();
  const firstTimestamp = given.length === 0 ? now : millis(given[0]);
  const maxTimestamp = given.length === 0 ? now : millis(given[given.length - 1]);
  const plan: BatchPlan = {
    partition: Number(data.partition), firstSequence: data.firstSequence ?? 0, count: messages.length,
    now, firstTimestamp, maxTimestamp, messages, lengthsStart: lengths.length, recordsBytes: 0, compressed: null,
  };
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    const bodyAt = lengths.push(0) - 1;
    const keyBytes = byteLengthOf('key', m.key);
    const valueBytes = byteLengthOf('value', m.value);
    const countAt = lengths.push(keyBytes, valueBytes, 0) - 1;
    let body = 1 + varLongSize(timestampDelta(m, plan)) + varIntSize(i) + fieldSize(keyBytes) + fieldSize(valueBytes);
    let headerCount = 0;
    const headers = m.headers;
    if (headers) {
      // kafkajs' order: names as Object.keys lists them (own enumerable ones), a list's values in order.
      for (const name in headers) {
        if (!hasOwn(headers, name)) continue;
        const nameBytes = utf8Length(name);
        const value = headers[name];
        if (Array.isArray(value)) {
          for (const v of value) body += planHeader(name, nameBytes, v, lengths);
          headerCount += value.length;
        } else {
          body += planHeader(name, nameBytes, value, lengths);
          headerCount++;
        }
      }
    }
    body += varIntSize(headerCount);
    lengths[countAt] = headerCount;
    lengths[bodyAt] = body;
    plan.recordsBytes += varIntSize(body) + body;
  }
  return plan;
}

/** Writes a batch's records at `offset` from the lengths planBatch recorded; returns the offset after them. */
function writeRecords(buf: Buffer, offset: number, plan: BatchPlan, lengths: readonly number[]): number {
  let at = plan.lengthsStart;
  const { messages } = plan;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    offset = writeVarInt(buf, offset, lengths[at++]);
    buf[offset++] = 0; // record attributes: none defined
    offset = writeVarLong(buf, offset, timestampDelta(m, plan));
    offset = writeVarInt(buf, offset, i);
    offset = writeField(buf, offset, m.key, lengths[at++]);
    offset = writeField(buf, offset, m.value, lengths[at++]);
    offset = writeVarInt(buf, offset, lengths[at++]);
    const headers = m.headers;
    if (!headers) continue;
    for (const name in headers) {
      if (!hasOwn(headers, name)) continue;
      const value = headers[name];
      if (Array.isArray(value)) {
        for (const v of value) {
          offset = writeField(buf, offset, name, lengths[at++]);
          offset = writeField(buf, offset, v, lengths[at++]);
        }
      } else {
        offset = writeField(buf, offset, name, lengths[at++]);
        offset = writeField(buf, offset, value, lengths[at++]);
      }
    }
  }
  return offset;
}

/** Sizes one header value, appending its name's and its own byte lengths; returns its bytes in the record. */
function planHeader(name: string, nameBytes: number, value: unknown, lengths: number[]): number {
  const bytes = headerValueLength(name, value);
  lengths.push(nameBytes, bytes);
  return fieldSize(nameBytes) + fieldSize(bytes);
}

/** kafkajs' delta: the message's timestamp (or, when it has none or 0, the batch's time) minus the first timestamp. */
function timestampDelta(m: ProduceMessage, plan: BatchPlan): number {
  return (m.timestamp ? millis(m.timestamp) : plan.now) - plan.firstTimestamp;
}

function millis(value: number | string | null | undefined): number {
  const ms = Number(value);
  if (!Number.isSafeInteger(ms)) throw new TypeError(`kafka message timestamp must be whole milliseconds, got ${String(value)}`);
  return ms;
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function headerValueLength(name: string, value: unknown): number {
  if (typeof value === 'string') return utf8Length(value);
  if (Buffer.isBuffer(value)) return value.length;
  throw new TypeError(`kafka header ${name} must be a string or a Buffer, got ${value === null ? 'null' : typeof value}`);
}

/** Bytes of a key or value: -1 for null, a Buffer's length, a string's UTF-8 length. */
function byteLengthOf(field: 'key' | 'value', value: unknown): number {
  if (value == null) return -1;
  if (Buffer.isBuffer(value)) return value.length;
  if (typeof value === 'string') return utf8Length(value);
  throw new TypeError(`kafka record ${field} must be a string, a Buffer or null, got ${typeof value}`);
}

/** A length-prefixed field's size: the varint length plus the bytes (none for null). */
const fieldSize = (bytes: number): number => varIntSize(bytes) + (bytes > 0 ? bytes : 0);

function writeField(buf: Buffer, offset: number, value: unknown, bytes: number): number {
  offset = writeVarInt(buf, offset, bytes);
  if (bytes <= 0) return offset;
  if (!Buffer.isBuffer(value)) return writeText(buf, offset, value as string, bytes);
  value.copy(buf, offset);
  return offset + bytes;
}

/** A Kafka STRING: int16 length (-1 for null) and UTF-8 bytes. */
function writeString(buf: Buffer, offset: number, value: string | null): number {
  if (value === null) return buf.writeInt16BE(-1, offset);
  const bytes = Buffer.byteLength(value);
  offset = buf.writeInt16BE(bytes, offset);
  return offset + buf.write(value, offset, bytes, 'utf8');
}

function toBigInt(value: Int64Like): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(Math.trunc(value));
  return BigInt(value.toString());
}
