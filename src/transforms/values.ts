/* How filters compare field values (and a hot reload compares route specs): equality and numeric value. */

/**
 * Deep equality of JSON-like values: event fields and filter operands, and route specs compared
 * by a hot reload. Same JSON type and same value: a number never equals a string (`9` ≠ `"9"`);
 * a bigint equals a number of the same mathematical value (`9n` = `9`); arrays compare element by
 * element; objects by their own keys in any order (a key holding `undefined` is not an absent
 * key; parsed YAML and JSON hold no `undefined`).
 */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'bigint' && typeof b === 'number') return bigintEqualsNumber(a, b);
  if (typeof a === 'number' && typeof b === 'bigint') return bigintEqualsNumber(b, a);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && arraysEqual(a, b);
  return objectsEqual(a as Record<string, unknown>, b as Record<string, unknown>);
}

function bigintEqualsNumber(big: bigint, num: number): boolean {
  return Number.isInteger(num) && BigInt(num) === big;
}

function arraysEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i])) return false;
  return true;
}

function objectsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key) || !valuesEqual(a[key], b[key])) return false;
  }
  return true;
}

/** A value as a number for comparisons: bigints stay exact (JS compares bigint with number exactly). */
export type Numeric = number | bigint;

const INTEGER_TEXT = /^[+-]?[0-9]+$/;
const DECIMAL_TEXT = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/;

/**
 * The numeric value of a field for gt/gte/lt/lte: numbers (not NaN), bigints, and strings
 * holding a plain decimal number (Carbon Black sends `"sensor_id": "9"`). Integer strings
 * become bigints so 64-bit ids compare exactly. Anything else (booleans, '', '0x10',
 * ' 9', objects, null, missing) is not numeric: undefined.
 */
export function numericValue(value: unknown): Numeric | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value === 'bigint') return value;
  if (typeof value !== 'string') return undefined;
  if (INTEGER_TEXT.test(value)) return BigInt(value);
  if (DECIMAL_TEXT.test(value)) return Number(value);
  return undefined;
}
