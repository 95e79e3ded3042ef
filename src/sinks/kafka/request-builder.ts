import { Buffer } from 'node:buffer';
import type { SinkRecord } from '../sink';
import type { PayloadMode } from './config';
import { eventTypeOf } from './record-fields';
import type { KeyTemplate, TopicTemplate } from './template';
import { utf8Length } from '../common/write-text';

/** The headers the sink sets on every record. */
export const HEADER_ROUTING_KEY = 'cb.routing_key';
export const HEADER_CONTENT_TYPE = 'cb.content_type';
export const HEADER_EVENT_TYPE = 'cb.event_type';
export const HEADER_EVENT_ID = 'cb.event_id';
export const HEADER_PAYLOAD = 'cb.payload';

/** `cb.payload`: what the value holds. */
export type PayloadKind = 'text' | 'protobuf';

/** One Kafka record: what the producer sends (a null key is no key). */
export interface KafkaMessage {
  key: string | null;
  value: string | Buffer;
  headers: Record<string, string>;
}

/**
 * One record to send, and itself the message the producer takes (it reads topic, key, value and
 * headers): a record waits for Kafka's answer, so one object per record rather than two.
 */
export interface OutgoingRecord extends KafkaMessage {
  /** Index of the event in the batch the driver handed over. */
  index: number;
  topic: string;
  /** Estimated size on the wire, before compression. */
  bytes: number;
}

/** Records sent with one produce call. */
export interface KafkaChunk {
  records: OutgoingRecord[];
  bytes: number;
}

export interface KafkaRequest {
  /** In batch order; each at most maxRequestBytes unless a single record is larger by itself. */
  chunks: KafkaChunk[];
  /** Batch index -> why the record is not sent at all (answered `failed`). */
  rejected: Map<number, string>;
}

export interface KafkaRequestOptions {
  topic: TopicTemplate;
  key: KeyTemplate;
  payload: PayloadMode;
  /** Static headers from the config, added to every record. */
  headers: Readonly<Record<string, string>>;
  maxRequestBytes: number;
  maxRecordBytes: number | null;
}

/** Record framing in a v2 record batch (length, attributes, deltas, varints): a generous constant. */
const RECORD_OVERHEAD_BYTES = 24;

/** The record's value and what it holds: raw CbEventMsg bytes in raw mode when the event has them, else the text. */
export function payloadOf(record: SinkRecord, mode: PayloadMode): { value: string | Buffer; kind: PayloadKind } {
  if (mode === 'raw' && record.raw !== undefined) {
    const raw = record.raw;
    return {
      value: Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength),
      kind: 'protobuf',
    };
  }
  return { value: record.utf8 ?? record.text, kind: 'text' };
}

/**
 * The sink's own headers, then the static ones. `cb.payload` (what the value holds) is set in raw
 * mode only, where values differ; in text mode every value is the rendered text.
 */
export function headersFor(
  record: SinkRecord,
  mode: PayloadMode,
  kind: PayloadKind,
  extra: Readonly<Record<string, string>>,
): Record<string, string> {
  const headers: Record<string, string> = {
    [HEADER_ROUTING_KEY]: record.routingKey,
    [HEADER_EVENT_TYPE]: eventTypeOf(record),
    [HEADER_EVENT_ID]: record.id,
  };
  if (record.contentType !== undefined) headers[HEADER_CONTENT_TYPE] = record.contentType;
  if (mode === 'raw') headers[HEADER_PAYLOAD] = kind;
  for (const name in extra) headers[name] = extra[name];
  return headers;
}

function sizeOf(topicLength: number, valueBytes: number, key: string | null, headers: Record<string, string>): number {
  let bytes = RECORD_OVERHEAD_BYTES + topicLength + valueBytes;
  if (key !== null) bytes += utf8Length(key);
  // Header names and values are short and ASCII in practice (routing keys, types, ids): characters ~ bytes.
  for (const name in headers) bytes += 2 + name.length + headers[name].length;
  return bytes;
}

/**
 * Turns a driver batch into Kafka records and splits them into produce calls of at most
 * `maxRequestBytes` (estimated), keeping batch order. Since a call's records for one partition
 * become one record batch, this keeps every record batch under the broker's size limit; a record
 * larger than the limit travels alone, so when the broker refuses it, it is refused alone.
 */
export function buildKafkaRequest(batch: readonly SinkRecord[], options: KafkaRequestOptions): KafkaRequest {
  const chunks: KafkaChunk[] = [];
  const rejected = new Map<number, string>();
  let current: KafkaChunk = { records: [], bytes: 0 };
  for (let index = 0; index < batch.length; index++) {
    const record = batch[index];
    const { value, kind } = payloadOf(record, options.payload);
    const valueBytes = typeof value === 'string' ? Buffer.byteLength(value) : value.length;
    if (options.maxRecordBytes !== null && valueBytes > options.maxRecordBytes) {
      rejected.set(index, `record value is ${valueBytes} bytes, over max_record_bytes (${options.maxRecordBytes})`);
      continue;
    }
    const key = options.key.render(record);
    const headers = headersFor(record, options.payload, kind, options.headers);
    const topic = options.topic.render(record);
    const bytes = sizeOf(topic.length, valueBytes, key, headers);
    if (current.records.length > 0 && current.bytes + bytes > options.maxRequestBytes) {
      chunks.push(current);
      current = { records: [], bytes: 0 };
    }
    current.records.push({ index, topic, key, value, headers, bytes });
    current.bytes += bytes;
  }
  if (current.records.length > 0) chunks.push(current);
  return { chunks, rejected };
}
