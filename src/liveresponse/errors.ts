/**
 * Typed Live Response errors. Each carries what the server said (status, error text, command
 * result codes) and where (method and path), never the token. `kind` is a stable label for
 * metrics and scripts.
 */

export type LrErrorKind =
  | 'unauthorized'
  | 'disabled'
  | 'not_found'
  | 'bad_request'
  | 'session_limit'
  | 'server_error'
  | 'bad_response'
  | 'timeout'
  | 'network'
  | 'command_error'
  | 'command_cancelled'
  | 'session_timeout'
  | 'sensor_offline'
  | 'deadline'
  | 'cancelled'
  | 'unsupported_command'
  | 'pool_closed';

export class LrError extends Error {
  constructor(
    readonly kind: LrErrorKind,
    message: string,
    readonly details: { method?: string; path?: string; status?: number } = {},
  ) {
    super(message);
    this.name = 'LrError';
  }
}

/** The server answered with an HTTP error status (401, 404, 412, 4xx, 5xx). */
export class LrHttpError extends LrError {
  constructor(
    kind: LrErrorKind,
    readonly status: number,
    readonly method: string,
    readonly path: string,
    readonly serverSays: string,
  ) {
    super(
      kind,
      `${method} ${path}: ${HTTP_MEANING[kind] ?? `HTTP ${status}`}${serverSays ? ` (server said: ${serverSays})` : ''}`,
      { method, path, status },
    );
    this.name = 'LrHttpError';
  }
}

const HTTP_MEANING: Partial<Record<LrErrorKind, string>> = {
  unauthorized: '401 unauthorized: the API token was refused; check CB_BRIDGE_LR_TOKEN',
  disabled: '412 Live Response is disabled on the CB server; an administrator must enable it',
  not_found: '404 not found: the session, command, file or sensor is gone',
  session_limit: 'the server has no free Live Response session slot',
};

/** Maps an HTTP status to the error kind it means for Live Response. */
export function kindForStatus(status: number): LrErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 412) return 'disabled';
  if (status === 404) return 'not_found';
  if (status === 429 || status === 503) return 'session_limit';
  if (status >= 500) return 'server_error';
  return 'bad_request';
}

/** A reply that is not what the API documents (not JSON, wrong shape). */
export class LrBadResponseError extends LrError {
  constructor(method: string, path: string, problem: string) {
    super('bad_response', `${method} ${path}: the server's answer is not a Live Response object: ${problem}`, {
      method,
      path,
    });
    this.name = 'LrBadResponseError';
  }
}

/**
 * No answer in time or the connection failed. For a POST the request may have been applied:
 * `maybeApplied` tells callers not to send it again blindly.
 */
export class LrTransportError extends LrError {
  constructor(
    kind: 'timeout' | 'network',
    method: string,
    path: string,
    problem: string,
    readonly maybeApplied: boolean,
  ) {
    super(
      kind,
      `${method} ${path}: ${problem}${maybeApplied ? ' (the server may have applied it; not retried)' : ''}`,
      { method, path },
    );
    this.name = 'LrTransportError';
  }
}

/** Well-known Windows HRESULTs sensors report, in words. */
const HRESULTS: ReadonlyMap<number, string> = new Map([
  [0x80004005, 'unspecified failure'],
  [0x80070002, 'file not found'],
  [0x80070003, 'path not found'],
  [0x80070005, 'access denied'],
  [0x80070020, 'the file is in use by another process'],
  [0x80070050, 'the file exists'],
  [0x80070057, 'invalid parameter'],
  [0x8007007b, 'invalid file name, directory name or volume label'],
  [0x80070091, 'the directory is not empty'],
  [0x800700b7, 'it already exists'],
  [0x80070490, 'element not found'],
  [0x800705b4, 'the operation timed out'],
  [0x8007000e, 'not enough memory'],
  [0x80070070, 'not enough space on the disk'],
]);

/** `0x80070002` as a number in either signed (-2147024894) or unsigned form → words, or undefined. */
export function describeHresult(code: number): string | undefined {
  return HRESULTS.get(code >>> 0);
}

export function hex(code: number): string {
  return `0x${(code >>> 0).toString(16).padStart(8, '0')}`;
}

/** A command the sensor ran and that ended in `error`. */
export class LrCommandError extends LrError {
  readonly meaning: string | undefined;

  constructor(
    readonly command: { id: number; session_id: number; sensor_id: number; name: string; object: unknown },
    readonly resultCode: number,
    readonly resultType: string,
    readonly resultDesc: string,
  ) {
    const meaning = resultType === 'WinHresult' ? describeHresult(resultCode) : undefined;
    const code = resultType === 'WinHresult' ? hex(resultCode) : String(resultCode);
    const what = [meaning, resultDesc].filter((s) => s).join(': ');
    super(
      'command_error',
      `'${command.name}' ${formatObject(command.object)}on sensor ${command.sensor_id} failed: ${what || 'error'} (${resultType} ${code})`,
    );
    this.meaning = meaning;
    this.name = 'LrCommandError';
  }
}

function formatObject(object: unknown): string {
  if (object === null || object === undefined || object === '') return '';
  return `${typeof object === 'string' ? object : JSON.stringify(object)} `;
}

/** The session ended on the server (sensor did not check in, or no activity past sensor_wait_timeout). */
export class LrSessionStateError extends LrError {
  constructor(
    kind: 'session_timeout' | 'sensor_offline',
    readonly sensorId: number,
    readonly sessionId: number | undefined,
    message: string,
  ) {
    super(kind, message);
    this.name = 'LrSessionStateError';
  }
}

/** A job ran past its deadline or was cancelled by its caller; `stage` says what it was waiting for. */
export class LrJobStopError extends LrError {
  constructor(
    kind: 'deadline' | 'cancelled' | 'pool_closed',
    readonly sensorId: number,
    readonly stage: string,
  ) {
    const why =
      kind === 'deadline'
        ? 'reached its deadline'
        : kind === 'cancelled'
          ? 'was cancelled'
          : 'stopped: the session pool is shutting down';
    super(kind, `job for sensor ${sensorId} ${why} while ${stage}`);
    this.name = 'LrJobStopError';
  }
}

/** The session's `supported_commands` lacks the command: it is refused before it is sent. */
export class LrUnsupportedCommandError extends LrError {
  constructor(
    readonly sensorId: number,
    readonly command: string,
    readonly supported: readonly string[],
  ) {
    super(
      'unsupported_command',
      `sensor ${sensorId} does not support '${command}' (it supports: ${supported.join(', ') || 'nothing yet'})`,
    );
    this.name = 'LrUnsupportedCommandError';
  }
}

/** A command cancelled on the server (by this client or someone else). */
export class LrCommandCancelledError extends LrError {
  constructor(readonly command: { id: number; sensor_id: number; name: string }) {
    super(
      'command_cancelled',
      `'${command.name}' (command ${command.id}) on sensor ${command.sensor_id} was cancelled`,
    );
    this.name = 'LrCommandCancelledError';
  }
}
