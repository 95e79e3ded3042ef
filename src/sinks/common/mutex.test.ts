import { SerialQueue } from './mutex';

test('runs tasks one at a time in call order; a failure does not stop the queue', async () => {
  const q = new SerialQueue();
  const log: string[] = [];
  let running = 0;
  const task = (name: string, ms: number, fail = false) =>
    q.run(async () => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}`);
      running--;
      if (fail) throw new Error(name);
      return name;
    });
  const results = await Promise.allSettled([task('a', 20), task('b', 1, true), task('c', 5)]);
  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  expect(q.pending).toBe(0);
  await q.idle();
});
