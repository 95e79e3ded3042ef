import type { EventRecord, FieldValue } from '../../event/event-model';
import { valueAt, type FieldPath } from '../../event/field-path';
import { fieldsOf, type SinkRecord } from '../sink';

/** Where a record keeps its sensor id, tried in order: normalized events, normalized hits, then decoded ones. */
export const SENSOR_ID_PATHS: readonly FieldPath[] = [
  ['sensor_id'],
  ['docs', '0', 'sensor_id'],
  ['message', 'env', 'endpoint', 'SensorId'],
  ['message', 'sensor_id'],
  ['message', 'docs', '0', 'sensor_id'],
];

/** The fields eventTypeOf reads. */
export const EVENT_TYPE_PATHS: readonly FieldPath[] = [['type'], ['envelope', 'type']];

/**
 * The event's CB type: the record's own `type` (normalized format: `ingress.event.procstart`,
 * `feed.storage.hit.process`), else the decoded envelope's `type` (notifications), else the key the
 * route matched it by (`ingress.event.netconn` for a raw event, also inside a bundle).
 */
export function eventTypeOf(record: SinkRecord): string {
  const fields = fieldsOf(record);
  const own = fields.type;
  if (typeof own === 'string' && own.length > 0) return own;
  const envelope = fields.envelope;
  if (envelope !== null && typeof envelope === 'object' && !Array.isArray(envelope)) {
    const type = envelope.type;
    if (typeof type === 'string' && type.length > 0) return type;
  }
  return record.eventKey;
}

/** The endpoint's sensor id wherever the route's format put it; undefined when the event has none. */
export function sensorIdOf(record: EventRecord): FieldValue | undefined {
  for (const path of SENSOR_ID_PATHS) {
    const v = valueAt(record, path);
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

/**
 * A scalar field as template text: strings as they are, numbers and booleans printed; null, objects and arrays have
 * none.
 */
export function scalarText(value: FieldValue | undefined): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? String(value) : undefined;
    case 'bigint':
    case 'boolean':
      return String(value);
    default:
      return undefined;
  }
}
