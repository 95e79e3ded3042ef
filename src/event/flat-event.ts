import type { EventRecord, FieldValue } from './event-model';

/** CB Response version announced when an event does not carry its server's `cb_version`. */
export const DEFAULT_PRODUCT_VERSION = '5.1';

/**
 * A copy of a normalized event as the key=value formats (LEEF, CEF) see it: a hit's single `docs`
 * entry promoted to the top (the forwarder's layout), so its fields are addressed by name.
 */
export function promoteSingleDoc(event: EventRecord): EventRecord {
  const flat: EventRecord = { ...event };
  const docs = flat.docs;
  if (Array.isArray(docs) && docs.length === 1 && docs[0] && typeof docs[0] === 'object' && !Array.isArray(docs[0])) {
    Object.assign(flat, docs[0]);
    delete flat.docs;
  }
  return flat;
}

/** A hit's `ioc_attr` as an object (it arrives as JSON text or as an object), or null when it is neither. */
export function iocAttributes(flat: EventRecord): Record<string, FieldValue> | null {
  const ioc = flat.ioc_attr;
  if (typeof ioc === 'string') {
    try {
      const parsed: unknown = JSON.parse(ioc);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, FieldValue>)
        : null;
    } catch {
      return null;
    }
  }
  return ioc && typeof ioc === 'object' && !Array.isArray(ioc) ? ioc : null;
}

/** The event's CB server version for a format header, else DEFAULT_PRODUCT_VERSION. */
export function productVersion(flat: EventRecord): string {
  const v = flat.cb_version;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : DEFAULT_PRODUCT_VERSION;
}
