import { Buffer } from 'node:buffer';
import type { Logger } from 'pino';
import type { DeadLetter } from '../dead-letter';
import { DeadLetterCursorError, type DeadLetterPage, type DeadLetterStore } from '../dead-letter-store';
import { SerialQueue } from '../../sinks/common/mutex';
import { compactDeadLetterFiles, type CompactionReport } from './compaction';
import { parseLetter, scanLetterLines } from './reader';
import { RemovalLedger } from './removal-ledger';

export interface FileDeadLetterStoreOptions {
  /**
   * Runs a task while the destination writes nothing (FileDeadLetterDestination.exclusive); default: run it directly.
   */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Compact the files once this many removals are pending (default 1000; 0 = only on compact()). */
  compactAfter?: number;
  logger?: Logger;
}

/** `<path>.removed`: the removal ledger beside the dead-letter files. */
export const ledgerPath = (path: string): string => `${path}.removed`;

const encodeCursor = (id: string): string => Buffer.from(JSON.stringify({ after: id }), 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof v.after === 'string') return v.after;
  } catch {
    // fall through
  }
  throw new DeadLetterCursorError(cursor, 'it is not a cursor this API returned');
}

/**
 * The letters of a dead-letter file (and its rotated siblings), listable and removable. Removal
 * appends the ids to a ledger (`<path>.removed`, fsynced); listing skips ledgered ids. Once
 * enough removals pile up, a compaction rewrites the files without those letters (under the
 * destination's lock, so no batch is written meanwhile) and then clears the ledger: a crash in
 * between leaves ids in the ledger that match nothing, which is harmless.
 *
 * Listing and lookups read the files from the start on every call, never holding more than a
 * page: each line's id is read from its first bytes (see idOf) and only the letters returned are
 * parsed, so a store of many large letters is scanned at the speed of reading it.
 */
export class FileDeadLetterStore implements DeadLetterStore {
  private readonly ledger: RemovalLedger;
  private readonly lock = new SerialQueue();
  private readonly exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  private readonly compactAfter: number;

  constructor(
    readonly path: string,
    private readonly options: FileDeadLetterStoreOptions = {},
  ) {
    this.ledger = new RemovalLedger(ledgerPath(path));
    this.exclusive = options.exclusive ?? ((task) => task());
    this.compactAfter = options.compactAfter ?? 1000;
  }

  async list({
    cursor,
    limit,
    maxBytes = Number.POSITIVE_INFINITY,
  }: {
    cursor?: string;
    limit: number;
    maxBytes?: number;
  }): Promise<DeadLetterPage> {
    const after = cursor === undefined ? null : decodeCursor(cursor);
    const removed = await this.ledger.load();
    const letters: DeadLetter[] = [];
    let bytes = 0;
    let found = after === null;
    let more = false;
    for await (const { id, line } of scanLetterLines(this.path)) {
      if (id === null) continue;
      if (!found) {
        found = id === after;
        continue;
      }
      if (removed.has(id)) continue;
      if (letters.length === limit || (letters.length > 0 && bytes + line.bytes.length > maxBytes)) {
        more = true;
        break;
      }
      const letter = parseLetter(line.text);
      if (!letter) continue;
      letters.push(letter);
      bytes += line.bytes.length;
    }
    if (!found) throw new DeadLetterCursorError(cursor!, 'its letter is no longer stored (the file was compacted)');
    return { letters, nextCursor: more && letters.length > 0 ? encodeCursor(letters[letters.length - 1].id) : null };
  }

  async get(ids: readonly string[]): Promise<DeadLetter[]> {
    const wanted = new Set(ids);
    const removed = await this.ledger.load();
    const out: DeadLetter[] = [];
    for await (const { id, line } of scanLetterLines(this.path)) {
      if (id === null || !wanted.has(id) || removed.has(id)) continue;
      const letter = parseLetter(line.text);
      if (!letter) continue;
      out.push(letter);
      wanted.delete(id);
      if (wanted.size === 0) break;
    }
    return out;
  }

  async ids(): Promise<string[]> {
    const removed = await this.ledger.load();
    const out: string[] = [];
    for await (const { id } of scanLetterLines(this.path)) if (id !== null && !removed.has(id)) out.push(id);
    return out;
  }

  async first(limit: number): Promise<DeadLetter[]> {
    return (await this.list({ limit })).letters;
  }

  remove(ids: readonly string[]): Promise<number> {
    return this.lock.run(async () => {
      const stored = await this.storedIds(ids);
      if (stored.size === 0) return 0;
      await this.ledger.add([...stored]);
      if (this.compactAfter > 0 && this.ledger.size >= this.compactAfter)
        await this.compactLocked().catch((err: Error) =>
          this.options.logger?.error(
            { err: err.message },
            'dead-letter compaction failed; removals stay in the ledger',
          ),
        );
      return stored.size;
    });
  }

  /** Which of `ids` are stored and not removed (found without parsing any letter). */
  private async storedIds(ids: readonly string[]): Promise<Set<string>> {
    const wanted = new Set(ids);
    const removed = await this.ledger.load();
    const stored = new Set<string>();
    for await (const { id } of scanLetterLines(this.path)) {
      if (id === null || !wanted.has(id) || removed.has(id)) continue;
      stored.add(id);
      if (stored.size === wanted.size) break;
    }
    return stored;
  }

  /** Rewrites the files without the removed letters now. */
  compact(): Promise<CompactionReport> {
    return this.lock.run(() => this.compactLocked());
  }

  private async compactLocked(): Promise<CompactionReport> {
    const removed = await this.ledger.load();
    if (removed.size === 0) return { rewritten: 0, deleted: 0, dropped: 0 };
    const report = await this.exclusive(() => compactDeadLetterFiles(this.path, removed));
    await this.ledger.clear();
    this.options.logger?.info({ ...report }, 'dead-letter files compacted');
    return report;
  }
}
