import type { EventRecord, FieldValue } from '../event/event-model';
import type { FilterSpec } from '../config/route-config';
import { FieldPathError, parseFieldPath, valueAt, type FieldPath } from '../event/field-path';
import { numericValue, valuesEqual } from './values';

export type RecordPredicate = (record: EventRecord) => boolean;

/** Where in a FilterSpec a problem sits, as object keys and array indexes: ['all', 1, 'regex']. */
export type SpecPath = (string | number)[];

/** A filter that cannot be compiled; `path` locates the offending part inside the spec. */
export class FilterCompileError extends Error {
  constructor(
    message: string,
    readonly path: SpecPath,
  ) {
    super(message);
    this.name = 'FilterCompileError';
  }
}

const COMPARE_KEYS = ['gt', 'gte', 'lt', 'lte'] as const;
const LEAF_OPERATORS = ['equals', 'in', 'regex', 'exists'] as const;
const NESTING_OPERATORS = ['all', 'any', 'not'] as const;
/** Regex flags a filter may use: `g` and `y` are refused because they make test() stateful. */
export const FILTER_REGEX_FLAGS = 'imsuv';

const KEYS_BY_OPERATOR: Record<string, readonly string[]> = {
  equals: ['field', 'equals'],
  in: ['field', 'in'],
  regex: ['field', 'regex', 'flags'],
  exists: ['field', 'exists'],
  compare: ['field', ...COMPARE_KEYS],
  all: ['all'],
  any: ['any'],
  not: ['not'],
};

type Spec = Record<string, unknown>;

function operatorOf(spec: Spec, path: SpecPath): string {
  const present: string[] = [...NESTING_OPERATORS, ...LEAF_OPERATORS].filter((k) => k in spec);
  if (COMPARE_KEYS.some((k) => k in spec)) present.push('compare');
  if (present.length === 1) return present[0];
  const names = 'equals, in, regex, gt/gte/lt/lte, exists, all, any or not';
  if (present.length === 0) throw new FilterCompileError(`a filter needs one operator: ${names}`, path);
  throw new FilterCompileError(`a filter has exactly one operator, found ${present.join(' and ')}`, path);
}

function checkKeys(spec: Spec, operator: string, path: SpecPath): void {
  const allowed = KEYS_BY_OPERATOR[operator];
  for (const key of Object.keys(spec)) {
    if (!allowed.includes(key))
      throw new FilterCompileError(`unknown property '${key}' next to the ${operator} operator`, [...path, key]);
  }
}

function fieldPathOf(spec: Spec, path: SpecPath): FieldPath {
  if (typeof spec.field !== 'string')
    throw new FilterCompileError('`field` must be a dotted field path', [...path, 'field']);
  try {
    return parseFieldPath(spec.field);
  } catch (err) {
    if (err instanceof FieldPathError) throw new FilterCompileError(err.message, [...path, 'field']);
    throw err;
  }
}

function compileNested(spec: Spec, operator: 'all' | 'any', path: SpecPath): RecordPredicate {
  const list = spec[operator];
  if (!Array.isArray(list))
    throw new FilterCompileError(`\`${operator}\` must be a list of filters`, [...path, operator]);
  const parts = list.map((child, i) => compileAt(child, [...path, operator, i]));
  return operator === 'all' ? (r) => parts.every((p) => p(r)) : (r) => parts.some((p) => p(r));
}

/** Compiles a regex operand once; flags are checked first so their error points at `flags`. */
export function compileFilterRegex(source: unknown, flags: unknown, path: SpecPath): RegExp {
  if (typeof source !== 'string') throw new FilterCompileError('`regex` must be a string', [...path, 'regex']);
  const f = flags === undefined ? '' : flags;
  if (typeof f !== 'string' || [...f].some((c) => !FILTER_REGEX_FLAGS.includes(c)) || new Set(f).size !== f.length) {
    throw new FilterCompileError(`\`flags\` must be distinct letters from '${FILTER_REGEX_FLAGS}'`, [...path, 'flags']);
  }
  try {
    return new RegExp(source, f);
  } catch (err) {
    const reason = (err as Error).message.replace(/^Invalid regular expression: /, '');
    throw new FilterCompileError(`invalid regular expression ${reason}`, [...path, 'regex']);
  }
}

/** The text a regex is tested against: strings as they are, numbers, bigints and booleans via String(). */
function regexSubject(value: FieldValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return undefined;
}

function compileCompare(spec: Spec, field: FieldPath, path: SpecPath): RecordPredicate {
  const bounds: Array<[(typeof COMPARE_KEYS)[number], number]> = [];
  for (const key of COMPARE_KEYS) {
    if (!(key in spec)) continue;
    const bound = spec[key];
    if (typeof bound !== 'number' || Number.isNaN(bound))
      throw new FilterCompileError(`\`${key}\` must be a number`, [...path, key]);
    bounds.push([key, bound]);
  }
  return (r) => {
    const v = numericValue(valueAt(r, field));
    if (v === undefined) return false;
    for (const [op, bound] of bounds) {
      if (op === 'gt' ? !(v > bound) : op === 'gte' ? !(v >= bound) : op === 'lt' ? !(v < bound) : !(v <= bound))
        return false;
    }
    return true;
  };
}

function compileLeaf(spec: Spec, operator: string, path: SpecPath): RecordPredicate {
  const field = fieldPathOf(spec, path);
  switch (operator) {
    case 'equals': {
      const operand = spec.equals;
      return (r) => valuesEqual(valueAt(r, field), operand);
    }
    case 'in': {
      const options = spec.in;
      if (!Array.isArray(options)) throw new FilterCompileError('`in` must be a list of values', [...path, 'in']);
      return (r) => {
        const v = valueAt(r, field);
        return options.some((o) => valuesEqual(v, o));
      };
    }
    case 'regex': {
      const re = compileFilterRegex(spec.regex, spec.flags, path);
      return (r) => {
        const text = regexSubject(valueAt(r, field));
        return text !== undefined && re.test(text);
      };
    }
    case 'exists': {
      if (typeof spec.exists !== 'boolean')
        throw new FilterCompileError('`exists` must be true or false', [...path, 'exists']);
      const wanted = spec.exists;
      return (r) => (valueAt(r, field) !== undefined) === wanted;
    }
    default:
      return compileCompare(spec, field, path);
  }
}

function compileAt(spec: unknown, path: SpecPath): RecordPredicate {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
    throw new FilterCompileError('a filter must be a mapping', path);
  const s = spec as Spec;
  const operator = operatorOf(s, path);
  checkKeys(s, operator, path);
  if (operator === 'all' || operator === 'any') return compileNested(s, operator, path);
  if (operator === 'not') {
    const inner = compileAt(s.not, [...path, 'not']);
    return (r) => !inner(r);
  }
  return compileLeaf(s, operator, path);
}

/**
 * Compiles a filter once into a predicate (regexes built here, field paths split here).
 * - equals / in: deep equality (`9` ≠ `"9"`, `9n` = `9`);
 * - regex: strings, and numbers/bigints/booleans as String(); null, objects, arrays and missing fields never match;
 * - gt/gte/lt/lte: numbers, bigints and numeric strings compared numerically; every bound given must hold;
 * - exists: whether the path resolves (a null value exists);
 * - all (every, true when empty) / any (some, false when empty) / not.
 * Throws FilterCompileError for a malformed spec or a bad regex.
 */
export function compileFilter(spec: FilterSpec): RecordPredicate {
  return compileAt(spec, []);
}
