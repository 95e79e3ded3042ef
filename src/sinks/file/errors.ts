/** Base class of every error the file sink (and the modules it shares) produces. */
export class FileSinkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileSinkError';
  }
}

/** A sink config block that does not describe a usable file sink. Thrown by create(), never by send(). */
export class FileSinkConfigError extends FileSinkError {
  /** The offending config property (`rotate.max_bytes`), or '' for the whole block. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(`file sink config: ${message}`);
    this.name = 'FileSinkConfigError';
    this.field = field;
  }
}

/** What the writer was doing when an I/O error happened. */
export type FileOperation = 'mkdir' | 'open' | 'stat' | 'write' | 'fsync' | 'rotate' | 'close' | 'compress' | 'closed';

/**
 * An I/O failure of one write (ENOSPC, EACCES, EIO, a vanished directory...). The writer has
 * already undone what it could (truncated a partial write) and will reopen on its next call.
 */
export class FileWriteError extends FileSinkError {
  readonly op: FileOperation;
  readonly path: string;
  /** The errno code (`ENOSPC`) when the cause was a system error. */
  readonly code: string | undefined;

  constructor(op: FileOperation, path: string, cause?: unknown) {
    const detail = cause instanceof Error ? cause.message : cause === undefined ? 'failed' : String(cause);
    super(`${op} ${path}: ${detail}`, { cause });
    this.name = 'FileWriteError';
    this.op = op;
    this.path = path;
    this.code = errnoCode(cause);
  }
}

export function errnoCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Wraps anything thrown by an fs call; an existing FileWriteError passes through unchanged. */
export function asWriteError(op: FileOperation, path: string, err: unknown): FileWriteError {
  return err instanceof FileWriteError ? err : new FileWriteError(op, path, err);
}
