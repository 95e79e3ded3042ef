import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { LrSettings } from '../../config/settings';
import { silentLogger } from '../../observability/logger';
import { LrClient } from '../client';
import { COMMAND_EFFECT, type CommandRequest } from '../commands';
import { LrPoolMetrics } from '../pool-metrics';
import { SessionPool } from '../session-pool';
import type { LrSession } from '../wire-types';
import { newJobId, type ActionJob, type ActionJobSpec, type ActionStep, type JobStatus } from './action-job';
import { ActionMetrics } from './action-metrics';
import { ActionRunner } from './action-runner';
import { FileStore } from './file-store';
import { JobLedger } from './ledger';

/** A request the admin API refuses (400/403), with what to do. */
export class ActionRequestError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ActionRequestError';
  }
}

export interface ResponseActionsOptions {
  settings: LrSettings;
  /** Hands a finished job's result event to routing (see ActionRunner). */
  publish: (job: ActionJob) => Promise<boolean>;
  registry?: Registry;
  logger?: Logger;
  /** Tests: poll faster than a real server needs. */
  pollMs?: number;
}

/**
 * Response actions of one bridge: the Live Response client and session pool, the durable job
 * ledger and the runner, downloaded files, and the dedupe memory the liveresponse sinks share.
 * The sinks make jobs of events; the admin API makes jobs of requests; both go through here.
 */
export class ResponseActions {
  readonly client: LrClient;
  readonly pool: SessionPool;
  readonly ledger: JobLedger;
  readonly files: FileStore;
  readonly runner: ActionRunner;
  readonly metrics: ActionMetrics | undefined;
  /** When each dedupe key last made a job (epoch ms). */
  private readonly lastByDedupeKey = new Map<string, number>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(private readonly options: ResponseActionsOptions) {
    const s = options.settings;
    const logger = options.logger ?? silentLogger();
    this.client = new LrClient({
      url: s.url,
      token: s.token,
      verifyTls: s.verify_tls,
      requestTimeoutMs: s.request_timeout_s * 1000,
      ...(s.ca_file ? { ca: readFileSync(s.ca_file) } : {}),
    });
    const cap = Math.max(1, s.max_sessions);
    this.pool = new SessionPool({
      client: this.client,
      maxSessions: cap,
      idleCloseMs: 30_000,
      logger: logger.child({ part: 'lr-pool' }),
      ...(options.pollMs ? { pollMs: options.pollMs, maxPollMs: options.pollMs * 4 } : {}),
      ...(options.registry ? { metrics: new LrPoolMetrics(options.registry) } : {}),
    });
    this.ledger = new JobLedger(s.data_dir, logger.child({ part: 'lr-ledger' }));
    this.files = new FileStore(s.data_dir, s.file_max_bytes, s.file_retention_h * 3_600_000, logger);
    this.metrics = options.registry ? new ActionMetrics(options.registry) : undefined;
    this.runner = new ActionRunner({
      ledger: this.ledger,
      pool: this.pool,
      files: this.files,
      maxConcurrent: cap,
      publish: options.publish,
      logger: logger.child({ part: 'lr-actions' }),
      ...(this.metrics ? { metrics: this.metrics } : {}),
    });
    for (const job of this.ledger.all()) if (job.dedupeKey) this.remember(job.dedupeKey, job.createdAt);
  }

  start(): void {
    this.runner.resume();
    const sweep = (): void => {
      void this.files.sweep().catch(() => undefined);
    };
    sweep();
    this.sweeper = setInterval(sweep, 3_600_000);
    this.sweeper.unref();
  }

  /** Whether a job with this dedupe key was made within the window; if not, remembers this one. */
  seenWithin(dedupeKey: string, windowMs: number, now: number): boolean {
    const last = this.lastByDedupeKey.get(dedupeKey);
    if (last !== undefined && now - last < windowMs) return true;
    this.remember(dedupeKey, now);
    return false;
  }

  /** Forgets a dedupe key claimed for a job that could not be written (so a retry is not taken for a duplicate). */
  forget(dedupeKey: string, at: number): void {
    if (this.lastByDedupeKey.get(dedupeKey) === at) this.lastByDedupeKey.delete(dedupeKey);
  }

  private remember(key: string, at: number): void {
    this.lastByDedupeKey.set(key, at);
    if (this.lastByDedupeKey.size > 100_000) {
      const oldest = this.lastByDedupeKey.keys().next().value;
      if (oldest !== undefined) this.lastByDedupeKey.delete(oldest);
    }
  }

  /** A job from the admin API. Destructive commands need CB_BRIDGE_LR_API_ALLOW_DESTRUCTIVE. */
  async submitRequest(request: {
    sensorId: number;
    commands: CommandRequest[];
    timeoutS: number;
    download: boolean;
  }): Promise<ActionJob> {
    const destructive = request.commands.filter((c) => COMMAND_EFFECT[c.name] === 'change').map((c) => c.name);
    if (destructive.length > 0 && !this.options.settings.api_allow_destructive) {
      throw new ActionRequestError(
        403,
        'destructive_not_allowed',
        `'${destructive[0]}' changes the endpoint: the API runs such commands only when CB_BRIDGE_LR_API_ALLOW_DESTRUCTIVE=true`,
      );
    }
    const steps: ActionStep[] = request.commands.map((command) => ({
      command,
      ...(command.name === 'get file' && request.download ? { download: true } : {}),
    }));
    const id = newJobId();
    const spec: ActionJobSpec = {
      id,
      key: `api:${id}`,
      sensorId: request.sensorId,
      steps,
      origin: { kind: 'api' },
      createdAt: Date.now(),
      deadlineMs: request.timeoutS * 1000,
      dryRun: false,
    };
    const [job] = await this.runner.submit([spec]);
    return job;
  }

  jobs(filter: { status?: JobStatus; sensorId?: number; limit: number }): ActionJob[] {
    return this.ledger
      .all()
      .filter(
        (j) =>
          (filter.status === undefined || j.status === filter.status) &&
          (filter.sensorId === undefined || j.sensorId === filter.sensorId),
      )
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, filter.limit);
  }

  job(id: string): ActionJob {
    const job = this.ledger.get(id);
    if (!job) throw new ActionRequestError(404, 'job_not_found', `no response-action job ${id}`);
    return job;
  }

  async cancel(id: string): Promise<ActionJob> {
    const job = this.job(id);
    if (job.status !== 'queued' && job.status !== 'running')
      throw new ActionRequestError(409, 'job_finished', `job ${id} is already ${job.status}`);
    await this.runner.cancel(id);
    return job;
  }

  sessions(): Promise<LrSession[]> {
    return this.client.listSessions();
  }

  async closeSession(id: number): Promise<LrSession> {
    return this.client.closeSession(id);
  }

  async close(graceMs: number): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await this.runner.close(graceMs);
    await this.pool.close();
    await this.ledger.close();
    await this.client.close();
  }
}
