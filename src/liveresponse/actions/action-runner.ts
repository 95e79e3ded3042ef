import { rm } from 'node:fs/promises';
import type { Logger } from 'pino';
import { silentLogger } from '../../observability/logger';
import { COMMAND_EFFECT, isCommandName, type CommandRequest, type LrCommand } from '../commands';
import { LrCommandError, LrError } from '../errors';
import type { JobStep } from '../job';
import type { SessionPool } from '../session-pool';
import { FINAL_STATUSES, type ActionJob, type ActionJobSpec, type JobStatus, type StepOutcome } from './action-job';
import type { ActionMetrics } from './action-metrics';
import { FileStore } from './file-store';
import type { JobLedger } from './ledger';

export interface ActionRunnerOptions {
  ledger: JobLedger;
  pool: SessionPool;
  files: FileStore;
  /** Jobs running at once (the session pool's cap on open sessions is the same number). */
  maxConcurrent: number;
  /**
   * Hands a finished job's liveresponse.result event to routing; resolves true once every route
   * settled it (false: try again later).
   */
  publish: (job: ActionJob) => Promise<boolean>;
  metrics?: ActionMetrics;
  logger?: Logger;
  /** First wait before publishing a result again (ms); doubles up to 30 s. */
  publishRetryMs?: number;
}

/** Fields of a command object that are not its result. */
const COMMAND_BASE_FIELDS = new Set([
  'id',
  'session_id',
  'sensor_id',
  'name',
  'object',
  'status',
  'username',
  'create_time',
  'command_timeout',
  'completion',
  'completion_time',
  'result_code',
  'result_type',
  'result_desc',
  'offset',
  'get_count',
]);

function resultFields(command: LrCommand): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(command)) if (!COMMAND_BASE_FIELDS.has(k)) out[k] = v;
  return out;
}

function errorView(err: unknown): NonNullable<StepOutcome['error']> {
  if (err instanceof LrCommandError)
    return { kind: err.kind, message: err.message, result_code: err.resultCode, result_type: err.resultType };
  if (err instanceof LrError) return { kind: err.kind, message: err.message };
  return { kind: 'internal', message: (err as Error).message ?? String(err) };
}

const isDestructiveStep = (command: CommandRequest): boolean =>
  isCommandName(command.name) && COMMAND_EFFECT[command.name] === 'change';

/**
 * Runs response-action jobs from the ledger through the session pool, at most `maxConcurrent` at
 * once, oldest first. Every step's outcome is written to the ledger as it ends; a destructive
 * command is preceded by a `sent` record, so after a crash it is never sent again (at most once):
 * the job ends with that step `unknown`. Finished jobs are published as liveresponse.result
 * events until routing takes them.
 */
export class ActionRunner {
  private readonly queue: ActionJob[] = [];
  private readonly running = new Map<string, { job: ActionJob; control: AbortController; done: Promise<void> }>();
  private readonly publishing = new Set<Promise<void>>();
  private readonly log: Logger;
  private closing = false;

  constructor(private readonly options: ActionRunnerOptions) {
    this.log = options.logger ?? silentLogger();
  }

  /**
   * Picks up the ledger: unfinished jobs run again (from their first step without an outcome), finished ones not yet
   * published are.
   */
  resume(): void {
    for (const job of this.options.ledger.undelivered()) this.deliver(job);
    const unfinished = this.options.ledger.unfinished().sort((a, b) => a.createdAt - b.createdAt);
    if (unfinished.length > 0)
      this.log.info({ jobs: unfinished.length }, 'resuming response-action jobs from the ledger');
    for (const job of unfinished) this.enqueue(job);
    this.pump();
  }

  /**
   * Writes the jobs to the ledger (fsynced) and queues them; resolves once they are durable. Jobs
   * created finished (dry run, dropped) are published at once.
   */
  async submit(specs: readonly ActionJobSpec[]): Promise<ActionJob[]> {
    if (this.closing) throw new LrError('pool_closed', 'response actions are shutting down');
    await this.options.ledger.append(specs.map((job) => ({ t: 'job' as const, job })));
    const jobs = specs.map((s) => this.options.ledger.get(s.id) as ActionJob);
    for (const job of jobs) {
      this.options.metrics?.job(job.status);
      if (FINAL_STATUSES.has(job.status)) {
        for (const step of job.steps)
          this.options.metrics?.command(step.command.name, job.status === 'dry_run' ? 'dry_run' : 'not_run');
        this.deliver(job);
      } else {
        this.enqueue(job);
      }
    }
    this.pump();
    return jobs;
  }

  /** Cancels a queued or running job; undefined for an unknown id. */
  async cancel(id: string): Promise<ActionJob | undefined> {
    const job = this.options.ledger.get(id);
    if (!job) return undefined;
    const at = this.queue.indexOf(job);
    if (at >= 0) {
      this.queue.splice(at, 1);
      this.updateWaiting(job.sensorId);
      await this.end(job, 'cancelled', { kind: 'cancelled', message: 'cancelled before it started' });
      return job;
    }
    const run = this.running.get(id);
    if (run) {
      run.control.abort('cancelled');
      await run.done;
    }
    return job;
  }

  /** Jobs waiting to run. */
  waiting(): number {
    return this.queue.length;
  }

  private enqueue(job: ActionJob): void {
    this.queue.push(job);
    this.updateWaiting(job.sensorId);
  }

  private updateWaiting(sensorId: number): void {
    this.options.metrics?.waitingFor(sensorId, this.queue.filter((j) => j.sensorId === sensorId).length);
  }

  private pump(): void {
    while (!this.closing && this.running.size < this.options.maxConcurrent && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.updateWaiting(job.sensorId);
      const control = new AbortController();
      const done = this.run(job, control.signal)
        .catch((err: Error) =>
          this.log.error(
            { jobId: job.id, err: err.message },
            'response-action job could not be recorded; it resumes after a restart',
          ),
        )
        .finally(() => {
          this.running.delete(job.id);
          this.options.metrics?.runningJobs(this.running.size);
          this.pump();
        });
      this.running.set(job.id, { job, control, done });
      this.options.metrics?.runningJobs(this.running.size);
    }
  }

  private async run(job: ActionJob, signal: AbortSignal): Promise<void> {
    const ledger = this.options.ledger;
    const started = Date.now();
    await ledger.append([{ t: 'start', id: job.id, at: started }]);
    const until = started + job.deadlineMs;
    let failure: { kind: string; message: string } | undefined;
    for (let i = 0; i < job.steps.length; i++) {
      const known = job.outcomes[i];
      if (known) {
        if (known.status !== 'complete') {
          failure = known.error ?? { kind: known.status, message: 'step did not complete' };
          break;
        }
        continue;
      }
      const step = job.steps[i];
      const destructive = isDestructiveStep(step.command);
      let outcome: StepOutcome;
      if (destructive && job.sent.includes(i)) {
        outcome = {
          status: 'unknown',
          error: {
            kind: 'interrupted',
            message: `the bridge stopped while '${step.command.name}' was sent or running; whether it took effect is unknown, and it is not sent again`,
          },
        };
      } else {
        // Recorded once the session is up, right before the POST: a crash while waiting for the sensor leaves it
        // unsent.
        const beforeSend = destructive
          ? () => ledger.append([{ t: 'sent', id: job.id, step: i, at: Date.now() }])
          : undefined;
        outcome = await this.runStep(job, i, signal, until - Date.now(), beforeSend);
      }
      if (this.closing && signal.aborted) return; // shutting down: the job resumes after the restart
      await ledger.append([{ t: 'step', id: job.id, step: i, outcome }]);
      this.options.metrics?.command(step.command.name, outcome.status);
      if (outcome.status !== 'complete') {
        failure = outcome.error;
        break;
      }
    }
    if (failure)
      for (let i = 0; i < job.steps.length; i++)
        if (!job.outcomes[i]) this.options.metrics?.command(job.steps[i].command.name, 'not_run');
    const status: JobStatus =
      signal.aborted && signal.reason === 'cancelled' ? 'cancelled' : failure ? 'failed' : 'succeeded';
    await this.end(job, status, failure);
    this.options.metrics?.finished(status, (Date.now() - started) / 1000);
  }

  private async runStep(
    job: ActionJob,
    index: number,
    signal: AbortSignal,
    remainingMs: number,
    beforeSend?: () => Promise<void>,
  ): Promise<StepOutcome> {
    const step = job.steps[index];
    if (remainingMs <= 0)
      return {
        status: 'error',
        error: { kind: 'deadline', message: `job ${job.id} reached its deadline before '${step.command.name}'` },
      };
    const files = this.options.files;
    const fileId = FileStore.idFor(job.id, index);
    const filePath = step.download ? files.pathOf(fileId) : null;
    const jobStep: JobStep = { command: step.command, ...(beforeSend ? { beforeSend } : {}) };
    // Never more than one byte past the limit comes over the wire: more than the limit means too large.
    if (filePath && step.command.name === 'get file') {
      jobStep.command = { ...step.command, offset: 0, get_count: files.maxBytes + 1 };
      jobStep.download = { to: filePath };
    }
    if (step.upload) jobStep.upload = { from: step.upload };
    try {
      const r = await this.options.pool.run({
        sensorId: job.sensorId,
        steps: [jobStep],
        timeoutMs: remainingMs,
        signal,
      });
      if (!job.hostname && r.session.hostname)
        await this.options.ledger.append([
          { t: 'start', id: job.id, at: job.startedAt ?? Date.now(), hostname: r.session.hostname },
        ]);
      const done = r.results[0];
      const outcome: StepOutcome = { status: 'complete', result: resultFields(done.command) };
      if (filePath) {
        const bytes = done.bytes ?? 0;
        if (bytes > files.maxBytes) {
          await files.remove(fileId);
          return {
            status: 'error',
            result: outcome.result,
            error: {
              kind: 'file_too_large',
              message: `${String(step.command.object)} is larger than the limit of ${files.maxBytes} bytes (CB_BRIDGE_LR_FILE_MAX_BYTES); not kept`,
            },
          };
        }
        outcome.file = { id: fileId, path: filePath, bytes, sha256: await files.sha256(filePath) };
      }
      return outcome;
    } catch (err) {
      if (filePath) await rm(filePath, { force: true });
      return { status: 'error', error: errorView(err) };
    }
  }

  private async end(job: ActionJob, status: JobStatus, error?: { kind: string; message: string }): Promise<void> {
    await this.options.ledger.append([{ t: 'end', id: job.id, status, at: Date.now(), ...(error ? { error } : {}) }]);
    this.log.info(
      { jobId: job.id, sensorId: job.sensorId, status, ...(error ? { error: error.message } : {}) },
      'response-action job finished',
    );
    this.deliver(job);
  }

  /** Publishes the job's result until routing takes it (or the runner closes: then after the restart). */
  private deliver(job: ActionJob): void {
    const task = (async () => {
      let wait = this.options.publishRetryMs ?? 500;
      while (!this.closing) {
        try {
          if (await this.options.publish(job)) {
            await this.options.ledger.append([{ t: 'delivered', id: job.id }]);
            return;
          }
        } catch (err) {
          this.log.warn(
            { jobId: job.id, err: (err as Error).message },
            'liveresponse.result could not enter routing; trying again',
          );
        }
        await new Promise((r) => setTimeout(r, wait).unref());
        wait = Math.min(wait * 2, 30_000);
      }
    })();
    this.publishing.add(task);
    void task.finally(() => this.publishing.delete(task));
  }

  /**
   * Stops: nothing new starts; running jobs get `graceMs` to finish, then stop where they are and
   * resume after the restart (a destructive command caught mid-way is then reported `unknown`).
   */
  async close(graceMs: number): Promise<void> {
    const until = Date.now() + graceMs;
    while (this.running.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    this.closing = true;
    for (const r of this.running.values()) r.control.abort('pool_closed');
    await Promise.all([...this.running.values()].map((r) => r.done));
    await Promise.race([Promise.all([...this.publishing]), new Promise((r) => setTimeout(r, 1000).unref())]);
  }
}
