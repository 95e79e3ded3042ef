import type { FieldValue } from './event-model';

function writeValue(v: FieldValue | undefined): string {
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'number': return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean': return v ? 'true' : 'false';
    case 'bigint': return v.toString();
    case 'undefined': return 'null';
    default: break;
  }
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(writeValue).join(',')}]`;
  let out = '{';
  let first = true;
  for (const key of Object.keys(v)) {
    const x = v[key];
    if (x === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${writeValue(x)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * JSON text of an event. The native serializer is the fast path; events holding bigints (exact
 * 64-bit values such as FILETIMEs and GUID integers) take the exact writer instead.
 */
export function toJson(v: FieldValue): string {
  try {
    return JSON.stringify(v);
  } catch (err) {
    if (err instanceof TypeError) return writeValue(v);
    throw err;
  }
}
