import { CappedErrors, DecodeError } from '../decode-error';
import { decodeCbEventMsg } from '../protobuf/decode-sensor-event';
import type { SensorEvent } from '../../event/decoded-event';

/**
 * Where decodeBundle puts what it reads, as it reads it: events, and record errors (kept up to their cap, then
 * counted).
 */
export interface BundleSink {
  events: { push(event: SensorEvent): void };
  errors: CappedErrors;
}

export interface BundleOutcome {
  /** Records read (events and errors). */
  records: number;
  /** Bytes after the last whole record that were too few to frame another (< 4). */
  trailingBytes: number;
}

/** How many records (at most `max`) are framed from `offset` on, without decoding them. */
function framedRecords(view: DataView, offset: number, max: number): number {
  let n = 0;
  while (n < max && view.byteLength - offset >= 4) {
    offset += 4 + view.getUint32(offset, true);
    if (offset > view.byteLength) break;
    n++;
  }
  return n;
}

/**
 * Splits a bundle (4-byte little-endian length, then that many bytes of one CbEventMsg, repeated)
 * and decodes every record into `out`. A bad record is reported and skipped; a length that
 * overruns the buffer ends the bundle, since nothing after it can be framed.
 */
export function decodeBundle(
  buf: Uint8Array,
  member: string | undefined,
  maxRecords: number,
  out: BundleSink,
): BundleOutcome {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let offset = 0;
  let record = 0;
  if (buf.length < 4 && !out.errors.full) {
    out.errors.push(new DecodeError('bundle_too_short', `bundle of ${buf.length} bytes has no record`, { member }));
    return { records: 0, trailingBytes: buf.length };
  }
  while (buf.length - offset >= 4) {
    if (out.errors.full) {
      out.errors.skip(framedRecords(view, offset, maxRecords - record));
      return { records: record, trailingBytes: 0 };
    }
    if (record >= maxRecords) {
      out.errors.push(new DecodeError('bundle_overrun', `more than ${maxRecords} records`, { member, record, offset }));
      break;
    }
    const length = view.getUint32(offset, true);
    const start = offset + 4;
    if (length > buf.length - start) {
      const reason = record === 0 && member !== undefined ? 'zip_member_not_bundle' : 'bundle_overrun';
      out.errors.push(
        new DecodeError(
          reason,
          `record ${record} length ${length} overruns the bundle (${buf.length - start} bytes left)`,
          { member, record, offset },
        ),
      );
      return { records: record, trailingBytes: 0 };
    }
    const raw = buf.subarray(start, start + length);
    const location = member === undefined ? { record, offset } : { member, record, offset };
    if (length === 0) {
      // No CbEventMsg is empty (its header is required): said without asking the decoder, since a
      // body of zeros frames a million of these.
      out.errors.push(
        new DecodeError('protobuf_missing_required', 'CbEventMsg: empty record (missing required header)', location),
      );
    } else {
      const msg = decodeCbEventMsg(raw, location);
      if (msg instanceof DecodeError) out.errors.push(msg);
      else out.events.push({ kind: 'sensor', msg, raw, location });
    }
    offset = start + length;
    record++;
  }
  return { records: record, trailingBytes: buf.length - offset };
}
