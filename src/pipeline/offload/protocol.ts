import type { DecodeLocation, DecodeReason } from '../../codecs/decode-error';
import type { CodecLimits } from '../../codecs/codec-limits';
import type { FormatOptions } from '../../event/event-model';
import type { RouteLogicSpec } from '../route-logic';
import type { FieldPath } from '../../event/field-path';
import type { PackedTexts } from './packed-texts';
import type { PackedStrings, RecordColumns } from './record-columns';

/** What a decode worker is started with. */
export interface WorkerSetup {
  limits: CodecLimits;
  format: FormatOptions;
}

/** The parts of an InboundMessage a worker needs; the body is a copy the worker owns. */
export interface JobMessage {
  exchange: string;
  routingKey: string;
  contentType: string | undefined;
  headers: Record<string, unknown>;
  body: Uint8Array;
  receivedAt: number;
}

/**
 * One message for a worker to decode (a piscina task). `spec` comes with every task, as any worker
 * may take it; a worker compiles it once and keeps it under `logicId`. `fields` and `raw`: what of
 * each event to send back beside its text (the route's sinks read them). `flow` is the job's
 * shared state (see JobFlow); with `parts`, the worker sends the events of a large message in
 * parts, otherwise the answer holds every event.
 */
export interface DecodeTask {
  id: number;
  logicId: number;
  spec: RouteLogicSpec;
  message: JobMessage;
  fields: FieldPath[];
  raw: boolean;
  parts: boolean;
  flow: SharedArrayBuffer;
}

/**
 * A job's shared state, over its SharedArrayBuffer: as Int32 slots, the main thread adds one to
 * TAKEN for each part the route has taken (and wakes the worker) and sets CANCELLED when it no
 * longer wants the rest; the worker sends a part only while fewer than PARTS_AHEAD of its parts
 * are untaken, and waits otherwise. When a worker starts the job it writes the time (Date.now())
 * to the Float64 at STARTED_AT_BYTE, then its thread id plus one to THREAD: the main thread's
 * watchdog times the job from then, and knows which thread to stop.
 */
export const JobFlow = { TAKEN: 0, CANCELLED: 1, THREAD: 2, STARTED_AT_BYTE: 16, BYTES: 24 } as const;

/** Parts a worker sends ahead of the ones the main thread has taken. */
export const PARTS_AHEAD = 2;

/** A worker sends a part once it holds this many events or this many bytes of text, whichever comes first. */
export const PART_EVENTS = 4096;
export const PART_TEXT_BYTES = 4 * 1024 * 1024;

/** A run of a message's kept events, in order, starting at event `first` of the message. */
export interface EventsPart {
  first: number;
  /** The events' keys (a handful of distinct routing keys: sent as a table). */
  keys: PackedStrings;
  /** Their rendered texts, as UTF-8 in one transferred buffer. */
  texts: PackedTexts;
  /** The events' records cut to the asked fields, as columns, when fields were asked for. */
  records?: RecordColumns;
  /** Copies of the events' raw bytes, when asked for. */
  raws?: Array<Uint8Array | undefined>;
}

export interface DecodeErrorData {
  reason: DecodeReason;
  message: string;
  location: DecodeLocation;
}

/**
 * Some of a large message's events, posted to the worker's parentPort before its answer (only for a task with `parts`).
 */
export type PartMessage = { type: 'part'; id: number } & EventsPart;

/** A task's result. */
export type FromWorker =
  /** The answer: the message's summary and its kept events not sent in parts (`parts` were sent before it). */
  | ({
      type: 'done';
      parts: number;
      eventCount: number;
      errors: DecodeErrorData[];
      warnings: string[];
      schemaViolations: string[];
      filtered: number;
    } & EventsPart)
  | { type: 'failed'; error: string };
