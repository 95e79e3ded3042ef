import type { FieldValue } from '../event/event-model';

const keyPrefixes = new Map<string, string>();

/**
 * Characters JSON must escape (quotes, backslash, controls) and lone surrogates (escaped by well-formed
 * JSON.stringify).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `"key":`, escaped once per distinct key (event keys come from a small fixed set). */
function keyPrefix(key: string): string {
  let text = keyPrefixes.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    if (keyPrefixes.size < 10_000) keyPrefixes.set(key, text);
  }
  return text;
}

/**
 * JSON text of a value that may hold bigints: objects and arrays along the way to a bigint are
 * written here, every part without one by JSON.stringify (native, and most of a record).
 */
function writeValue(v: FieldValue | undefined): string {
  switch (typeof v) {
    case 'string':
      return NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
    case 'number':
      return Number.isFinite(v) ? `${v}` : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return v.toString();
    case 'undefined':
      return 'null';
    default:
      break;
  }
  if (v === null) return 'null';
  return containsBigInt(v) ? writeContainer(v) : JSON.stringify(v);
}

/** An object or array known to hold a bigint: written member by member. */
function writeContainer(v: Exclude<FieldValue, string | number | boolean | bigint | null>): string {
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i === 0 ? '' : ',') + writeValue(v[i]);
    return `${out}]`;
  }
  let out = '{';
  let first = true;
  for (const key in v) {
    const x = v[key];
    if (x === undefined) continue;
    out += (first ? '' : ',') + keyPrefix(key) + writeValue(x);
    first = false;
  }
  return `${out}}`;
}

/** Whether a value holds a bigint anywhere (JSON.stringify refuses those). */
function containsBigInt(v: FieldValue | undefined): boolean {
  if (typeof v === 'bigint') return true;
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (containsBigInt(v[i])) return true;
    return false;
  }
  for (const key in v) if (containsBigInt(v[key])) return true;
  return false;
}

/**
 * JSON text of an event. Unlike JSON.stringify it prints bigints (exact 64-bit values such as
 * FILETIMEs and GUID integers) as plain JSON integers, with no precision lost. Events without
 * bigints (most) go through JSON.stringify, which prints the same text; in events with one, only
 * the objects on the way to it are written here.
 */
export function toJson(v: FieldValue): string {
  if (typeof v !== 'object' || v === null) return writeValue(v);
  // JSON.stringify refuses a bigint with a TypeError; trying it first spares the records without
  // one (nearly all) a walk over every member first.
  try {
    return JSON.stringify(v);
  } catch (err) {
    if (!(err instanceof TypeError) || !containsBigInt(v)) throw err;
  }
  return writeContainer(v);
}
