import { createWriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { silentLogger } from '../observability/logger';
import type { LrClient } from './client';
import { COMMAND_EFFECT, isCommandName, type CommandRequest, type LrCommand } from './commands';
import {
  LrError,
  LrHttpError,
  LrJobStopError,
  LrSessionStateError,
  LrUnsupportedCommandError,
  type LrErrorKind,
} from './errors';
import type { JobResult, JobStep, LrJob, StepResult } from './job';
import type { LrPoolMetrics, SessionEvent } from './pool-metrics';
import type { CreateSessionOptions, LrSession } from './wire-types';

export interface SessionPoolOptions {
  client: LrClient;
  /** Most sessions open at once (pending or active), across all sensors. CB allows 10 in all. */
  maxSessions?: number;
  /** Close a sensor's session after this long without jobs (ms). */
  idleCloseMs?: number;
  /** Keepalive period for active sessions; default a third of the session's sensor_wait_timeout. */
  keepaliveMs?: number;
  /** How many times a job re-creates a session the server lost (404) before it fails. */
  maxRecreate?: number;
  /** First poll delay for session check-in and command completion (ms); doubles up to maxPollMs. */
  pollMs?: number;
  maxPollMs?: number;
  /** Sent with every session creation (checkin_timeout, sensor_wait_timeout, ...). */
  sessionOptions?: Omit<CreateSessionOptions, 'wait'>;
  logger?: Logger;
  /** Prometheus metrics to keep (jobs, sessions, open sessions). */
  metrics?: LrPoolMetrics;
}

/** What the pool has done since it started. */
export interface SessionPoolStats {
  openSessions: number;
  peakOpenSessions: number;
  sessionsCreated: number;
  sessionsReused: number;
  sessionsRecreated: number;
  sessionsClosed: number;
  jobsSucceeded: number;
  jobsFailed: Partial<Record<LrErrorKind | 'other', number>>;
}

type StopKind = 'deadline' | 'cancelled' | 'pool_closed';

interface RunningJob {
  job: LrJob;
  control: AbortController;
  stage: string;
  resolve: (r: JobResult) => void;
  reject: (e: unknown) => void;
}

/** A sensor's place in the pool: its session (when open), its FIFO of jobs. */
interface Lane {
  sensorId: number;
  queue: RunningJob[];
  busy: boolean;
  /** The job running now, and when it is over. */
  current?: RunningJob;
  finished?: Promise<void>;
  /** Holds one of the pool's session slots. */
  holdsSlot: boolean;
  session?: LrSession;
  keepalive?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
  lastUsed: number;
  closing?: Promise<void>;
}

/** Errors after which the session is fine: the job failed, the session stays for the next one. */
const SESSION_KEEPING: ReadonlySet<LrErrorKind> = new Set([
  'command_error',
  'command_cancelled',
  'unsupported_command',
  'bad_request',
  'deadline',
  'cancelled',
]);
const OPEN_STATUSES = new Set(['pending', 'active']);
/** Node timers hold at most 2^31-1 ms. */
const MAX_TIMER_MS = 2_147_483_647;
/** CB's default sensor_wait_timeout (seconds), for sessions that do not say. */
const DEFAULT_SENSOR_WAIT_S = 120;

/**
 * Live Response sessions shared by jobs: one session per sensor with a FIFO of jobs; reuse of the
 * sensor's open session on the server; a global cap on open sessions with a fair (FIFO) queue,
 * idle sessions given up to waiting sensors; keepalives for active sessions only; a deadline on
 * every job; sessions closed when idle, on shutdown and after errors that may have broken them.
 */
export class SessionPool {
  private readonly client: LrClient;
  private readonly cap: number;
  private readonly idleCloseMs: number;
  private readonly maxRecreate: number;
  private readonly pollMs: number;
  private readonly maxPollMs: number;
  private readonly log: Logger;
  private readonly lanes = new Map<number, Lane>();
  private readonly slotWaiters: Array<{ lane: Lane; grant: () => void }> = [];
  private open = 0;
  private closed = false;
  private readonly counters: SessionPoolStats = {
    openSessions: 0,
    peakOpenSessions: 0,
    sessionsCreated: 0,
    sessionsReused: 0,
    sessionsRecreated: 0,
    sessionsClosed: 0,
    jobsSucceeded: 0,
    jobsFailed: {},
  };

  constructor(private readonly options: SessionPoolOptions) {
    this.client = options.client;
    this.cap = Math.max(1, options.maxSessions ?? 8);
    this.idleCloseMs = options.idleCloseMs ?? 60_000;
    this.maxRecreate = options.maxRecreate ?? 2;
    this.pollMs = options.pollMs ?? 100;
    this.maxPollMs = options.maxPollMs ?? 2000;
    this.log = options.logger ?? silentLogger();
  }

  stats(): SessionPoolStats {
    return { ...this.counters, openSessions: this.open, jobsFailed: { ...this.counters.jobsFailed } };
  }

  /** The session the pool holds for a sensor, if any. */
  sessionOf(sensorId: number): LrSession | undefined {
    return this.lanes.get(sensorId)?.session;
  }

  /** Runs a job: resolves with every command's completed object, or rejects with a typed LrError by its deadline. */
  run(job: LrJob): Promise<JobResult> {
    if (this.closed) return Promise.reject(new LrJobStopError('pool_closed', job.sensorId, 'submitting the job'));
    return new Promise<JobResult>((resolve, reject) => {
      const control = new AbortController();
      const submitted = Date.now();
      const entry: RunningJob = { job, control, stage: "waiting for the sensor's earlier jobs", resolve, reject };
      const timer = setTimeout(() => control.abort('deadline'), Math.min(MAX_TIMER_MS, Math.max(0, job.timeoutMs)));
      const onCallerAbort = (): void => control.abort('cancelled');
      if (job.signal?.aborted) control.abort('cancelled');
      job.signal?.addEventListener('abort', onCallerAbort, { once: true });
      const lane = this.laneFor(job.sensorId);
      // At its deadline (or cancel) the job fails at once, queued or running; a running job's
      // cleanup (finishing a POST, cancelling its command, closing a pending session) goes on after.
      control.signal.addEventListener(
        'abort',
        () => {
          const at = lane.queue.indexOf(entry);
          if (at >= 0) lane.queue.splice(at, 1);
          this.fail(entry, undefined);
        },
        { once: true },
      );
      let settled = false;
      entry.resolve = (r) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        job.signal?.removeEventListener('abort', onCallerAbort);
        this.counters.jobsSucceeded++;
        this.options.metrics?.job('ok', '', (Date.now() - submitted) / 1000);
        resolve(r);
      };
      entry.reject = (e) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        job.signal?.removeEventListener('abort', onCallerAbort);
        const kind = e instanceof LrError ? e.kind : 'other';
        this.counters.jobsFailed[kind] = (this.counters.jobsFailed[kind] ?? 0) + 1;
        this.options.metrics?.job('failed', kind, (Date.now() - submitted) / 1000);
        reject(e);
      };
      lane.queue.push(entry);
      clearTimeout(lane.idle);
      this.pump(lane);
    });
  }

  /** Stops: queued and running jobs fail (pool_closed), every session is closed. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const lane of this.lanes.values()) {
      for (const entry of lane.queue.splice(0))
        this.fail(entry, new LrJobStopError('pool_closed', lane.sensorId, entry.stage));
    }
    for (const w of this.slotWaiters.splice(0)) w.grant();
    // Running jobs stop at their next step (a pending command is cancelled); then every session closes.
    await Promise.all(
      [...this.lanes.values()].map(async (lane) => {
        lane.current?.control.abort('pool_closed');
        await lane.finished;
        await this.closeLane(lane);
      }),
    );
  }

  private laneFor(sensorId: number): Lane {
    let lane = this.lanes.get(sensorId);
    if (!lane) {
      lane = { sensorId, queue: [], busy: false, holdsSlot: false, lastUsed: Date.now() };
      this.lanes.set(sensorId, lane);
    }
    return lane;
  }

  private fail(entry: RunningJob, err: unknown): void {
    const reason = entry.control.signal.reason as StopKind | undefined;
    if (entry.control.signal.aborted && reason)
      entry.reject(new LrJobStopError(reason, entry.job.sensorId, entry.stage));
    else entry.reject(err);
  }

  /** Runs the lane's jobs one at a time, in order. */
  private pump(lane: Lane): void {
    if (lane.busy) return;
    const entry = lane.queue.shift();
    if (!entry) {
      this.scheduleIdle(lane);
      return;
    }
    lane.busy = true;
    lane.current = entry;
    lane.finished = this.process(lane, entry)
      .then(
        (result) => entry.resolve(result),
        (err) => this.fail(entry, err),
      )
      .finally(() => {
        lane.busy = false;
        lane.current = undefined;
        lane.lastUsed = Date.now();
        this.pump(lane);
      });
  }

  private scheduleIdle(lane: Lane): void {
    clearTimeout(lane.idle);
    if (!lane.holdsSlot && !lane.closing && this.lanes.get(lane.sensorId) === lane) this.lanes.delete(lane.sensorId);
    if (!lane.holdsSlot || this.closed) return;
    // A sensor waits for a slot: give this idle one up now.
    if (this.slotWaiters.length > 0) {
      void this.closeLane(lane);
      return;
    }
    lane.idle = setTimeout(() => void this.closeLane(lane), this.idleCloseMs);
    lane.idle.unref();
  }

  private async process(lane: Lane, entry: RunningJob): Promise<JobResult> {
    const signal = entry.control.signal;
    if (signal.aborted || this.closed)
      throw new LrJobStopError(this.closed ? 'pool_closed' : (signal.reason as StopKind), lane.sensorId, entry.stage);
    try {
      await this.ensureSession(lane, entry);
      const results: StepResult[] = [];
      for (const step of entry.job.steps) results.push(await this.runStep(lane, entry, step));
      return { sensorId: lane.sensorId, session: lane.session as LrSession, results };
    } catch (err) {
      const kind = signal.aborted ? (signal.reason as LrErrorKind) : err instanceof LrError ? err.kind : undefined;
      if (!kind || !SESSION_KEEPING.has(kind) || lane.session?.status !== 'active') await this.closeLane(lane);
      throw err;
    }
  }

  // ---- session slots ----

  private async acquireSlot(lane: Lane, entry: RunningJob): Promise<void> {
    if (lane.holdsSlot) return;
    if (this.open < this.cap && this.slotWaiters.length === 0) {
      this.takeSlot(lane);
      return;
    }
    entry.stage = `waiting for a free session slot (${this.cap} in use)`;
    const signal = entry.control.signal;
    await new Promise<void>((resolve, reject) => {
      const waiter = {
        lane,
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        const at = this.slotWaiters.indexOf(waiter);
        if (at >= 0) this.slotWaiters.splice(at, 1);
        reject(new LrJobStopError(signal.reason as StopKind, lane.sensorId, entry.stage));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.slotWaiters.push(waiter);
      this.evictIdle();
    });
    if (this.closed) throw new LrJobStopError('pool_closed', lane.sensorId, entry.stage);
    lane.holdsSlot = true;
  }

  private takeSlot(lane: Lane): void {
    this.open++;
    lane.holdsSlot = true;
    this.counters.peakOpenSessions = Math.max(this.counters.peakOpenSessions, this.open);
    this.options.metrics?.openSessions(this.open);
  }

  /** A lane gives its slot back: the first waiting sensor gets it, else it is free. */
  private releaseSlot(lane: Lane): void {
    if (!lane.holdsSlot) return;
    lane.holdsSlot = false;
    const next = this.closed ? undefined : this.slotWaiters.shift();
    if (next) {
      next.lane.holdsSlot = true; // the count of open slots stays the same: handed over
      next.grant();
    } else {
      this.open--;
      this.options.metrics?.openSessions(this.open);
    }
  }

  /** Closes the least recently used idle session when sensors wait for a slot. */
  private evictIdle(): void {
    const idle = [...this.lanes.values()]
      .filter((l) => l.holdsSlot && !l.busy && l.queue.length === 0 && !l.closing)
      .sort((a, b) => a.lastUsed - b.lastUsed);
    for (const lane of idle.slice(0, this.slotWaiters.length)) void this.closeLane(lane);
  }

  // ---- sessions ----

  private async ensureSession(lane: Lane, entry: RunningJob): Promise<LrSession> {
    if (lane.closing) await lane.closing;
    if (lane.session?.status === 'active') return lane.session;
    await this.acquireSlot(lane, entry);
    const signal = entry.control.signal;
    entry.stage = 'opening a session';
    let session = await this.findOrCreateSession(lane.sensorId, signal);
    lane.session = session;
    entry.stage = `waiting for sensor ${lane.sensorId} to check in (session ${session.id})`;
    let delay = this.pollMs;
    while (session.status === 'pending') {
      await sleep(delay, undefined, { signal });
      delay = Math.min(delay * 2, this.maxPollMs);
      session = await this.client.getSession(session.id, { signal });
      lane.session = session;
    }
    if (session.status !== 'active') {
      throw new LrSessionStateError(
        'sensor_offline',
        lane.sensorId,
        session.id,
        `sensor ${lane.sensorId} did not check in: session ${session.id} ended '${session.status}' (the sensor is offline or unreachable)`,
      );
    }
    this.startKeepalive(lane, session);
    return session;
  }

  /** The sensor's open session on the server (someone's, or one a timed-out POST created), else a new one. */
  private async findOrCreateSession(sensorId: number, signal: AbortSignal): Promise<LrSession> {
    const existing = await this.openSessionOnServer(sensorId, signal);
    if (existing) {
      this.sessionEvent('reused');
      return existing;
    }
    let delay = this.pollMs;
    for (;;) {
      try {
        // Not abandoned half way (no signal): a session the server made must be known, to be closed.
        const created = await this.client.createSession(sensorId, this.options.sessionOptions ?? {});
        this.sessionEvent('created');
        return created;
      } catch (err) {
        if (signal.aborted) throw err;
        if (err instanceof LrError && (err as { maybeApplied?: boolean }).maybeApplied) {
          const made = await this.openSessionOnServer(sensorId, signal);
          if (made) return made;
        }
        // The server's own limit (analysts' sessions count too): wait for a slot there, until the deadline.
        if (!(err instanceof LrHttpError && err.kind === 'session_limit')) throw err;
        this.log.debug({ sensorId }, 'the CB server has no free session slot; waiting');
        await sleep(delay, undefined, { signal });
        delay = Math.min(delay * 2, this.maxPollMs);
      }
    }
  }

  private async openSessionOnServer(sensorId: number, signal: AbortSignal): Promise<LrSession | undefined> {
    const sessions = await this.client.listSessions({ signal });
    const open = sessions.filter((s) => s.sensor_id === sensorId && OPEN_STATUSES.has(s.status));
    return open.find((s) => s.status === 'active') ?? open[0];
  }

  private sessionEvent(event: SessionEvent): void {
    const key = (
      {
        created: 'sessionsCreated',
        reused: 'sessionsReused',
        recreated: 'sessionsRecreated',
        closed: 'sessionsClosed',
      } as const
    )[event];
    this.counters[key]++;
    this.options.metrics?.session(event);
  }

  private startKeepalive(lane: Lane, session: LrSession): void {
    clearInterval(lane.keepalive);
    const waitS =
      Number.isFinite(session.sensor_wait_timeout) && session.sensor_wait_timeout > 0
        ? session.sensor_wait_timeout
        : DEFAULT_SENSOR_WAIT_S;
    const every = this.options.keepaliveMs ?? Math.min(MAX_TIMER_MS, Math.max(500, (waitS * 1000) / 3));
    lane.keepalive = setInterval(() => {
      if (lane.session?.status !== 'active') return;
      this.client.keepalive(session.id).catch((err: unknown) => {
        this.log.warn(
          { sensorId: lane.sensorId, sessionId: session.id, err: (err as Error).message },
          'Live Response keepalive failed',
        );
        if (err instanceof LrHttpError && err.kind === 'not_found' && !lane.busy) void this.closeLane(lane);
      });
    }, every);
    lane.keepalive.unref();
  }

  /** Ends the lane's session: timers stopped, the session closed on the server (best effort), the slot released. */
  private closeLane(lane: Lane): Promise<void> {
    if (lane.closing) return lane.closing;
    clearInterval(lane.keepalive);
    clearTimeout(lane.idle);
    const session = lane.session;
    lane.session = undefined;
    lane.closing = (async () => {
      if (session && OPEN_STATUSES.has(session.status)) {
        try {
          await this.client.closeSession(session.id);
          this.sessionEvent('closed');
        } catch (err) {
          if (!(err instanceof LrHttpError && err.kind === 'not_found')) {
            this.log.warn(
              { sensorId: lane.sensorId, sessionId: session.id, err: (err as Error).message },
              'closing a Live Response session failed',
            );
          }
        }
      }
      this.releaseSlot(lane);
    })().finally(() => {
      lane.closing = undefined;
      // Forget sensors with nothing to do, so the pool does not grow with every sensor it met.
      if (
        !lane.busy &&
        lane.queue.length === 0 &&
        !lane.session &&
        !lane.holdsSlot &&
        this.lanes.get(lane.sensorId) === lane
      )
        this.lanes.delete(lane.sensorId);
    });
    return lane.closing;
  }

  // ---- commands ----

  private async runStep(lane: Lane, entry: RunningJob, step: JobStep): Promise<StepResult> {
    const name = step.command.name;
    if (step.download?.chunkBytes && step.command.name === 'get file') return this.chunkedDownload(lane, entry, step);
    for (let recreated = 0; ; recreated++) {
      const session = await this.ensureSession(lane, entry);
      if (!session.supported_commands.includes(name))
        throw new LrUnsupportedCommandError(lane.sensorId, name, session.supported_commands);
      try {
        return await this.runInSession(session, entry, step);
      } catch (err) {
        const gone = err instanceof SessionGone;
        if (!gone) throw err;
        if (!err.safeToResend || recreated >= this.maxRecreate) {
          throw new LrSessionStateError(
            'session_timeout',
            lane.sensorId,
            session.id,
            err.safeToResend
              ? `session ${session.id} of sensor ${lane.sensorId} kept disappearing (re-created ${recreated} times)`
              : `session ${session.id} of sensor ${lane.sensorId} ended while '${name}' ran; whether it took effect is unknown (not re-sent)`,
          );
        }
        this.log.info(
          { sensorId: lane.sensorId, sessionId: session.id },
          'Live Response session gone (404); re-creating it',
        );
        this.sessionEvent('recreated');
        lane.session = undefined;
        clearInterval(lane.keepalive);
      }
    }
  }

  /** One step in a session; a 404 on the session becomes SessionGone (saying whether re-sending is safe). */
  private async runInSession(session: LrSession, entry: RunningJob, step: JobStep): Promise<StepResult> {
    const signal = entry.control.signal;
    const name = step.command.name;
    let command: CommandRequest = step.command;
    let created: LrCommand;
    let uploaded: number | undefined;
    try {
      if (step.upload && command.name === 'put file') {
        entry.stage = `uploading a file for '${name}'`;
        uploaded = (await this.client.uploadFile(session.id, step.upload.from, { signal, name: step.upload.name })).id;
        command = { ...command, file_id: uploaded };
      }
      entry.stage = `sending '${name}'`;
      if (step.beforeSend) await step.beforeSend();
      // Not abandoned half way (no signal): a command the server made must be known, to be cancelled.
      created = await this.client.createCommand(session.id, command);
    } catch (err) {
      // The session was gone before the command existed: re-sending cannot run it twice.
      if (err instanceof LrHttpError && err.kind === 'not_found') throw new SessionGone(true);
      throw err;
    }
    entry.stage = `running '${name}' (command ${created.id} in session ${session.id})`;
    let done: LrCommand;
    try {
      signal.throwIfAborted();
      done = await this.client.waitForCommand(session.id, created.id, {
        signal,
        pollMs: this.pollMs,
        maxPollMs: this.maxPollMs,
      });
    } catch (err) {
      if (signal.aborted) await this.cancelQuietly(session.id, created.id);
      if (err instanceof LrHttpError && err.kind === 'not_found')
        throw new SessionGone(isCommandName(name) && COMMAND_EFFECT[name] === 'read');
      throw err;
    } finally {
      if (uploaded !== undefined) await this.client.deleteFile(session.id, uploaded).catch(() => undefined);
    }
    if (!step.download || done.file_id === undefined) return { command: done };
    entry.stage = `downloading the file of '${name}'`;
    const info = await this.client.getFile(session.id, done.file_id, { signal });
    const bytes = await this.client.downloadFile(session.id, done.file_id, step.download.to, {
      signal,
      total: info.size,
      onProgress: step.download.onProgress,
    });
    await this.client.deleteFile(session.id, done.file_id, { signal }).catch(() => undefined);
    return { command: done, bytes };
  }

  /**
   * A large file in `get file` pieces of `chunkBytes`: each piece is its own bounded command and is
   * appended to the local file as it streams; a piece shorter than asked for is the last.
   */
  private async chunkedDownload(lane: Lane, entry: RunningJob, step: JobStep): Promise<StepResult> {
    const request = step.command as Extract<CommandRequest, { name: 'get file' }>;
    const to = step.download?.to;
    const chunk = step.download?.chunkBytes ?? 0;
    const onProgress = step.download?.onProgress;
    if (typeof to !== 'string') throw new LrError('bad_request', 'a chunked download needs a local path');
    let total = 0;
    for (let offset = 0; ; offset += chunk) {
      const piece = await this.runStep(lane, entry, { command: { ...request, offset, get_count: chunk } });
      const session = lane.session as LrSession;
      const fileId = piece.command.file_id as number;
      const wrote = await this.client.downloadFile(
        session.id,
        fileId,
        createWriteStream(to, { flags: offset === 0 ? 'w' : 'a' }),
        {
          signal: entry.control.signal,
          onProgress: onProgress && ((p) => onProgress({ bytes: offset + p.bytes })),
        },
      );
      await this.client.deleteFile(session.id, fileId).catch(() => undefined);
      total += wrote;
      if (wrote < chunk) return { command: piece.command, bytes: total };
    }
  }

  private async cancelQuietly(sessionId: number, commandId: number): Promise<void> {
    try {
      const c = await this.client.getCommand(sessionId, commandId, { timeoutMs: 5000 });
      if (c.status === 'pending') await this.client.cancelCommand(sessionId, commandId, { timeoutMs: 5000 });
    } catch {
      // best effort: the command may have started or finished meanwhile
    }
  }
}

/** The session vanished (404) during a step; `safeToResend` when the command cannot have run. */
class SessionGone extends Error {
  constructor(readonly safeToResend: boolean) {
    super('session gone');
  }
}
