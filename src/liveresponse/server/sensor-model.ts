import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { CommandName } from '../commands';
import { COMMAND_NAMES } from '../commands';
import type { LrDirectoryEntry, LrProcess, LrRegistryValue, RegistryValueType } from '../wire-types';
import type { SensorSpec } from './sensors-file';

/** Windows error codes (HRESULT_FROM_WIN32) the emulated sensor reports, as CB sends them (unsigned). */
export const HRESULT = {
  FILE_NOT_FOUND: 0x80070002,
  PATH_NOT_FOUND: 0x80070003,
  ACCESS_DENIED: 0x80070005,
  FILE_EXISTS: 0x80070050,
  INVALID_PARAMETER: 0x80070057,
  DIR_NOT_EMPTY: 0x80070091,
  ALREADY_EXISTS: 0x800700b7,
} as const;

/** A command failure on the sensor: becomes `status: error` with these result fields. */
export class SensorFault extends Error {
  constructor(
    readonly code: number,
    readonly desc: string,
    readonly type = 'WinHresult',
  ) {
    super(desc);
  }
}

interface FsEntry {
  /** The path as first written (display form). */
  path: string;
  kind: 'file' | 'dir';
  data: Buffer;
  protected: boolean;
  created: number;
  written: number;
}

interface RegKey {
  path: string;
  values: Map<string, LrRegistryValue>;
}

const ROOT_ALIASES: Record<string, string> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKU: 'HKEY_USERS',
  HKCR: 'HKEY_CLASSES_ROOT',
};

/**
 * Deterministic bytes for a file given only a size (xorshift32 seeded from a hash), so a test can hash what it
 * downloads.
 */
export function generatedBytes(size: number, seed: string): Buffer {
  const words = new Uint32Array(Math.ceil(size / 4));
  let x = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return Buffer.from(words.buffer, 0, size);
}

const nowSeconds = (): number => Date.now() / 1000;

/**
 * One emulated endpoint: its processes, file system and registry, which commands change. Windows
 * paths are case-insensitive with `\`; others are case-sensitive with `/`.
 */
export class SensorModel {
  readonly processes = new Map<number, LrProcess & { protected: boolean }>();
  private readonly fs = new Map<string, FsEntry>();
  private readonly registry = new Map<string, RegKey>();
  private nextPid = 5000;
  readonly windows: boolean;
  readonly sep: string;
  readonly supportedCommands: CommandName[];
  readonly drives: string[];
  readonly cwd: string;

  constructor(readonly spec: SensorSpec) {
    this.windows = spec.os === 'windows';
    this.sep = this.windows ? '\\' : '/';
    this.supportedCommands =
      spec.supported_commands ??
      COMMAND_NAMES.filter((c) => this.windows || !(c.startsWith('reg ') || c === 'memdump'));
    this.drives = spec.drives ?? (this.windows ? ['C:\\'] : ['/']);
    this.cwd = spec.cwd ?? (this.windows ? 'C:\\Windows\\CarbonBlack' : '/');
    const boot = Math.floor(nowSeconds()) - 3600;
    for (const p of spec.processes ?? []) {
      this.processes.set(
        p.pid,
        this.processObject(p.pid, p.path, p.command_line ?? p.path, p.username, p.sid, p.parent, boot, p.protected),
      );
      this.nextPid = Math.max(this.nextPid, p.pid + 4);
    }
    for (const d of this.drives) this.putEntry(d, 'dir', Buffer.alloc(0), false);
    for (const d of spec.directories ?? []) this.makeDirs(d);
    for (const f of spec.files ?? []) {
      const data =
        f.content !== undefined ? Buffer.from(f.content) : generatedBytes(f.size ?? 0, `${spec.id}:${f.path}`);
      this.makeDirs(this.parentOf(f.path));
      this.putEntry(f.path, 'file', data, f.protected);
    }
    for (const k of spec.registry ?? []) {
      const key = this.makeKey(k.key);
      for (const v of k.values ?? [])
        key.values.set(v.name.toLowerCase(), { value_name: v.name, value_type: v.type, value_data: v.data });
    }
  }

  private processObject(
    pid: number,
    path: string,
    commandLine: string,
    username: string,
    sid: string,
    parent: number,
    created: number,
    isProtected: boolean,
  ): LrProcess & { protected: boolean } {
    const guid = (n: number): string =>
      `${this.spec.id.toString(16).padStart(8, '0')}-0000-${n.toString(16).padStart(4, '0')}-01d0-14c0c80ce18b`;
    return {
      username,
      create_time: created,
      parent_guid: guid(parent),
      parent,
      sid,
      path,
      command_line: commandLine,
      pid,
      proc_guid: guid(pid),
      protected: isProtected,
    };
  }

  // ---- paths ----

  /** The lookup key of a path: separators unified, no trailing separator (except a root), case folded on Windows. */
  key(path: string): string {
    let p = this.windows ? path.replace(/\//g, '\\') : path;
    while (p.length > 1 && p.endsWith(this.sep) && !(this.windows && /^[A-Za-z]:\\$/.test(p))) p = p.slice(0, -1);
    if (this.windows && /^[A-Za-z]:$/.test(p)) p += '\\';
    return this.windows ? p.toLowerCase() : p;
  }

  parentOf(path: string): string {
    const k = this.windows ? path.replace(/\//g, '\\') : path;
    const trimmed = k.endsWith(this.sep) && k.length > 1 ? k.slice(0, -1) : k;
    const at = trimmed.lastIndexOf(this.sep);
    if (at < 0) return trimmed;
    const parent = trimmed.slice(0, at);
    if (this.windows && /^[A-Za-z]:$/.test(parent)) return `${parent}\\`;
    return parent === '' ? '/' : parent;
  }

  private baseName(path: string): string {
    const k = this.windows ? path.replace(/\//g, '\\') : path;
    return k.slice(k.lastIndexOf(this.sep) + 1);
  }

  private putEntry(path: string, kind: 'file' | 'dir', data: Buffer, isProtected: boolean): void {
    const t = Math.floor(nowSeconds());
    const prior = this.fs.get(this.key(path));
    this.fs.set(this.key(path), {
      path: prior?.path ?? path,
      kind,
      data,
      protected: isProtected,
      created: prior?.created ?? t,
      written: t,
    });
  }

  private makeDirs(path: string): void {
    const chain: string[] = [];
    for (let p = path; !this.fs.has(this.key(p)); p = this.parentOf(p)) {
      chain.push(p);
      if (this.parentOf(p) === p) break;
    }
    for (const p of chain.reverse()) this.putEntry(p, 'dir', Buffer.alloc(0), false);
  }

  private entry(path: string): FsEntry | undefined {
    return this.fs.get(this.key(path));
  }

  private children(dir: string): FsEntry[] {
    const k = this.key(dir);
    return [...this.fs.entries()].filter(([key]) => key !== k && this.key(this.parentOf(key)) === k).map(([, e]) => e);
  }

  // ---- file system commands ----

  readFile(path: string, offset = 0, count?: number): Buffer {
    const e = this.entry(path);
    if (!e)
      throw new SensorFault(
        this.entry(this.parentOf(path)) ? HRESULT.FILE_NOT_FOUND : HRESULT.PATH_NOT_FOUND,
        `cannot open ${path}`,
      );
    if (e.kind === 'dir') throw new SensorFault(HRESULT.ACCESS_DENIED, `${path} is a directory`);
    if (offset < 0 || offset > e.data.length)
      throw new SensorFault(HRESULT.INVALID_PARAMETER, `offset ${offset} is past the end of ${path}`);
    return e.data.subarray(offset, count && count > 0 ? offset + count : undefined);
  }

  writeFile(path: string, data: Buffer): void {
    const parent = this.entry(this.parentOf(path));
    if (!parent || parent.kind !== 'dir')
      throw new SensorFault(HRESULT.PATH_NOT_FOUND, `the folder of ${path} does not exist`);
    const e = this.entry(path);
    if (e) throw new SensorFault(e.protected ? HRESULT.ACCESS_DENIED : HRESULT.FILE_EXISTS, `${path} already exists`);
    this.putEntry(path, 'file', data, false);
  }

  deleteFile(path: string): void {
    const e = this.entry(path);
    if (!e)
      throw new SensorFault(
        this.entry(this.parentOf(path)) ? HRESULT.FILE_NOT_FOUND : HRESULT.PATH_NOT_FOUND,
        `cannot find ${path}`,
      );
    if (e.protected || this.drives.some((d) => this.key(d) === this.key(path)))
      throw new SensorFault(HRESULT.ACCESS_DENIED, `${path} is protected`);
    if (e.kind === 'dir' && this.children(path).length > 0)
      throw new SensorFault(HRESULT.DIR_NOT_EMPTY, `${path} is not empty`);
    this.fs.delete(this.key(path));
  }

  createDirectory(path: string): void {
    if (this.entry(path)) throw new SensorFault(HRESULT.ALREADY_EXISTS, `${path} already exists`);
    const parent = this.entry(this.parentOf(path));
    if (!parent || parent.kind !== 'dir')
      throw new SensorFault(HRESULT.PATH_NOT_FOUND, `the folder of ${path} does not exist`);
    this.putEntry(path, 'dir', Buffer.alloc(0), false);
  }

  /** `object` is a folder, a folder with a trailing `\*`-style filter, or one file. */
  listDirectory(filter: string): LrDirectoryEntry[] {
    let path = filter;
    let pattern: RegExp | undefined;
    const star = path.lastIndexOf('*');
    if (star >= 0) {
      const cut =
        path.lastIndexOf(this.sep, star) >= 0 ? path.lastIndexOf(this.sep, star) : path.lastIndexOf('/', star);
      const glob = path.slice(cut + 1);
      path = path.slice(0, cut + 1) || this.cwd;
      if (glob !== '*' && glob !== '*.*')
        pattern = new RegExp(
          `^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
          this.windows ? 'i' : '',
        );
    }
    const e = this.entry(path);
    if (!e) throw new SensorFault(HRESULT.PATH_NOT_FOUND, `cannot find ${path}`);
    // `folder\` or `folder\*` names a folder: a file there is not one.
    if (e.kind === 'file' && (star >= 0 || /[\\/]$/.test(filter)))
      throw new SensorFault(HRESULT.PATH_NOT_FOUND, `${path} is not a directory`);
    const entries = e.kind === 'dir' ? this.children(path) : [e];
    return entries
      .filter((c) => !pattern || pattern.test(this.baseName(c.path)))
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((c) => {
        const name = this.baseName(c.path);
        return {
          attributes: c.kind === 'dir' ? ['DIRECTORY'] : ['ARCHIVE'],
          create_time: c.created,
          last_access_time: c.written,
          last_write_time: c.written,
          size: c.data.length,
          name,
          alt_name: name.length > 12 ? `${name.slice(0, 6).toUpperCase()}~1` : '',
        };
      });
  }

  // ---- processes ----

  processList(): LrProcess[] {
    return [...this.processes.values()].map(({ protected: _p, ...p }) => p);
  }

  kill(object: unknown): void {
    const pid = Number(object);
    const p = this.processes.get(pid);
    if (!Number.isInteger(pid) || !p)
      throw new SensorFault(HRESULT.INVALID_PARAMETER, `no process with pid ${String(object)}`);
    if (p.protected || pid <= 4) throw new SensorFault(HRESULT.ACCESS_DENIED, `process ${pid} cannot be terminated`);
    this.processes.delete(pid);
  }

  /** Starts a process; with `wait` it runs to its end (and leaves the list) and its return code is known. */
  createProcess(
    commandLine: string,
    opts: { wait: boolean; workingDirectory?: string; outputFile?: string },
  ): { pid: number; return_code?: number } {
    const exe = commandLine.trim().match(/^"([^"]+)"|^(\S+)/);
    const exePath = exe ? (exe[1] ?? exe[2]) : '';
    if (!exePath) throw new SensorFault(HRESULT.INVALID_PARAMETER, 'empty command line');
    const exeName = this.baseName(exePath).toLowerCase();
    const program = (this.spec.programs ?? []).find((p) => p.name.toLowerCase() === exeName);
    if (!program && !this.entry(exePath) && exePath.includes(this.sep))
      throw new SensorFault(HRESULT.FILE_NOT_FOUND, `cannot find ${exePath}`);
    if (opts.workingDirectory && this.entry(opts.workingDirectory)?.kind !== 'dir')
      throw new SensorFault(HRESULT.PATH_NOT_FOUND, `cannot find ${opts.workingDirectory}`);
    const pid = this.nextPid;
    this.nextPid += 4;
    const parentPid = [...this.processes.values()].find((p) => /services\.exe$|init$|launchd$/i.test(p.path))?.pid ?? 0;
    if (opts.outputFile) {
      const output = program?.output ?? '';
      const e = this.entry(opts.outputFile);
      if (e?.protected) throw new SensorFault(HRESULT.ACCESS_DENIED, `cannot write ${opts.outputFile}`);
      if (e) this.fs.delete(this.key(opts.outputFile));
      this.writeFile(opts.outputFile, Buffer.from(output));
    }
    if (!opts.wait) {
      this.processes.set(
        pid,
        this.processObject(
          pid,
          exePath,
          commandLine,
          this.windows ? 'NT AUTHORITY\\SYSTEM' : 'root',
          's-1-5-18',
          parentPid,
          Math.floor(nowSeconds()),
          false,
        ),
      );
      return { pid };
    }
    return { pid, return_code: program?.return_code ?? 0 };
  }

  /** Writes a memory image of `memory_bytes` to `path` (returns the bytes for the zip variant). */
  memoryImage(): Buffer {
    return generatedBytes(this.spec.memory_bytes, `${this.spec.id}:memory`);
  }

  // ---- registry ----

  private regKey(path: string): string {
    const parts = path.replace(/\/+/g, '\\').replace(/\\+$/, '').split('\\');
    parts[0] = ROOT_ALIASES[parts[0].toUpperCase()] ?? parts[0].toUpperCase();
    return parts.join('\\');
  }

  private makeKey(path: string): RegKey {
    const full = this.regKey(path);
    const parts = full.split('\\');
    let key: RegKey | undefined;
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join('\\');
      key = this.registry.get(p.toLowerCase());
      if (!key) {
        key = { path: p, values: new Map() };
        this.registry.set(p.toLowerCase(), key);
      }
    }
    return key as RegKey;
  }

  private findKey(path: string): RegKey {
    const key = this.registry.get(this.regKey(path).toLowerCase());
    if (!key) throw new SensorFault(HRESULT.FILE_NOT_FOUND, `registry key ${path} not found`);
    return key;
  }

  /** `KEY\VALUE` → the key and the value name. */
  private splitValuePath(path: string): { key: RegKey; name: string } {
    const full = this.regKey(path);
    const at = full.lastIndexOf('\\');
    if (at < 0) throw new SensorFault(HRESULT.INVALID_PARAMETER, `${path} names no value`);
    return { key: this.findKey(full.slice(0, at)), name: full.slice(at + 1) };
  }

  regEnumKey(path: string): { values: LrRegistryValue[]; sub_keys: string[] } {
    const key = this.findKey(path);
    const prefix = `${key.path.toLowerCase()}\\`;
    const sub = [...this.registry.values()].filter(
      (k) => k.path.toLowerCase().startsWith(prefix) && !k.path.slice(prefix.length).includes('\\'),
    );
    return { values: [...key.values.values()], sub_keys: sub.map((k) => k.path.slice(prefix.length)).sort() };
  }

  regQueryValue(path: string): LrRegistryValue {
    const { key, name } = this.splitValuePath(path);
    const value = key.values.get(name.toLowerCase());
    if (!value) throw new SensorFault(HRESULT.FILE_NOT_FOUND, `registry value ${path} not found`);
    return value;
  }

  regCreateKey(path: string): void {
    if (this.registry.has(this.regKey(path).toLowerCase())) return;
    const full = this.regKey(path);
    if (!full.includes('\\')) throw new SensorFault(HRESULT.ACCESS_DENIED, `cannot create a root key ${path}`);
    this.findKey(full.slice(0, full.lastIndexOf('\\')));
    this.makeKey(full);
  }

  regDeleteKey(path: string): void {
    const key = this.findKey(path);
    if (!key.path.includes('\\')) throw new SensorFault(HRESULT.ACCESS_DENIED, `cannot delete a root key ${path}`);
    if (this.regEnumKey(path).sub_keys.length > 0) throw new SensorFault(HRESULT.ACCESS_DENIED, `${path} has subkeys`);
    this.registry.delete(key.path.toLowerCase());
  }

  regDeleteValue(path: string): void {
    const { key, name } = this.splitValuePath(path);
    if (!key.values.delete(name.toLowerCase()))
      throw new SensorFault(HRESULT.FILE_NOT_FOUND, `registry value ${path} not found`);
  }

  regSetValue(path: string, type: RegistryValueType, data: unknown, overwrite: boolean): void {
    const { key, name } = this.splitValuePath(path);
    const valueData = checkRegistryData(type, data);
    if (key.values.has(name.toLowerCase()) && !overwrite)
      throw new SensorFault(HRESULT.ALREADY_EXISTS, `registry value ${path} exists and overwrite is false`);
    key.values.set(name.toLowerCase(), { value_name: name, value_type: type, value_data: valueData });
  }
}

function checkRegistryData(type: RegistryValueType, data: unknown): string | number | string[] {
  if (type === 'REG_MULTI_SZ') {
    if (!Array.isArray(data) || !data.every((s) => typeof s === 'string'))
      throw new SensorFault(HRESULT.INVALID_PARAMETER, 'REG_MULTI_SZ value_data must be an array of strings');
    return data as string[];
  }
  if (type === 'REG_DWORD' || type === 'REG_QWORD') {
    const n = typeof data === 'string' && data.trim() !== '' ? Number(data) : data;
    const max = type === 'REG_DWORD' ? 0xffffffff : Number.MAX_SAFE_INTEGER;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > max)
      throw new SensorFault(HRESULT.INVALID_PARAMETER, `${type} value_data must be an integer from 0 to ${max}`);
    return n;
  }
  if (typeof data !== 'string') throw new SensorFault(HRESULT.INVALID_PARAMETER, `${type} value_data must be a string`);
  return data;
}
