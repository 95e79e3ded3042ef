import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

export interface LossReport {
  expected: number;
  received: number;
  distinct: number;
  missing: number;
  duplicates: number;
  firstMissing: number[];
}

/**
 * Every line of a file sink's output (live file plus rotated siblings, plain), in its folder and in `<folder>.before`
 * if a test moved one aside.
 */
function allLines(path: string): string[] {
  const aside = join(`${dirname(path)}.before`, basename(path));
  return [...linesIn(aside), ...linesIn(path)];
}

function linesIn(path: string): string[] {
  const dir = dirname(path);
  if (!existsSync(dir)) return [];
  const base = basename(path);
  const files = readdirSync(dir)
    .filter((f) => f === base || f.startsWith(`${base}.`))
    .sort();
  return files.flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.length > 0),
  );
}

/** Sequence numbers (header.eventid) of the decoded events a file sink received, counted against 0..expected-1. */
export function lossReport(path: string, expected: number, runId?: number): LossReport {
  const seen = new Map<number, number>();
  let received = 0;
  for (const line of allLines(path)) {
    let parsed: { message?: { header?: { eventid?: number; bootid?: number } } };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      continue; // the line the sink is still writing; counted by the next poll
    }
    const header = parsed.message?.header;
    const seq = header?.eventid;
    if (typeof seq !== 'number' || (runId !== undefined && header?.bootid !== runId)) continue;
    received++;
    seen.set(seq, (seen.get(seq) ?? 0) + 1);
  }
  const firstMissing: number[] = [];
  let missing = 0;
  for (let i = 0; i < expected; i++) {
    if (!seen.has(i)) {
      missing++;
      if (firstMissing.length < 10) firstMissing.push(i);
    }
  }
  let duplicates = 0;
  for (const n of seen.values()) duplicates += n - 1;
  return { expected, received, distinct: seen.size, missing, duplicates, firstMissing };
}
