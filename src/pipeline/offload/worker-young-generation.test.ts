import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { releaseSemiSpaceFlags } from './worker-young-generation';

/** Starts a worker that churns short-lived objects until its young generation has grown, and reports its size (MB). */
function youngGenerationOfNewWorker(limitMb: number): Promise<number> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { getHeapSpaceStatistics } = require('node:v8');
    const keep = [];
    for (let i = 0; i < 1500000; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 100000) keep.splice(0, 50000); }
    parentPort.postMessage(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576);
  `;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: limitMb } });
    w.once('message', (mb: number) => { resolve(mb); void w.terminate(); });
    w.once('error', reject);
  });
}

afterAll(() => releaseSemiSpaceFlags());

test('with semi-space flags set process-wide, a new worker ignores its limit until the flags are released', async () => {
  setFlagsFromString('--min-semi-space-size=32');
  setFlagsFromString('--max-semi-space-size=32');
  const overridden = await youngGenerationOfNewWorker(12);
  expect(overridden).toBeGreaterThanOrEqual(32);

  releaseSemiSpaceFlags();
  const limited = await youngGenerationOfNewWorker(12);
  expect(limited).toBeLessThanOrEqual(12);
}, 30_000);
