import { createWriteStream, openAsBlob } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, FormData, request, type Dispatcher } from 'undici';
import { commandBody, type CommandRequest, type LrCommand } from './commands';
import {
  LrBadResponseError,
  LrCommandCancelledError,
  LrCommandError,
  LrError,
  LrHttpError,
  LrTransportError,
  kindForStatus,
} from './errors';
import type { CommandStatus, CreateSessionOptions, LrFileInfo, LrSession } from './wire-types';

export interface LrClientOptions {
  /** Base URL of the CB server, e.g. https://cb.example.com (the API lives under /api/v1/cblr). */
  url: string;
  /** The API token, sent as X-Auth-Token (never logged or shown in errors). */
  token: string;
  /** PEM CA bundle for https servers with a private CA. */
  ca?: string | Buffer;
  /** Verify the server certificate (default true). */
  verifyTls?: boolean;
  /** Longest wait for any one request's answer, and between chunks of a body (ms). */
  requestTimeoutMs?: number;
  /** How often an idempotent request (GET, PUT) is retried after a 5xx, timeout or network error. */
  retries?: number;
  /** First retry delay (ms); doubles each time. */
  retryDelayMs?: number;
}

/** Per-call options: an AbortSignal (the job's deadline or a Ctrl-C) and a timeout override. */
export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface TransferProgress {
  bytes: number;
  /** Expected size when known. */
  total?: number;
}

export interface DownloadOptions extends CallOptions {
  onProgress?: (p: TransferProgress) => void;
  /** Expected size, for progress. */
  total?: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestSpec extends CallOptions {
  method: Method;
  path: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  form?: FormData;
}

const API = '/api/v1/cblr';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fills the completion time under both spellings servers use. */
function normalizeCommand(raw: Record<string, unknown>): LrCommand {
  const completion = raw.completion ?? raw.completion_time;
  if (typeof completion === 'number') {
    raw.completion = completion;
    raw.completion_time = completion;
  }
  if (Array.isArray(raw.files)) {
    for (const f of raw.files as Record<string, unknown>[])
      if (isObject(f) && f.name === undefined && typeof f.filename === 'string') f.name = f.filename;
  }
  return raw as unknown as LrCommand;
}

/**
 * A typed client for the CB Live Response REST API: sessions, commands, session file storage.
 * Every request has a timeout; GET and PUT are retried a bounded number of times on 5xx, timeouts
 * and network errors; POSTs (which create things on the server) are never retried.
 */
export class LrClient {
  private readonly base: URL;
  private readonly dispatcher: Dispatcher;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;

  constructor(private readonly options: LrClientOptions) {
    let base: URL;
    try {
      base = new URL(options.url);
    } catch {
      throw new LrError('bad_request', `the Live Response URL is not a URL: '${options.url}'`);
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:')
      throw new LrError('bad_request', `the Live Response URL must be http:// or https://, not ${base.protocol}`);
    if (!options.token)
      throw new LrError(
        'unauthorized',
        'no Live Response API token: set CB_BRIDGE_LR_TOKEN (or CB_BRIDGE_LR_TOKEN_FILE, or --token)',
      );
    this.base = base;
    this.timeoutMs = options.requestTimeoutMs ?? 30_000;
    this.retries = options.retries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 250;
    this.dispatcher = new Agent({
      connect: { ca: options.ca, rejectUnauthorized: options.verifyTls ?? true },
      keepAliveTimeout: 10_000,
    });
  }

  /** The server this client talks to (no token). */
  get url(): string {
    return this.base.origin;
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  // ---- sessions ----

  async createSession(sensorId: number, opts: CreateSessionOptions = {}, call: CallOptions = {}): Promise<LrSession> {
    const { wait, ...fields } = opts;
    const body = { sensor_id: sensorId, ...fields };
    return this.session(
      await this.json({
        ...call,
        method: 'POST',
        path: `${API}/session`,
        query: wait ? { wait: 'true' } : undefined,
        json: body,
      }),
      'POST',
      `${API}/session`,
    );
  }

  async getSession(sessionId: number, call: CallOptions = {}): Promise<LrSession> {
    const path = `${API}/session/${sessionId}`;
    return this.session(await this.json({ ...call, method: 'GET', path }), 'GET', path);
  }

  async listSessions(call: CallOptions = {}): Promise<LrSession[]> {
    const path = `${API}/session`;
    const list = await this.json({ ...call, method: 'GET', path });
    if (!Array.isArray(list)) throw new LrBadResponseError('GET', path, 'expected a list of sessions');
    return list.map((s) => this.session(s, 'GET', path));
  }

  /** Closes a session the way CB wants it: GET the session, set `status` to `close`, PUT it back. */
  async closeSession(sessionId: number, call: CallOptions = {}): Promise<LrSession> {
    const current = await this.getSession(sessionId, call);
    const path = `${API}/session/${sessionId}`;
    return this.session(
      await this.json({ ...call, method: 'PUT', path, json: { ...current, status: 'close' } }),
      'PUT',
      path,
    );
  }

  async keepalive(sessionId: number, call: CallOptions = {}): Promise<void> {
    await this.json({ ...call, method: 'GET', path: `${API}/session/${sessionId}/keepalive` });
  }

  /** Streams the session archive (a zip of its commands and files) to `dest`. */
  async downloadArchive(sessionId: number, dest: string | Writable, opts: DownloadOptions = {}): Promise<number> {
    return this.download(`${API}/session/${sessionId}/archive`, dest, opts);
  }

  // ---- commands ----

  /** POSTs a command; it starts `pending`. Never retried: the sensor might run it twice. */
  async createCommand(sessionId: number, command: CommandRequest, call: CallOptions = {}): Promise<LrCommand> {
    const path = `${API}/session/${sessionId}/command`;
    return this.command(
      await this.json({ ...call, method: 'POST', path, json: commandBody(sessionId, command) }),
      'POST',
      path,
    );
  }

  async listCommands(
    sessionId: number,
    filter: { status?: CommandStatus | 'completed' | 'canceled'; count?: number } = {},
    call: CallOptions = {},
  ): Promise<LrCommand[]> {
    const path = `${API}/session/${sessionId}/command`;
    const list = await this.json({
      ...call,
      method: 'GET',
      path,
      query: { status: filter.status, count: filter.count },
    });
    if (!Array.isArray(list)) throw new LrBadResponseError('GET', path, 'expected a list of commands');
    return list.map((c) => this.command(c, 'GET', path));
  }

  async getCommand(sessionId: number, commandId: number, call: CallOptions = {}): Promise<LrCommand> {
    const path = `${API}/session/${sessionId}/command/${commandId}`;
    return this.command(await this.json({ ...call, method: 'GET', path }), 'GET', path);
  }

  /** Cancels a command that is still `pending` (the server refuses once it runs). */
  async cancelCommand(sessionId: number, commandId: number, call: CallOptions = {}): Promise<LrCommand> {
    const path = `${API}/session/${sessionId}/command/${commandId}`;
    const current = await this.getCommand(sessionId, commandId, call);
    return this.command(
      await this.json({ ...call, method: 'PUT', path, json: { ...current, status: 'cancel' } }),
      'PUT',
      path,
    );
  }

  /**
   * Polls a command until it finishes: resolves with the completed object, throws LrCommandError
   * (status `error`, with its result codes) or LrCommandCancelledError. `signal` bounds the wait.
   */
  async waitForCommand(
    sessionId: number,
    commandId: number,
    opts: CallOptions & { pollMs?: number; maxPollMs?: number } = {},
  ): Promise<LrCommand> {
    let delay = opts.pollMs ?? 100;
    for (;;) {
      const cmd = await this.getCommand(sessionId, commandId, opts);
      if (cmd.status === 'complete') return cmd;
      if (cmd.status === 'error')
        throw new LrCommandError(
          cmd,
          Number(cmd.result_code ?? 0),
          String(cmd.result_type ?? 'unknown'),
          String(cmd.result_desc ?? ''),
        );
      if (cmd.status === 'cancel') throw new LrCommandCancelledError(cmd);
      await sleep(delay, undefined, { signal: opts.signal });
      delay = Math.min(delay * 2, opts.maxPollMs ?? 1000);
    }
  }

  // ---- files ----

  async listFiles(sessionId: number, call: CallOptions = {}): Promise<LrFileInfo[]> {
    const path = `${API}/session/${sessionId}/file`;
    const list = await this.json({ ...call, method: 'GET', path });
    if (!Array.isArray(list)) throw new LrBadResponseError('GET', path, 'expected a list of files');
    return list.map((f) => this.file(f, 'GET', path));
  }

  async getFile(sessionId: number, fileId: number, call: CallOptions = {}): Promise<LrFileInfo> {
    const path = `${API}/session/${sessionId}/file/${fileId}`;
    return this.file(await this.json({ ...call, method: 'GET', path }), 'GET', path);
  }

  /** Deletes a file from the session storage: DELETE, or (`viaPut`) PUT the file object with `delete: true`. */
  async deleteFile(sessionId: number, fileId: number, opts: CallOptions & { viaPut?: boolean } = {}): Promise<void> {
    const path = `${API}/session/${sessionId}/file/${fileId}`;
    if (opts.viaPut) {
      const current = await this.getFile(sessionId, fileId, opts);
      await this.json({ ...opts, method: 'PUT', path, json: { ...current, delete: true } });
    } else {
      await this.json({ ...opts, method: 'DELETE', path });
    }
  }

  /** Streams a stored file's bytes to `dest` (a path, written as it arrives, or a stream); returns the byte count. */
  async downloadFile(
    sessionId: number,
    fileId: number,
    dest: string | Writable,
    opts: DownloadOptions = {},
  ): Promise<number> {
    return this.download(`${API}/session/${sessionId}/file/${fileId}/content`, dest, opts);
  }

  /**
   * Uploads a local file (read from disk as it is sent) or bytes into the session storage for
   * `put file`: multipart, form field `file`. Answers the new file id. Never retried.
   */
  async uploadFile(
    sessionId: number,
    source: string | Buffer,
    call: CallOptions & { name?: string } = {},
  ): Promise<{ id: number }> {
    const path = `${API}/session/${sessionId}/file`;
    const form = new FormData();
    if (typeof source === 'string') form.set('file', await openAsBlob(source), call.name ?? basename(source));
    else form.set('file', new Blob([source]), call.name ?? 'upload.bin');
    const answer = await this.json({ ...call, method: 'POST', path, form });
    if (!isObject(answer) || typeof answer.id !== 'number')
      throw new LrBadResponseError('POST', path, 'expected {"id": <number>}');
    return { id: answer.id };
  }

  // ---- transport ----

  private headers(json: boolean): Record<string, string> {
    const h: Record<string, string> = { 'x-auth-token': this.options.token, accept: 'application/json' };
    if (json) h['content-type'] = 'application/json';
    return h;
  }

  private urlFor(path: string, query?: RequestSpec['query']): URL {
    const url = new URL(path, this.base);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    return url;
  }

  /** One request with retries (idempotent methods only); resolves with the undici response, status < 400. */
  private async send(spec: RequestSpec): Promise<Dispatcher.ResponseData> {
    const idempotent = spec.method !== 'POST';
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.sendOnce(spec);
      } catch (err) {
        const retryable =
          idempotent &&
          attempt < this.retries &&
          !spec.signal?.aborted &&
          (err instanceof LrTransportError || (err instanceof LrHttpError && err.kind === 'server_error'));
        if (!retryable) throw err;
        await sleep(this.retryDelayMs * 2 ** attempt, undefined, { signal: spec.signal });
      }
    }
  }

  private async sendOnce(spec: RequestSpec): Promise<Dispatcher.ResponseData> {
    const timeoutMs = spec.timeoutMs ?? this.timeoutMs;
    let res: Dispatcher.ResponseData;
    try {
      res = await request(this.urlFor(spec.path, spec.query), {
        method: spec.method,
        dispatcher: this.dispatcher,
        headers: this.headers(spec.json !== undefined),
        body: spec.form ?? (spec.json !== undefined ? JSON.stringify(spec.json) : undefined),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal: spec.signal,
      });
    } catch (err) {
      throw this.transportError(spec, err);
    }
    if (res.statusCode >= 400) {
      const text = await res.body.text().catch(() => '');
      throw new LrHttpError(kindForStatus(res.statusCode), res.statusCode, spec.method, spec.path, serverMessage(text));
    }
    return res;
  }

  private transportError(spec: RequestSpec, err: unknown): Error {
    if (spec.signal?.aborted)
      return spec.signal.reason instanceof Error
        ? spec.signal.reason
        : new LrError('cancelled', `${spec.method} ${spec.path}: cancelled`);
    const code = (err as { code?: string }).code ?? '';
    const maybeApplied = spec.method === 'POST';
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
      return new LrTransportError(
        'timeout',
        spec.method,
        spec.path,
        `no answer within ${spec.timeoutMs ?? this.timeoutMs} ms`,
        maybeApplied,
      );
    }
    return new LrTransportError(
      'network',
      spec.method,
      spec.path,
      `${code || 'request failed'}: ${(err as Error).message}`,
      maybeApplied && code !== 'ECONNREFUSED',
    );
  }

  private async json(spec: RequestSpec): Promise<unknown> {
    const res = await this.send(spec);
    let text: string;
    try {
      text = await res.body.text();
    } catch (err) {
      throw this.transportError(spec, err);
    }
    if (text.trim() === '') return {};
    try {
      return JSON.parse(text);
    } catch {
      throw new LrBadResponseError(spec.method, spec.path, `not JSON (starts ${JSON.stringify(text.slice(0, 40))})`);
    }
  }

  private async download(path: string, dest: string | Writable, opts: DownloadOptions): Promise<number> {
    const res = await this.send({ ...opts, method: 'GET', path });
    const lengthHeader = Number(res.headers['content-length']);
    const total = opts.total ?? (Number.isFinite(lengthHeader) ? lengthHeader : undefined);
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        opts.onProgress?.({ bytes, total });
        done(null, chunk);
      },
    });
    const sink = typeof dest === 'string' ? createWriteStream(dest) : dest;
    try {
      await pipeline(res.body, counter, sink, { signal: opts.signal });
    } catch (err) {
      if (typeof dest === 'string') await rm(dest, { force: true });
      if (err instanceof LrError) throw err;
      throw this.transportError({ ...opts, method: 'GET', path }, err);
    }
    if (total !== undefined && bytes !== total) {
      if (typeof dest === 'string') await rm(dest, { force: true });
      throw new LrBadResponseError('GET', path, `got ${bytes} bytes of ${total}`);
    }
    return bytes;
  }

  private session(raw: unknown, method: string, path: string): LrSession {
    if (!isObject(raw) || typeof raw.id !== 'number' || typeof raw.status !== 'string')
      throw new LrBadResponseError(method, path, 'expected a session object with id and status');
    return raw as unknown as LrSession;
  }

  private command(raw: unknown, method: string, path: string): LrCommand {
    if (
      !isObject(raw) ||
      typeof raw.id !== 'number' ||
      typeof raw.status !== 'string' ||
      typeof raw.name !== 'string'
    ) {
      throw new LrBadResponseError(method, path, 'expected a command object with id, name and status');
    }
    return normalizeCommand(raw);
  }

  private file(raw: unknown, method: string, path: string): LrFileInfo {
    if (!isObject(raw) || typeof raw.id !== 'number')
      throw new LrBadResponseError(method, path, 'expected a file object with an id');
    return raw as unknown as LrFileInfo;
  }
}

/** The server's error text, short: `{"error": "..."}`/`{"message": ...}` or the first 200 characters. */
function serverMessage(text: string): string {
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const said = parsed.reason ?? parsed.error ?? parsed.message;
    if (typeof said === 'string') return said.slice(0, 200);
  } catch {
    // not JSON: fall through
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
