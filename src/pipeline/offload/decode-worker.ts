/**
 * A decode worker thread: decodes raw-sensor messages (zip archives and bundles) and runs them
 * through their route's logic (match, filter, transform, render), answering with each kept
 * event's key and text, plus the record fields and raw bytes the route's sinks read, if any.
 */
import { Buffer } from 'node:buffer';
import { parentPort, workerData } from 'node:worker_threads';
import type { CodecOptions } from '../../codecs/decode-message';
import { NO_NOTIFICATION_SCHEMAS } from '../../codecs/json/notification-schemas';
import { decodeAndProduce } from '../produce-events';
import { compileRouteLogic, type RouteLogic } from '../route-logic';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol';
import { TextPacker, transferablesOf } from './packed-texts';
import { ColumnsBuilder, packStrings } from './record-columns';

const setup = workerData as WorkerSetup;
const codec: CodecOptions = { schemas: NO_NOTIFICATION_SCHEMAS, acceptUnknownRoutingKeys: false, limits: setup.limits };
const logics = new Map<number, RouteLogic>();
const port = parentPort!;

/** Packs the texts of one job after another. */
const texts = new TextPacker();

function answer(job: Extract<ToWorker, { type: 'job' }>): FromWorker {
  const logic = logics.get(job.logicId);
  if (!logic) return { type: 'failed', id: job.id, error: `unknown route logic ${job.logicId}` };
  const m = job.message;
  const message = { ...m, body: Buffer.from(m.body.buffer, m.body.byteOffset, m.body.byteLength) };
  // Each event is produced as soon as it is decoded and taken apart as it is made (its text
  // packed, its fields put in columns), so neither the decoded events of a large bundle nor their
  // records are held at once. The record comes whole: the columns take the paths' values from
  // it, so a projection first would only be walked again.
  const keys: string[] = [];
  const columns = job.fields.length > 0 ? new ColumnsBuilder(job.fields) : null;
  const raws: Array<Uint8Array | undefined> | null = job.raw ? [] : null;
  texts.start();
  const { summary, filtered } = decodeAndProduce(message, codec, logic, setup.format, { fields: columns ? 'all' : [], raw: job.raw }, (e) => {
    keys.push(e.eventKey);
    texts.add(e.rendered);
    columns?.add(e.record);
    // A copy of the record's bytes: cloning the view would copy the whole inflated member each time.
    raws?.push(e.raw ? new Uint8Array(e.raw) : undefined);
  });
  const reply: FromWorker = {
    type: 'done', id: job.id, eventCount: summary.eventCount, errors: summary.errors.map((e) => e.toJSON()),
    warnings: summary.warnings, schemaViolations: summary.schemaViolations, keys: packStrings(keys), texts: texts.finish(), filtered,
  };
  if (columns) reply.records = columns.finish();
  if (raws) reply.raws = raws;
  return reply;
}

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'logic') {
    logics.set(msg.id, compileRouteLogic(msg.spec));
    return;
  }
  let reply: FromWorker;
  try {
    reply = answer(msg);
  } catch (err) {
    reply = { type: 'failed', id: msg.id, error: (err as Error).message };
  }
  port.postMessage(reply, reply.type === 'done' ? transferablesOf(reply.texts) : []);
});
