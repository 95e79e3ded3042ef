import { Counter, type CounterConfiguration, type LabelValues } from 'prom-client';

interface Cell<L extends string> {
  labels: LabelValues<L>;
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

  /** Adds `n` to the series `key` names; `labels` is called only the first time a key is seen. */
  add(key: string, labels: () => LabelValues<L>, n = 1): void {
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = { labels: labels(), pending: 0 };
      this.cells.set(key, cell);
    }
    cell.pending += n;
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
