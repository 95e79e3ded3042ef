import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { DeadLetter } from '../dead-letter';
import { errnoCode } from '../file/errors';
import { GZIP_SUFFIX, listRotatedFiles } from '../file/rotation';
import { DeadLetterReadError } from './errors';

/** A line readDeadLetters passed over. */
export interface SkippedLine {
  file: string;
  /** 1-based line number in the (decompressed) file. */
  line: number;
  /** `truncated`: the file ends inside this line (a crash mid-write); `invalid`: not a dead letter. */
  reason: 'truncated' | 'invalid';
  detail: string;
}

export interface ReadDeadLettersOptions {
  /** Called for each line skipped; without it, skipped lines go unreported. */
  onSkip?: (skipped: SkippedLine) => void;
}

export interface DeadLetterFile {
  path: string;
  gzip: boolean;
}

/** The files holding dead letters for `path`, oldest first: rotated siblings, then the live file(s). */
export async function deadLetterFiles(path: string): Promise<DeadLetterFile[]> {
  let rotated;
  try {
    rotated = await listRotatedFiles(path);
  } catch (err) {
    throw new DeadLetterReadError(path, err);
  }
  const files: DeadLetterFile[] = rotated.map((f) => ({ path: f.path, gzip: f.gzip }));
  const live: Array<DeadLetterFile & { mtimeMs: number }> = [];
  for (const candidate of [{ path, gzip: false }, { path: path + GZIP_SUFFIX, gzip: true }]) {
    try {
      const st = await stat(candidate.path);
      if (st.isFile()) live.push({ ...candidate, mtimeMs: st.mtimeMs });
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT' && errnoCode(err) !== 'ENOTDIR') throw new DeadLetterReadError(candidate.path, err);
    }
  }
  // Both live names exist only if gzip was switched on or off; the one written last comes last.
  live.sort((a, b) => a.mtimeMs - b.mtimeMs);
  return [...files, ...live.map(({ path: p, gzip }) => ({ path: p, gzip }))];
}

/**
 * Reads back every dead letter stored under `path` (rotated siblings, plain or .gz, then the live
 * file), in the order they were written, for replay. A file that ends inside a line (a crash
 * mid-write, or a gzip member cut short) has that last line skipped; lines that are not dead
 * letters are skipped too, both reported through `onSkip`. Files deleted while reading (pruned)
 * are passed over. Other I/O failures throw DeadLetterReadError.
 */
export async function* readDeadLetters(path: string, options: ReadDeadLettersOptions = {}): AsyncGenerator<DeadLetter> {
  for (const file of await deadLetterFiles(path)) {
    for await (const line of linesOf(file)) {
      const letter = parseLetter(line.text);
      if (letter) {
        yield letter;
        continue;
      }
      options.onSkip?.({
        file: file.path,
        line: line.number,
        reason: line.complete ? 'invalid' : 'truncated',
        detail: line.complete ? 'not a dead-letter JSON object' : 'the file ends inside this line',
      });
    }
  }
}

export interface Line {
  text: string;
  number: number;
  /** False for a last line without its newline. */
  complete: boolean;
}

/** The lines of one dead-letter file (decompressed), with their numbers; a last line without newline is `complete: false`. */
export async function* linesOf(file: DeadLetterFile): AsyncGenerator<Line> {
  const source = createReadStream(file.path);
  const stream: Readable = file.gzip ? pipeline(source, createGunzip(), () => undefined) : source;
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let number = 0;
  try {
    for await (const chunk of stream) {
      const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) {
        number++;
        if (text.trim() !== '') yield { text, number, complete: true };
      }
    }
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'ENOENT') return;
    // A gzip stream cut short (crash mid-member): keep what decompressed, the partial line is the tail.
    if (!(file.gzip && code === 'Z_BUF_ERROR')) throw new DeadLetterReadError(file.path, err);
  } finally {
    stream.destroy();
    source.destroy();
  }
  rest += decoder.end();
  if (rest.trim() !== '') yield { text: rest, number: number + 1, complete: false };
}

/** The dead letter a line holds, or null when it is not one. */
export function parseLetter(text: string): DeadLetter | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const l = value as Partial<DeadLetter>;
  if (typeof l.id !== 'string' || typeof l.body !== 'string' || (l.bodyEncoding !== 'base64' && l.bodyEncoding !== 'utf8')) return null;
  return value as DeadLetter;
}
