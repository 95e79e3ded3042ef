/**
 * Events per second over the last `windowS` seconds, from one-second buckets (fixed memory).
 * While the meter is younger than its window, the rate is over its age instead.
 */
export class RateMeter {
  private readonly counts: Float64Array;
  private readonly seconds: Float64Array;
  private readonly born: number;

  constructor(private readonly windowS = 60, private readonly clock: () => number = Date.now) {
    this.counts = new Float64Array(windowS);
    this.seconds = new Float64Array(windowS).fill(-1);
    this.born = clock();
  }

  mark(n = 1): void {
    const s = Math.floor(this.clock() / 1000);
    const i = s % this.windowS;
    if (this.seconds[i] !== s) {
      this.seconds[i] = s;
      this.counts[i] = 0;
    }
    this.counts[i] += n;
  }

  perSecond(): number {
    const now = this.clock();
    const s = Math.floor(now / 1000);
    let sum = 0;
    for (let i = 0; i < this.windowS; i++) if (this.seconds[i] >= 0 && s - this.seconds[i] < this.windowS) sum += this.counts[i];
    const span = Math.min(this.windowS, Math.max(1, (now - this.born) / 1000));
    return sum / span;
  }
}
