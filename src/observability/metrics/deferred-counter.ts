import { Counter, type CounterConfiguration, type LabelValues } from 'prom-client';

/** One series' count waiting to move into the counter: add to `pending`. */
export interface Cell<L extends string = string> {
  readonly labels: LabelValues<L>;
  pending: number;
}

/**
 * A prom-client counter fed from the hot path without hashing labels on every increment: callers
 * add to a cell found by a key they already have, and the cells move into the counter when it
 * is scraped. The key must determine the labels; keep keys bounded (label values already are).
 */
export class DeferredCounter<L extends string> {
  private readonly cells = new Map<string, Cell<L>>();
  readonly counter: Counter<L>;

  constructor(config: Omit<CounterConfiguration<L>, 'collect'>) {
    const flush = (): void => this.flush();
    this.counter = new Counter<L>({ ...config, collect: flush });
  }

  /** The cell of the series `key` names (callers may keep it); `labels` is called only the first time a key is seen. */
  cell(key: string, labels: () => LabelValues<L>): Cell<L> {
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = { labels: labels(), pending: 0 };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Adds `n` to the series `key` names. */
  add(key: string, labels: () => LabelValues<L>, n = 1): void {
    this.cell(key, labels).pending += n;
  }

  /** Moves pending counts into the counter (prom-client calls this on every read). */
  flush(): void {
    for (const cell of this.cells.values()) {
      if (cell.pending === 0) continue;
      this.counter.inc(cell.labels, cell.pending);
      cell.pending = 0;
    }
  }
}
