import { readFileSync } from 'node:fs';

/**
 * Runs `fn` repeatedly after a warm-up, in `rounds` rounds of about `seconds / rounds` each, and
 * returns the best round's rates: on a shared machine other work only ever slows a round down,
 * so the fastest round is the closest to what the code itself costs.
 */
export function measure(fn: () => number, seconds: number, rounds = 3): { perSecond: number; unitsPerSecond: number } {
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) fn();
  let best = { perSecond: 0, unitsPerSecond: 0 };
  for (let r = 0; r < rounds; r++) {
    let iterations = 0;
    let units = 0;
    const start = performance.now();
    const stop = start + (seconds * 1000) / rounds;
    while (performance.now() < stop) {
      units += fn();
      iterations++;
    }
    const elapsed = (performance.now() - start) / 1000;
    if (units / elapsed > best.unitsPerSecond) best = { perSecond: iterations / elapsed, unitsPerSecond: units / elapsed };
  }
  return best;
}

export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** CPU time of the whole machine from /proc/stat: total and stolen (by the hypervisor), in ticks. */
function cpuTicks(): { total: number; steal: number } {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return { total: 0, steal: 0 };
  }
}

/**
 * Measures the share of CPU time the hypervisor took from this machine between start() and
 * report(): on a shared host, figures measured while it is high are not the code's.
 */
export class StealMeter {
  private at = cpuTicks();

  start(): void {
    this.at = cpuTicks();
  }

  report(): string {
    const now = cpuTicks();
    const total = now.total - this.at.total;
    if (total <= 0) return 'host steal: unknown';
    return `host steal ${((100 * (now.steal - this.at.steal)) / total).toFixed(0)}% of CPU time`;
  }
}
