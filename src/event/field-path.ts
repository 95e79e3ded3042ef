import type { EventRecord, FieldValue } from './event-model';

/** A dotted field path split into its segments: `docs.0.process_name` → ['docs', '0', 'process_name']. */
export type FieldPath = readonly string[];

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** Thrown for a path with an empty segment (`a..b`, `.a`, `a.`, ``). */
export class FieldPathError extends Error {
  constructor(readonly path: string) {
    super(`'${path}' is not a field path (dot-separated, non-empty names)`);
    this.name = 'FieldPathError';
  }
}

export function parseFieldPath(path: string): FieldPath {
  const segments = path.split('.');
  if (segments.some((s) => s === '')) throw new FieldPathError(path);
  return segments;
}

/**
 * The value one step down: an own property of an object, or an element of an array when the
 * segment is a decimal index. Anything else (a scalar, an inherited property, a missing index) is undefined.
 */
export function childValue(container: FieldValue | undefined, segment: string): FieldValue | undefined {
  if (container === null || typeof container !== 'object') return undefined;
  if (Array.isArray(container)) {
    if (!ARRAY_INDEX.test(segment)) return undefined;
    const index = Number(segment);
    return index < container.length ? container[index] : undefined;
  }
  return Object.prototype.hasOwnProperty.call(container, segment) ? container[segment] : undefined;
}

/** The value at `path` in `record`, or undefined when any step is missing. */
export function valueAt(record: EventRecord, path: FieldPath): FieldValue | undefined {
  let value: FieldValue | undefined = record;
  for (const segment of path) {
    value = childValue(value, segment);
    if (value === undefined) return undefined;
  }
  return value;
}

/** `valueAt` for a dotted path string (parses it on every call: compile with parseFieldPath for hot paths). */
export function getField(record: EventRecord, path: string): FieldValue | undefined {
  return valueAt(record, parseFieldPath(path));
}

/** Whether a segment indexes arrays (`0`, `12`; not `01` or `-1`). */
export function isArrayIndex(segment: string): boolean {
  return ARRAY_INDEX.test(segment);
}

/** The first of `paths` (in order) whose value `read` turns into something, or undefined. */
export function firstValueAt<T>(
  record: EventRecord | null,
  paths: readonly FieldPath[],
  read: (v: FieldValue | undefined) => T | undefined,
): T | undefined {
  if (!record) return undefined;
  for (const path of paths) {
    const v = read(valueAt(record, path));
    if (v !== undefined) return v;
  }
  return undefined;
}
