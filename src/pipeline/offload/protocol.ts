import type { DecodeLocation, DecodeReason } from '../../codecs/decode-error';
import type { CodecLimits } from '../../codecs/codec-limits';
import type { FormatOptions } from '../../formats/event-model';
import type { RouteLogicSpec } from '../route-logic';
import type { FieldPath } from '../../routing/field-path';
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
  /** `fields` and `raw`: what of each event to send back beside its text (the route's sinks read them). */
  | { type: 'job'; id: number; logicId: number; message: JobMessage; fields: FieldPath[]; raw: boolean };

export interface DecodeErrorData {
  reason: DecodeReason;
  message: string;
  location: DecodeLocation;
}

export type FromWorker =
  | {
    type: 'done';
    id: number;
    eventCount: number;
    errors: DecodeErrorData[];
    warnings: string[];
    schemaViolations: string[];
    /** The kept events' keys, in order (a handful of distinct routing keys: sent as a table). */
    keys: PackedStrings;
    /** Their rendered texts, as UTF-8 in one transferred buffer. */
    texts: PackedTexts;
    /** The events' records cut to the asked fields, as columns, when fields were asked for. */
    records?: RecordColumns;
    /** Copies of the events' raw bytes, when asked for. */
    raws?: Array<Uint8Array | undefined>;
    filtered: number;
  }
  | { type: 'failed'; id: number; error: string };
