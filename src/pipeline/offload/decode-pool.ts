import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Logger } from 'pino';
import { DecodeError } from '../../codecs/decode-error';
import { selectBodyKind } from '../../codecs/decode-message';
import type { DecodeSummary } from '../../event/decoded-event';
import type { InboundMessage } from '../../event/inbound-message';
import type { RoutableEvent, RoutableEvents } from '../produce-events';
import type { RouteLogicSpec } from '../route-logic';
import {
  JobFlow,
  PARTS_AHEAD,
  type DecodeTask,
  type EventsPart,
  type FromWorker,
  type JobMessage,
  type PartMessage,
  type WorkerSetup,
} from './protocol';
import { NO_DETAIL, type EventDetail } from '../../event/event-detail';
import { ColumnRecords, unpackStrings } from './record-columns';
import { asBuffers } from './packed-texts';
import type { FieldPath } from '../../event/field-path';

/**
 * A worker's young generation: its objects live for one message, so a small nursery costs
 * little time and keeps the worker's memory down.
 */
const YOUNG_GENERATION_MB = 12;

/**
 * Messages a worker keeps in hand (decoding one, the next ones waiting), so it need not wait for the main thread
 * between them.
 */
const JOBS_PER_WORKER = 4;

/**
 * The job its worker was stopped for: it took longer than the pool's job timeout. Trying it again would only hang
 * again.
 */
export class DecodeTimeoutError extends Error {
  constructor(readonly waitedMs: number) {
    super(`a decode worker spent over ${waitedMs} ms on the message and was stopped`);
    this.name = 'DecodeTimeoutError';
  }
}

/** What a worker made of one message, back on the main thread. */
export interface OffloadResult {
  summary: DecodeSummary;
  /** The message's kept events, or with a PartConsumer, those not already given to it in parts. */
  produced: RoutableEvents;
}

/**
 * Takes a large message's events in parts as the worker makes them, so they need not all be
 * held at once. The worker sends a part only while fewer than PARTS_AHEAD of the parts it sent
 * are untaken: `taken` says the route has room for more (it has handed the part's events to its
 * sinks), and `signal` that it wants no more (the message was parked or withdrawn).
 */
export interface PartConsumer {
  /** The next events of the message, in order; `taken` is to be called once, when they are handed on. */
  part(events: RoutableEvent[], taken: () => void): void;
  signal?: AbortSignal;
}

export interface DecodePoolOptions {
  workers: number;
  setup: WorkerSetup;
  /** Bodies smaller than this stay on the main thread: the hand-over would cost more than decoding. */
  minBodyBytes?: number;
  /**
   * Worker deaths (crash, out of memory; not the watchdog's stops) replaced before the pool stops offloading. Default
   * 5.
   */
  maxRestarts?: number;
  /**
   * A job that has not moved on for this long since its worker started it (waiting for its
   * consumer aside) means the worker is stuck (a route's regex filter backtracking on a hostile
   * field, say): the worker is stopped, its jobs fail and the pipeline decides again. Default 60 s.
   */
  jobTimeoutMs?: number;
  logger: Logger;
}

type Answer = Extract<FromWorker, { type: 'done' }>;

interface Job {
  id: number;
  message: InboundMessage;
  /** The record fields asked for (the answer's columns, in this order). */
  fields: FieldPath[];
  /** The job's shared state (see JobFlow), as Int32 slots and the start time its worker wrote. */
  flow: Int32Array;
  startedAt: Float64Array;
  /**
   * When the job last moved on (started, a part sent or taken): the watchdog measures from here; null until a worker
   * starts it.
   */
  progressAt: number | null;
  /** A job sent in parts: its consumer, its parts come so far, and those not yet taken. */
  consumer: PartConsumer | null;
  parts: number;
  untaken: number;
  /** The answer, when it came before the last of its parts (they come on another port). */
  early: Answer | null;
  /** A part that could not be read: the job fails with this when its answer comes (its consumer missed events). */
  broken: Error | null;
  /** How long the job had not moved on when the watchdog stopped its worker, if it did. */
  overdueMs: number | null;
  resolve: (r: OffloadResult) => void;
  reject: (e: Error) => void;
}

/** The compiled worker entry beside this file, or its dist/ twin when running from sources (tests). */
export function workerScript(): string | null {
  const here = join(__dirname, 'decode-worker.js');
  if (existsSync(here)) return here;
  const built = __dirname.replace(/([\\/])src([\\/])pipeline/, '$1dist$1src$2pipeline');
  const twin = join(built, 'decode-worker.js');
  return built !== __dirname && existsSync(twin) ? twin : null;
}

/**
 * Decode worker threads (a piscina pool) for raw-sensor messages (zip archives and bundles),
 * which carry hundreds of events each: decoding, normalizing and rendering them off the main
 * thread leaves it the AMQP traffic and the sinks. Jobs go to the least busy worker not waiting
 * for a consumer; piscina replaces a worker that dies and fails its jobs (the pipeline then does
 * them itself). After `maxRestarts` deaths the pool stops offloading.
 */
export class DecodePool {
  private readonly workers: Piscina;
  private readonly jobs = new Map<number, Job>();
  private readonly logicIds = new WeakMap<RouteLogicSpec, number>();
  /** Threads the watchdog stopped: their exit is not counted as a failure. */
  private readonly stopping = new Set<number>();
  private nextLogicId = 1;
  private nextJobId = 1;
  private restarts = 0;
  private closed = false;
  private readonly minBodyBytes: number;
  private readonly jobTimeoutMs: number;
  private readonly watchdog: NodeJS.Timeout;

  private constructor(
    script: string,
    private readonly opts: DecodePoolOptions,
  ) {
    this.minBodyBytes = opts.minBodyBytes ?? 2048;
    this.jobTimeoutMs = opts.jobTimeoutMs ?? 60_000;
    this.workers = new Piscina({
      filename: script,
      workerData: opts.setup,
      minThreads: opts.workers,
      maxThreads: opts.workers,
      idleTimeout: Infinity,
      concurrentTasksPerWorker: JOBS_PER_WORKER,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      loadBalancer: (_task, workers) => this.leastBusy(workers),
    });
    this.workers.on('message', (msg: PartMessage) => this.onPart(msg));
    this.workers.on('workerDestroy', (worker: { id: number }) => this.onWorkerGone(worker.id));
    this.workers.on('error', (err: Error) => this.opts.logger.error({ err: err.message }, 'decode worker failed'));
    this.watchdog = setInterval(() => this.stopStuckWorkers(), Math.max(10, Math.floor(this.jobTimeoutMs / 4)));
    this.watchdog.unref();
  }

  /** A pool of `workers` threads, or null when there are none to start (0 asked, or no compiled worker script). */
  static create(opts: DecodePoolOptions): DecodePool | null {
    if (opts.workers <= 0) return null;
    const script = workerScript();
    if (!script) {
      opts.logger.warn('decode worker script not built (npm run build); decoding on the main thread');
      return null;
    }
    return new DecodePool(script, opts);
  }

  /** Jobs in flight at most before further messages wait (per route, in its backlog). */
  get capacity(): number {
    return this.opts.workers * JOBS_PER_WORKER;
  }

  /** The live worker threads (for health reporting and tests). */
  threads(): readonly Worker[] {
    return this.closed ? [] : this.workers.threads;
  }

  /**
   * Whether a message should be decoded on a worker: a raw-sensor archive or bundle of some size, while the pool is
   * healthy.
   */
  accepts(message: InboundMessage): boolean {
    if (this.closed || message.body.length < this.minBodyBytes) return false;
    const kind = selectBodyKind(message);
    return kind === 'zip' || kind === 'bundle';
  }

  /**
   * Decodes `message` and runs it through `logic` on a worker, keeping of each event what `detail`
   * asks (not the whole record). With a `consumer`, a large message's events come to it in parts,
   * as it takes them, and the result holds only the rest; without, the result holds them all.
   */
  produce(
    logic: RouteLogicSpec,
    message: InboundMessage,
    detail: EventDetail = NO_DETAIL,
    consumer?: PartConsumer,
  ): Promise<OffloadResult> {
    if (detail.fields === 'all') return Promise.reject(new Error('a decode worker cannot keep whole records'));
    const fields = [...detail.fields];
    if (this.closed) return Promise.reject(new Error('decode pool is closed'));
    const id = this.nextJobId++;
    // A copy of exactly the body: the delivery's buffer may be a view into a larger socket buffer.
    const body = new Uint8Array(message.body);
    const jobMessage: JobMessage = {
      exchange: message.exchange,
      routingKey: message.routingKey,
      contentType: message.contentType,
      headers: message.headers,
      body,
      receivedAt: message.receivedAt,
    };
    const shared = new SharedArrayBuffer(JobFlow.BYTES);
    const flow = new Int32Array(shared, 0, JobFlow.THREAD + 1);
    if (consumer?.signal) {
      const cancel = (): void => {
        Atomics.store(flow, JobFlow.CANCELLED, 1);
        Atomics.notify(flow, JobFlow.TAKEN);
      };
      if (consumer.signal.aborted) cancel();
      else consumer.signal.addEventListener('abort', cancel, { once: true });
    }
    const task: DecodeTask = {
      id,
      logicId: this.logicIdOf(logic),
      spec: logic,
      message: jobMessage,
      fields,
      raw: detail.raw,
      parts: consumer !== undefined,
      flow: shared,
    };
    return new Promise<OffloadResult>((resolve, reject) => {
      const job: Job = {
        id,
        message,
        fields,
        flow,
        startedAt: new Float64Array(shared, JobFlow.STARTED_AT_BYTE, 1),
        progressAt: null,
        consumer: consumer ?? null,
        parts: 0,
        untaken: 0,
        early: null,
        broken: null,
        overdueMs: null,
        resolve,
        reject,
      };
      this.jobs.set(id, job);
      this.workers.run(task, { transferList: [body.buffer] }).then(
        (answer: FromWorker) => this.onAnswer(job, answer),
        (err: Error) => this.onLost(job, err),
      );
    });
  }

  /** Stops the workers; jobs still out are failed (their pipelines decode them themselves). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) job.reject(new Error('decode pool closed'));
    await this.workers.destroy();
  }

  /**
   * Stops every worker whose current job has not moved on for the job timeout; piscina fails the
   * jobs it held and starts a replacement. A worker waiting for a consumer to take its parts is
   * not stuck: it goes on when the route has room, or stops when the message is parked.
   */
  private stopStuckWorkers(): void {
    const now = Date.now();
    for (const job of this.jobs.values()) {
      const thread = Atomics.load(job.flow, JobFlow.THREAD) - 1;
      if (thread < 0 || job.overdueMs !== null || this.stopping.has(thread)) continue;
      job.progressAt ??= job.startedAt[0];
      if (job.untaken >= PARTS_AHEAD) {
        job.progressAt = now;
        continue;
      }
      if (now - job.progressAt < this.jobTimeoutMs) continue;
      const worker = this.workers.threads.find((w) => w.threadId === thread);
      if (!worker) continue;
      job.overdueMs = now - job.progressAt;
      this.stopping.add(thread);
      this.opts.logger.error(
        { routingKey: job.message.routingKey, waitedMs: job.overdueMs },
        'decode worker stuck on a message; stopping it',
      );
      void worker.terminate();
    }
  }

  /**
   * The least busy worker with room, preferring those not waiting for a consumer to take a part (jobs behind that wait
   * too).
   */
  private leastBusy<W extends { id: number; currentUsage: number }>(workers: W[]): W | null {
    const waiting = new Set<number>();
    for (const job of this.jobs.values())
      if (job.untaken >= PARTS_AHEAD) waiting.add(Atomics.load(job.flow, JobFlow.THREAD) - 1);
    let best: W | null = null;
    let bestLoad = Infinity;
    for (const w of workers) {
      if (w.currentUsage >= JOBS_PER_WORKER) continue;
      const load = w.currentUsage + (waiting.has(w.id) ? JOBS_PER_WORKER : 0);
      if (load < bestLoad) {
        best = w;
        bestLoad = load;
      }
    }
    return best;
  }

  private logicIdOf(logic: RouteLogicSpec): number {
    let id = this.logicIds.get(logic);
    if (id === undefined) {
      id = this.nextLogicId++;
      this.logicIds.set(logic, id);
    }
    return id;
  }

  /**
   * A worker is gone (died, or stopped by the watchdog); piscina starts another, and after too many deaths the pool
   * stops offloading.
   */
  private onWorkerGone(thread: number): void {
    if (this.closed) return;
    // stopped on purpose for one overdue message: not a sign the workers are failing
    if (this.stopping.delete(thread)) return;
    const max = this.opts.maxRestarts ?? 5;
    if (this.restarts < max) {
      this.restarts++;
      this.opts.logger.error({ restarts: this.restarts }, 'decode worker exited; starting another');
      return;
    }
    this.opts.logger.error('decode workers keep exiting; decoding on the main thread from now on');
    void this.close();
  }

  private onAnswer(job: Job, answer: FromWorker): void {
    if (answer.type === 'done' && job.parts < answer.parts) {
      job.early = answer;
      return;
    }
    this.finish(job, answer);
  }

  /** The job is lost with its worker (or could not be sent): its pipeline decides again. */
  private onLost(job: Job, err: Error): void {
    if (!this.jobs.delete(job.id)) return;
    if (job.overdueMs !== null) job.reject(new DecodeTimeoutError(job.overdueMs));
    else if (err.name === 'DataCloneError') job.reject(err);
    else job.reject(new Error(`decode worker exited: ${err.message}`));
  }

  private finish(job: Job, answer: FromWorker): void {
    if (!this.jobs.delete(job.id)) return;
    if (job.broken) {
      job.reject(job.broken);
      return;
    }
    if (answer.type === 'failed') {
      job.reject(new Error(answer.error));
      return;
    }
    // Nothing a worker's answer holds may throw out of this callback.
    try {
      job.resolve(this.resultOf(job, answer));
    } catch (err) {
      job.reject(new Error(`unreadable answer from a decode worker: ${(err as Error).message}`));
    }
  }

  private onPart(msg: PartMessage): void {
    const job = this.jobs.get(msg.id);
    if (!job) return;
    job.parts++;
    this.givePart(job, msg);
    if (job.early && job.parts === job.early.parts) this.finish(job, job.early);
  }

  /** Hands a part to the job's consumer; the worker may send another once the consumer has taken it. */
  private givePart(job: Job, part: EventsPart): void {
    const flow = job.flow;
    if (!job.consumer) return;
    job.untaken++;
    job.progressAt = Date.now();
    let once = false;
    const taken = (): void => {
      if (once) return;
      once = true;
      job.untaken--;
      job.progressAt = Date.now();
      Atomics.add(flow, JobFlow.TAKEN, 1);
      Atomics.notify(flow, JobFlow.TAKEN);
    };
    let events: RoutableEvent[];
    try {
      events = eventsOf(job, part);
    } catch (err) {
      // Unreadable: the worker sends no more parts, and the job fails when its answer comes.
      job.broken = new Error(`unreadable part from a decode worker: ${(err as Error).message}`);
      Atomics.store(flow, JobFlow.CANCELLED, 1);
      taken();
      return;
    }
    if (job.consumer.signal?.aborted) {
      taken();
      return;
    }
    job.consumer.part(events, taken);
  }

  private resultOf(job: Job, msg: Answer): OffloadResult {
    const events = eventsOf(job, msg);
    return {
      summary: {
        source: job.message,
        eventCount: msg.eventCount,
        warnings: msg.warnings,
        schemaViolations: msg.schemaViolations,
        errors: msg.errors.map((e) => new DecodeError(e.reason, e.message, e.location)),
      },
      produced: { events, filtered: msg.filtered },
    };
  }
}

/**
 * A part's events; each points at the part's shared texts and columns (see RoutableEvent), by its index in the message.
 */
function eventsOf(job: Job, part: EventsPart): RoutableEvent[] {
  const texts = asBuffers(part.texts);
  const records = part.records ? new ColumnRecords(part.records, job.fields, part.first) : null;
  return unpackStrings(part.keys).map((eventKey, i) => ({
    eventKey,
    rendered: texts,
    record: records,
    raw: part.raws?.[i],
  }));
}
