/** Why a message (or one record inside it) could not be decoded. Stable strings: they are metric labels. */
export type DecodeReason =
  | 'empty_body'
  | 'body_too_large'
  | 'invalid_utf8'
  | 'invalid_json'
  /** Arrays and objects nested deeper than the limit (refused before parsing). */
  | 'json_too_deep'
  | 'json_not_object'
  | 'protobuf_invalid'
  | 'protobuf_truncated'
  | 'protobuf_missing_required'
  | 'bundle_too_short'
  | 'bundle_overrun'
  | 'zip_invalid'
  | 'zip_unsupported'
  | 'zip_too_many_members'
  | 'zip_inflated_too_large'
  | 'zip_member_not_bundle'
  /** Two zip entries share data (overlapping or repeated members) or a name. */
  | 'zip_overlapping_members'
  /** More record errors than the per-message limit: the rest, counted in one error. */
  | 'too_many_record_errors'
  | 'unknown_content_type'
  | 'unknown_routing_key'
  /** A decode worker spent longer than its limit on the message (decoding, or the route's filter). */
  | 'decode_timeout'
  /** A stage after decoding (normalize, filter, transform, render) threw on an event. */
  | 'event_failed';

export const DECODE_REASONS: readonly DecodeReason[] = [
  'empty_body',
  'body_too_large',
  'invalid_utf8',
  'invalid_json',
  'json_too_deep',
  'json_not_object',
  'protobuf_invalid',
  'protobuf_truncated',
  'protobuf_missing_required',
  'bundle_too_short',
  'bundle_overrun',
  'zip_invalid',
  'zip_unsupported',
  'zip_too_many_members',
  'zip_inflated_too_large',
  'zip_member_not_bundle',
  'zip_overlapping_members',
  'too_many_record_errors',
  'unknown_content_type',
  'unknown_routing_key',
  'decode_timeout',
  'event_failed',
];

/** Where in a message the failure sits: a zip member and/or a bundle record index. */
export interface DecodeLocation {
  member?: string;
  record?: number;
  offset?: number;
}

/** The one error type codecs produce. They return it; they never throw it past their boundary. */
export class DecodeError extends Error {
  readonly reason: DecodeReason;
  readonly location: DecodeLocation;

  constructor(reason: DecodeReason, message: string, location: DecodeLocation = {}) {
    super(message);
    this.name = 'DecodeError';
    this.reason = reason;
    this.location = location;
  }

  toJSON(): { reason: DecodeReason; message: string; location: DecodeLocation } {
    return { reason: this.reason, message: this.message, location: this.location };
  }
}

/**
 * The errors of one message, at most `max` of them: a hostile bundle of a million bad records
 * must cost neither a million errors (nor a dead letter joining them all) nor the time to decode
 * them. Once `max` errors are kept the decoders stop decoding records (they only count the rest,
 * which the dead letter's body still holds); list() then ends with one `too_many_record_errors`
 * error saying how many errors and records were left out.
 */
export class CappedErrors {
  private readonly kept: DecodeError[] = [];
  private dropped = 0;
  private undecoded = 0;

  constructor(private readonly max: number) {}

  push(error: DecodeError): void {
    if (this.kept.length < this.max) this.kept.push(error);
    else this.dropped++;
  }

  /** True once the limit is reached: records not yet decoded are then only counted (skip()). */
  get full(): boolean {
    return this.kept.length >= this.max;
  }

  /** Records left undecoded because the limit was reached. */
  skip(records: number): void {
    this.undecoded += records;
  }

  /** The kept errors, then (if anything was left out) one error counting it. */
  list(): DecodeError[] {
    if (this.dropped === 0 && this.undecoded === 0) return this.kept;
    const summary = new DecodeError(
      'too_many_record_errors',
      `record errors reached the limit of ${this.max}: ${this.dropped} more errors and ${this.undecoded} records not decoded (the body holds them all)`,
    );
    return [...this.kept, summary];
  }
}
