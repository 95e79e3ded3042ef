import { Buffer } from 'node:buffer';
import { constants as fsConstants } from 'node:fs';
import { mkdir, open, rename, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { asWriteError, errnoCode, FileWriteError } from './errors';
import { exists, fsyncDirectory, repairTail, writeAll } from './fs-ops';
import { SerialQueue } from '../common/mutex';
import { expandPathTemplate } from './path-template';
import {
  deleteFiles,
  filesToPrune,
  listRotatedFiles,
  liveFileName,
  nextRotationTimestamp,
  rotatedFileName,
  rotationDue,
  type RotationPolicy,
  type RotationReason,
} from './rotation';

export interface RotatingFileWriterOptions {
  /** Path template (see path-template.ts); use literalPathTemplate() for a fixed path. */
  pathTemplate: string;
  /** The payloads are gzip members: names get `.gz` (see rotation.ts) and torn tails cannot be patched. */
  gzip: boolean;
  rotation: RotationPolicy;
  /** Keep at most this many rotated files per expanded path, deleting the oldest. */
  maxFiles?: number;
  /** fsync the file after each append (and the directory after creating or renaming a file). */
  fsync: boolean;
  /** Mode of files the writer creates (applied with fchmod, so the umask does not narrow it). */
  mode: number;
  clock?: () => number;
  /** Notable events, for logging. */
  onEvent?: (event: WriterEvent) => void;
}

export type WriterEvent =
  | { type: 'opened'; path: string; created: boolean; size: number }
  | { type: 'closed'; path: string; reason: 'template' | 'moved' | 'error' | 'close' | 'rotate' }
  | { type: 'rotated'; from: string; to: string; reason: RotationReason | 'reopen' }
  | { type: 'repaired'; path: string; detail: string }
  | { type: 'pruned'; path: string }
  | { type: 'prune_failed'; path: string; error: string }
  | { type: 'maintenance_failed'; error: string };

interface OpenFile {
  /** Expanded template. */
  base: string;
  /** Live file path (base, plus .gz in gzip mode). */
  path: string;
  handle: FileHandle;
  dev: bigint;
  ino: bigint;
  size: number;
  firstDataAt: number | null;
}

/** A file this writer closed in a known-clean state: reopening it needs no tail repair. */
interface CleanClose {
  path: string;
  dev: bigint;
  ino: bigint;
  size: number;
}

const CREATE_FLAGS = fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_RDWR | fsConstants.O_APPEND;

/**
 * Appends payloads to a file, each with a single write, with size- and time-based rotation,
 * pruning and recovery. Every public method runs under one FIFO mutex, so appends never
 * interleave and rotation never races a write. Shared by the file sink and the dead-letter file.
 *
 * Guarantees:
 * - append() resolves only after the whole payload is written (and fsynced when configured);
 *   when it rejects (FileWriteError), the file was truncated back to its size before the call
 *   where possible, so a retry does not leave a torn or duplicated payload behind.
 * - Rotation renames the live file (atomic) and only between appends: nothing is lost or copied.
 * - Before each append the writer checks that the live path still names its open file; if the
 *   file or its directory was moved or deleted it reopens (recreating directories) instead of
 *   writing into an unlinked inode.
 * - When it opens an existing non-empty file it did not close cleanly itself, a plain file whose
 *   last byte is not '\n' gets a '\n' (a torn line stays a line of its own), and a gzip file is
 *   rotated away first (a torn gzip member would make every later member unreadable).
 */
export class RotatingFileWriter {
  private readonly lock = new SerialQueue();
  private readonly clock: () => number;
  private current: OpenFile | null = null;
  private cleanClose: CleanClose | null = null;
  private closed = false;

  constructor(private readonly options: RotatingFileWriterOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** The live file currently open, if any. */
  get currentPath(): string | null {
    return this.current?.path ?? null;
  }

  /** Opens (or verifies) the live file now, so a broken path shows at startup. */
  open(): Promise<void> {
    return this.lock.run(async () => {
      this.assertNotClosed();
      await this.ensureOpen(this.clock());
    });
  }

  /** Appends `payload` with one write (plus fsync when configured), rotating first if due. */
  append(payload: Buffer): Promise<void> {
    return this.lock.run(async () => {
      this.assertNotClosed();
      if (payload.length === 0) return;
      const now = this.clock();
      let file = await this.ensureOpen(now);
      const reason = rotationDue(this.options.rotation, file, now, payload.length);
      if (reason) {
        await this.rotateCurrent(now, reason);
        file = await this.ensureOpen(now);
      }
      await this.writeAndSync(file, payload, now);
    });
  }

  /**
   * Time-driven upkeep for idle periods: closes the file when the path template now expands to
   * another name, and rotates it when its age passed the interval. Never throws.
   */
  maintain(): Promise<void> {
    return this.lock.run(async () => {
      if (this.closed || !this.current) return;
      const now = this.clock();
      try {
        if (expandPathTemplate(this.options.pathTemplate, now) !== this.current.base)
          await this.closeCurrent('template');
        else if (rotationDue({ intervalMs: this.options.rotation.intervalMs }, this.current, now, 0) === 'age')
          await this.rotateCurrent(now, 'age');
      } catch (err) {
        this.emit({ type: 'maintenance_failed', error: (err as Error).message });
      }
    });
  }

  /** Waits for pending appends, fsyncs and closes the live file. Later appends reject. */
  close(): Promise<void> {
    return this.lock.run(async () => {
      if (this.closed) return;
      this.closed = true;
      const file = this.current;
      if (!file) return;
      try {
        await file.handle.sync();
      } catch (err) {
        await this.closeCurrent('error');
        throw asWriteError('fsync', file.path, err);
      }
      await this.closeCurrent('close', true);
    });
  }

  private assertNotClosed(): void {
    if (this.closed)
      throw new FileWriteError('closed', this.current?.path ?? this.options.pathTemplate, 'writer is closed');
  }

  private emit(event: WriterEvent): void {
    this.options.onEvent?.(event);
  }

  /** The open live file for `now`: reopened when the template moved on or the file was moved away. */
  private async ensureOpen(now: number): Promise<OpenFile> {
    const base = expandPathTemplate(this.options.pathTemplate, now);
    const file = this.current;
    if (file) {
      if (file.base !== base) {
        await this.closeCurrent('template');
      } else {
        const onDisk = await stat(file.path, { bigint: true }).catch(() => null);
        if (onDisk && onDisk.ino === file.ino && onDisk.dev === file.dev) {
          file.size = Number(onDisk.size);
          return file;
        }
        await this.closeCurrent('moved');
      }
    }
    this.current = await this.openLive(base, now, true);
    return this.current;
  }

  private async openLive(base: string, now: number, mayRotateExisting: boolean): Promise<OpenFile> {
    const { gzip, mode, fsync } = this.options;
    const path = liveFileName(base, gzip);
    const dir = dirname(path);
    try {
      await mkdir(dir, { recursive: true });
    } catch (err) {
      throw asWriteError('mkdir', dir, err);
    }
    let handle: FileHandle;
    let created = true;
    try {
      handle = await open(path, CREATE_FLAGS, mode);
    } catch (err) {
      if (errnoCode(err) !== 'EEXIST') throw asWriteError('open', path, err);
      created = false;
      try {
        handle = await open(path, 'a+');
      } catch (err2) {
        throw asWriteError('open', path, err2);
      }
    }
    try {
      if (created) {
        await handle.chmod(mode);
        if (fsync) await fsyncDirectory(dir);
      }
      const st = await handle.stat({ bigint: true });
      let size = Number(st.size);
      const trusted =
        this.cleanClose !== null &&
        this.cleanClose.path === path &&
        this.cleanClose.dev === st.dev &&
        this.cleanClose.ino === st.ino &&
        this.cleanClose.size === size;
      this.cleanClose = null;
      if (size > 0 && !trusted) {
        if (gzip && mayRotateExisting) {
          await handle.close();
          await this.rotateFile(base, now, 'reopen');
          return await this.openLive(base, now, false);
        }
        if (!gzip) size += await repairTail(handle, size, fsync);
        if (size !== Number(st.size))
          this.emit({ type: 'repaired', path, detail: 'appended a newline after a torn last line' });
      }
      const born = Number(st.birthtimeMs) > 0 ? Number(st.birthtimeMs) : Number(st.mtimeMs);
      this.emit({ type: 'opened', path, created, size });
      return { base, path, handle, dev: st.dev, ino: st.ino, size, firstDataAt: size > 0 ? Math.min(born, now) : null };
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw asWriteError('open', path, err);
    }
  }

  private async writeAndSync(file: OpenFile, payload: Buffer, now: number): Promise<void> {
    const before = file.size;
    let op: 'write' | 'fsync' = 'write';
    try {
      await writeAll(file.handle, payload);
      op = 'fsync';
      if (this.options.fsync) await file.handle.sync();
    } catch (err) {
      // Undo a partial (or unsynced) write so the caller's retry leaves exactly one copy.
      let clean = false;
      try {
        await file.handle.truncate(before);
        clean = true;
      } catch {
        // The next open repairs the tail (plain) or rotates the file away (gzip).
      }
      file.size = before;
      await this.closeCurrent('error', clean);
      throw asWriteError(op, file.path, err);
    }
    file.size += payload.length;
    if (file.firstDataAt === null) file.firstDataAt = now;
  }

  /** Closes the live file, then renames it to its rotated name. */
  private async rotateCurrent(now: number, reason: RotationReason): Promise<void> {
    const file = this.current;
    if (!file) return;
    await this.closeCurrent('rotate');
    await this.rotateFile(file.base, now, reason);
  }

  private async rotateFile(base: string, now: number, reason: RotationReason | 'reopen'): Promise<void> {
    const { gzip, fsync, maxFiles } = this.options;
    const live = liveFileName(base, gzip);
    let target = '';
    try {
      const siblings = await listRotatedFiles(base);
      let ts = nextRotationTimestamp(now, siblings);
      // The listing makes a collision unlikely; never rename over an existing file regardless.
      for (;;) {
        target = rotatedFileName(base, ts, gzip);
        if (!(await exists(target))) break;
        ts++;
      }
      await rename(live, target);
      if (fsync) await fsyncDirectory(dirname(live));
      this.emit({ type: 'rotated', from: live, to: target, reason });
      const all = [...siblings, { path: target, timestamp: ts, gzip }];
      const doomed = filesToPrune(all, maxFiles);
      for (const f of doomed) this.emit({ type: 'pruned', path: f.path });
      for (const failure of await deleteFiles(doomed)) {
        this.emit({ type: 'prune_failed', path: failure.file.path, error: (failure.error as Error).message });
      }
    } catch (err) {
      throw asWriteError('rotate', target ? `${live} -> ${target}` : live, err);
    }
  }

  /** Closes the live file without throwing; `clean` records that its content ends on a whole payload. */
  private async closeCurrent(
    reason: 'template' | 'moved' | 'error' | 'close' | 'rotate',
    clean = reason !== 'error' && reason !== 'moved',
  ): Promise<void> {
    const file = this.current;
    if (!file) return;
    this.current = null;
    this.cleanClose = clean ? { path: file.path, dev: file.dev, ino: file.ino, size: file.size } : null;
    await file.handle.close().catch(() => undefined);
    this.emit({ type: 'closed', path: file.path, reason });
  }
}
