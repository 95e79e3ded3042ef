/**
 * Splits a CB process key (`<36-char guid>[-<segment hex>]`) into its GUID and segment, the way
 * the forwarder reads `unique_id` / `process_id`: 36 chars = segment 1; 45 chars (8 hex digit
 * segment) or 49 chars (12, EDR 6+) = parsed; anything else is an error (guid cut to 36 chars).
 */
export interface ParsedGuid {
  guid: string;
  segment: number;
  ok: boolean;
}

export function parseProcessKey(v: string): ParsedGuid {
  if (v.length < 36) return { guid: v, segment: 1, ok: false };
  if (v.length === 36) return { guid: v, segment: 1, ok: true };
  const tail = v.slice(37);
  const valid = /^[0-9a-fA-F]+$/.test(tail);
  if (v.length === 45) return { guid: v.slice(0, 36), segment: valid ? Number.parseInt(tail, 16) : 1, ok: true };
  if (v.length === 49) return { guid: v.slice(0, 36), segment: valid ? Number.parseInt(tail, 16) : 0, ok: valid };
  return { guid: v.slice(0, 36), segment: 1, ok: false };
}
