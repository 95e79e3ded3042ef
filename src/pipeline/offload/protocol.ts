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

export type ToWorker =
  /** Route logic the worker compiles once and keeps under `id`. */
  | { type: 'logic'; id: number; spec: RouteLogicSpec }
  /**
   * `fields` and `raw`: what of each event to send back beside its text (the route's sinks read
   * them). `flow`, when given, lets the worker send the events of a large message in parts (see
   * PartFlow); without it the answer holds every event.
   */
  | { type: 'job'; id: number; logicId: number; message: JobMessage; fields: FieldPath[]; raw: boolean; flow?: SharedArrayBuffer };

/**
 * The shared counters of a job sent in parts, as an Int32Array over the job's SharedArrayBuffer:
 * the main thread adds one to TAKEN for each part the route has taken (and wakes the worker), and
 * sets CANCELLED when it no longer wants the rest. The worker sends a part only while fewer than
 * PARTS_AHEAD of its parts are untaken, and waits otherwise.
 */
export const PartFlow = { TAKEN: 0, CANCELLED: 1, SLOTS: 2 } as const;

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

export type FromWorker =
  /** Some of a large message's events, sent before its answer (only for a job with a `flow`). */
  | ({ type: 'part'; id: number } & EventsPart)
  /** The answer: the message's summary and its kept events not sent in parts. */
  | ({
    type: 'done';
    id: number;
    eventCount: number;
    errors: DecodeErrorData[];
    warnings: string[];
    schemaViolations: string[];
    filtered: number;
  } & EventsPart)
  | { type: 'failed'; id: number; error: string };
