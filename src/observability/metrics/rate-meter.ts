/**
 * The per-second rate of a growing total over about the last `windowS` seconds, from the totals
 * it is shown when read (at most one sample a second is kept, so memory stays bounded). The rate
 * is taken from the newest sample at least `windowS` old; while the meter is younger than its
 * window, over its age (counting from zero at birth).
 */
export class RateMeter {
  private readonly samples: Array<{ at: number; total: number }>;

  /** `born`: when the total was zero (default: now). */
  constructor(
    private readonly windowS = 60,
    private readonly clock: () => number = Date.now,
    born: number = clock(),
  ) {
    this.samples = [{ at: born, total: 0 }];
  }

  perSecond(total: number): number {
    const now = this.clock();
    const last = this.samples[this.samples.length - 1];
    if (now - last.at >= 1000) this.samples.push({ at: now, total });
    const edge = now - this.windowS * 1000;
    while (this.samples.length > 1 && this.samples[1].at <= edge) this.samples.shift();
    const base = this.samples[0];
    const span = Math.max(1, (now - base.at) / 1000);
    return Math.max(0, total - base.total) / span;
  }
}
