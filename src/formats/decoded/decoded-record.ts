import * as protobuf from 'protobufjs';
import { join } from 'node:path';
import type { DecodeResult, DecodedEvent } from '../../event/decoded-event';
import type { InboundMessage } from '../../event/inbound-message';
import type { EventRecord, FieldValue } from '../../event/event-model';
import { exactInt64, exactUint64, hexUpper, type Int64 } from '../normalized/values';

type Convert = (v: unknown) => FieldValue;

/** How a field's wire value becomes a record value, by .proto scalar type; other scalars are kept as they are. */
const SCALAR_CONVERSIONS: Readonly<Record<string, Convert>> = {
  int64: (v) => exactInt64(v as Int64),
  sint64: (v) => exactInt64(v as Int64),
  sfixed64: (v) => exactInt64(v as Int64),
  uint64: (v) => exactUint64(v as Int64),
  fixed64: (v) => exactUint64(v as Int64),
  bytes: (v) => hexUpper(v as Uint8Array),
};
const asIs: Convert = (v) => v as FieldValue;

interface FieldPlan {
  repeated: boolean;
  convert: Convert;
}

/** Per message type, its fields' plans by name: worked out once from the reflection, not per value. */
const plans = new Map<protobuf.Type, Record<string, FieldPlan>>();

let eventType: protobuf.Type | undefined;

/** Reflection over the project's .proto, loaded once, for field types and enum names. */
function cbEventMsgType(): protobuf.Type {
  if (!eventType) {
    // keepCase: field names as the .proto writes them (process_guid), which is how the generated
    // decoder names them too; protobufjs would otherwise camel-case them and no field would match.
    const root = new protobuf.Root().loadSync(
      join(__dirname, '..', '..', 'codecs', 'protobuf', 'cb-sensor-events.proto'),
      { keepCase: true },
    );
    eventType = root.lookupType('cbbridge.sensor.CbEventMsg');
    eventType.root.resolveAll();
  }
  return eventType;
}

function conversionOf(field: protobuf.Field): Convert {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) {
    const names = resolved.valuesById;
    return (v) => names[v as number] ?? (v as number);
  }
  if (resolved instanceof protobuf.Type) return (v) => messageToRecord(resolved, v as object);
  return SCALAR_CONVERSIONS[field.type] ?? asIs;
}

function planOf(type: protobuf.Type): Record<string, FieldPlan> {
  let plan = plans.get(type);
  if (!plan) {
    plan = Object.create(null) as Record<string, FieldPlan>;
    for (const field of type.fieldsArray) plan[field.name] = { repeated: field.repeated, convert: conversionOf(field) };
    plans.set(type, plan);
  }
  return plan;
}

/** Every field present on the wire, by its .proto name; bytes as upper-case hex, enums by name. */
function messageToRecord(type: protobuf.Type, msg: object): EventRecord {
  const plan = planOf(type);
  const out: EventRecord = {};
  // Own keys only: generated message classes keep field defaults on their prototypes.
  for (const key of Object.keys(msg)) {
    const field = plan[key];
    const v = (msg as Record<string, unknown>)[key];
    if (!field || v === null || v === undefined) continue;
    if (!field.repeated) {
      out[key] = field.convert(v);
    } else if ((v as unknown[]).length > 0) {
      const list = v as unknown[];
      const values = new Array<FieldValue>(list.length);
      for (let i = 0; i < list.length; i++) values[i] = field.convert(list[i]);
      out[key] = values;
    }
  }
  return out;
}

/**
 * AMQP headers as JSON values (Buffers, Dates and the like as JSON.stringify writes them); a fresh object each time.
 */
function jsonHeaders(headers: InboundMessage['headers'] | undefined): EventRecord {
  if (!headers) return {};
  for (const _name in headers) return JSON.parse(JSON.stringify(headers)) as EventRecord;
  return {};
}

/** The last receipt time formatted: the events of a bundle, and messages within a millisecond, share it. */
const lastReceipt = { ms: Number.NaN, iso: '' };

function isoTime(ms: number): string {
  if (ms !== lastReceipt.ms) {
    lastReceipt.iso = new Date(ms).toISOString();
    lastReceipt.ms = ms;
  }
  return lastReceipt.iso;
}

function envelope(source: InboundMessage, event: DecodedEvent): EventRecord {
  const env: EventRecord = {
    routing_key: source.routingKey,
    exchange: source.exchange,
    content_type: source.contentType ?? null,
    headers: jsonHeaders(source.headers),
    received_at: isoTime(source.receivedAt),
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
  const message = event.kind === 'sensor' ? messageToRecord(cbEventMsgType(), event.msg) : (event.doc as EventRecord);
  return { envelope: envelope(source, event), message };
}

export function decodedRecords(result: DecodeResult): EventRecord[] {
  return result.events.map((e) => decodedRecord(e, result.source));
}
