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
