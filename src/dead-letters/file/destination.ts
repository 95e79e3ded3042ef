import type { Logger } from 'pino';
import type { DeadLetter, DeadLetterDestination } from '../dead-letter';
import { SerialQueue } from '../../sinks/common/mutex';
import { gzipMember } from '../../sinks/file/compression';
import { logWriterEvent } from '../../sinks/file/logging';
import { literalPathTemplate } from '../../sinks/file/path-template';
import { RotatingFileWriter } from '../../sinks/file/writer';
import { resolveDeadLetterOptions, type FileDeadLetterOptions, type ResolvedDeadLetterOptions } from './config';
import { encodeDeadLetters } from './encoder';
import { DeadLetterWriteError } from './errors';

export interface FileDeadLetterDeps {
  clock?: () => number;
  logger?: Logger;
}

/**
 * Dead letters as JSON lines in a local file, rotated by size like the file sink (same writer).
 * accept() resolves only after the batch is written with one write and fsynced; otherwise it
 * rejects with DeadLetterWriteError (and nothing of the batch is left behind), so the caller
 * keeps the source message unacked. Read them back with readDeadLetters(path).
 */
export class FileDeadLetterDestination implements DeadLetterDestination {
  readonly kind = 'file';
  private readonly options: ResolvedDeadLetterOptions;
  private readonly writer: RotatingFileWriter;
  /** accept() and exclusive() tasks, one at a time. */
  private readonly lock = new SerialQueue();

  /** Throws DeadLetterConfigError for unusable options. */
  constructor(options: FileDeadLetterOptions, deps: FileDeadLetterDeps = {}) {
    this.options = resolveDeadLetterOptions(options);
    this.writer = new RotatingFileWriter({
      pathTemplate: literalPathTemplate(this.options.path),
      gzip: this.options.gzip,
      rotation: this.options.maxBytes !== undefined ? { maxBytes: this.options.maxBytes } : {},
      maxFiles: this.options.maxFiles,
      fsync: true,
      mode: this.options.mode,
      clock: deps.clock,
      onEvent: (e) => logWriterEvent(deps.logger, e),
    });
  }

  get path(): string {
    return this.options.path;
  }

  /** Opens the file; rejects with DeadLetterWriteError when it cannot (the bridge should not start blind). */
  async start(): Promise<void> {
    try {
      await this.writer.open();
    } catch (err) {
      throw new DeadLetterWriteError(this.options.path, 0, err);
    }
  }

  async accept(letters: readonly DeadLetter[]): Promise<void> {
    if (letters.length === 0) return;
    await this.lock.run(async () => {
      try {
        const lines = encodeDeadLetters(letters);
        await this.writer.append(this.options.gzip ? await gzipMember(lines) : lines);
      } catch (err) {
        throw new DeadLetterWriteError(this.options.path, letters.length, err);
      }
    });
  }

  /** Runs `task` while no batch is being written (compaction rewrites the files under it). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.lock.run(task);
  }

  /** Closes the file (after an fsync); rejects with DeadLetterWriteError if that fails. */
  async close(): Promise<void> {
    try {
      await this.writer.close();
    } catch (err) {
      throw new DeadLetterWriteError(this.options.path, 0, err);
    }
  }
}
