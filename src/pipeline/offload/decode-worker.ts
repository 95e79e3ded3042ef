/**
 * A decode worker's task handler (run by piscina): decodes a raw-sensor message (zip archive or
 * bundle) and runs it through its route's logic (match, filter, transform, render), answering
 * with each kept event's key and text, plus the record fields and raw bytes the route's sinks
 * read, if any. A large message's events go in parts, posted to the thread's parentPort (the pool
 * gets them as piscina 'message' events), each only when the main thread has room for it (see
 * JobFlow), so neither thread ever holds all the events of a huge bundle.
 */
import { Buffer } from 'node:buffer';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { CodecOptions } from '../../codecs/decode-message';
import { NO_NOTIFICATION_SCHEMAS } from '../../codecs/json/notification-schemas';
import { decodeAndProduce, type ProducedEvent } from '../produce-events';
import { compileRouteLogic, type RouteLogic } from '../route-logic';
import {
  PARTS_AHEAD,
  PART_EVENTS,
  PART_TEXT_BYTES,
  JobFlow,
  type EventsPart,
  type DecodeTask,
  type FromWorker,
  type PartMessage,
  type WorkerSetup,
} from './protocol';
import { TextPacker, transferablesOf } from './packed-texts';
import { ColumnsBuilder, packStrings } from './record-columns';

const setup = workerData as WorkerSetup;
const codec: CodecOptions = { schemas: NO_NOTIFICATION_SCHEMAS, acceptUnknownRoutingKeys: false, limits: setup.limits };
const logics = new Map<number, RouteLogic>();
const port = parentPort!;

/** How long one wait for the main thread lasts before the cancel flag is looked at again (ms). */
const WAIT_SLICE_MS = 1000;

/** Packs the texts of one part after another. */
const texts = new TextPacker();

/**
 * The kept events of one job, gathered into parts: each event is taken apart as it comes (text
 * packed, fields put in columns), and for a task with parts, a full part is sent when the main
 * thread has taken enough of the earlier ones.
 */
class PartWriter {
  private first = 0;
  private keys: string[] = [];
  private columns: ColumnsBuilder | null;
  private raws: Array<Uint8Array | undefined> | null;
  /** Parts posted so far. */
  sent = 0;
  private readonly flow: Int32Array | null;
  /** The main thread wants no more of this job's events (its message was parked or withdrawn). */
  cancelled = false;

  constructor(
    private readonly job: DecodeTask,
    flow: Int32Array,
  ) {
    this.flow = job.parts ? flow : null;
    this.columns = job.fields.length > 0 ? new ColumnsBuilder(job.fields) : null;
    this.raws = job.raw ? [] : null;
    texts.start();
  }

  add(e: ProducedEvent): void {
    if (this.cancelled) return;
    this.keys.push(e.eventKey);
    texts.add(e.rendered);
    this.columns?.add(e.record);
    // A copy of the record's bytes: cloning the view would copy the whole inflated member each time.
    this.raws?.push(e.raw ? new Uint8Array(e.raw) : undefined);
    if (this.flow && (texts.length >= PART_EVENTS || texts.byteLength >= PART_TEXT_BYTES)) this.sendPart();
  }

  /** The events not yet sent, as the answer's part. */
  rest(): EventsPart {
    return this.take();
  }

  private take(): EventsPart {
    const part: EventsPart = {
      first: this.first,
      keys: packStrings(this.keys),
      texts: { ...texts.finish(), first: this.first },
    };
    if (this.columns) part.records = this.columns.finish();
    if (this.raws) part.raws = this.raws;
    this.first += this.keys.length;
    this.keys = [];
    this.columns = this.job.fields.length > 0 ? new ColumnsBuilder(this.job.fields) : null;
    this.raws = this.job.raw ? [] : null;
    texts.start();
    return part;
  }

  /**
   * Waits (blocking this thread, which has nothing else to do meanwhile) until the main thread has room, then sends the
   * part.
   */
  private sendPart(): void {
    const flow = this.flow!;
    for (;;) {
      if (Atomics.load(flow, JobFlow.CANCELLED) !== 0) {
        this.cancelled = true;
        this.take(); // dropped
        return;
      }
      const taken = Atomics.load(flow, JobFlow.TAKEN);
      if (this.sent - taken < PARTS_AHEAD) break;
      Atomics.wait(flow, JobFlow.TAKEN, taken, WAIT_SLICE_MS);
    }
    const part = this.take();
    this.sent++;
    const message: PartMessage = { type: 'part', id: this.job.id, ...part };
    port.postMessage(message, transferablesOf(part.texts));
  }
}

function answer(job: DecodeTask, flow: Int32Array): FromWorker {
  let logic = logics.get(job.logicId);
  if (!logic) {
    logic = compileRouteLogic(job.spec);
    logics.set(job.logicId, logic);
  }
  const m = job.message;
  const message = { ...m, body: Buffer.from(m.body.buffer, m.body.byteOffset, m.body.byteLength) };
  // Each event is produced as soon as it is decoded and taken apart as it is made, so neither
  // the decoded events of a large bundle nor their records are held at once. The record comes
  // whole: the columns take the paths' values from it, so a projection first would only be
  // walked again.
  const parts = new PartWriter(job, flow);
  const { summary, filtered } = decodeAndProduce(
    message,
    codec,
    logic,
    setup.format,
    { fields: job.fields.length > 0 ? 'all' : [], raw: job.raw },
    (e) => parts.add(e),
  );
  return {
    type: 'done',
    parts: parts.sent,
    eventCount: summary.eventCount,
    errors: summary.errors.map((e) => e.toJSON()),
    warnings: summary.warnings,
    schemaViolations: summary.schemaViolations,
    filtered,
    ...parts.rest(),
  };
}

/** A result (piscina's Transferable) that piscina hands back with its texts' buffers transferred, not copied. */
interface TransferableAnswer {
  [valueSymbol]: FromWorker;
  [transferableSymbol]: ArrayBuffer[];
}

/** The task handler: marks the job started (for the pool's watchdog), then answers it; nothing it meets throws. */
export default function decode(job: DecodeTask): ReturnType<typeof move> {
  const flow = new Int32Array(job.flow, 0, JobFlow.THREAD + 1);
  new Float64Array(job.flow, JobFlow.STARTED_AT_BYTE, 1)[0] = Date.now();
  Atomics.store(flow, JobFlow.THREAD, threadId + 1);
  let reply: FromWorker;
  try {
    reply = answer(job, flow);
  } catch (err) {
    reply = { type: 'failed', error: (err as Error).message };
  }
  const moved: TransferableAnswer = {
    [valueSymbol]: reply,
    [transferableSymbol]: reply.type === 'done' ? transferablesOf(reply.texts) : [],
  };
  return move(moved);
}
