import { domainToASCII } from 'node:url';
import type { EventRecord, FieldValue } from '../../event/event-model';
import { eventSeverity, eventTypeInfo, eventTypeOf, SCORE_PATHS } from '../../event/event-types';
import { firstValueAt, valueAt, type FieldPath } from '../../event/field-path';
import type { SinkRecord } from '../sink';
import type { SyslogSinkOptions } from './config';

/** What the header reads of an event (the sink declares these as its event detail). */
export const HOSTNAME_PATHS: readonly FieldPath[] = [
  ['computer_name'],
  ['docs', '0', 'computer_name'],
  ['hostname'],
  ['docs', '0', 'hostname'],
];
export const TIME_PATH: FieldPath = ['timestamp'];
export const SENSOR_PATHS: readonly FieldPath[] = [['sensor_id'], ['docs', '0', 'sensor_id']];
export const HEADER_PATHS: readonly FieldPath[] = [
  ['type'],
  TIME_PATH,
  ...HOSTNAME_PATHS,
  ...SCORE_PATHS,
  ...SENSOR_PATHS,
];

/** RFC 5424 field limits (section 6). */
export const LIMITS = { hostname: 255, appName: 48, procId: 128, msgId: 32, sdName: 32 } as const;

/**
 * Event severity 0-10 (formats/event-types) -> syslog severity: 9-10 crit, 7-8 err, 5-6 warning, 3-4 notice, 0-2 info.
 */
export const SYSLOG_SEVERITY_BY_EVENT_SEVERITY: readonly number[] = [6, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2];

const NIL = '-';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Printable US-ASCII (33-126), which HOSTNAME, APP-NAME, PROCID and MSGID are made of. */
const NOT_PRINTABLE = /[^\x21-\x7e]/;
const NOT_PRINTABLE_ALL = /[^\x21-\x7e]/g;
/** The last millisecond RFC 3339 can write (year 9999). */
const LAST_MS = 253_402_300_799_999;

/**
 * A header field as RFC 5424 allows it: printable ASCII only (a host name in another script goes
 * through IDNA first; any other character becomes '_'), at most `max` characters, NILVALUE when empty.
 */
export function headerField(value: string, max: number): string {
  let text = value;
  if (NOT_PRINTABLE.test(text)) {
    const ascii = /[\u0080-\uffff]/.test(text) ? domainToASCII(text.toLowerCase()) : '';
    text = (ascii || text).replace(NOT_PRINTABLE_ALL, '_');
  }
  text = text.slice(0, max);
  return text === '' ? NIL : text;
}

/** A PARAM-VALUE (RFC 5424 section 6.3.3): `"`, `\` and `]` escaped with a backslash. */
export function sdParamValue(value: string): string {
  return value.replace(/["\\\]]/g, (c) => `\\${c}`);
}

function text(v: FieldValue | undefined): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return undefined;
}

function firstText(record: EventRecord | null, paths: readonly FieldPath[]): string | undefined {
  return firstValueAt(record, paths, text);
}

/**
 * The event's time (ms): its `timestamp` (unix seconds, or an ISO text) when it is a time RFC 3339 can write, else
 * `now`.
 */
export function eventTime(record: EventRecord | null, now: number): number {
  const v = record ? valueAt(record, TIME_PATH) : undefined;
  let ms = NaN;
  if (typeof v === 'number') ms = v * 1000;
  else if (typeof v === 'string') ms = v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) * 1000 : Date.parse(v);
  return Number.isFinite(ms) && ms > 0 && ms <= LAST_MS ? Math.round(ms) : now;
}

/** RFC 3164 TIMESTAMP, `Mmm dd hh:mm:ss` (day padded with a space), in UTC. */
export function bsdTimestamp(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** The parts of a header that depend on the event. */
export interface HeaderFacts {
  pri: number;
  time: number;
  hostname: string;
  msgId: string;
}

/** Facility, severity, time, host and MSGID of one event, by the sink's options and the type table. */
export function headerFacts(r: SinkRecord, o: SyslogSinkOptions, now: number): HeaderFacts {
  const record = r.record;
  const info = eventTypeInfo(eventTypeOf(record, r.eventKey));
  const severity = o.severity ?? SYSLOG_SEVERITY_BY_EVENT_SEVERITY[eventSeverity(record, info)];
  const host = (o.hostnameFromEvent ? firstText(record, HOSTNAME_PATHS) : undefined) ?? o.hostname;
  return {
    pri: o.facility[info.category] * 8 + severity,
    time: eventTime(record, now),
    hostname: host,
    msgId: info.id,
  };
}

/** The structured data element: the event id, type, sensor id and route, escaped. */
function structuredData(sdId: string, r: SinkRecord, route: string): string {
  const params: Array<[string, string | undefined]> = [
    ['event_id', r.id],
    ['type', eventTypeOf(r.record, r.eventKey)],
    ['sensor_id', firstText(r.record, SENSOR_PATHS)],
    ['route', route],
  ];
  let out = `[${sdId}`;
  for (const [name, value] of params) if (value !== undefined) out += ` ${name}="${sdParamValue(value)}"`;
  return `${out}]`;
}

const BOM = '\ufeff';

/**
 * Everything of a syslog message before its MSG, ending with the space (and BOM) before it:
 * RFC 5424 `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID SD `, or RFC 3164 `<PRI>Mmm dd hh:mm:ss HOSTNAME TAG: `.
 */
export function syslogHeader(r: SinkRecord, o: SyslogSinkOptions, route: string, now: number): string {
  const f = headerFacts(r, o, now);
  const host = headerField(f.hostname, LIMITS.hostname);
  if (o.rfc === 3164) return `<${f.pri}>${bsdTimestamp(f.time)} ${host} ${o.appName}: `;
  const sd = o.sdId ? structuredData(o.sdId, r, route) : NIL;
  return `<${f.pri}>1 ${new Date(f.time).toISOString()} ${host} ${headerField(o.appName, LIMITS.appName)} ${NIL} ${headerField(f.msgId, LIMITS.msgId)} ${sd} ${o.utf8Bom ? BOM : ''}`;
}
