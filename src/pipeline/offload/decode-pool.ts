import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { DecodeError } from '../../codecs/decode-error';
import { selectBodyKind } from '../../codecs/decode-message';
import type { DecodeSummary } from '../../codecs/decoded-event';
import type { InboundMessage } from '../../codecs/inbound-message';
import type { RoutableEvents } from '../produce-events';
import type { RouteLogicSpec } from '../route-logic';
import type { FromWorker, JobMessage, ToWorker, WorkerSetup } from './protocol';
import { NO_DETAIL, type EventDetail } from '../../sinks/event-detail';
import { releaseSemiSpaceFlags } from './worker-young-generation';
import { ColumnRecords, unpackStrings } from './record-columns';
import { asBuffers } from './packed-texts';
import type { FieldPath } from '../../routing/field-path';

/**
 * A worker's young generation: its objects live for one message, so a small nursery costs
 * little time and keeps the worker's memory down.
 */
const YOUNG_GENERATION_MB = 12;

/** The job its worker was stopped for: it took longer than the pool's job timeout. Trying it again would only hang again. */
export class DecodeTimeoutError extends Error {
  constructor(readonly waitedMs: number) {
    super(`a decode worker spent over ${waitedMs} ms on the message and was stopped`);
    this.name = 'DecodeTimeoutError';
  }
}

/** What a worker made of one message, back on the main thread. */
export interface OffloadResult {
  summary: DecodeSummary;
  produced: RoutableEvents;
}

export interface DecodePoolOptions {
  workers: number;
  setup: WorkerSetup;
  /** Bodies smaller than this stay on the main thread: the hand-over would cost more than decoding. */
  minBodyBytes?: number;
  /** Worker deaths (crash, out of memory, a job past its time) the pool replaces before it stops offloading. */
  maxRestarts?: number;
  /**
   * A job not answered in this long means its worker is stuck (a route's regex filter
   * backtracking on a hostile field, say): the worker is stopped, its jobs fail and the
   * pipeline decides again. Default 60 s.
   */
  jobTimeoutMs?: number;
  logger: Logger;
}

interface Job {
  message: InboundMessage;
  /** The record fields asked for (the answer's columns, in this order). */
  fields: FieldPath[];
  startedAt: number;
  resolve: (r: OffloadResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Route logic ids this worker has compiled. */
  known: Set<number>;
  /** The overdue job the watchdog stopped this worker for (and how long it had waited), if it did. */
  stuck: { id: number; waitedMs: number } | null;
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
 * Decode worker threads for raw-sensor messages (zip archives and bundles), which carry hundreds
 * of events each: decoding, normalizing and rendering them off the main thread leaves it the
 * AMQP traffic and the sinks. Jobs go to the least busy worker; a worker that dies fails its
 * jobs (the pipeline then does them itself) and is replaced, up to `maxRestarts` times.
 */
export class DecodePool {
  private readonly slots: Slot[] = [];
  private readonly logicIds = new WeakMap<RouteLogicSpec, number>();
  private nextLogicId = 1;
  private nextJobId = 1;
  private restarts = 0;
  private closed = false;
  private readonly minBodyBytes: number;
  private readonly jobTimeoutMs: number;
  private readonly watchdog: NodeJS.Timeout;

  private constructor(private readonly script: string, private readonly opts: DecodePoolOptions) {
    this.minBodyBytes = opts.minBodyBytes ?? 2048;
    this.jobTimeoutMs = opts.jobTimeoutMs ?? 60_000;
    for (let i = 0; i < opts.workers; i++) this.slots.push(this.spawn());
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
    return this.slots.length * 4;
  }

  /** The live worker threads (for health reporting and tests). */
  threads(): readonly Worker[] {
    return this.slots.map((s) => s.worker);
  }

  /** Whether a message should be decoded on a worker: a raw-sensor archive or bundle of some size, while the pool is healthy. */
  accepts(message: InboundMessage): boolean {
    if (this.closed || this.slots.length === 0 || message.body.length < this.minBodyBytes) return false;
    const kind = selectBodyKind(message);
    return kind === 'zip' || kind === 'bundle';
  }

  /** Decodes `message` and runs it through `logic` on a worker, keeping of each event what `detail` asks (not the whole record). */
  produce(logic: RouteLogicSpec, message: InboundMessage, detail: EventDetail = NO_DETAIL): Promise<OffloadResult> {
    if (detail.fields === 'all') return Promise.reject(new Error('a decode worker cannot keep whole records'));
    const fields = [...detail.fields];
    if (this.closed || this.slots.length === 0) return Promise.reject(new Error('decode pool is closed'));
    let slot = this.slots[0];
    for (const s of this.slots) if (s.jobs.size < slot.jobs.size) slot = s;
    const logicId = this.logicIdOf(logic);
    if (!slot.known.has(logicId)) {
      slot.worker.postMessage({ type: 'logic', id: logicId, spec: logic } satisfies ToWorker);
      slot.known.add(logicId);
    }
    const id = this.nextJobId++;
    // A copy of exactly the body: the delivery's buffer may be a view into a larger socket buffer.
    const body = new Uint8Array(message.body);
    const jobMessage: JobMessage = {
      exchange: message.exchange, routingKey: message.routingKey, contentType: message.contentType,
      headers: message.headers, body, receivedAt: message.receivedAt,
    };
    return new Promise<OffloadResult>((resolve, reject) => {
      if (slot.jobs.size === 0) slot.worker.ref();
      slot.jobs.set(id, { message, fields, startedAt: Date.now(), resolve, reject });
      try {
        slot.worker.postMessage({ type: 'job', id, logicId, message: jobMessage, fields, raw: detail.raw } satisfies ToWorker, [body.buffer]);
      } catch (err) {
        // A header value that cannot be cloned: the job never left, so it must not wait in the map.
        slot.jobs.delete(id);
        if (slot.jobs.size === 0) slot.worker.unref();
        reject(err as Error);
      }
    });
  }

  /** Stops the workers; jobs still out are failed (their pipelines decode them themselves). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    const slots = this.slots.splice(0);
    for (const s of slots) this.failAll(s, new Error('decode pool closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Stops every worker whose oldest job is overdue; its exit fails its jobs and starts a replacement. */
  private stopStuckWorkers(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      const first = slot.jobs.entries().next().value as [number, Job] | undefined;
      if (!first || now - first[1].startedAt < this.jobTimeoutMs || slot.stuck) continue;
      slot.stuck = { id: first[0], waitedMs: now - first[1].startedAt };
      this.opts.logger.error({ routingKey: first[1].message.routingKey, jobs: slot.jobs.size, waitedMs: slot.stuck.waitedMs }, 'decode worker stuck on a message; stopping it');
      void slot.worker.terminate();
    }
  }

  private logicIdOf(logic: RouteLogicSpec): number {
    let id = this.logicIds.get(logic);
    if (id === undefined) {
      id = this.nextLogicId++;
      this.logicIds.set(logic, id);
    }
    return id;
  }

  private spawn(): Slot {
    releaseSemiSpaceFlags();
    const worker = new Worker(this.script, { workerData: this.opts.setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, jobs: new Map(), known: new Set(), stuck: null };
    worker.on('message', (msg: FromWorker) => this.settle(slot, msg));
    worker.on('error', (err: Error) => this.opts.logger.error({ err: err.message }, 'decode worker failed'));
    worker.on('exit', (code) => this.onExit(slot, code));
    worker.unref();
    return slot;
  }

  private settle(slot: Slot, msg: FromWorker): void {
    const job = slot.jobs.get(msg.id);
    if (!job) return;
    slot.jobs.delete(msg.id);
    // An idle worker does not keep the process alive.
    if (slot.jobs.size === 0) slot.worker.unref();
    if (msg.type === 'failed') {
      job.reject(new Error(msg.error));
      return;
    }
    // Nothing a worker's answer holds may throw out of this callback (it would end the process).
    try {
      job.resolve(this.resultOf(job, msg));
    } catch (err) {
      job.reject(new Error(`unreadable answer from a decode worker: ${(err as Error).message}`));
    }
  }

  private resultOf(job: Job, msg: Extract<FromWorker, { type: 'done' }>): OffloadResult {
    // Every event points at the answer's shared texts and columns (see RoutableEvent).
    const texts = asBuffers(msg.texts);
    const records = msg.records ? new ColumnRecords(msg.records, job.fields) : null;
    const events = unpackStrings(msg.keys).map((eventKey, i) => ({ eventKey, rendered: texts, record: records, raw: msg.raws?.[i] }));
    return {
      summary: {
        source: job.message, eventCount: msg.eventCount, warnings: msg.warnings, schemaViolations: msg.schemaViolations,
        errors: msg.errors.map((e) => new DecodeError(e.reason, e.message, e.location)),
      },
      produced: { events, filtered: msg.filtered },
    };
  }

  private onExit(slot: Slot, code: number): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return; // closed
    this.slots.splice(i, 1);
    this.failAll(slot, new Error(`decode worker exited (code ${code})`));
    const max = this.opts.maxRestarts ?? 5;
    if (slot.stuck) {
      // Stopped on purpose for one overdue message: not a sign the workers are failing.
      this.slots.push(this.spawn());
    } else if (this.restarts < max) {
      this.restarts++;
      this.opts.logger.error({ code, restarts: this.restarts }, 'decode worker exited; starting another');
      this.slots.push(this.spawn());
    } else if (this.slots.length === 0) {
      this.opts.logger.error({ code }, 'decode workers keep exiting; decoding on the main thread from now on');
    }
  }

  private failAll(slot: Slot, err: Error): void {
    const jobs = [...slot.jobs.entries()];
    slot.jobs.clear();
    for (const [id, j] of jobs) j.reject(slot.stuck?.id === id ? new DecodeTimeoutError(slot.stuck.waitedMs) : err);
  }
}
