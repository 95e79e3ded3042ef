import type { CbEventMsg } from '../../event/decoded-event';
import type { EventRecord, FormatOptions } from '../../event/event-model';
import { filetimeToUnixSeconds, filetimeToUnixFloat, hexUpper, processGuid, int64, utf8, type Int64 } from './values';

const has = (o: object | null | undefined, key: string): boolean => !!o && Object.prototype.hasOwnProperty.call(o, key);

/** Per-record facts every kind needs, computed once. */
export class SensorContext {
  readonly sensorId: number;
  readonly hasSensorId: boolean;
  readonly guid: string;

  constructor(
    readonly msg: CbEventMsg,
    readonly opts: FormatOptions,
  ) {
    const endpoint = msg.env?.endpoint;
    this.sensorId = endpoint?.SensorId ?? 0;
    this.hasSensorId = has(endpoint, 'SensorId');
    const h = msg.header;
    this.guid =
      has(h, 'process_pid') && has(h, 'process_create_time') && this.hasSensorId
        ? processGuid(this.sensorId, h.process_pid ?? 0, h.process_create_time)
        : int64(h.process_guid).toString();
  }

  has(o: object | null | undefined, key: string): boolean {
    return has(o, key);
  }

  time(v: Int64): number {
    return this.opts.floatTimestamps ? filetimeToUnixFloat(v) : filetimeToUnixSeconds(v);
  }

  /** A GUID made from this record's sensor id, a pid and a create time. */
  guidFor(pid: number, createTime: Int64): string {
    return processGuid(this.sensorId, pid, createTime);
  }

  /** `<url>#analyze/<guid>/<segment>` when a server URL is configured. */
  analyzeLink(guid: string, segment: number): string {
    return this.opts.serverUrl ? `${this.opts.serverUrl}#analyze/${guid}/${segment}` : '';
  }

  /** The file path the header's filepath_string_guid names in the strings table. */
  headerPath(): string {
    const guid = this.msg.header.filepath_string_guid;
    for (const s of this.msg.strings ?? []) {
      if (s.guid && guid && s.guid.equals(guid)) return utf8(s.utf8string);
    }
    return '';
  }

  headerMd5(): string {
    return hexUpper(this.msg.header.process_md5);
  }

  headerSha256(): string {
    return hexUpper(this.msg.header.process_sha256);
  }

  /** Fields every event carries: timestamp, cb_server, type, sensor_id, computer_name, event_type. */
  base(type: string, eventType: string): EventRecord {
    const e: EventRecord = { timestamp: this.time(this.msg.header.timestamp) };
    if (this.opts.serverName) e.cb_server = this.opts.serverName;
    e.type = type;
    e.sensor_id = this.sensorId;
    e.computer_name = this.msg.env?.endpoint?.SensorHostName ?? '';
    e.event_type = eventType;
    return e;
  }

  /** The acting process: fork_pid, pid, process_guid, link_process, link_sensor, process_path (each only when set). */
  addProcess(e: EventRecord): void {
    const h = this.msg.header;
    if (h.fork_pid) e.fork_pid = h.fork_pid;
    if (h.process_pid) e.pid = h.process_pid;
    e.process_guid = this.guid;
    if (this.opts.serverUrl) {
      e.link_process = `${this.opts.serverUrl}#analyze/${this.guid}/0`;
      e.link_sensor = `${this.opts.serverUrl}#/host/${this.sensorId}`;
    }
    if (h.process_path) e.process_path = h.process_path;
  }

  /** The header's process hashes, each only when set. */
  addHeaderHashes(e: EventRecord): void {
    const sha = this.headerSha256();
    if (sha) e.sha256 = sha;
    const md5 = this.headerMd5();
    if (md5) e.md5 = md5;
  }
}
