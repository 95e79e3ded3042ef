/**
 * A decode worker thread: decodes raw-sensor messages (zip archives and bundles) and runs them
 * through their route's logic (match, filter, transform, render), answering with each kept
 * event's key and text, plus the record fields and raw bytes the route's sinks read, if any.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { decodeMessage, type CodecOptions } from '../../codecs/decode-message';
import { summarize } from '../../codecs/decoded-event';
import { NO_NOTIFICATION_SCHEMAS } from '../../codecs/json/notification-schemas';
import { produceEvents } from '../produce-events';
import { compileRouteLogic, type RouteLogic } from '../route-logic';
import type { FromWorker, ToWorker, WorkerSetup } from './protocol';
import { packTexts, transferablesOf } from './packed-texts';
import { packStrings, toColumns } from './record-columns';

const setup = workerData as WorkerSetup;
const codec: CodecOptions = { schemas: NO_NOTIFICATION_SCHEMAS, acceptUnknownRoutingKeys: false, limits: setup.limits };
const logics = new Map<number, RouteLogic>();
const port = parentPort!;

function answer(job: Extract<ToWorker, { type: 'job' }>): FromWorker {
  const logic = logics.get(job.logicId);
  if (!logic) return { type: 'failed', id: job.id, error: `unknown route logic ${job.logicId}` };
  const m = job.message;
  const result = decodeMessage({ ...m, body: Buffer.from(m.body.buffer, m.body.byteOffset, m.body.byteLength) }, codec);
  const summary = summarize(result);
  // Whole records when fields are asked for: the columns take the paths' values from them, so a
  // projection first would only be built to be walked again.
  const produced = produceEvents(result, logic, setup.format, { fields: job.fields.length > 0 ? 'all' : [], raw: job.raw });
  const n = produced.events.length;
  const keys: string[] = new Array<string>(n);
  const texts = new Array<string | Buffer>(n);
  produced.events.forEach((e, i) => { keys[i] = e.eventKey; texts[i] = e.rendered; });
  const reply: FromWorker = {
    type: 'done', id: job.id, eventCount: summary.eventCount, errors: summary.errors.map((e) => e.toJSON()),
    warnings: summary.warnings, schemaViolations: summary.schemaViolations, keys: packStrings(keys), texts: packTexts(texts), filtered: produced.filtered,
  };
  if (job.fields.length > 0) reply.records = toColumns(produced.events.map((e) => e.record), job.fields);
  // A copy of each record's bytes: cloning the view would copy the whole inflated member each time.
  if (job.raw) reply.raws = produced.events.map((e) => (e.raw ? new Uint8Array(e.raw) : undefined));
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
