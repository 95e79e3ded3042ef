/** A field value in an output event. bigint carries 64-bit integers exactly. */
export type FieldValue = string | number | boolean | bigint | null | FieldValue[] | { [key: string]: FieldValue };

/** One output event, as every sink receives it: a flat (or, for docs, nested) JSON object. */
export type EventRecord = { [key: string]: FieldValue };

/** The output formats a route can choose. */
export type OutputFormat = 'normalized' | 'decoded' | 'leef' | 'cef';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['normalized', 'decoded', 'leef', 'cef'];

/** Settings that shape output, shared by every format. */
export interface FormatOptions {
  /** `cb_server` value. */
  serverName: string;
  /** CB server base URL for `link_*` deep links (with trailing slash); empty = no links. */
  serverUrl: string;
  /** Fractional unix timestamps (ms precision) for sensor events instead of whole seconds. */
  floatTimestamps: boolean;
}
