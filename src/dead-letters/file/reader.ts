import { Buffer } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { DeadLetter } from '../dead-letter';
import { errnoCode } from '../../sinks/file/errors';
import { GZIP_SUFFIX, listRotatedFiles } from '../../sinks/file/rotation';
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
  for (const candidate of [
    { path, gzip: false },
    { path: path + GZIP_SUFFIX, gzip: true },
  ]) {
    try {
      const st = await stat(candidate.path);
      if (st.isFile()) live.push({ ...candidate, mtimeMs: st.mtimeMs });
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT' && errnoCode(err) !== 'ENOTDIR')
        throw new DeadLetterReadError(candidate.path, err);
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
  /** The line's bytes, without its newline. */
  bytes: Buffer;
  /** The line as text (decoded on each read: most lines are only looked at through idOf). */
  readonly text: string;
  number: number;
  /** False for a last line without its newline. */
  complete: boolean;
}

const NEWLINE = 0x0a;

function line(bytes: Buffer, number: number, complete: boolean): Line {
  return {
    bytes,
    number,
    complete,
    get text() {
      return bytes.toString('utf8');
    },
  };
}

/** Whether a line holds only blanks. */
function blank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

/**
 * The lines of one dead-letter file (decompressed), with their numbers; a last line without
 * newline is `complete: false`. Linear in the file's size however long a line is: each chunk is
 * searched for newlines once, and the parts of a line are joined once.
 */
export async function* linesOf(file: DeadLetterFile): AsyncGenerator<Line> {
  const source = createReadStream(file.path, { highWaterMark: 1024 * 1024 });
  const stream: Readable = file.gzip ? pipeline(source, createGunzip(), () => undefined) : source;
  let parts: Buffer[] = [];
  let number = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      let start = 0;
      for (let nl = buf.indexOf(NEWLINE, start); nl >= 0; nl = buf.indexOf(NEWLINE, start)) {
        const piece = buf.subarray(start, nl);
        const bytes = parts.length === 0 ? piece : Buffer.concat([...parts, piece]);
        parts = [];
        number++;
        if (!blank(bytes)) yield line(bytes, number, true);
        start = nl + 1;
      }
      if (start < buf.length) parts.push(buf.subarray(start));
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
  const rest = Buffer.concat(parts);
  if (!blank(rest)) yield line(rest, number + 1, false);
}

const ID_PREFIX = Buffer.from('{"id":"');

/**
 * The id of the letter a line holds, read from the line's first bytes (letters are written id
 * first), without parsing the rest: a scan for one id passes over large bodies untouched. Falls
 * back to parsing the line when it starts otherwise; null when it is not a letter.
 */
export function idOf(bytes: Buffer): string | null {
  if (bytes.subarray(0, ID_PREFIX.length).equals(ID_PREFIX)) {
    const end = bytes.indexOf(0x22, ID_PREFIX.length);
    if (end > 0 && bytes.subarray(ID_PREFIX.length, end).indexOf(0x5c) < 0)
      return bytes.toString('utf8', ID_PREFIX.length, end);
  }
  return parseLetter(bytes.toString('utf8'))?.id ?? null;
}

/**
 * Each stored line with the id of its letter (null for lines that are not letters), oldest first; the letter is parsed
 * only on demand.
 */
export async function* scanLetterLines(path: string): AsyncGenerator<{ id: string | null; line: Line }> {
  for (const file of await deadLetterFiles(path)) {
    for await (const l of linesOf(file)) yield { id: l.complete ? idOf(l.bytes) : null, line: l };
  }
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
  if (
    typeof l.id !== 'string' ||
    typeof l.body !== 'string' ||
    (l.bodyEncoding !== 'base64' && l.bodyEncoding !== 'utf8')
  )
    return null;
  return value as DeadLetter;
}
