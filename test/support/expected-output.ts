import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusEntry } from '../../src/sources/captures/capture-folders';

/** The CB forwarder's normalized output for a corpus file: `expected/<section>/<rk>.jsonl` lines. */
export type ExpectedIndex = Map<string, unknown[]>;

function readJsonl(path: string, prefix: string, index: ExpectedIndex): void {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { file, events } = JSON.parse(line) as { file: string; events: unknown[] };
    index.set(`${prefix}/${file}`, events);
  }
}

/** Keys are corpus-relative paths (`json/<rk>/<file>`, `rawsensordata/<file>`). */
export function loadExpected(corpusRoot: string): ExpectedIndex {
  const index: ExpectedIndex = new Map();
  const root = join(corpusRoot, 'expected');
  for (const section of ['json', 'protobuf']) {
    const dir = join(root, section);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) readJsonl(join(dir, f), `${section}/${f.replace(/\.jsonl$/, '')}`, index);
  }
  const raw = join(root, 'rawsensordata.jsonl');
  if (existsSync(raw)) readJsonl(raw, 'rawsensordata', index);
  return index;
}

export interface FieldDifference {
  file: string;
  event: number;
  field: string;
  expected: unknown;
  actual: unknown;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'bigint' || typeof b === 'bigint') return Number(a) === Number(b);
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Field-by-field differences between the forwarder's events and ours for one file. */
export function compareEvents(
  entry: CorpusEntry,
  expected: unknown[],
  actual: Record<string, unknown>[],
): FieldDifference[] {
  const diffs: FieldDifference[] = [];
  if (expected.length !== actual.length) {
    diffs.push({
      file: entry.relPath,
      event: -1,
      field: '(event count)',
      expected: expected.length,
      actual: actual.length,
    });
  }
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i] as Record<string, unknown>;
    const a = actual[i];
    for (const field of new Set([...Object.keys(e), ...Object.keys(a)])) {
      if (!same(e[field], a[field]))
        diffs.push({ file: entry.relPath, event: i, field, expected: e[field], actual: a[field] });
    }
  }
  return diffs;
}

export const corpusRoot = (): string => join(__dirname, '..', '..', '..', 'shared', 'corpus');
