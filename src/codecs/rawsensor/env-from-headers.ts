import { Buffer } from 'node:buffer';
import type { CbEventMsg } from '../../event/decoded-event';
import { cbbridge } from '../protobuf/generated/cb-sensor-events';
import Long from 'long';

const { CbEnvironmentMsg, CbEndpointEnvironmentMsg, CbServerEnvironmentMsg } = cbbridge.sensor;

/** What the raw-data AMQP headers say about the sensor, already parsed. */
export interface HeaderEnv {
  sensorId?: number;
  sensorHostName?: string;
  hostId?: number;
  nodeId?: number;
}

function headerInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  const text = typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('utf8') : undefined;
  if (text !== undefined && /^\s*-?\d+\s*$/.test(text)) return Number.parseInt(text, 10);
  return undefined;
}

function headerText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  return undefined;
}

/** The integer headers; each fills the field of the same name. */
const INT_HEADERS: ReadonlyArray<'sensorId' | 'hostId' | 'nodeId'> = ['sensorId', 'hostId', 'nodeId'];

/** Parses sensorId/sensorHostName/hostId/nodeId; values may be numbers or strings. */
export function envFromHeaders(headers: Readonly<Record<string, unknown>>, warnings: string[]): HeaderEnv {
  const env: HeaderEnv = {};
  for (const header of INT_HEADERS) {
    if (headers[header] === undefined || headers[header] === null) continue;
    const n = headerInt(headers[header]);
    if (n === undefined) warnings.push(`AMQP header ${header} is not an integer; ignored`);
    else env[header] = n;
  }
  if (headers.sensorHostName !== undefined && headers.sensorHostName !== null) {
    const t = headerText(headers.sensorHostName);
    if (t === undefined) warnings.push('AMQP header sensorHostName is not a string; ignored');
    else env.sensorHostName = t;
  }
  return env;
}

type EnvironmentMsg = NonNullable<CbEventMsg['env']>;

/** The environment message the headers describe. */
export function environmentFromHeaders(env: HeaderEnv): EnvironmentMsg {
  const endpoint = new CbEndpointEnvironmentMsg();
  if (env.sensorId !== undefined) endpoint.SensorId = env.sensorId | 0;
  if (env.sensorHostName !== undefined) endpoint.SensorHostName = env.sensorHostName;
  if (env.hostId !== undefined) endpoint.HostId = Long.fromNumber(env.hostId);
  const server = new CbServerEnvironmentMsg();
  if (env.nodeId !== undefined) server.NodeId = env.nodeId | 0;
  return new CbEnvironmentMsg({ endpoint, server });
}

/**
 * Gives every record with no `env` the one the headers describe (a record's own env always
 * wins), one record at a time as it is decoded. The records of one message share a single
 * environment object, built on first need: decoded messages are read, never changed, after
 * decoding. `filled` counts the records that took it.
 */
export class HeaderEnvFiller {
  private shared: EnvironmentMsg | undefined;
  filled = 0;

  constructor(readonly env: HeaderEnv) {}

  fill(msg: CbEventMsg): void {
    if (msg.env) return;
    msg.env = this.shared ??= environmentFromHeaders(this.env);
    this.filled++;
  }
}

/**
 * The warnings for records that took their environment from headers lacking what names the
 * sensor: without a usable `sensorId` their sensor_id is 0, without `sensorHostName` their
 * computer_name is empty (the events still go; the warning and its metric say why).
 */
export function missingSensorWarnings(records: number, env: HeaderEnv, warnings: string[]): void {
  if (records === 0) return;
  if (env.sensorId === undefined)
    warnings.push(
      `${records} records carry no env and the AMQP header sensorId is missing or not an integer: their sensor_id is 0`,
    );
  if (env.sensorHostName === undefined)
    warnings.push(
      `${records} records carry no env and the AMQP header sensorHostName is missing or not a string: their computer_name is empty`,
    );
}
