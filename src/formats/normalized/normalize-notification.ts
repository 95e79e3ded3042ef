import type { NotificationEvent } from '../../event/decoded-event';
import type { EventRecord, FieldValue, FormatOptions } from '../../event/event-model';
import { ipv4FromSignedBigEndian } from './values';
import { parseProcessKey } from './process-guid-text';

type Doc = Record<string, unknown>;

const MD5_KEYS = ['md5', 'parent_md5', 'process_md5'] as const;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

const isInt32 = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX;

/** `ioc_value` of a query hit holds {index_type, search_query}; the query's `q` is the search. */
function addQueryFields(doc: Doc): void {
  if (typeof doc.ioc_value !== 'string') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc.ioc_value);
  } catch {
    return;
  }
  if (!parsed || typeof parsed !== 'object') return;
  const { index_type: index, search_query: query } = parsed as Record<string, unknown>;
  if (typeof index !== 'string' || typeof query !== 'string') return;
  const q = new URLSearchParams(query).get('q');
  if (q === null) return;
  doc.ioc_query_index = index;
  doc.ioc_query_string = q;
}

/** Renames and conversions applied to a notification and to each of its docs (the forwarder's fixups). */
function fixFields(doc: Doc): void {
  delete doc.highlights;
  if ('event_timestamp' in doc) {
    doc.timestamp = doc.event_timestamp;
    delete doc.event_timestamp;
  }
  if ('hostname' in doc) doc.computer_name = doc.hostname;
  for (const key of MD5_KEYS) {
    const v = doc[key];
    if (typeof v === 'string' && v.length === 32) doc[key] = v.toUpperCase();
  }
  const ioc = doc.ioc_type;
  if (ioc && typeof ioc === 'object' && !Array.isArray(ioc)) {
    const md5 = (ioc as Doc).md5;
    if (typeof md5 === 'string') doc.ioc_type = { ...(ioc as Doc), md5: md5.toUpperCase() };
  } else if (ioc === 'query') {
    addQueryFields(doc);
  }
  for (const key of ['comms_ip', 'interface_ip']) {
    if (isInt32(doc[key])) doc[key] = ipv4FromSignedBigEndian(doc[key] as number);
  }
}

function addProcessGuids(doc: Doc, routingKey: string): void {
  let found = false;
  if (!routingKey.startsWith('alert.') && typeof doc.unique_id === 'string') {
    const p = parseProcessKey(doc.unique_id);
    if (p.ok) {
      doc.process_guid = p.guid;
      doc.segment_id = String(p.segment);
      found = true;
    }
  }
  if (!found && typeof doc.process_id === 'string') {
    const p = parseProcessKey(doc.process_id);
    doc.process_guid = p.guid;
    doc.segment_id = String(p.segment);
  }
  if (typeof doc.parent_unique_id === 'string') {
    const p = parseProcessKey(doc.parent_unique_id);
    doc.parent_guid = p.guid;
    doc.parent_segment_id = String(p.segment);
  }
}

function addLinks(doc: Doc, url: string): void {
  if (isInt32(doc.sensor_id)) doc.link_sensor = `${url}#/host/${doc.sensor_id}`;
  for (const key of MD5_KEYS) {
    const v = doc[key];
    if (typeof v === 'string' && v.length === 32) doc[`link_${key}`] = `${url}#/binary/${v}`;
  }
  if ('process_guid' in doc)
    doc.link_process = `${url}#analyze/${String(doc.process_guid)}/${String(doc.segment_id ?? 0)}`;
  if ('parent_guid' in doc)
    doc.link_parent = `${url}#analyze/${String(doc.parent_guid)}/${String(doc.parent_segment_id ?? 1)}`;
}

function fixup(doc: Doc, routingKey: string, opts: FormatOptions): void {
  fixFields(doc);
  addProcessGuids(doc, routingKey);
  if (opts.serverUrl) addLinks(doc, opts.serverUrl);
}

/** A deep copy of a parsed JSON value (objects, arrays, strings, numbers, bigints, booleans, null). */
function clonePlain(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(clonePlain);
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(src)) {
    // A JSON document may carry a "__proto__" key: keep it as the plain field it is.
    if (key === '__proto__')
      Object.defineProperty(out, key, {
        value: clonePlain(src[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = clonePlain(src[key]);
  }
  return out;
}

const copy = (v: unknown): Doc => clonePlain(v) as Doc;

/**
 * Forwarder-compatible events for one JSON notification: `type` from the routing key (numbered
 * ids folded), `cb_server`, the field fixups, and one event per entry of a `docs` array.
 */
export function normalizeNotification(
  event: NotificationEvent,
  routingKey: string,
  opts: FormatOptions,
): EventRecord[] {
  const top = { ...event.doc };
  top.type = event.type;
  fixup(top, routingKey, opts);
  top.cb_server = opts.serverName;
  if (event.schemaViolations) top.schema_violations = event.schemaViolations;
  const docs = top.docs;
  if (!Array.isArray(docs)) return [top as EventRecord];
  delete top.docs;
  const out: EventRecord[] = [];
  for (const sub of docs) {
    if (!sub || typeof sub !== 'object' || Array.isArray(sub)) continue;
    const doc = copy(sub);
    fixup(doc, routingKey, opts);
    const record = copy(top);
    record.docs = [doc as FieldValue];
    out.push(record as EventRecord);
  }
  // The forwarder emits nothing for a hit whose docs array is empty; we keep the notification.
  if (out.length === 0) out.push({ ...top, docs: [] } as EventRecord);
  return out;
}
