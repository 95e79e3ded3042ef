import type { FieldPath } from '../../event/field-path';
import type { EventRecord, FieldValue } from '../../event/event-model';
import { fieldsOf, type SinkRecord } from '../sink';
import { asJsonValue, type BodyEncoder, type EncodedBatch } from './encoder';
import { batchId } from './signing';
import { utf8Join } from '../common/utf8-join';

export interface HecFields {
  source: string;
  sourcetype: string;
  index?: string;
}

/** 100 ns FILETIME ticks between 1601-01-01 and 1970-01-01. */
const FILETIME_UNIX_EPOCH = 116_444_736_000_000_000n;

function asRecord(v: FieldValue | undefined): EventRecord | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as EventRecord) : undefined;
}

/** Seconds since the epoch from a timestamp field: a number, a numeric string or a date string. */
function unixSeconds(v: FieldValue | undefined): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    if (Number.isFinite(n) && n > 0) return n;
    const ms = Date.parse(v);
    if (!Number.isNaN(ms)) return ms / 1000;
  }
  return undefined;
}

function filetimeSeconds(v: FieldValue | undefined): number | undefined {
  let ticks: bigint;
  try {
    if (typeof v === 'bigint') ticks = v;
    else if (typeof v === 'number' && Number.isFinite(v)) ticks = BigInt(Math.trunc(v));
    else if (typeof v === 'string' && /^\d+$/.test(v)) ticks = BigInt(v);
    else return undefined;
  } catch {
    return undefined;
  }
  if (ticks <= FILETIME_UNIX_EPOCH) return undefined;
  return Number((ticks - FILETIME_UNIX_EPOCH) / 10_000n) / 1000;
}

/** The record fields hecTime and hecHost read. */
export const HEC_FIELD_PATHS: readonly FieldPath[] = [
  ['timestamp'],
  ['message', 'header', 'timestamp'],
  ['message', 'timestamp'],
  ['message', 'event_timestamp'],
  ['computer_name'],
  ['hostname'],
  ['message', 'env', 'endpoint', 'SensorHostName'],
  ['message', 'computer_name'],
  ['message', 'hostname'],
];

/**
 * The event's own time for HEC's `time` (epoch seconds, ms precision): `timestamp` of a normalized
 * event, the header FILETIME or notification timestamp of a decoded one; the bridge's receipt
 * time when there is none.
 */
export function hecTime(record: SinkRecord): number {
  const r = fieldsOf(record);
  const message = asRecord(r.message);
  const seconds =
    unixSeconds(r.timestamp) ??
    filetimeSeconds(asRecord(message?.header)?.timestamp) ??
    unixSeconds(message?.timestamp) ??
    unixSeconds(message?.event_timestamp) ??
    record.receivedAt / 1000;
  return Math.round(seconds * 1000) / 1000;
}

function nonEmpty(v: FieldValue | undefined): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The sensor's host name for HEC's `host`: computer_name (normalized), else the decoded message's. */
export function hecHost(record: SinkRecord): string | undefined {
  const r = fieldsOf(record);
  const message = asRecord(r.message);
  return (
    nonEmpty(r.computer_name) ??
    nonEmpty(r.hostname) ??
    nonEmpty(asRecord(asRecord(message?.env)?.endpoint)?.SensorHostName) ??
    nonEmpty(message?.computer_name) ??
    nonEmpty(message?.hostname)
  );
}

/**
 * Batches as HEC event envelopes, one JSON object per event, newline-separated, in one request:
 * `{"time":…,"host":…,"source":…,"sourcetype":…,"index":…,"event":<the event>}`.
 */
export function splunkHecEncoder(fields: HecFields): BodyEncoder {
  const fixed =
    `,"source":${JSON.stringify(fields.source)},"sourcetype":${JSON.stringify(fields.sourcetype)}` +
    (fields.index !== undefined ? `,"index":${JSON.stringify(fields.index)}` : '');
  return {
    encode(batch: readonly SinkRecord[]): EncodedBatch {
      if (batch.length === 0) return { payloads: [], rejected: new Map() };
      const lines = batch.map((r) => {
        const host = hecHost(r);
        return `{"time":${hecTime(r)}${host !== undefined ? `,"host":${JSON.stringify(host)}` : ''}${fixed},"event":${asJsonValue(r.text)}}`;
      });
      const indexes = batch.map((_, i) => i);
      return {
        payloads: [{ indexes, id: batchId(batch.map((r) => r.id)), body: utf8Join(lines, '\n', '', '\n') }],
        rejected: new Map(),
      };
    },
  };
}
