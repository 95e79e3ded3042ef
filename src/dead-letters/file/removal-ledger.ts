import { Buffer } from 'node:buffer';
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errnoCode } from '../../sinks/file/errors';
import { fsyncDirectory, writeAll } from '../../sinks/file/fs-ops';

/** A removal ledger that could not be read or written. */
export class RemovalLedgerError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`dead-letter removal ledger ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'RemovalLedgerError';
  }
}

/**
 * The ids of dead letters that were removed (replayed or deleted) but may still sit in the
 * dead-letter files until the next compaction: one JSON string per line, appended and fsynced
 * before add() resolves. A torn last line (a crash mid-append) only loses that removal, so the
 * letter shows again: it may be replayed twice, never lost.
 */
export class RemovalLedger {
  private ids: Set<string> | null = null;

  constructor(readonly path: string) {}

  /** Removed ids (read from disk on first use). */
  async load(): Promise<ReadonlySet<string>> {
    if (this.ids) return this.ids;
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') throw new RemovalLedgerError(this.path, err);
    }
    const ids = new Set<string>();
    for (const line of text.split('\n')) {
      const id = parseId(line);
      if (id !== null) ids.add(id);
    }
    // Terminate a torn last line so the next append starts a line of its own.
    if (text.length > 0 && !text.endsWith('\n')) await this.append('\n');
    this.ids = ids;
    return ids;
  }

  get size(): number {
    return this.ids?.size ?? 0;
  }

  /** Records removals durably. */
  async add(ids: readonly string[]): Promise<void> {
    const known = await this.load();
    const fresh = ids.filter((id) => !known.has(id));
    if (fresh.length === 0) return;
    await this.append(fresh.map((id) => `${JSON.stringify(id)}\n`).join(''));
    for (const id of fresh) this.ids!.add(id);
  }

  /** Forgets every removal (after a compaction took those letters out of the files). */
  async clear(): Promise<void> {
    try {
      await unlink(this.path).catch((err: unknown) => {
        if (errnoCode(err) !== 'ENOENT') throw err;
      });
      await fsyncDirectory(dirname(this.path));
    } catch (err) {
      throw new RemovalLedgerError(this.path, err);
    }
    this.ids = new Set();
  }

  private async append(text: string): Promise<void> {
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const handle = await open(this.path, 'a', 0o640);
      try {
        await writeAll(handle, Buffer.from(text, 'utf8'));
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (err) {
      throw new RemovalLedgerError(this.path, err);
    }
  }
}

function parseId(line: string): string | null {
  if (line.trim() === '') return null;
  try {
    const v = JSON.parse(line) as unknown;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}
