import { FileWriteError } from '../../sinks/file/errors';

/** A dead-letter file setting that cannot work. Thrown by the constructor. */
export class DeadLetterConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`dead-letter file config: ${message}`);
    this.name = 'DeadLetterConfigError';
  }
}

/**
 * Dead letters could not be stored (disk full, permissions, a vanished directory, or a letter
 * that cannot be serialized). None of the batch counts as stored: the caller must not ack.
 */
export class DeadLetterWriteError extends Error {
  readonly path: string;
  /** The errno code (`ENOSPC`) when an I/O error was the cause. */
  readonly code: string | undefined;
  /** Letters in the refused batch. */
  readonly letters: number;

  constructor(path: string, letters: number, cause: unknown) {
    super(
      `could not store ${letters} dead letter(s) in ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'DeadLetterWriteError';
    this.path = path;
    this.letters = letters;
    this.code = cause instanceof FileWriteError ? cause.code : undefined;
  }
}

/** A dead-letter file could not be read back (other than a truncated tail, which is skipped). */
export class DeadLetterReadError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`could not read dead letters from ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DeadLetterReadError';
  }
}
