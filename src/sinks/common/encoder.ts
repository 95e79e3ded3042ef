import { Buffer } from 'node:buffer';
import type { SinkRecord } from '../sink';
import { utf8Join, type TextOrBytes } from './utf8-join';

/** A batch as newline-terminated lines, with the records that cannot be written as one line. */
export interface EncodedLines {
  /** UTF-8 `text + "\n"` of every record not rejected, in batch order. */
  payload: Buffer;
  /** Index in the batch -> why that record was left out (it would never succeed: `failed`). */
  rejected: Map<number, string>;
  /** Records in the payload. */
  lines: number;
}

const NEWLINE = 0x0a;

/**
 * One line per record. A text containing '\n' would become several lines (and break every
 * line-oriented reader), so that record is rejected instead of written.
 */
export function encodeLines(batch: readonly SinkRecord[]): EncodedLines {
  const parts: TextOrBytes[] = [];
  const rejected = new Map<number, string>();
  for (let i = 0; i < batch.length; i++) {
    const r = batch[i];
    const part = r.utf8 ?? r.text;
    if (typeof part === 'string' ? part.includes('\n') : part.includes(NEWLINE)) {
      rejected.set(i, 'record text contains a line break');
      continue;
    }
    parts.push(part);
  }
  const lines = parts.length;
  return { payload: lines === 0 ? Buffer.alloc(0) : utf8Join(parts, '\n', '', '\n'), rejected, lines };
}
