import { randomBytes } from 'node:crypto';
import type { CommandRequest } from '../commands';

/** One command of an action job as the ledger keeps it. */
export interface ActionStep {
  command: CommandRequest;
  /** get file: save the file under the data directory. */
  download?: boolean;
  /** put file: the local file to upload first. */
  upload?: string;
}

/** Where a job came from: a route's liveresponse sink (with the event that triggered it) or the admin API. */
export type JobOrigin =
  { kind: 'route'; route: string; sink: string; eventId: string; eventType: string } | { kind: 'api' };

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'dry_run' | 'dropped';

export const FINAL_STATUSES: ReadonlySet<JobStatus> = new Set([
  'succeeded',
  'failed',
  'cancelled',
  'dry_run',
  'dropped',
]);

/** What became of one step. */
export interface StepOutcome {
  status: 'complete' | 'error' | 'not_run' | 'unknown' | 'dry_run';
  /** The completed command's own result fields (processes, files, pid, file_id, ...). */
  result?: Record<string, unknown>;
  error?: { kind: string; message: string; result_code?: number; result_type?: string };
  /** A file the step saved under the data directory. */
  file?: { id: string; path: string; bytes: number; sha256: string };
}

/** A job as it is created (the ledger's `job` record). */
export interface ActionJobSpec {
  id: string;
  /** The idempotency key: a second job with the same key is never created. */
  key: string;
  sensorId: number;
  steps: ActionStep[];
  origin: JobOrigin;
  createdAt: number;
  deadlineMs: number;
  dryRun: boolean;
  /** For a job created already finished (dropped): why. */
  dropped?: string;
  /** Dedupe key (sensor and commands), for the dedupe window across restarts. */
  dedupeKey?: string;
}

/** A job with what happened to it so far (folded from the ledger's records). */
export interface ActionJob extends ActionJobSpec {
  status: JobStatus;
  startedAt?: number;
  finishedAt?: number;
  hostname?: string;
  /** Steps whose command was (maybe) sent: a destructive one of these without an outcome is never re-sent. */
  sent: number[];
  outcomes: Array<StepOutcome | undefined>;
  error?: { kind: string; message: string };
  /** The liveresponse.result event of the finished job reached every route. */
  delivered: boolean;
}

/** A new job id: 16 hex digits. */
export const newJobId = (): string => randomBytes(8).toString('hex');
