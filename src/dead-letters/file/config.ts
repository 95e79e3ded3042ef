import { DEFAULT_FILE_MODE } from '../../sinks/file/config';
import { DeadLetterConfigError } from './errors';

/** Where and how dead letters are kept on disk. */
export interface FileDeadLetterOptions {
  /** The live file (a literal path: no %-tokens). Parent directories are created. */
  path: string;
  /** Rotate before a batch that would take the file past this many bytes (>= 1024). Default: never. */
  maxBytes?: number;
  /** Keep at most this many rotated files, deleting the oldest. Default: keep all (dead letters are evidence). */
  maxFiles?: number;
  /** Write gzip members: the live file is `<path>.gz`, rotated files `<path>.<ts>.gz`. Default false. */
  gzip?: boolean;
  /** Mode of created files; default 0o640. */
  mode?: number;
}

export interface ResolvedDeadLetterOptions {
  path: string;
  maxBytes?: number;
  maxFiles?: number;
  gzip: boolean;
  mode: number;
}

export const MIN_DEAD_LETTER_MAX_BYTES = 1024;

export function resolveDeadLetterOptions(options: FileDeadLetterOptions): ResolvedDeadLetterOptions {
  if (typeof options.path !== 'string' || options.path.length === 0)
    throw new DeadLetterConfigError('path', 'path must be a non-empty string');
  const gzip = options.gzip ?? false;
  if (gzip && options.path.endsWith('.gz'))
    throw new DeadLetterConfigError('path', 'path must not end in .gz when gzip is on (.gz is appended)');
  const resolved: ResolvedDeadLetterOptions = { path: options.path, gzip, mode: options.mode ?? DEFAULT_FILE_MODE };
  if (options.maxBytes !== undefined) {
    if (!Number.isInteger(options.maxBytes) || options.maxBytes < MIN_DEAD_LETTER_MAX_BYTES) {
      throw new DeadLetterConfigError('max_bytes', `max_bytes must be an integer >= ${MIN_DEAD_LETTER_MAX_BYTES}`);
    }
    resolved.maxBytes = options.maxBytes;
  }
  if (options.maxFiles !== undefined) {
    if (!Number.isInteger(options.maxFiles) || options.maxFiles < 1)
      throw new DeadLetterConfigError('max_files', 'max_files must be an integer >= 1');
    resolved.maxFiles = options.maxFiles;
  }
  if (!Number.isInteger(resolved.mode) || resolved.mode < 0 || resolved.mode > 0o777)
    throw new DeadLetterConfigError('mode', 'mode must be an integer in 0..0o777');
  return resolved;
}
