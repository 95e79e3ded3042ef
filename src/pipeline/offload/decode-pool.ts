import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { DecodeError } from '../../codecs/decode-error';
import { selectBodyKind } from '../../codecs/decode-message';
import type { DecodeSummary } from '../../event/decoded-event';
import type { InboundMessage } from '../../event/inbound-message';
import type { RoutableEvent, RoutableEvents } from '../produce-events';
import type { RouteLogicSpec } from '../route-logic';
import { PARTS_AHEAD, PartFlow, type EventsPart, type FromWorker, type JobMessage, type ToWorker, type WorkerSetup } from './protocol';
import { NO_DETAIL, type EventDetail } from '../../event/event-detail';
import { releaseSemiSpaceFlags } from './worker-young-generation';
import { ColumnRecords, unpackStrings } from './record-columns';
import { asBuffers } from './packed-texts';
import type { FieldPath } from '../../event/field-path';

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
  /** When the job started, or last moved on (a part sent or taken): the watchdog measures from here. */
  progressAt: number;
  /** A job sent in parts: its consumer, shared counters, and its parts sent and not yet taken. */
  consumer: PartConsumer | null;
  flow: Int32Array | null;
  untaken: number;
  /** A part that could not be read: the job fails with this when its answer comes (its consumer missed events). */
  broken: Error | null;
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

  /**
   * Decodes `message` and runs it through `logic` on a worker, keeping of each event what `detail`
   * asks (not the whole record). With a `consumer`, a large message's events come to it in parts,
   * as it takes them, and the result holds only the rest; without, the result holds them all.
   */
  produce(logic: RouteLogicSpec, message: InboundMessage, detail: EventDetail = NO_DETAIL, consumer?: PartConsumer): Promise<OffloadResult> {
    if (detail.fields === 'all') return Promise.reject(new Error('a decode worker cannot keep whole records'));
    const fields = [...detail.fields];
    if (this.closed || this.slots.length === 0) return Promise.reject(new Error('decode pool is closed'));
    // The least busy worker, preferring those not waiting for a consumer to take a part (jobs behind that wait too).
    let slot = this.slots[0];
    for (const s of this.slots) {
      const [waits, was] = [waitsForConsumer(s), waitsForConsumer(slot)];
      if (waits !== was ? !waits : s.jobs.size < slot.jobs.size) slot = s;
    }
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
    const shared = consumer ? new SharedArrayBuffer(PartFlow.SLOTS * Int32Array.BYTES_PER_ELEMENT) : undefined;
    const flow = shared ? new Int32Array(shared) : null;
    if (flow && consumer?.signal) {
      const cancel = (): void => { Atomics.store(flow, PartFlow.CANCELLED, 1); Atomics.notify(flow, PartFlow.TAKEN); };
      if (consumer.signal.aborted) cancel();
      else consumer.signal.addEventListener('abort', cancel, { once: true });
    }
    return new Promise<OffloadResult>((resolve, reject) => {
      if (slot.jobs.size === 0) slot.worker.ref();
      slot.jobs.set(id, { message, fields, progressAt: Date.now(), consumer: consumer ?? null, flow, untaken: 0, broken: null, resolve, reject });
      try {
        slot.worker.postMessage({ type: 'job', id, logicId, message: jobMessage, fields, raw: detail.raw, flow: shared } satisfies ToWorker, [body.buffer]);
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

  /**
   * Stops every worker whose current job (its oldest) has not moved on for the job timeout; its
   * exit fails its jobs and starts a replacement. A worker waiting for a consumer to take its
   * parts is not stuck: it goes on when the route has room, or stops when the message is parked.
   */
  private stopStuckWorkers(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      const first = slot.jobs.entries().next().value as [number, Job] | undefined;
      if (!first || slot.stuck) continue;
      if (first[1].untaken >= PARTS_AHEAD) { first[1].progressAt = now; continue; }
      if (now - first[1].progressAt < this.jobTimeoutMs) continue;
      slot.stuck = { id: first[0], waitedMs: now - first[1].progressAt };
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
    if (msg.type === 'part') {
      this.givePart(job, msg);
      return;
    }
    slot.jobs.delete(msg.id);
    // An idle worker does not keep the process alive.
    if (slot.jobs.size === 0) slot.worker.unref();
    // The next job starts now: its time runs from here, not from when it was queued.
    const next = slot.jobs.values().next().value as Job | undefined;
    if (next) next.progressAt = Date.now();
    if (job.broken) {
      job.reject(job.broken);
      return;
    }
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

  /** Hands a part to the job's consumer; the worker may send another once the consumer has taken it. */
  private givePart(job: Job, part: EventsPart): void {
    const flow = job.flow;
    if (!job.consumer || !flow) return;
    job.untaken++;
    job.progressAt = Date.now();
    let once = false;
    const taken = (): void => {
      if (once) return;
      once = true;
      job.untaken--;
      job.progressAt = Date.now();
      Atomics.add(flow, PartFlow.TAKEN, 1);
      Atomics.notify(flow, PartFlow.TAKEN);
    };
    let events: RoutableEvent[];
    try {
      events = eventsOf(job, part);
    } catch (err) {
      // Unreadable: the worker sends no more parts, and the job fails when its answer comes.
      job.broken = new Error(`unreadable part from a decode worker: ${(err as Error).message}`);
      Atomics.store(flow, PartFlow.CANCELLED, 1);
      taken();
      return;
    }
    if (job.consumer.signal?.aborted) { taken(); return; }
    job.consumer.part(events, taken);
  }

  private resultOf(job: Job, msg: Extract<FromWorker, { type: 'done' }>): OffloadResult {
    const events = eventsOf(job, msg);
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

/** Whether the slot's current job is waiting for its consumer to take a part. */
function waitsForConsumer(slot: Slot): boolean {
  const first = slot.jobs.values().next().value as Job | undefined;
  return first !== undefined && first.untaken >= PARTS_AHEAD;
}

/** A part's events; each points at the part's shared texts and columns (see RoutableEvent), by its index in the message. */
function eventsOf(job: Job, part: EventsPart): RoutableEvent[] {
  const texts = asBuffers(part.texts);
  const records = part.records ? new ColumnRecords(part.records, job.fields, part.first) : null;
  return unpackStrings(part.keys).map((eventKey, i) => ({ eventKey, rendered: texts, record: records, raw: part.raws?.[i] }));
}
