import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, existsSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { silentLogger } from '../../observability/logger';
import { FINAL_STATUSES, type ActionJob, type ActionJobSpec, type StepOutcome } from './action-job';

/** One line of the ledger file. */
export type LedgerEntry =
  | { t: 'job'; job: ActionJobSpec }
  | { t: 'start'; id: string; at: number; hostname?: string }
  | { t: 'sent'; id: string; step: number; at: number }
  | { t: 'step'; id: string; step: number; outcome: StepOutcome }
  | { t: 'end'; id: string; status: ActionJob['status']; at: number; error?: { kind: string; message: string } }
  | { t: 'delivered'; id: string };

export const LEDGER_FILE = 'jobs.ledger';

/** Finished and delivered jobs are kept this long (the longest dedupe window), then compacted away at start. */
export const LEDGER_KEEP_MS = 7 * 24 * 3_600_000;

/**
 * The durable job ledger: an append-only file of JSON lines under the data directory. Every
 * append is written and fsynced before it resolves, so a job the ledger accepted survives a crash;
 * appends made while one is being synced go out together in the next write. Reading it back folds
 * the lines into jobs; a torn last line (a crash during a write) is skipped.
 */
export class JobLedger {
  private readonly jobs = new Map<string, ActionJob>();
  private readonly byKey = new Map<string, string>();
  private handle: FileHandle | null = null;
  private pending: Array<{ line: string; done: (err?: Error) => void }> = [];
  private writing = false;
  readonly path: string;

  constructor(
    dir: string,
    private readonly logger: Logger = silentLogger(),
    keepMs = LEDGER_KEEP_MS,
    now = Date.now(),
  ) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, LEDGER_FILE);
    if (existsSync(this.path)) {
      this.load();
      this.compact(now - keepMs);
    }
  }

  /**
   * Rewrites the file without the jobs finished, delivered and created before `before` (when there
   * are any): each remaining job as few lines as its state needs, to a temporary file that is
   * fsynced and renamed over the ledger.
   */
  private compact(before: number): void {
    const old = this.all().filter((j) => j.delivered && FINAL_STATUSES.has(j.status) && j.createdAt < before);
    if (old.length === 0) return;
    for (const j of old) {
      this.jobs.delete(j.id);
      this.byKey.delete(j.key);
    }
    const lines: string[] = [];
    for (const j of this.jobs.values()) for (const e of entriesOf(j)) lines.push(JSON.stringify(e));
    const tmp = `${this.path}.compacting`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, lines.length > 0 ? `${lines.join('\n')}\n` : '');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
    this.logger.info({ removed: old.length, kept: this.jobs.size }, 'job ledger compacted');
  }

  private load(): void {
    const lines = readFileSync(this.path, 'utf8').split('\n');
    let bad = 0;
    for (const line of lines) {
      if (line.trim() === '') continue;
      let entry: LedgerEntry;
      try {
        entry = JSON.parse(line) as LedgerEntry;
      } catch {
        bad++;
        continue;
      }
      this.apply(entry);
    }
    if (bad > 0)
      this.logger.warn(
        { path: this.path, lines: bad },
        'job ledger: skipped lines that are not JSON (a write cut short by a crash)',
      );
  }

  /** Folds one entry into the in-memory jobs. */
  private apply(e: LedgerEntry): void {
    if (e.t === 'job') {
      const job: ActionJob = {
        ...e.job,
        status: e.job.dropped ? 'dropped' : e.job.dryRun ? 'dry_run' : 'queued',
        sent: [],
        outcomes: [],
        delivered: false,
      };
      if (job.status !== 'queued') job.finishedAt = job.createdAt;
      this.jobs.set(job.id, job);
      this.byKey.set(job.key, job.id);
      return;
    }
    const job = this.jobs.get(e.id);
    if (!job) return;
    switch (e.t) {
      case 'start':
        job.status = 'running';
        job.startedAt ??= e.at;
        if (e.hostname) job.hostname = e.hostname;
        break;
      case 'sent':
        if (!job.sent.includes(e.step)) job.sent.push(e.step);
        break;
      case 'step':
        job.outcomes[e.step] = e.outcome;
        break;
      case 'end':
        job.status = e.status;
        job.finishedAt = e.at;
        if (e.error) job.error = e.error;
        break;
      case 'delivered':
        job.delivered = true;
        break;
    }
  }

  /** Resolves once the entries are on disk (fsynced), then applied in memory; a failed write applies nothing. */
  async append(entries: readonly LedgerEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const line = entries.map((e) => JSON.stringify(e)).join('\n') + '\n';
    await new Promise<void>((resolve, reject) => {
      this.pending.push({ line, done: (err) => (err ? reject(err) : resolve()) });
      void this.flush();
    });
    for (const e of entries) this.apply(e);
  }

  private async flush(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        try {
          this.handle ??= await open(this.path, 'a');
          await this.handle.appendFile(batch.map((b) => b.line).join(''));
          await this.handle.datasync();
          for (const b of batch) b.done();
        } catch (err) {
          for (const b of batch) b.done(err as Error);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  get(id: string): ActionJob | undefined {
    return this.jobs.get(id);
  }

  byIdempotencyKey(key: string): ActionJob | undefined {
    const id = this.byKey.get(key);
    return id === undefined ? undefined : this.jobs.get(id);
  }

  all(): ActionJob[] {
    return [...this.jobs.values()];
  }

  /** Jobs not finished (to run after a restart). */
  unfinished(): ActionJob[] {
    return this.all().filter((j) => !FINAL_STATUSES.has(j.status));
  }

  /** Finished jobs whose result event has not reached routing yet. */
  undelivered(): ActionJob[] {
    return this.all().filter((j) => FINAL_STATUSES.has(j.status) && !j.delivered);
  }

  async close(): Promise<void> {
    while (this.writing || this.pending.length > 0) await new Promise((r) => setTimeout(r, 5));
    await this.handle?.close();
    this.handle = null;
  }
}

/** The ledger lines that rebuild a job as it stands. */
function entriesOf(j: ActionJob): LedgerEntry[] {
  const { status: _s, startedAt, finishedAt, hostname, sent, outcomes, error, delivered, ...spec } = j;
  const out: LedgerEntry[] = [{ t: 'job', job: spec }];
  if (startedAt !== undefined) out.push({ t: 'start', id: j.id, at: startedAt, ...(hostname ? { hostname } : {}) });
  for (const step of sent) out.push({ t: 'sent', id: j.id, step, at: startedAt ?? j.createdAt });
  outcomes.forEach((outcome, step) => {
    if (outcome) out.push({ t: 'step', id: j.id, step, outcome });
  });
  if (FINAL_STATUSES.has(j.status) && !spec.dropped && !spec.dryRun)
    out.push({ t: 'end', id: j.id, status: j.status, at: finishedAt ?? j.createdAt, ...(error ? { error } : {}) });
  if (delivered) out.push({ t: 'delivered', id: j.id });
  return out;
}
