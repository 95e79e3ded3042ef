import type { Logger } from 'pino';
import type { RoutePipeline } from '../../pipeline/route-pipeline';
import type { DeadLetter } from '../dead-letter';
import type { DeadLetterStore } from '../dead-letter-store';
import type { DecodeWatch } from './decode-watch';
import { eventOf, holdsMessage, messageOf } from './letter-contents';

/**
 * How one letter's replay ended (so far):
 * - `replayed`: accepted (the sink took the event, or the route settled the message) and removed;
 * - `dead_lettered_again`: the message still does not decode; a new letter was stored and this one removed;
 * - `failed`: the sink refused the event again; the letter stays;
 * - `parked`: the route's sinks did not settle the message in time; the letter stays;
 * - `pending`: still under way when the wait ended; removed later if it is accepted;
 * - `in_progress`: an earlier replay of this letter is still under way;
 * - `not_found`, `route_not_found`, `sink_not_found`: nothing was sent; the letter (if any) stays.
 */
export type ReplayOutcome =
  | 'replayed'
  | 'dead_lettered_again'
  | 'failed'
  | 'parked'
  | 'pending'
  | 'in_progress'
  | 'not_found'
  | 'route_not_found'
  | 'sink_not_found';

export interface ReplayResult {
  id: string;
  outcome: ReplayOutcome;
  detail?: string;
}

export interface ReplayRequest {
  /** These letters; without ids, the oldest `limit` stored letters. */
  ids?: readonly string[];
  limit: number;
  /** How long to wait for outcomes before answering `pending` for the rest. */
  waitMs: number;
}

export interface ReplayDeps {
  store: DeadLetterStore;
  /** The pipeline of a route in force. */
  pipeline(route: string): RoutePipeline | undefined;
  decodeWatch: DecodeWatch;
  logger: Logger;
  /** Called with each final outcome (metrics). */
  onOutcome?(outcome: ReplayOutcome): void;
  clock?: () => number;
}

type Final = { outcome: Exclude<ReplayOutcome, 'pending' | 'in_progress' | 'not_found'>; detail?: string };
const ACCEPTED = new Set<ReplayOutcome>(['replayed', 'dead_lettered_again']);

/**
 * Sends dead letters back where they failed. A message letter goes through its route's pipeline
 * as the original message (it may fail to decode again, which stores a new letter). A sink
 * letter's event text goes to that route's sink (the driver in force, with its retries). A letter
 * is removed from the store only after its replay was accepted, so a crash in between replays it
 * again later rather than losing it.
 */
export class DeadLetterReplayer {
  private readonly underway = new Set<string>();
  private readonly clock: () => number;

  constructor(private readonly deps: ReplayDeps) {
    this.clock = deps.clock ?? Date.now;
  }

  async replay(request: ReplayRequest): Promise<ReplayResult[]> {
    const letters = request.ids ? await this.deps.store.get(request.ids) : await this.deps.store.first(request.limit);
    const results = new Map<string, ReplayResult>();
    if (request.ids) for (const id of request.ids) results.set(id, { id, outcome: 'not_found' });
    const running: Array<{ id: string; done: Promise<Final>; final?: Final }> = [];
    for (const letter of letters) {
      if (this.underway.has(letter.id)) {
        results.set(letter.id, { id: letter.id, outcome: 'in_progress' });
        continue;
      }
      this.underway.add(letter.id);
      const entry: { id: string; done: Promise<Final>; final?: Final } = { id: letter.id, done: this.send(letter) };
      entry.done = entry.done.then((f) => {
        entry.final = f;
        return f;
      });
      running.push(entry);
    }
    await waitAtMost(Promise.all(running.map((r) => r.done)), request.waitMs);
    const settled = running.filter((r) => r.final);
    const accepted = settled.filter((r) => ACCEPTED.has(r.final!.outcome)).map((r) => r.id);
    const removal = await this.removeNow(accepted);
    for (const r of running) {
      if (r.final) {
        const detail = [r.final.detail, ACCEPTED.has(r.final.outcome) ? removal : undefined]
          .filter((d) => d)
          .join('; ');
        results.set(r.id, { id: r.id, outcome: r.final.outcome, ...(detail ? { detail } : {}) });
        this.finish(r.id, r.final.outcome);
      } else {
        results.set(r.id, { id: r.id, outcome: 'pending' });
        void r.done.then((f) => this.settleLate(r.id, f));
      }
    }
    return [...results.values()];
  }

  private async send(letter: DeadLetter): Promise<Final> {
    const pipeline = this.deps.pipeline(letter.route);
    if (!pipeline)
      return { outcome: 'route_not_found', detail: `no route named ${JSON.stringify(letter.route)} is in force` };
    if (letter.bodyTruncated) {
      return {
        outcome: 'failed',
        detail: `the letter keeps only part of a ${letter.bodyTruncated.size}-byte body (sha256 ${letter.bodyTruncated.sha256}); it cannot be replayed`,
      };
    }
    if (holdsMessage(letter)) return this.sendMessage(pipeline, letter);
    const driver = pipeline.drivers.find((d) => d.name === letter.sink);
    if (!driver)
      return {
        outcome: 'sink_not_found',
        detail: `route ${letter.route} has no sink named ${JSON.stringify(letter.sink)}`,
      };
    return new Promise<Final>((resolve) => {
      driver.submit(eventOf(letter, this.clock()), (o) => {
        resolve(
          o.status === 'delivered' ? { outcome: 'replayed' } : { outcome: 'failed', detail: `${o.reason}: ${o.error}` },
        );
      });
    });
  }

  private sendMessage(pipeline: RoutePipeline, letter: DeadLetter): Promise<Final> {
    const message = messageOf(letter, this.clock());
    return new Promise<Final>((resolve) => {
      let decodeErrors: string | null = null;
      const unwatch = this.deps.decodeWatch.watch(message, (result) => {
        if (result.errors.length > 0) decodeErrors = result.errors.map((e) => e.message).join('; ');
      });
      pipeline.handle({
        message,
        redelivered: true,
        ack: () => {
          unwatch();
          resolve(
            decodeErrors === null ? { outcome: 'replayed' } : { outcome: 'dead_lettered_again', detail: decodeErrors },
          );
        },
        park: async () => {
          unwatch();
          resolve({ outcome: 'parked', detail: "the route's sinks did not settle the message in time" });
        },
      });
    });
  }

  /** Removes accepted letters; returns a note when that failed (they stay and may be replayed again). */
  private async removeNow(ids: string[]): Promise<string | undefined> {
    if (ids.length === 0) return undefined;
    try {
      await this.deps.store.remove(ids);
      return undefined;
    } catch (err) {
      this.deps.logger.error(
        { err: (err as Error).message, letters: ids.length },
        'replayed letters could not be removed; they stay stored',
      );
      return `accepted, but the letter could not be removed: ${(err as Error).message}`;
    }
  }

  private async settleLate(id: string, final: Final): Promise<void> {
    if (ACCEPTED.has(final.outcome)) await this.removeNow([id]);
    this.deps.logger.info(
      { id, outcome: final.outcome, detail: final.detail },
      'dead-letter replay settled after the request answered',
    );
    this.finish(id, final.outcome);
  }

  private finish(id: string, outcome: ReplayOutcome): void {
    this.underway.delete(id);
    this.deps.onOutcome?.(outcome);
  }
}

async function waitAtMost(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    p,
    new Promise<void>((r) => {
      timer = setTimeout(r, ms);
    }),
  ]);
  clearTimeout(timer);
}
