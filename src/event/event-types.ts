import { foldRoutingKey } from '../codecs/json/routing-key';
import type { EventRecord, FieldValue } from './event-model';
import { firstValueAt, type FieldPath } from './field-path';

/**
 * What kind of thing an event type reports, for outputs that sort events coarsely (a syslog
 * facility per category): endpoint activity, a detection (watchlist, feed or alert hit, tamper,
 * block), binary information, or the CB server's own housekeeping.
 */
export type EventCategory = 'endpoint' | 'detection' | 'binary' | 'server';
export const EVENT_CATEGORIES: readonly EventCategory[] = ['endpoint', 'detection', 'binary', 'server'];

/** How CEF lays out the fields of an event type (see formats/cef/extensions). */
export type FieldLayout =
  'process' | 'file' | 'netconn' | 'regmod' | 'childproc' | 'crossproc' | 'hit' | 'binary' | 'plain';

/** One CB event type as SIEM outputs name and grade it. */
export interface EventTypeInfo {
  /** Short stable id: the CEF Signature ID and the RFC 5424 MSGID (printable ASCII, at most 32 characters). */
  id: string;
  /** Human-readable name: the CEF Name. */
  name: string;
  category: EventCategory;
  /** Severity 0-10 when the event carries no score (see eventSeverity). */
  severity: number;
  layout: FieldLayout;
}

type Row = [type: string, id: string, name: string, category: EventCategory, severity: number, layout: FieldLayout];

/**
 * Every type the normalized format emits (numbered ids folded: feed.12.storage.hit.process is
 * feed.storage.hit.process). The endpoint types are the forwarder's `type` values; the others are
 * notification routing keys.
 */
const ROWS: readonly Row[] = [
  ['ingress.event.procstart', 'proc-start', 'Process started', 'endpoint', 1, 'process'],
  ['ingress.event.procend', 'proc-end', 'Process ended', 'endpoint', 1, 'process'],
  ['ingress.event.process', 'proc-start', 'Process started', 'endpoint', 1, 'process'],
  ['ingress.event.moduleload', 'module-load', 'Module loaded', 'endpoint', 1, 'file'],
  ['ingress.event.filemod', 'file-mod', 'File modified', 'endpoint', 1, 'file'],
  ['ingress.event.netconn', 'netconn', 'Network connection', 'endpoint', 1, 'netconn'],
  ['ingress.event.regmod', 'reg-mod', 'Registry modified', 'endpoint', 1, 'regmod'],
  ['ingress.event.childproc', 'child-proc', 'Child process', 'endpoint', 1, 'childproc'],
  ['ingress.event.crossprocopen', 'cross-proc-open', 'Cross-process open', 'endpoint', 3, 'crossproc'],
  ['ingress.event.remotethread', 'remote-thread', 'Remote thread created', 'endpoint', 5, 'crossproc'],
  ['ingress.event.emetmitigation', 'emet-mitigation', 'EMET mitigation', 'detection', 7, 'process'],
  ['ingress.event.filelessscriptload', 'fileless-script', 'Fileless script loaded', 'endpoint', 4, 'process'],
  ['ingress.event.tamper', 'tamper', 'Sensor tampering', 'detection', 8, 'plain'],
  ['ingress.event.processblocked', 'proc-blocked', 'Process blocked', 'detection', 6, 'process'],
  ['ingress.event.module', 'module-info', 'Module information', 'binary', 1, 'binary'],
  ['watchlist.hit.process', 'watchlist-process', 'Watchlist hit: process', 'detection', 5, 'hit'],
  ['watchlist.hit.binary', 'watchlist-binary', 'Watchlist hit: binary', 'detection', 5, 'hit'],
  [
    'watchlist.storage.hit.process',
    'watchlist-storage-process',
    'Watchlist storage hit: process',
    'detection',
    5,
    'hit',
  ],
  ['watchlist.storage.hit.binary', 'watchlist-storage-binary', 'Watchlist storage hit: binary', 'detection', 5, 'hit'],
  ['feed.ingress.hit.process', 'feed-ingress-process', 'Feed ingress hit: process', 'detection', 5, 'hit'],
  ['feed.ingress.hit.binary', 'feed-ingress-binary', 'Feed ingress hit: binary', 'detection', 5, 'hit'],
  ['feed.ingress.hit.host', 'feed-ingress-host', 'Feed ingress hit: host', 'detection', 5, 'hit'],
  ['feed.storage.hit.process', 'feed-storage-process', 'Feed storage hit: process', 'detection', 5, 'hit'],
  ['feed.storage.hit.binary', 'feed-storage-binary', 'Feed storage hit: binary', 'detection', 5, 'hit'],
  ['feed.storage.hit.host', 'feed-storage-host', 'Feed storage hit: host', 'detection', 5, 'hit'],
  ['feed.query.hit.process', 'feed-query-process', 'Feed query hit: process', 'detection', 5, 'hit'],
  ['feed.query.hit.binary', 'feed-query-binary', 'Feed query hit: binary', 'detection', 5, 'hit'],
  ['feed.query.hit.host', 'feed-query-host', 'Feed query hit: host', 'detection', 5, 'hit'],
  ['alert.watchlist.hit.ingress.process', 'alert-ingress-process', 'Alert: ingress process hit', 'detection', 6, 'hit'],
  ['alert.watchlist.hit.ingress.binary', 'alert-ingress-binary', 'Alert: ingress binary hit', 'detection', 6, 'hit'],
  ['alert.watchlist.hit.ingress.host', 'alert-ingress-host', 'Alert: ingress host hit', 'detection', 6, 'hit'],
  ['alert.watchlist.hit.query.process', 'alert-query-process', 'Alert: query process hit', 'detection', 6, 'hit'],
  ['alert.watchlist.hit.query.binary', 'alert-query-binary', 'Alert: query binary hit', 'detection', 6, 'hit'],
  ['alert.watchlist.hit.query.host', 'alert-query-host', 'Alert: query host hit', 'detection', 6, 'hit'],
  ['binaryinfo.observed', 'binary-observed', 'Binary observed', 'binary', 1, 'binary'],
  ['binaryinfo.host.observed', 'binary-host-observed', 'Binary observed on a host', 'binary', 1, 'binary'],
  ['binaryinfo.group.observed', 'binary-group-observed', 'Binary observed in a group', 'binary', 1, 'binary'],
  ['binarystore.file.added', 'binary-stored', 'Binary added to the store', 'binary', 1, 'binary'],
  ['feed.synchronized', 'feed-synchronized', 'Feed synchronized', 'server', 1, 'plain'],
  ['cmd.feed.synchronize', 'feed-sync-command', 'Feed synchronization requested', 'server', 1, 'plain'],
  ['task.error.logged', 'task-error', 'Server task error', 'server', 4, 'plain'],
];

const BY_TYPE: ReadonlyMap<string, EventTypeInfo> = new Map(
  ROWS.map(([type, id, name, category, severity, layout]) => [type, { id, name, category, severity, layout }]),
);

/** Types outside the table (events.partition.*, keys of a newer CB): still named, by family. */
const FAMILIES: ReadonlyArray<[prefix: string, info: Omit<EventTypeInfo, 'id' | 'name'>]> = [
  ['alert.', { category: 'detection', severity: 6, layout: 'hit' }],
  ['watchlist.', { category: 'detection', severity: 5, layout: 'hit' }],
  ['feed.', { category: 'detection', severity: 5, layout: 'hit' }],
  ['binary', { category: 'binary', severity: 1, layout: 'binary' }],
  ['ingress.event.', { category: 'endpoint', severity: 1, layout: 'process' }],
];

const MAX_ID_LENGTH = 32;

/**
 * What the table says of a type; a type it does not list gets its family's grading and the type itself as id (cut to
 * 32).
 */
export function eventTypeInfo(type: string): EventTypeInfo {
  const folded = foldRoutingKey(type);
  const known = BY_TYPE.get(folded);
  if (known) return known;
  const family = FAMILIES.find(([prefix]) => folded.startsWith(prefix))?.[1] ?? {
    category: 'server',
    severity: 1,
    layout: 'plain',
  };
  return { ...family, id: printableId(folded), name: folded };
}

/** An id made of printable ASCII only (others become '_'), at most 32 characters, never empty. */
function printableId(type: string): string {
  const id = type.replace(/[^\x21-\x7e]/g, '_').slice(0, MAX_ID_LENGTH);
  return id === '' ? 'unknown' : id;
}

/** The record's `type`, else the key the event came under (decoded records carry no `type`). */
export function eventTypeOf(record: EventRecord | null, eventKey: string): string {
  const type = record?.type;
  return typeof type === 'string' && type !== '' ? type : eventKey;
}

/**
 * Where an event's 0-100 score is, most specific first: an alert's severity, a feed report's
 * score, each at the top or in the hit's single `docs` entry. Paths, so a record cut down to what
 * a sink reads (see sinks/event-detail) is read the same way.
 */
export const SCORE_PATHS: readonly FieldPath[] = [
  ['alert_severity'],
  ['docs', '0', 'alert_severity'],
  ['report_score'],
  ['docs', '0', 'report_score'],
];

function numeric(v: FieldValue | undefined): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** The event's 0-100 score, or undefined when it has none. */
export function scoreOf(record: EventRecord | null): number | undefined {
  return firstValueAt(record, SCORE_PATHS, numeric);
}

/**
 * Severity 0-10 of an event: its score divided by ten (rounded, clamped) when it has one (alerts,
 * feed hits), else its type's severity from the table.
 */
export function eventSeverity(record: EventRecord | null, info: EventTypeInfo): number {
  const score = scoreOf(record);
  if (score === undefined) return info.severity;
  return Math.min(10, Math.max(0, Math.round(score / 10)));
}
