import type { LrCommandBase, LrDirectoryEntry, LrProcess, LrRegistryValue, RegistryValueType } from './wire-types';

/**
 * The built-in Live Response commands: for each, the request a client POSTs (beside `name` and
 * `object`) and the fields the completed command object adds. Names are the wire names, 1:1 with
 * a session's `supported_commands`.
 */
export interface CommandShapes {
  'put file': { request: { object: string; file_id: number }; result: object };
  'get file': { request: { object: string; offset?: number; get_count?: number }; result: { file_id: number } };
  'delete file': { request: { object: string }; result: object };
  'create directory': { request: { object: string }; result: object };
  'directory list': { request: { object: string }; result: { files: LrDirectoryEntry[] } };
  'reg enum key': { request: { object: string }; result: { values: LrRegistryValue[]; sub_keys: string[] } };
  'reg query value': { request: { object: string }; result: { value: LrRegistryValue } };
  'reg create key': { request: { object: string }; result: object };
  'reg delete key': { request: { object: string }; result: object };
  'reg delete value': { request: { object: string }; result: object };
  'reg set value': {
    request: {
      object: string;
      value_type: RegistryValueType;
      value_data: string | number | string[];
      overwrite?: boolean;
    };
    result: object;
  };
  'process list': { request: { object?: null | '' }; result: { processes: LrProcess[] } };
  kill: { request: { object: number | string }; result: object };
  'create process': {
    request: { object: string; wait?: boolean; working_directory?: string; output_file?: string };
    result: { pid: number; return_code?: number };
  };
  memdump: {
    request: { object: string; compress?: boolean };
    result: { complete?: boolean; percentdone?: number; dumping?: boolean; return_code?: number };
  };
}

export type CommandName = keyof CommandShapes;

/** A request for command N: `{ name: N, object, ...its fields }`. */
type CommandRequestOf<N extends CommandName> = { name: N } & CommandShapes[N]['request'];
export type CommandRequest = { [N in CommandName]: CommandRequestOf<N> }[CommandName];

type AllOf<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** A command object of any kind: the base fields and, when complete, its command's result fields. */
export type LrCommand = LrCommandBase & Partial<AllOf<CommandShapes[CommandName]['result']>>;

/** Every built-in command name, in the order the CB console lists them. */
export const COMMAND_NAMES: readonly CommandName[] = [
  'process list',
  'kill',
  'create process',
  'directory list',
  'get file',
  'put file',
  'delete file',
  'create directory',
  'reg enum key',
  'reg query value',
  'reg create key',
  'reg delete key',
  'reg delete value',
  'reg set value',
  'memdump',
];

/** What a command does on the endpoint: `read` commands may be re-sent safely, `change` ones never blindly. */
export const COMMAND_EFFECT: Readonly<Record<CommandName, 'read' | 'change'>> = {
  'process list': 'read',
  'directory list': 'read',
  'get file': 'read',
  'reg enum key': 'read',
  'reg query value': 'read',
  memdump: 'change',
  kill: 'change',
  'create process': 'change',
  'put file': 'change',
  'delete file': 'change',
  'create directory': 'change',
  'reg create key': 'change',
  'reg delete key': 'change',
  'reg delete value': 'change',
  'reg set value': 'change',
};

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}

/**
 * The JSON body of `POST .../command`: CB wants the flags `wait`, `overwrite` and `compress` as the
 * strings "true"/"false" (the seed writes them so); the rest goes as given.
 */
export function commandBody(sessionId: number, request: CommandRequest): Record<string, unknown> {
  const body: Record<string, unknown> = { session_id: sessionId, ...request };
  for (const flag of ['wait', 'overwrite', 'compress']) {
    if (typeof body[flag] === 'boolean') body[flag] = body[flag] ? 'true' : 'false';
  }
  if (body.object === undefined) body.object = null;
  return body;
}
