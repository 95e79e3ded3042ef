import { Buffer } from 'node:buffer';
import { zipSync } from 'fflate';
import type { CommandName } from '../commands';
import { REGISTRY_VALUE_TYPES, type RegistryValueType } from '../wire-types';
import { HRESULT, SensorFault, type SensorModel } from './sensor-model';

/** The session's file storage, as a command sees it. */
export interface SessionStorage {
  /** Stores bytes the sensor uploaded (get file, memdump) and answers the file id. */
  add(fileName: string, data: Buffer): number;
  /** Bytes a client uploaded for `put file`. */
  get(fileId: number): Buffer | undefined;
}

type Body = Record<string, unknown>;
type Handler = (sensor: SensorModel, body: Body, storage: SessionStorage) => Record<string, unknown>;

/** CB sends flags as "true"/"false" strings; accept booleans too. */
function flag(value: unknown): boolean {
  return value === true || value === 'true' || value === 'True';
}

function text(body: Body, field = 'object'): string {
  const v = body[field];
  if (typeof v !== 'string' || v === '')
    throw new SensorFault(HRESULT.INVALID_PARAMETER, `'${field}' must be a non-empty string`);
  return v;
}

function optionalInt(body: Body, field: string): number | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new SensorFault(HRESULT.INVALID_PARAMETER, `'${field}' must be a whole number`);
  return n;
}

/** A command that only acts on the path in `object` and adds no result fields. */
function onPath(act: (sensor: SensorModel, path: string) => void): Handler {
  return (s, b) => {
    act(s, text(b));
    return {};
  };
}

/** What each built-in command does to the sensor, and the fields its completed object adds. */
const HANDLERS: Record<CommandName, Handler> = {
  'process list': (s) => ({ processes: s.processList() }),
  kill: (s, b) => {
    s.kill(b.object);
    return {};
  },
  'create process': (s, b) =>
    s.createProcess(text(b), {
      wait: flag(b.wait),
      workingDirectory:
        typeof b.working_directory === 'string' && b.working_directory ? b.working_directory : undefined,
      outputFile: typeof b.output_file === 'string' && b.output_file ? b.output_file : undefined,
    }),
  'directory list': (s, b) => ({ files: s.listDirectory(text(b)) }),
  'get file': (s, b, storage) => {
    const path = text(b);
    const data = s.readFile(path, optionalInt(b, 'offset') ?? 0, optionalInt(b, 'get_count'));
    return { file_id: storage.add(path, data) };
  },
  'put file': (s, b, storage) => {
    const fileId = optionalInt(b, 'file_id');
    const data = fileId === undefined ? undefined : storage.get(fileId);
    if (!data)
      throw new SensorFault(
        HRESULT.INVALID_PARAMETER,
        `no uploaded file with id ${String(b.file_id)} in this session`,
        'CbError',
      );
    s.writeFile(text(b), data);
    return {};
  },
  'delete file': onPath((s, p) => s.deleteFile(p)),
  'create directory': onPath((s, p) => s.createDirectory(p)),
  'reg enum key': (s, b) => s.regEnumKey(text(b)),
  'reg query value': (s, b) => ({ value: s.regQueryValue(text(b)) }),
  'reg create key': onPath((s, p) => s.regCreateKey(p)),
  'reg delete key': onPath((s, p) => s.regDeleteKey(p)),
  'reg delete value': onPath((s, p) => s.regDeleteValue(p)),
  'reg set value': (s, b) => {
    const type = b.value_type;
    if (typeof type !== 'string' || !(REGISTRY_VALUE_TYPES as readonly string[]).includes(type)) {
      throw new SensorFault(HRESULT.INVALID_PARAMETER, `value_type must be one of ${REGISTRY_VALUE_TYPES.join(', ')}`);
    }
    s.regSetValue(text(b), type as RegistryValueType, b.value_data, flag(b.overwrite));
    return {};
  },
  memdump: (s, b) => {
    const path = text(b);
    const image = s.memoryImage();
    if (flag(b.compress)) {
      s.writeFile(`${path}.zip`, Buffer.from(zipSync({ [path.split(/[\\/]/).pop() ?? 'memory.dmp']: image })));
    } else {
      s.writeFile(path, image);
    }
    return { complete: true, dumping: false, percentdone: 100, return_code: 0 };
  },
};

/**
 * Runs one command on the sensor. Unknown or unsupported names fail as a real sensor does
 * (CbError); sensor failures become their HRESULT.
 */
export function runSensorCommand(
  sensor: SensorModel,
  body: Body,
  storage: SessionStorage,
): { ok: true; fields: Record<string, unknown> } | { ok: false; fault: SensorFault } {
  const name = String(body.name);
  const handler = (HANDLERS as Record<string, Handler | undefined>)[name];
  try {
    if (!handler || !(sensor.supportedCommands as string[]).includes(name)) {
      throw new SensorFault(HRESULT.INVALID_PARAMETER, `the sensor does not support '${name}'`, 'CbError');
    }
    return { ok: true, fields: handler(sensor, body, storage) };
  } catch (err) {
    if (err instanceof SensorFault) return { ok: false, fault: err };
    throw err;
  }
}
