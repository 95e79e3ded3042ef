import type { EventRecord, FieldValue } from '../../event/event-model';
import { toJson } from '../json-writer';
import { iocAttributes, productVersion, promoteSingleDoc } from '../../event/flat-event';

const LEEF_VERSION = '1.0';
const VENDOR = 'CB';
const PRODUCT = 'CB';

/** Netconn and IOC fields renamed to QRadar's normalized names, by direction. */
const OUTBOUND: Readonly<Record<string, string>> = {
  local_ip: 'src',
  remote_ip: 'dst',
  protocol: 'proto',
  local_port: 'srcPort',
  remote_port: 'dstPort',
};
const INBOUND: Readonly<Record<string, string>> = {
  local_ip: 'dst',
  remote_ip: 'src',
  protocol: 'proto',
  local_port: 'dstPort',
  remote_port: 'srcPort',
};

const escapeValue = (s: string): string =>
  s.replace(/[\\\n\r\t=]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '=': '\\=' })[c]!);
const escapeHeader = (s: string): string => s.replace(/[\\|]/g, (c) => `\\${c}`);

function addQRadarNames(target: EventRecord, source: Record<string, unknown>): void {
  const names = source.direction === 'inbound' ? INBOUND : OUTBOUND;
  for (const [from, to] of Object.entries(names)) {
    if (from in source) target[to] = source[from] as FieldValue;
  }
}

function valueText(v: FieldValue): string {
  if (typeof v === 'string') return escapeValue(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '';
    if (v.length === 1 && typeof v[0] !== 'object') return escapeValue(String(v[0]));
    return escapeValue(toJson(v));
  }
  if (v !== null && typeof v === 'object') return Object.keys(v).length === 0 ? '' : escapeValue(toJson(v));
  return String(v);
}

/**
 * One LEEF 1.0 line for QRadar from a normalized event, following the forwarder's mapping:
 * a single `docs` entry promoted to the top, IOC and netconn addresses under QRadar's names,
 * keys sorted, tab-separated, `procstart` announced as `ingress.event.process`.
 */
export function leefLine(event: EventRecord): string {
  const flat = promoteSingleDoc(event);
  const ioc = iocAttributes(flat);
  if (ioc) addQRadarNames(flat, ioc);
  if (flat.type === 'ingress.event.netconn') addQRadarNames(flat, flat);
  let type = typeof flat.type === 'string' ? flat.type : 'unknown.event.type';
  if (type === 'ingress.event.procstart') type = 'ingress.event.process';
  const version = productVersion(flat);
  const pairs = Object.keys(flat)
    .sort()
    .filter((k) => flat[k] !== undefined && flat[k] !== null)
    .map((k) => `${k}=${valueText(flat[k])}`);
  return `LEEF:${LEEF_VERSION}|${VENDOR}|${PRODUCT}|${escapeHeader(version)}|${escapeHeader(type)}|${pairs.join('\t')}`;
}
