import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

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
    if (units / elapsed > best.unitsPerSecond)
      best = { perSecond: iterations / elapsed, unitsPerSecond: units / elapsed };
  }
  return best;
}

export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/**
 * CPU time of the whole machine from /proc/stat: total, idle (with I/O wait) and stolen (by the hypervisor), in ticks.
 */
function cpuTicks(): { total: number; idle: number; steal: number } {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return {
      total: fields.reduce((a, b) => a + b, 0),
      idle: (fields[3] ?? 0) + (fields[4] ?? 0),
      steal: fields[7] ?? 0,
    };
  } catch {
    return { total: 0, idle: 0, steal: 0 };
  }
}

/** CPU seconds a process has used (user + system, every thread); NaN when it is gone. */
export function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The first process whose command line contains `needle`, or null. */
export function findProcess(needle: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) return Number(entry);
    } catch {
      // gone, or not ours to read
    }
  }
  return null;
}

/** Share of the whole machine's CPU time (all cores) that was busy between two readings. */
export class BusyMeter {
  private at = cpuTicks();

  start(): void {
    this.at = cpuTicks();
  }

  /** Busy share in percent of all cores since start(). */
  busyPercent(): number {
    const now = cpuTicks();
    const total = now.total - this.at.total;
    return total > 0 ? (100 * (total - (now.idle - this.at.idle))) / total : Number.NaN;
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

/**
 * With BENCH_PROFILE_DIR set, records a CPU profile of this thread while `during` runs and writes
 * it there as `<name>.cpuprofile` (open it in Chrome's DevTools); without, just runs `during`.
 */
export async function profiled<T>(name: string, during: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return during();
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await during();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${dir}/${name}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}

/**
 * Times a fixed piece of single-threaded CPU work (small objects, JSON, SHA-1), in ms; lower is
 * faster. A shared virtual machine's speed can drift with nothing else running on it and no
 * steal time to show for it; printed beside a benchmark's figures, this shows that kind of drift.
 * It does not catch every kind: the work is small enough to stay in a core's caches, and runs
 * alone, so runs with the same probe can still differ in the bridge's CPU per event.
 */
export function hostSpeedProbe(): number {
  const start = performance.now();
  let sink = 0;
  for (let i = 0; i < 200_000; i++) {
    const text = JSON.stringify({ a: i, b: `str${i}`, c: [i, i + 1, i + 2], d: { e: i * 2 } });
    sink += text.length;
    if ((i & 15) === 0) sink += createHash('sha1').update(text).digest()[0];
  }
  if (sink < 0) throw new Error('unreachable');
  return performance.now() - start;
}

/**
 * How a throughput run loads the bridge:
 * - `backlog`: the events wait in the route's queue (route paused, published, confirmed); the clock runs from the
 *   resume. The bridge's own rate, without the publisher on the same cores: the figure held against the targets;
 * - `live`: published while the bridge consumes; the publisher's CPU competes with the bridge's.
 */
export type LoadMode = 'backlog' | 'live';

/** BENCH_LOAD: the modes to run, in order (default both). A wrong value ends the process with one line. */
export function loadModes(): LoadMode[] {
  const modes = (process.env.BENCH_LOAD ?? 'backlog,live').split(',').map((m) => m.trim());
  for (const m of modes)
    if (m !== 'backlog' && m !== 'live') {
      console.error(`BENCH_LOAD: "${m}" is not a load mode; use backlog, live or both (backlog,live)`);
      process.exit(2);
    }
  return modes as LoadMode[];
}

/** Where a throughput run's measured window starts: the CPU readings and clock then, and how long publishing took. */
export interface LoadWindow<Readings> {
  before: Readings;
  busy: BusyMeter;
  /** performance.now() at the window's start. */
  start: number;
  publishSeconds: number;
}

/**
 * Loads a bridge with `publish` in one load mode and returns where the measured window starts: at the first publish
 * (live), or at the resume of the route, paused while `publish` filled its queue (backlog). `read` takes the CPU
 * readings the run compares at its end.
 */
export async function loadBridge<Readings>(
  mode: LoadMode,
  bridge: { route(name: string, action: 'pause' | 'resume'): Promise<void> },
  route: string,
  publish: () => Promise<void>,
  read: () => Readings,
): Promise<LoadWindow<Readings>> {
  const startHere = (): Omit<LoadWindow<Readings>, 'publishSeconds'> => ({
    before: read(),
    busy: new BusyMeter(),
    start: performance.now(),
  });
  if (mode === 'backlog') await bridge.route(route, 'pause');
  let window = startHere();
  await publish();
  const publishSeconds = (performance.now() - window.start) / 1000;
  if (mode === 'backlog') {
    window = startHere();
    await bridge.route(route, 'resume');
  }
  return { ...window, publishSeconds };
}
