import type { EventRecord, FieldValue } from '../event/event-model';
import type { TransformSpec } from '../config/route-config';
import { childValue, FieldPathError, isArrayIndex, parseFieldPath, type FieldPath } from '../event/field-path';
import type { SpecPath } from './filter';

export type RecordTransform = (record: EventRecord) => EventRecord;

/** A transform that cannot be compiled; `path` locates the offending part inside the spec. */
export class TransformCompileError extends Error {
  constructor(
    message: string,
    readonly path: SpecPath,
  ) {
    super(message);
    this.name = 'TransformCompileError';
  }
}

type Container = { [key: string]: FieldValue } | FieldValue[];

/** Sets an own property, also for the name `__proto__` (plain assignment would change the prototype). */
function setOwn(target: { [key: string]: FieldValue }, key: string, value: FieldValue): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function topLevelName(name: unknown, path: SpecPath): string {
  if (typeof name !== 'string' || name === '' || name.includes('.')) {
    throw new TransformCompileError(`'${String(name)}' is not a top-level field name (non-empty, no dots)`, path);
  }
  return name;
}

function compileKeep(names: readonly unknown[]): (r: EventRecord) => EventRecord {
  const kept = new Set(names.map((n, i) => topLevelName(n, ['keep', i])));
  return (r) => {
    const out: EventRecord = {};
    for (const key of Object.keys(r)) if (kept.has(key)) setOwn(out, key, r[key]);
    return out;
  };
}

function shallowCopy(c: Container): Container {
  return Array.isArray(c) ? c.slice() : { ...c };
}

/** Whether every step of `path` exists, so a drop has something to remove. */
function pathExists(root: EventRecord, path: FieldPath): boolean {
  let value: FieldValue | undefined = root;
  for (const segment of path) {
    value = childValue(value, segment);
    if (value === undefined) return false;
  }
  return true;
}

/**
 * Removes `path` from `root` (a copy this call owns), copying each container on the way down
 * the first time it is touched, so the input record and its nested values are never changed.
 * An array element is removed from the list (later elements move up).
 */
function dropPath(root: EventRecord, path: FieldPath, owned: Set<Container>): void {
  if (!pathExists(root, path)) return;
  let container: Container = root;
  for (let i = 0; i < path.length - 1; i++) {
    const child = childValue(container, path[i]) as Container;
    const copy = owned.has(child) ? child : shallowCopy(child);
    owned.add(copy);
    if (Array.isArray(container)) container[Number(path[i])] = copy;
    else setOwn(container, path[i], copy);
    container = copy;
  }
  const last = path[path.length - 1];
  if (Array.isArray(container)) {
    if (isArrayIndex(last)) container.splice(Number(last), 1);
  } else {
    delete container[last];
  }
}

function byLaterIndexFirst(a: FieldPath, b: FieldPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (isArrayIndex(a[i]) && isArrayIndex(b[i])) return Number(b[i]) - Number(a[i]);
    return a[i] < b[i] ? -1 : 1;
  }
  return b.length - a.length;
}

function compileDrop(paths: readonly unknown[]): (r: EventRecord) => EventRecord {
  const parsed = paths.map((p, i) => {
    try {
      if (typeof p !== 'string') throw new FieldPathError(String(p));
      return parseFieldPath(p);
    } catch (err) {
      if (err instanceof FieldPathError) throw new TransformCompileError(err.message, ['drop', i]);
      throw err;
    }
  });
  // Later array elements first, so every path names a position in the record as it came in.
  parsed.sort(byLaterIndexFirst);
  return (r) => {
    const owned = new Set<Container>([r]);
    for (const path of parsed) dropPath(r, path, owned);
    return r;
  };
}

/** All renames at once (so `a: b` with `b: a` swaps); a renamed field keeps its position. */
function compileRename(map: Record<string, unknown>): (r: EventRecord) => EventRecord {
  const renames = new Map<string, string>();
  const targets = new Set<string>();
  for (const [from, to] of Object.entries(map)) {
    topLevelName(from, ['rename', from]);
    const target = topLevelName(to, ['rename', from]);
    if (targets.has(target)) throw new TransformCompileError(`two fields are renamed to '${target}'`, ['rename', from]);
    targets.add(target);
    renames.set(from, target);
  }
  return (r) => {
    const sources = [...renames.keys()].filter((from) => Object.prototype.hasOwnProperty.call(r, from));
    if (sources.length === 0) return r;
    const overwritten = new Set(sources.map((from) => renames.get(from)));
    const out: EventRecord = {};
    for (const key of Object.keys(r)) {
      const target = renames.get(key);
      if (target !== undefined) setOwn(out, target, r[key]);
      else if (!overwritten.has(key)) setOwn(out, key, r[key]);
    }
    return out;
  };
}

function compileAdd(fields: Record<string, unknown>): (r: EventRecord) => EventRecord {
  const entries = Object.entries(fields).map(([name, value]): [string, FieldValue] => {
    topLevelName(name, ['add', name]);
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new TransformCompileError(`added field '${name}' must be a string, number, boolean or null`, ['add', name]);
    }
    return [name, value];
  });
  return (r) => {
    for (const [name, value] of entries) setOwn(r, name, value);
    return r;
  };
}

/**
 * Compiles a transform once. The result returns a NEW record and never changes its input
 * (records are shared between routes); untouched nested values are shared with the input, so
 * whoever receives the result must not modify it in place either. Steps, in order:
 * keep (top-level names only), drop (dotted paths), rename (top-level, all at once, overwrites
 * an existing field of the new name), add (static values, overwrite).
 */
export function compileTransform(spec: TransformSpec): RecordTransform {
  if (spec === null || typeof spec !== 'object') throw new TransformCompileError('a transform must be a mapping', []);
  for (const key of Object.keys(spec)) {
    if (!['keep', 'drop', 'rename', 'add'].includes(key))
      throw new TransformCompileError(`unknown transform step '${key}'`, [key]);
  }
  const keep = spec.keep === undefined ? null : compileKeep(asList(spec.keep, 'keep'));
  const drop = spec.drop === undefined ? null : compileDrop(asList(spec.drop, 'drop'));
  const rename = spec.rename === undefined ? null : compileRename(asMapping(spec.rename, 'rename'));
  const add = spec.add === undefined ? null : compileAdd(asMapping(spec.add, 'add'));
  return (record) => {
    let out: EventRecord = keep ? keep(record) : { ...record };
    if (drop) out = drop(out);
    if (rename) out = rename(out);
    if (add) out = add(out);
    return out;
  };
}

function asList(value: unknown, step: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new TransformCompileError(`\`${step}\` must be a list`, [step]);
  return value;
}

function asMapping(value: unknown, step: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new TransformCompileError(`\`${step}\` must be a mapping`, [step]);
  return value as Record<string, unknown>;
}
