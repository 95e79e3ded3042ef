import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from './errors';

/**
 * Naming of live and rotated files. For a configured (expanded) path P:
 *
 *   plain:  live P           rotated P.<ts>
 *   gzip:   live P.gz        rotated P.<ts>.gz
 *
 * where <ts> is the UTC rotation time as YYYYMMDDTHHMMSSmmmZ (e.g. 20250102T030405678Z).
 * Timestamps are strictly increasing among one file's rotated siblings (a rotation within the
 * same millisecond as the newest sibling, or with a clock that stepped back, takes the newest
 * sibling's timestamp + 1 ms), so sorting the names sorts the files oldest first.
 */
export const GZIP_SUFFIX = '.gz';
const TIMESTAMP = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function formatRotationTimestamp(epochMs: number): string {
  const d = new Date(epochMs);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}T` +
    `${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}${pad(d.getUTCMilliseconds(), 3)}Z`
  );
}

export function parseRotationTimestamp(text: string): number | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number);
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  return formatRotationTimestamp(t) === text ? t : null;
}

/** The file the writer appends to. */
export function liveFileName(base: string, gzip: boolean): string {
  return gzip ? base + GZIP_SUFFIX : base;
}

export function rotatedFileName(base: string, epochMs: number, gzip: boolean): string {
  return `${base}.${formatRotationTimestamp(epochMs)}${gzip ? GZIP_SUFFIX : ''}`;
}

export interface RotatedFile {
  path: string;
  /** Rotation time (epoch ms) from the name. */
  timestamp: number;
  gzip: boolean;
}

/** Rotated siblings of `base` (plain and gzip), oldest first; [] when the directory is missing. */
export async function listRotatedFiles(base: string): Promise<RotatedFile[]> {
  const dir = dirname(base);
  const prefix = `${basename(base)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return [];
    throw err;
  }
  const files: RotatedFile[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    let rest = name.slice(prefix.length);
    const gzip = rest.endsWith(GZIP_SUFFIX);
    if (gzip) rest = rest.slice(0, -GZIP_SUFFIX.length);
    const timestamp = parseRotationTimestamp(rest);
    if (timestamp !== null) files.push({ path: join(dir, name), timestamp, gzip });
  }
  return files.sort((a, b) => a.timestamp - b.timestamp || Number(a.gzip) - Number(b.gzip));
}

/** The oldest files to delete so that at most `maxFiles` remain. */
export function filesToPrune(files: readonly RotatedFile[], maxFiles: number | undefined): RotatedFile[] {
  if (maxFiles === undefined || files.length <= maxFiles) return [];
  return files.slice(0, files.length - maxFiles);
}

/** Deletes files; returns the ones that could not be deleted (already gone counts as deleted). */
export async function deleteFiles(
  files: readonly RotatedFile[],
): Promise<Array<{ file: RotatedFile; error: unknown }>> {
  const failures: Array<{ file: RotatedFile; error: unknown }> = [];
  for (const file of files) {
    try {
      await unlink(file.path);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') failures.push({ file, error });
    }
  }
  return failures;
}

/** When to rotate: either limit, both, or neither. */
export interface RotationPolicy {
  /** Rotate before a write that would take the file past this many bytes (on disk, i.e. compressed). */
  maxBytes?: number;
  /** Rotate before a write once the file's first data is this old. */
  intervalMs?: number;
}

export interface LiveFileState {
  /** Bytes in the live file. */
  size: number;
  /** When the file received its first data (epoch ms); null while empty. */
  firstDataAt: number | null;
}

export type RotationReason = 'size' | 'age';

/**
 * Whether to rotate before appending `incoming` bytes. An empty file is never rotated, so one
 * write larger than maxBytes still goes out whole (into a fresh file): batches are never split.
 */
export function rotationDue(
  policy: RotationPolicy,
  file: LiveFileState,
  now: number,
  incoming: number,
): RotationReason | null {
  if (file.size === 0) return null;
  if (policy.maxBytes !== undefined && file.size + incoming > policy.maxBytes) return 'size';
  if (policy.intervalMs !== undefined && file.firstDataAt !== null && now - file.firstDataAt >= policy.intervalMs)
    return 'age';
  return null;
}

/** The timestamp for a new rotated file: `now`, bumped past the newest existing sibling. */
export function nextRotationTimestamp(now: number, siblings: readonly RotatedFile[]): number {
  const newest = siblings.length > 0 ? siblings[siblings.length - 1].timestamp : -Infinity;
  return Math.max(now, newest + 1);
}
