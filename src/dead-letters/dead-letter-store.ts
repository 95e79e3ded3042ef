import type { DeadLetter } from './dead-letter';

/** One page of stored dead letters, oldest first. */
export interface DeadLetterPage {
  letters: DeadLetter[];
  /** Pass back to get the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * Dead letters that can be read back and removed (for the admin API's list, replay and delete).
 * A letter is removed only by remove(): replay calls it after the letter's replay was accepted,
 * so a crash in between leaves the letter stored (it may be replayed twice, never lost).
 */
export interface DeadLetterStore {
  /**
   * Letters after `cursor` (from a previous page), at most `limit`, and no more than `maxBytes`
   * of stored letters (at least one). Throws DeadLetterCursorError for a cursor it cannot resume from.
   */
  list(options: { cursor?: string; limit: number; maxBytes?: number }): Promise<DeadLetterPage>;
  /** The stored letters with these ids (absent ids are left out), in store order. */
  get(ids: readonly string[]): Promise<DeadLetter[]>;
  /** The ids of every stored letter, oldest first (no letter is parsed or held). */
  ids(): Promise<string[]>;
  /** Up to `limit` stored letters, oldest first. */
  first(limit: number): Promise<DeadLetter[]>;
  /** Removes these letters; resolves to how many were stored (and are now gone) once that is durable. */
  remove(ids: readonly string[]): Promise<number>;
}

/** A list cursor that is malformed, or whose letter is no longer stored (the file was compacted). */
export class DeadLetterCursorError extends Error {
  constructor(
    readonly cursor: string,
    reason: string,
  ) {
    super(`cannot resume from cursor ${JSON.stringify(cursor.slice(0, 80))}: ${reason}; list again without a cursor`);
    this.name = 'DeadLetterCursorError';
  }
}
