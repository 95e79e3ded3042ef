/** Runs `fn` repeatedly for about `seconds` after a warm-up; returns iterations per second. */
export function measure(fn: () => number, seconds: number): { perSecond: number; unitsPerSecond: number } {
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) fn();
  let iterations = 0;
  let units = 0;
  const start = performance.now();
  const stop = start + seconds * 1000;
  while (performance.now() < stop) {
    units += fn();
    iterations++;
  }
  const elapsed = (performance.now() - start) / 1000;
  return { perSecond: iterations / elapsed, unitsPerSecond: units / elapsed };
}

export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
