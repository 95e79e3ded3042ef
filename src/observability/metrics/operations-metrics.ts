import { Counter, type Registry } from 'prom-client';

export type ReloadOutcome = 'applied' | 'rejected' | 'failed';

/** Operator actions: routes reloads and dead-letter replays. */
export class OperationsMetrics {
  private readonly reloads: Counter<'outcome'>;
  private readonly replays: Counter<'outcome'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.reloads = new Counter({
      name: 'cb_bridge_reloads_total',
      help: 'Routes file reloads (admin API or SIGHUP): applied, rejected (invalid file, old routes kept) or failed (applied in part)',
      labelNames: ['outcome'],
      registers,
    });
    this.replays = new Counter({
      name: 'cb_bridge_dead_letter_replays_total',
      help: 'Dead letters replayed, by outcome (replayed = accepted and removed)',
      labelNames: ['outcome'],
      registers,
    });
  }

  reloaded(outcome: ReloadOutcome): void {
    this.reloads.inc({ outcome });
  }

  replayed(outcome: string, count = 1): void {
    this.replays.inc({ outcome }, count);
  }
}
