import type { CbEventMsg } from '../../event/decoded-event';
import type { EventRecord, FormatOptions } from '../../event/event-model';
import { SensorContext } from './sensor-context';
import { sensorKindOf } from './sensor-kinds';

/**
 * The forwarder-compatible flat event for one CbEventMsg, or null for message kinds the forwarder
 * has no output for (statistics, VT write/load, process metadata, blocked netconns).
 */
export function normalizeSensorEvent(msg: CbEventMsg, opts: FormatOptions): EventRecord | null {
  const kind = sensorKindOf(msg);
  if (!kind) return null;
  const ctx = new SensorContext(msg, opts);
  const type = typeof kind.type === 'string' ? kind.type : kind.type(msg);
  const e = ctx.base(type, kind.eventType);
  if (kind.withProcess) ctx.addProcess(e);
  kind.fill(ctx, e);
  return e;
}
