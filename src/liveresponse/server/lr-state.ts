import { Buffer } from 'node:buffer';
import { strToU8, zipSync } from 'fflate';
import type { LrFileInfo, LrSession } from '../wire-types';
import { runSensorCommand } from './sensor-commands';
import { SensorModel } from './sensor-model';
import type { SensorsFile, ServerBehaviour } from './sensors-file';

/** A request the emulated server refuses with an HTTP status (`reason` is the body's text). */
export class LrServerRefusal extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

interface StoredFile {
  info: LrFileInfo;
  data: Buffer;
}

interface ServerCommand {
  object: Record<string, unknown>;
  timer?: NodeJS.Timeout;
}

interface ServerSession {
  object: LrSession;
  sensor: SensorModel;
  commands: ServerCommand[];
  files: Map<number, StoredFile>;
  /** The command the sensor is running; the rest wait in order. */
  running?: ServerCommand;
  checkInTimer?: NodeJS.Timeout;
  expiryTimer?: NodeJS.Timeout;
  /** Callers of POST ?wait=true waiting for the session to leave `pending`. */
  waiters: Array<() => void>;
}

const OPEN = new Set(['pending', 'active']);
const now = (): number => Date.now() / 1000;

/**
 * The state of an emulated CB server's Live Response: sessions that check in after the sensor's
 * delay (or time out when it is offline), expire without activity, are limited in number; commands
 * that run in order per session, go pending → in progress → complete | error and act on the sensor.
 */
export class LrServerState {
  readonly sensors = new Map<number, SensorModel>();
  readonly behaviour: ServerBehaviour;
  private readonly sessions = new Map<number, ServerSession>();
  private nextSessionId = 1;
  private nextCommandId = 1;
  private nextFileId = 1;
  /** Most sessions open at once since start (pending or active). */
  peakOpenSessions = 0;
  /** Test and demo control: called when a command arrives (before it is checked) and when one finishes. */
  readonly hooks: {
    commandArrives?: (sessionId: number) => void;
    commandFinished?: (sessionId: number, command: Record<string, unknown>) => void;
  } = {};

  constructor(file: SensorsFile) {
    this.behaviour = { ...file.server };
    for (const spec of file.sensors) this.sensors.set(spec.id, new SensorModel(spec));
  }

  openSessionCount(): number {
    return [...this.sessions.values()].filter((s) => OPEN.has(s.object.status)).length;
  }

  listSessions(): LrSession[] {
    return [...this.sessions.values()].map((s) => s.object);
  }

  getSession(id: number): LrSession {
    return this.session(id).object;
  }

  private session(id: number): ServerSession {
    const s = this.sessions.get(id);
    if (!s) throw new LrServerRefusal(404, `session ${id} not found`);
    return s;
  }

  /** A session that can take commands and file requests: open, else 404 as CB answers for ended sessions. */
  private openSession(id: number): ServerSession {
    const s = this.session(id);
    if (!OPEN.has(s.object.status)) throw new LrServerRefusal(404, `session ${id} is ${s.object.status}`);
    return s;
  }

  /**
   * POST /session: an open session of the sensor is answered again (CB keeps one per sensor);
   * otherwise a new pending one, when a slot is free.
   */
  createSession(body: Record<string, unknown>): { session: LrSession; settled: Promise<void> } {
    const sensorId = Number(body.sensor_id);
    const sensor = this.sensors.get(sensorId);
    if (!Number.isInteger(sensorId) || !sensor)
      throw new LrServerRefusal(404, `sensor ${String(body.sensor_id)} not found`);
    const existing = [...this.sessions.values()].find(
      (s) => s.object.sensor_id === sensorId && OPEN.has(s.object.status),
    );
    if (existing) return { session: existing.object, settled: this.settled(existing) };
    if (this.openSessionCount() >= this.behaviour.max_sessions) {
      throw new LrServerRefusal(
        503,
        `the maximum of ${this.behaviour.max_sessions} concurrent Live Response sessions is reached`,
      );
    }
    const seconds = (v: unknown, fallback: number): number => (typeof v === 'number' && v > 0 ? v : fallback);
    const object: LrSession = {
      status: 'pending',
      sensor_id: sensorId,
      supported_commands: [],
      drives: [],
      storage_size: 0,
      create_time: now(),
      sensor_wait_timeout: seconds(body.sensor_wait_timeout, this.behaviour.sensor_wait_timeout_s),
      address: null,
      check_in_timeout: seconds(body.checkin_timeout, this.behaviour.check_in_timeout_s),
      id: this.nextSessionId++,
      hostname: sensor.spec.hostname,
      storage_ttl: 7,
      os_version: '',
      session_timeout: this.behaviour.session_timeout_s,
      current_working_directory: '',
    };
    const s: ServerSession = { object, sensor, commands: [], files: new Map(), waiters: [] };
    this.sessions.set(object.id, s);
    this.peakOpenSessions = Math.max(this.peakOpenSessions, this.openSessionCount());
    this.scheduleCheckIn(s);
    return { session: object, settled: this.settled(s) };
  }

  /** Resolves once the session is no longer pending. */
  private settled(s: ServerSession): Promise<void> {
    return s.object.status === 'pending' ? new Promise((resolve) => s.waiters.push(resolve)) : Promise.resolve();
  }

  private scheduleCheckIn(s: ServerSession): void {
    clearTimeout(s.checkInTimer);
    const timeoutMs = s.object.check_in_timeout * 1000;
    const elapsedMs = Date.now() - s.object.create_time * 1000;
    const checkIn = s.sensor.spec.online ? s.sensor.spec.checkin_delay_ms : Number.POSITIVE_INFINITY;
    if (checkIn <= timeoutMs) {
      s.checkInTimer = setTimeout(() => this.activate(s), Math.max(0, checkIn - elapsedMs));
    } else {
      s.checkInTimer = setTimeout(() => this.end(s, 'timeout'), Math.max(0, timeoutMs - elapsedMs));
    }
  }

  private activate(s: ServerSession): void {
    if (s.object.status !== 'pending') return;
    const { sensor } = s;
    Object.assign(s.object, {
      status: 'active',
      supported_commands: [...sensor.supportedCommands],
      drives: [...sensor.drives],
      address: `::ffff:${sensor.spec.address}`,
      os_version: sensor.spec.os_version,
      current_working_directory: sensor.cwd,
    });
    this.touch(s);
    this.wake(s);
    this.startNext(s);
  }

  private wake(s: ServerSession): void {
    for (const w of s.waiters.splice(0)) w();
  }

  /** Command or keepalive activity: restart the sensor_wait_timeout clock. */
  private touch(s: ServerSession): void {
    clearTimeout(s.expiryTimer);
    if (s.object.status === 'active')
      s.expiryTimer = setTimeout(() => this.end(s, 'timeout'), s.object.sensor_wait_timeout * 1000);
  }

  private end(s: ServerSession, status: 'timeout' | 'close'): void {
    if (!OPEN.has(s.object.status)) return;
    s.object.status = status;
    clearTimeout(s.checkInTimer);
    clearTimeout(s.expiryTimer);
    for (const c of s.commands) {
      clearTimeout(c.timer);
      if (c.object.status === 'pending' || c.object.status === 'in progress') {
        Object.assign(c.object, {
          status: 'error',
          result_type: 'CbError',
          result_code: 0x80004005,
          result_desc: `session ${status === 'close' ? 'closed' : 'timed out'}`,
        });
      }
    }
    s.running = undefined;
    this.wake(s);
  }

  /** PUT /session/{id}: `status: close` closes it; other fields are ignored, as CB does. */
  updateSession(id: number, body: Record<string, unknown>): LrSession {
    const s = this.session(id);
    if (body.status === 'close') this.end(s, 'close');
    return s.object;
  }

  keepalive(id: number): void {
    const s = this.openSession(id);
    this.touch(s);
  }

  /** Test control: end an open session as if it expired on the server. */
  expireSession(id: number): void {
    this.end(this.session(id), 'timeout');
  }

  /** Test control: a sensor going on or offline (pending sessions of an online sensor check in). */
  setSensorOnline(sensorId: number, online: boolean): void {
    const sensor = this.sensors.get(sensorId);
    if (!sensor) throw new Error(`no sensor ${sensorId}`);
    sensor.spec.online = online;
    for (const s of this.sessions.values())
      if (s.sensor === sensor && s.object.status === 'pending') this.scheduleCheckIn(s);
  }

  // ---- commands ----

  createCommand(sessionId: number, body: Record<string, unknown>): Record<string, unknown> {
    this.hooks.commandArrives?.(sessionId);
    const s = this.openSession(sessionId);
    if (typeof body.name !== 'string' || body.name === '') throw new LrServerRefusal(400, "a command needs a 'name'");
    const { session_id: _sid, id: _id, status: _st, ...fields } = body;
    const object: Record<string, unknown> = {
      ...fields,
      status: 'pending',
      username: this.behaviour.username,
      sensor_id: s.object.sensor_id,
      create_time: now(),
      object: body.object ?? null,
      id: this.nextCommandId++,
      session_id: sessionId,
    };
    s.commands.push({ object });
    if (s.object.status === 'active') this.touch(s);
    this.startNext(s);
    return object;
  }

  private commandDelay(s: ServerSession): number {
    return s.sensor.spec.command_delay_ms ?? this.behaviour.command_delay_ms;
  }

  /** The sensor runs one command at a time, in order: pending for half its delay, in progress for the rest. */
  private startNext(s: ServerSession): void {
    if (s.running || s.object.status !== 'active') return;
    const next = s.commands.find((c) => c.object.status === 'pending');
    if (!next) return;
    s.running = next;
    const half = this.commandDelay(s) / 2;
    next.timer = setTimeout(() => {
      next.object.status = 'in progress';
      next.timer = setTimeout(() => this.finish(s, next), half);
    }, half);
  }

  private finish(s: ServerSession, c: ServerCommand): void {
    if (c.object.status !== 'in progress') return;
    const outcome = runSensorCommand(s.sensor, c.object, {
      add: (fileName, data) => this.storeFile(s, fileName, data),
      get: (fileId) => s.files.get(fileId)?.data,
    });
    const completion = { [this.behaviour.completion_field]: now() };
    if (outcome.ok) {
      Object.assign(c.object, outcome.fields, { status: 'complete' }, completion);
    } else {
      Object.assign(
        c.object,
        {
          status: 'error',
          result_type: outcome.fault.type,
          result_code: outcome.fault.code,
          result_desc: outcome.fault.desc,
        },
        completion,
      );
    }
    s.running = undefined;
    this.touch(s);
    this.hooks.commandFinished?.(s.object.id, c.object);
    this.startNext(s);
  }

  listCommands(sessionId: number, status?: string, count?: number): Array<Record<string, unknown>> {
    const wanted = status === 'completed' ? 'complete' : status === 'canceled' ? 'cancel' : status;
    let list = this.session(sessionId)
      .commands.map((c) => c.object)
      .filter((c) => !wanted || c.status === wanted);
    if (count !== undefined && count >= 0) list = list.slice(0, count);
    return list;
  }

  getCommand(sessionId: number, commandId: number): Record<string, unknown> {
    const c = this.session(sessionId).commands.find((x) => x.object.id === commandId);
    if (!c) throw new LrServerRefusal(404, `command ${commandId} not found in session ${sessionId}`);
    return c.object;
  }

  /** PUT /command/{id} with `status: cancel`: only a pending command can be cancelled. */
  updateCommand(sessionId: number, commandId: number, body: Record<string, unknown>): Record<string, unknown> {
    const s = this.session(sessionId);
    const c = s.commands.find((x) => x.object.id === commandId);
    if (!c) throw new LrServerRefusal(404, `command ${commandId} not found in session ${sessionId}`);
    if (body.status !== 'cancel') return c.object;
    if (c.object.status !== 'pending')
      throw new LrServerRefusal(
        400,
        `command ${commandId} is ${String(c.object.status)}; only a pending command can be cancelled`,
      );
    clearTimeout(c.timer);
    c.object.status = 'cancel';
    if (s.running === c) {
      s.running = undefined;
      this.startNext(s);
    }
    return c.object;
  }

  // ---- files ----

  private storeFile(s: ServerSession, fileName: string, data: Buffer): number {
    const id = this.nextFileId++;
    s.files.set(id, {
      info: {
        id,
        session_id: s.object.id,
        file_name: fileName,
        size: data.length,
        size_uploaded: data.length,
        status: 0,
        delete: false,
      },
      data,
    });
    s.object.storage_size += data.length;
    return id;
  }

  /** POST /session/{id}/file (multipart upload for put file). */
  uploadFile(sessionId: number, fileName: string, data: Buffer): { id: number } {
    return { id: this.storeFile(this.openSession(sessionId), fileName, data) };
  }

  listFiles(sessionId: number): LrFileInfo[] {
    return [...this.session(sessionId).files.values()].map((f) => f.info);
  }

  file(sessionId: number, fileId: number): StoredFile {
    const f = this.session(sessionId).files.get(fileId);
    if (!f) throw new LrServerRefusal(404, `file ${fileId} not found in session ${sessionId}`);
    return f;
  }

  deleteFile(sessionId: number, fileId: number): void {
    const s = this.session(sessionId);
    const f = this.file(sessionId, fileId);
    s.files.delete(fileId);
    s.object.storage_size -= f.data.length;
  }

  /** The session archive: a zip of the session object, its commands and every stored file. */
  archive(sessionId: number): Buffer {
    const s = this.session(sessionId);
    const entries: Record<string, Uint8Array> = {
      'session.json': strToU8(JSON.stringify(s.object, null, 2)),
      'commands.json': strToU8(
        JSON.stringify(
          s.commands.map((c) => c.object),
          null,
          2,
        ),
      ),
    };
    for (const f of s.files.values())
      entries[`files/${f.info.id}-${f.info.file_name.split(/[\\/]/).pop() ?? 'file'}`] = f.data;
    return Buffer.from(zipSync(entries));
  }

  /** Stops every timer (server shutdown). */
  stop(): void {
    for (const s of this.sessions.values()) {
      clearTimeout(s.checkInTimer);
      clearTimeout(s.expiryTimer);
      for (const c of s.commands) clearTimeout(c.timer);
      this.wake(s);
    }
  }
}
