import type { EventRecord, FieldValue } from '../../event/event-model';
import { eventSeverity, eventTypeInfo, eventTypeOf } from '../../event/event-types';
import { iocAttributes, productVersion, promoteSingleDoc } from '../../event/flat-event';
import { toJson } from '../json-writer';
import { convert, rulesFor } from './extensions';

const CEF_VERSION = 0;
const VENDOR = 'Carbon Black';
const PRODUCT = 'CB Response';

/** Header fields escape `\` and `|`; a line break cannot be escaped there, so it becomes a space. */
export function escapeCefHeader(s: string): string {
  return s.replace(/[\\|\r\n]/g, (c) => (c === '\r' || c === '\n' ? ' ' : `\\${c}`));
}

const VALUE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '=': '\\=', '\n': '\\n', '\r': '\\r' };

/** Extension values escape `\` and `=`, and write line breaks as \n and \r. */
export function escapeCefValue(s: string): string {
  return s.replace(/[\\=\n\r]/g, (c) => VALUE_ESCAPES[c]);
}

function plainText(v: FieldValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) return Array.isArray(v) && v.length === 0 ? '' : toJson(v);
  return String(v);
}

/**
 * One CEF line (ArcSight Common Event Format, version 0) from a normalized event:
 * `CEF:0|Carbon Black|CB Response|<cb_version>|<signature id>|<name>|<severity>|<extensions>`.
 * Signature id, name and severity come from the event type table (formats/event-types), the
 * severity from the event's score where it has one; the extensions map the event's fields to
 * CEF's standard keys by the type's layout (formats/cef/extensions), a hit's single `docs` entry
 * read as part of the event and a hit's `ioc_attr` addresses as its network fields. Fields the
 * tables do not map are left out.
 */
export function cefLine(event: EventRecord): string {
  const flat = promoteSingleDoc(event);
  const type = eventTypeOf(flat, 'unknown.event.type');
  const info = eventTypeInfo(type);
  const severity = eventSeverity(event, info);
  const header = [VENDOR, PRODUCT, productVersion(flat), info.id, info.name, String(severity)]
    .map(escapeCefHeader)
    .join('|');
  const taken = new Set<string>();
  const pairs: string[] = [];
  const ioc = iocAttributes(flat);
  for (const r of rulesFor(info.layout, flat, ioc)) {
    if (taken.has(r.key)) continue;
    let text: string | undefined;
    for (const field of r.fields) {
      // A hit's network addresses are in its ioc_attr.
      text = convert(flat[field] ?? ioc?.[field], r.as ?? 'text', plainText);
      if (text !== undefined) break;
    }
    if (text === undefined) continue;
    taken.add(r.key);
    pairs.push(`${r.key}=${escapeCefValue(text)}`);
    if (r.label) pairs.push(`${r.key}Label=${escapeCefValue(r.label)}`);
  }
  return `CEF:${CEF_VERSION}|${header}|${pairs.join(' ')}`;
}
