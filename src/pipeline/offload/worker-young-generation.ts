import { setFlagsFromString } from 'node:v8';

/**
 * Lets a worker's `resourceLimits.maxYoungGenerationSizeMb` decide its young generation.
 *
 * The semi-space flags (`--min-semi-space-size`, `--max-semi-space-size`) are process-wide, and V8
 * reads them again for every isolate it creates: a main thread started with a large young
 * generation (see docs/performance.md) would hand the same size to each worker, overriding the
 * worker's own limit. The main isolate read its sizes when it started, so setting the flags back
 * to 0 (V8's "work it out from the limits") changes nothing for it and lets the workers created
 * afterwards follow their resource limits.
 */
export function releaseSemiSpaceFlags(): void {
  setFlagsFromString('--min-semi-space-size=0');
  setFlagsFromString('--max-semi-space-size=0');
}
