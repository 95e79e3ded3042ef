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
