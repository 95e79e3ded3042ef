/** Why a message (or one record inside it) could not be decoded. Stable strings: they are metric labels. */
export type DecodeReason =
  | 'empty_body'
  | 'body_too_large'
  | 'invalid_utf8'
  | 'invalid_json'
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
  | 'unknown_content_type'
  | 'unknown_routing_key'
  /** A decode worker spent longer than its limit on the message (decoding, or the route's filter). */
  | 'decode_timeout';

export const DECODE_REASONS: readonly DecodeReason[] = [
  'empty_body', 'body_too_large', 'invalid_utf8', 'invalid_json', 'json_not_object',
  'protobuf_invalid', 'protobuf_truncated', 'protobuf_missing_required', 'bundle_too_short',
  'bundle_overrun', 'zip_invalid', 'zip_unsupported', 'zip_too_many_members',
  'zip_inflated_too_large', 'zip_member_not_bundle', 'unknown_content_type', 'unknown_routing_key',
  'decode_timeout',
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
