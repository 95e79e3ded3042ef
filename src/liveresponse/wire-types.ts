/**
 * The objects the CB Live Response API exchanges (`/api/v1/cblr/...`), as the seed documents them,
 * with the spellings real servers also use. Times are unix seconds (fractional).
 */

/** Session states: `close` is also what a client PUTs to end a session. */
export type SessionStatus = 'pending' | 'active' | 'timeout' | 'inactive' | 'close';

/** A `cblr_sensor` session object. Until the sensor checks in only `id` and a few fields are meaningful. */
export interface LrSession {
  id: number;
  sensor_id: number;
  status: SessionStatus;
  hostname: string;
  os_version: string;
  address: string | null;
  current_working_directory: string;
  drives: string[];
  supported_commands: string[];
  storage_size: number;
  storage_ttl: number;
  create_time: number;
  check_in_timeout: number;
  sensor_wait_timeout: number;
  session_timeout: number;
}

/** Options of `POST /api/v1/cblr/session`. */
export interface CreateSessionOptions {
  /** Seconds the server waits for the sensor to check in. */
  checkin_timeout?: number;
  /** Seconds a command may run on the sensor by default. */
  default_command_timeout?: number;
  /** Seconds without commands or keepalives before the session ends. */
  sensor_wait_timeout?: number;
  /** `?wait=true`: the server answers once the session is available. */
  wait?: boolean;
}

/** Command states; `in progress` and `pending` are the running ones. */
export type CommandStatus = 'pending' | 'in progress' | 'complete' | 'error' | 'cancel';

/** Fields every command object has, whatever the command. */
export interface LrCommandBase {
  id: number;
  session_id: number;
  sensor_id: number;
  name: string;
  object: unknown;
  status: CommandStatus;
  username?: string;
  create_time: number;
  command_timeout?: number;
  /** When it completed; servers send `completion` or `completion_time` (the client fills both). */
  completion?: number;
  completion_time?: number;
  result_code?: number;
  result_type?: string;
  result_desc?: string;
}

/** A file the sensor uploaded to (or a client put into) the session's storage. */
export interface LrFileInfo {
  id: number;
  session_id?: number;
  file_name: string;
  size: number;
  size_uploaded: number;
  status: number;
  delete: boolean;
}

/** One entry of a `directory list` result. Some servers send `filename` instead of `name`. */
export interface LrDirectoryEntry {
  attributes: string[];
  create_time: number;
  last_access_time: number;
  last_write_time: number;
  size: number;
  name: string;
  alt_name: string;
  filename?: string;
}

export interface LrProcess {
  pid: number;
  create_time: number;
  proc_guid: string;
  path: string;
  command_line: string;
  sid: string;
  username: string;
  parent: number;
  parent_guid: string;
}

/** Registry value types the sensor reports and `reg set value` accepts. */
export const REGISTRY_VALUE_TYPES = [
  'REG_SZ',
  'REG_EXPAND_SZ',
  'REG_MULTI_SZ',
  'REG_DWORD',
  'REG_QWORD',
  'REG_BINARY',
  'REG_NONE',
] as const;
export type RegistryValueType = (typeof REGISTRY_VALUE_TYPES)[number];

export interface LrRegistryValue {
  value_type: RegistryValueType;
  value_name: string;
  value_data: string | number | string[];
}
