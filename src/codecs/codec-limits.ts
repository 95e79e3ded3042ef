/** Bounds that keep hostile input from exhausting memory or time. All configurable. */
export interface CodecLimits {
  /** Largest message body accepted, in bytes. */
  maxBodyBytes: number;
  /** Largest total inflated size of one zip message, in bytes. */
  maxInflatedBytes: number;
  /** Most members one zip message may have. */
  maxZipMembers: number;
  /** Most records one message (all its bundles together) may yield. */
  maxRecords: number;
  /** Deepest nesting of arrays and objects a JSON body may have; deeper is refused before it is parsed. */
  maxJsonDepth: number;
  /** Record errors one message reports one by one; the rest become one error with their count. */
  maxRecordErrors: number;
}

export const DEFAULT_CODEC_LIMITS: Readonly<CodecLimits> = Object.freeze({
  maxBodyBytes: 16 * 1024 * 1024,
  maxInflatedBytes: 64 * 1024 * 1024,
  maxZipMembers: 4096,
  maxRecords: 1_000_000,
  maxJsonDepth: 64,
  maxRecordErrors: 100,
});
