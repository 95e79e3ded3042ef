import { createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { errnoCode } from '../../sinks/file/errors';
import { fsyncDirectory } from '../../sinks/file/fs-ops';
import { DeadLetterReadError } from './errors';
import { deadLetterFiles, linesOf, parseLetter, type DeadLetterFile } from './reader';

export interface CompactionReport {
  /** Files rewritten without the removed letters. */
  rewritten: number;
  /** Files deleted because every letter in them was removed. */
  deleted: number;
  /** Letter lines taken out. */
  dropped: number;
}

/** A dead-letter file could not be rewritten; files done before it stay compacted. */
export class CompactionError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`could not compact dead-letter file ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'CompactionError';
  }
}

const isRemoved = (text: string, removed: ReadonlySet<string>): boolean => {
  const letter = parseLetter(text);
  return letter !== null && removed.has(letter.id);
};

/** Lines of the file to keep and to drop (a first, read-only pass). */
async function countLines(
  file: DeadLetterFile,
  removed: ReadonlySet<string>,
): Promise<{ kept: number; dropped: number }> {
  let kept = 0;
  let dropped = 0;
  for await (const line of linesOf(file)) {
    if (isRemoved(line.text, removed)) dropped++;
    else kept++;
  }
  return { kept, dropped };
}

async function* keptText(file: DeadLetterFile, removed: ReadonlySet<string>): AsyncGenerator<string> {
  for await (const line of linesOf(file)) if (!isRemoved(line.text, removed)) yield `${line.text}\n`;
}

/** Writes the kept lines to `<file>.compact` (gzip when the file is), fsyncs it, renames it over the file. */
async function rewrite(file: DeadLetterFile, removed: ReadonlySet<string>): Promise<void> {
  const tmp = `${file.path}.compact`;
  try {
    const out: Writable = createWriteStream(tmp, { mode: 0o640 });
    const source = Readable.from(keptText(file, removed));
    if (file.gzip) await pipeline(source, createGzip(), out);
    else await pipeline(source, out);
    const handle = await open(tmp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file.path);
    await fsyncDirectory(dirname(file.path));
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw new CompactionError(file.path, err);
  }
}

/**
 * Takes the letters whose ids are in `removed` out of every dead-letter file under `path`
 * (rotated siblings and the live file): a file with nothing left is deleted, others are rewritten
 * (temporary file, fsync, atomic rename), keeping every other line as it was. The caller must
 * hold off the writer meanwhile (FileDeadLetterDestination.exclusive); the writer notices the
 * replaced live file on its next append and reopens it.
 */
export async function compactDeadLetterFiles(path: string, removed: ReadonlySet<string>): Promise<CompactionReport> {
  const report: CompactionReport = { rewritten: 0, deleted: 0, dropped: 0 };
  if (removed.size === 0) return report;
  for (const file of await deadLetterFiles(path)) {
    let counts: { kept: number; dropped: number };
    try {
      counts = await countLines(file, removed);
    } catch (err) {
      if (err instanceof DeadLetterReadError && errnoCode(err.cause) === 'ENOENT') continue;
      throw err;
    }
    if (counts.dropped === 0) continue;
    if (counts.kept === 0) {
      try {
        await unlink(file.path);
        await fsyncDirectory(dirname(file.path));
      } catch (err) {
        if (errnoCode(err) !== 'ENOENT') throw new CompactionError(file.path, err);
      }
      report.deleted++;
    } else {
      await rewrite(file, removed);
      report.rewritten++;
    }
    report.dropped += counts.dropped;
  }
  return report;
}
