import * as protobuf from 'protobufjs';
import { join } from 'node:path';
import type { DecodeResult, DecodedEvent } from '../../codecs/decoded-event';
import type { InboundMessage } from '../../codecs/inbound-message';
import type { EventRecord, FieldValue } from '../event-model';
import { exactNumber, hexUpper, int64, uint64 } from '../normalized/values';

const SIGNED_64 = new Set(['int64', 'sint64', 'sfixed64']);
const UNSIGNED_64 = new Set(['uint64', 'fixed64']);

let eventType: protobuf.Type | undefined;

/** Reflection over the project's .proto, loaded once, for field types and enum names. */
function cbEventMsgType(): protobuf.Type {
  if (!eventType) {
    const root = protobuf.loadSync(join(__dirname, '..', '..', 'codecs', 'protobuf', 'cb-sensor-events.proto'));
    eventType = root.lookupType('cbbridge.sensor.CbEventMsg');
    eventType.root.resolveAll();
  }
  return eventType;
}

function fieldValue(field: protobuf.Field, v: unknown): FieldValue {
  if (field.resolvedType instanceof protobuf.Enum) {
    return field.resolvedType.valuesById[v as number] ?? (v as number);
  }
  if (field.resolvedType instanceof protobuf.Type) return messageToRecord(field.resolvedType, v as object);
  if (SIGNED_64.has(field.type)) return exactNumber(int64(v as never));
  if (UNSIGNED_64.has(field.type)) return exactNumber(uint64(v as never));
  if (field.type === 'bytes') return hexUpper(v as Uint8Array);
  return v as FieldValue;
}

/** Every field present on the wire, by its .proto name; bytes as upper-case hex, enums by name. */
function messageToRecord(type: protobuf.Type, msg: object): EventRecord {
  const out: EventRecord = {};
  for (const key of Object.keys(msg)) {
    const field = type.fields[key];
    const v = (msg as Record<string, unknown>)[key];
    if (!field || v === null || v === undefined) continue;
    if (field.repeated && (v as unknown[]).length === 0) continue;
    out[key] = field.repeated ? (v as unknown[]).map((x) => fieldValue(field, x)) : fieldValue(field, v);
  }
  return out;
}

function envelope(source: InboundMessage, event: DecodedEvent): EventRecord {
  const env: EventRecord = {
    routing_key: source.routingKey,
    exchange: source.exchange,
    content_type: source.contentType ?? null,
    headers: JSON.parse(JSON.stringify(source.headers ?? {})) as EventRecord,
    received_at: new Date(source.receivedAt).toISOString(),
  };
  if (source.timestamp !== undefined) env.amqp_timestamp = source.timestamp;
  if (event.kind === 'sensor' && (event.location.member !== undefined || event.location.record !== undefined)) {
    env.location = { ...event.location } as EventRecord;
  }
  if (event.kind === 'notification') {
    env.type = event.type;
    if (event.schemaViolations) env.schema_violations = event.schemaViolations;
  }
  return env;
}

/** The `decoded` format: the whole message plus its transport envelope. */
export function decodedRecord(event: DecodedEvent, source: InboundMessage): EventRecord {
  const message = event.kind === 'sensor'
    ? messageToRecord(cbEventMsgType(), event.msg)
    : (event.doc as EventRecord);
  return { envelope: envelope(source, event), message };
}

export function decodedRecords(result: DecodeResult): EventRecord[] {
  return result.events.map((e) => decodedRecord(e, result.source));
}
