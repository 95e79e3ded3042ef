import { DecodeError } from '../decode-error';
import { decodeCbEventMsg } from '../protobuf/decode-sensor-event';
import type { SensorEvent } from '../decoded-event';

export interface BundleOutcome {
  events: SensorEvent[];
  errors: DecodeError[];
  /** Bytes after the last whole record that were too few to frame another (< 4). */
  trailingBytes: number;
}

/**
 * Splits a bundle (4-byte little-endian length, then that many bytes of one CbEventMsg, repeated)
 * and decodes every record. A bad record is reported and skipped; a length that overruns the
 * buffer ends the bundle, since nothing after it can be framed.
 */
export function decodeBundle(buf: Uint8Array, member: string | undefined, maxRecords: number): BundleOutcome {
  const events: SensorEvent[] = [];
  const errors: DecodeError[] = [];
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let offset = 0;
  let record = 0;
  if (buf.length < 4) {
    errors.push(new DecodeError('bundle_too_short', `bundle of ${buf.length} bytes has no record`, { member }));
    return { events, errors, trailingBytes: buf.length };
  }
  while (buf.length - offset >= 4) {
    if (record >= maxRecords) {
      errors.push(new DecodeError('bundle_overrun', `more than ${maxRecords} records`, { member, record, offset }));
      break;
    }
    const length = view.getUint32(offset, true);
    const start = offset + 4;
    if (length > buf.length - start) {
      const reason = record === 0 && member !== undefined ? 'zip_member_not_bundle' : 'bundle_overrun';
      errors.push(new DecodeError(reason, `record ${record} length ${length} overruns the bundle (${buf.length - start} bytes left)`, { member, record, offset }));
      return { events, errors, trailingBytes: 0 };
    }
    const raw = buf.subarray(start, start + length);
    const location = member === undefined ? { record, offset } : { member, record, offset };
    const msg = decodeCbEventMsg(raw, location);
    if (msg instanceof DecodeError) errors.push(msg);
    else events.push({ kind: 'sensor', msg, raw, location });
    offset = start + length;
    record++;
  }
  return { events, errors, trailingBytes: buf.length - offset };
}
