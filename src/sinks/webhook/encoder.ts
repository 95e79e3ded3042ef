import { Buffer } from 'node:buffer';
import type { SinkRecord } from '../sink';
import { encodeLines } from '../common/encoder';
import { utf8Join } from '../common/utf8-join';
import type { BodyMode } from './config';
import { batchId } from './signing';
import { renderTemplate, usesPlaceholder, type CompiledTemplate } from './template';

/** One request's worth of a batch, before compression and signing. */
export interface EncodedPayload {
  /** Batch indexes of the records it carries, in order. */
  indexes: number[];
  /** Its webhook id: the event id (one event per request) or a digest of the event ids (a batch). */
  id: string;
  /** The body, uncompressed. */
  body: Buffer;
}

export interface EncodedBatch {
  payloads: EncodedPayload[];
  /** Batch index -> why that record cannot be sent (answered `failed`). */
  rejected: Map<number, string>;
}

/** Turns a batch into request bodies. */
export interface BodyEncoder {
  encode(batch: readonly SinkRecord[]): EncodedBatch;
}

/**
 * A rendered event as a JSON value: JSON texts (the normalized and decoded formats) go in as
 * they are, other texts (LEEF lines) as JSON strings.
 */
export function asJsonValue(text: string): string {
  const c = text.charCodeAt(0);
  return c === 0x7b || c === 0x5b ? text : JSON.stringify(text);
}

function idsOf(batch: readonly SinkRecord[], indexes: readonly number[]): string[] {
  return indexes.map((i) => batch[i].id);
}

function allIndexes(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function encodeSingle(batch: readonly SinkRecord[]): EncodedBatch {
  return {
    payloads: batch.map((r, i) => ({ indexes: [i], id: r.id, body: Buffer.from(r.text, 'utf8') })),
    rejected: new Map(),
  };
}

function encodeArray(batch: readonly SinkRecord[]): EncodedBatch {
  const indexes = allIndexes(batch.length);
  const body = utf8Join(
    batch.map((r) => asJsonValue(r.text)),
    ',',
    '[',
    ']',
  );
  return { payloads: [{ indexes, id: batchId(idsOf(batch, indexes)), body }], rejected: new Map() };
}

function encodeNdjson(batch: readonly SinkRecord[]): EncodedBatch {
  const { payload, rejected } = encodeLines(batch);
  const indexes = allIndexes(batch.length).filter((i) => !rejected.has(i));
  if (indexes.length === 0) return { payloads: [], rejected };
  return { payloads: [{ indexes, id: batchId(idsOf(batch, indexes)), body: payload }], rejected };
}

function encodeTemplate(batch: readonly SinkRecord[], template: CompiledTemplate): EncodedBatch {
  const indexes = allIndexes(batch.length);
  const ids = idsOf(batch, indexes);
  const id = batchId(ids);
  const text = renderTemplate(template, {
    events: `[${batch.map((r) => asJsonValue(r.text)).join(',')}]`,
    count: String(batch.length),
    ids: usesPlaceholder(template, 'ids') ? JSON.stringify(ids) : '',
    batch_id: JSON.stringify(id),
  });
  return { payloads: [{ indexes, id, body: Buffer.from(text, 'utf8') }], rejected: new Map() };
}

/** The encoder of a `webhook` body mode. */
export function webhookEncoder(mode: BodyMode, template?: CompiledTemplate): BodyEncoder {
  switch (mode) {
    case 'single':
      return { encode: encodeSingle };
    case 'json_array':
      return { encode: (b) => (b.length === 0 ? { payloads: [], rejected: new Map() } : encodeArray(b)) };
    case 'ndjson':
      return { encode: encodeNdjson };
    case 'template': {
      if (!template) throw new Error('body mode template needs a compiled template');
      return { encode: (b) => (b.length === 0 ? { payloads: [], rejected: new Map() } : encodeTemplate(b, template)) };
    }
  }
}
