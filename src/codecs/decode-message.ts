import { CappedErrors, DecodeError } from './decode-error';
import type { DecodeResult, DecodedEvent, SensorEvent } from '../event/decoded-event';
import { RAW_SENSOR_EXCHANGE, type InboundMessage } from '../event/inbound-message';
import type { CodecLimits } from './codec-limits';
import { decodeCbEventMsg } from './protobuf/decode-sensor-event';
import { decodeBundle } from './rawsensor/bundle';
import { readZip, looksLikeZip } from './rawsensor/zip-archive';
import { envFromHeaders, HeaderEnvFiller, missingSensorWarnings } from './rawsensor/env-from-headers';
import { decodeNotification, type NotificationDecodeOptions } from './json/decode-notification';

export interface CodecOptions extends NotificationDecodeOptions {
  limits: CodecLimits;
}

/** The decoders, by what they read. */
export type BodyKind = 'json' | 'protobuf-event' | 'bundle' | 'zip';

/** Takes a message's events one at a time, as they are decoded. */
export interface EventSink {
  push(event: DecodedEvent): void;
}

/** What a decoder fills: the message's events (as it decodes them), its errors (capped), its warnings. */
interface DecodeOutput {
  events: EventSink;
  errors: CappedErrors;
  warnings: string[];
  /** Events pushed. */
  count: number;
}

type Decoder = (msg: InboundMessage, opts: CodecOptions, out: DecodeOutput) => void;

const contentTypes = new Map<string, string | undefined>();

/** `Application/JSON; charset=utf-8` -> `application/json` (memoized: publishers send few distinct values). */
function normalizeContentType(ct: string | undefined): string | undefined {
  if (!ct) return undefined;
  let normal = contentTypes.get(ct);
  if (normal === undefined && !contentTypes.has(ct)) {
    normal = ct.split(';', 1)[0].trim().toLowerCase() || undefined;
    if (contentTypes.size < 256) contentTypes.set(ct, normal);
  }
  return normal;
}

const PROTOBUF_TYPES = new Set(['application/protobuf', 'application/x-protobuf', 'application/vnd.google.protobuf']);

/**
 * Picks the decoder: by content type first, sniffing the body only when the type is absent.
 * A raw-data message labelled protobuf or zip is sniffed for the zip signature, because some CB
 * server versions send bare bundles under `application/zip` and zips under protobuf.
 */
export function selectBodyKind(msg: InboundMessage): BodyKind | DecodeError {
  const ct = normalizeContentType(msg.contentType);
  const raw = msg.exchange === RAW_SENSOR_EXCHANGE;
  if (ct === 'application/json') return 'json';
  if (ct === 'application/zip' || (ct !== undefined && PROTOBUF_TYPES.has(ct))) {
    if (raw || ct === 'application/zip') return looksLikeZip(msg.body) ? 'zip' : 'bundle';
    return 'protobuf-event';
  }
  if (ct !== undefined && ct !== 'application/octet-stream') {
    return new DecodeError('unknown_content_type', `content type ${msg.contentType} is not one CB publishes`);
  }
  if (looksLikeZip(msg.body)) return 'zip';
  if (msg.body[0] === 0x7b) return 'json';
  return raw ? 'bundle' : 'protobuf-event';
}

function hasAny(o: Readonly<Record<string, unknown>>): boolean {
  for (const _ in o) return true;
  return false;
}

const NO_HEADER_ENV = {};

/**
 * Runs `decode` with a sink that gives each sensor event the AMQP headers' environment (when it
 * has none) and passes it on; then warns about records left without a sensor id or host name.
 */
function withHeaderEnv(
  msg: InboundMessage,
  out: DecodeOutput,
  decode: (events: { push(event: SensorEvent): void }) => void,
): void {
  const filler = new HeaderEnvFiller(
    !msg.headers || !hasAny(msg.headers) ? NO_HEADER_ENV : envFromHeaders(msg.headers, out.warnings),
  );
  decode({
    push: (event) => {
      filler.fill(event.msg);
      out.count++;
      out.events.push(event);
    },
  });
  missingSensorWarnings(filler.filled, filler.env, out.warnings);
}

const decoders: Record<BodyKind, Decoder> = {
  json(msg, opts, out) {
    const r = decodeNotification(msg.body, msg.routingKey, opts, opts.limits);
    if (r instanceof DecodeError) out.errors.push(r);
    else {
      out.count++;
      out.events.push(r);
    }
  },
  'protobuf-event'(msg, _opts, out) {
    const r = decodeCbEventMsg(msg.body);
    if (r instanceof DecodeError) {
      out.errors.push(r);
      return;
    }
    withHeaderEnv(msg, out, (events) => events.push({ kind: 'sensor', msg: r, raw: msg.body, location: {} }));
  },
  bundle(msg, opts, out) {
    withHeaderEnv(msg, out, (events) => {
      const r = decodeBundle(msg.body, undefined, opts.limits.maxRecords, { events, errors: out.errors });
      if (r.trailingBytes > 0 && out.count > 0)
        out.warnings.push(`${r.trailingBytes} trailing bytes after the last record`);
    });
  },
  zip(msg, opts, out) {
    const zip = readZip(msg.body, {
      maxMembers: opts.limits.maxZipMembers,
      maxInflatedBytes: opts.limits.maxInflatedBytes,
    });
    if (zip instanceof DecodeError) {
      out.errors.push(zip);
      return;
    }
    for (const e of zip.errors) out.errors.push(e);
    let budget = opts.limits.maxRecords;
    withHeaderEnv(msg, out, (events) => {
      for (const member of zip.members)
        budget -= decodeBundle(member.data, member.name, budget, { events, errors: out.errors }).records;
    });
  },
};

/**
 * Decodes one AMQP message into events. Never throws: what cannot be decoded comes back as
 * DecodeErrors beside whatever events could be (one bad bundle record does not lose the rest).
 */
export function decodeMessage(msg: InboundMessage, opts: CodecOptions): DecodeResult {
  const events: DecodedEvent[] = [];
  const r = decodeMessageInto(msg, opts, events);
  // A decoder that failed part-way (a bug) leaves no events: the message is dead-lettered whole.
  if (r.failed) events.length = 0;
  return { source: msg, events, errors: r.errors, warnings: r.warnings };
}

/** What decodeMessageInto tells besides the events it handed out. */
export interface StreamedDecode {
  errors: DecodeError[];
  warnings: string[];
  /** Events handed to the sink. */
  eventCount: number;
  /** A decoder threw (a bug, reported as an error): the events handed out before it may be all there is. */
  failed: boolean;
}

/**
 * decodeMessage handing each event to `events` as soon as it is decoded, so a caller that
 * renders and drops each event (a decode worker) never holds a bundle's decoded events at once.
 */
export function decodeMessageInto(msg: InboundMessage, opts: CodecOptions, events: EventSink): StreamedDecode {
  const out: DecodeOutput = { events, errors: new CappedErrors(opts.limits.maxRecordErrors), warnings: [], count: 0 };
  let failed = false;
  try {
    if (msg.body.length === 0) {
      out.errors.push(new DecodeError('empty_body', 'message body is empty'));
    } else if (msg.body.length > opts.limits.maxBodyBytes) {
      out.errors.push(
        new DecodeError(
          'body_too_large',
          `body of ${msg.body.length} bytes exceeds the limit of ${opts.limits.maxBodyBytes}`,
        ),
      );
    } else {
      const kind = selectBodyKind(msg);
      if (kind instanceof DecodeError) out.errors.push(kind);
      else decoders[kind](msg, opts, out);
    }
  } catch (err) {
    // Defence in depth: a decoder bug must not take the process down or lose the message.
    failed = true;
    out.errors.push(new DecodeError('protobuf_invalid', `decoder failed: ${(err as Error).message}`));
  }
  return { errors: out.errors.list(), warnings: out.warnings, eventCount: out.count, failed };
}
