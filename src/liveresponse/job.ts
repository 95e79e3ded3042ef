import type { Writable } from 'node:stream';
import type { TransferProgress } from './client';
import type { CommandRequest, LrCommand } from './commands';
import type { LrSession } from './wire-types';

/**
 * One command of a job. `upload` sends a local file (or bytes) into the session first and fills
 * `file_id` of a `put file`; `download` streams the file a `get file` fetched to a local path or
 * stream, then deletes it from the session's storage. With `chunkBytes` (a path only) the file is
 * fetched in `get file` pieces of that size (offset/get_count), each its own bounded command.
 */
export interface JobStep {
  command: CommandRequest;
  upload?: { from: string | Buffer; name?: string };
  download?: { to: string | Writable; chunkBytes?: number; onProgress?: (p: TransferProgress) => void };
  /**
   * Called once the session is active, right before the command is POSTed (each time it is, should a
   * lost session make the pool send it again): a caller records here that the command may have run.
   */
  beforeSend?: () => Promise<void>;
}

/**
 * A list of commands against one sensor, run in order in the sensor's session, with a deadline.
 * The job fails with a typed error at its deadline (or when `signal` aborts) whatever it waits for:
 * a session slot, the sensor's check-in, a command, a transfer.
 */
export interface LrJob {
  sensorId: number;
  steps: JobStep[];
  /** The deadline, from when the job is submitted. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface StepResult {
  /** The completed command object. */
  command: LrCommand;
  /** Bytes written locally by a download. */
  bytes?: number;
}

export interface JobResult {
  sensorId: number;
  session: LrSession;
  results: StepResult[];
}
