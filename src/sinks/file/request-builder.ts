import { Buffer } from 'node:buffer';
import type { SinkRecord } from '../sink';
import { gzipMember } from './compression';
import { encodeLines } from '../common/encoder';
import { FileWriteError } from './errors';

/** What the service appends for one batch. */
export interface FileRequest {
  /** The bytes to append with one write: lines, or one gzip member holding them. */
  payload: Buffer;
  /** Batch indexes left out of the payload, with the reason (answered `failed`). */
  rejected: Map<number, string>;
  /** Records in the payload. */
  lines: number;
  /** Size of the lines before compression. */
  uncompressedBytes: number;
}

export interface FileRequestOptions {
  gzip: boolean;
  /** For error messages. */
  path: string;
}

/** Encodes a batch into the one payload the service writes (compressed when configured). */
export async function buildFileRequest(
  batch: readonly SinkRecord[],
  options: FileRequestOptions,
): Promise<FileRequest> {
  const { payload, rejected, lines } = encodeLines(batch);
  if (!options.gzip || payload.length === 0) return { payload, rejected, lines, uncompressedBytes: payload.length };
  let member: Buffer;
  try {
    member = await gzipMember(payload);
  } catch (err) {
    throw new FileWriteError('compress', options.path, err);
  }
  return { payload: member, rejected, lines, uncompressedBytes: payload.length };
}
