import { Writable } from 'node:stream';
import { createLogger } from './logger';
import { RateLimitedLog } from './rate-limited-log';

test('a repeated line is written once per interval, the next one counting those left out', () => {
  const lines: Array<Record<string, unknown>> = [];
  const into = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  let now = 0;
  const log = new RateLimitedLog(createLogger('info', into), 'warn', 10_000, () => now);
  // A 60-second outage retrying every 50 ms: 1,200 attempts.
  for (; now < 60_000; now += 50) log.write({ retried: 1 }, 'sink batch will be retried');
  log.write({ other: true }, 'another kind of line');
  expect(lines.filter((l) => l.msg === 'sink batch will be retried')).toHaveLength(6);
  expect(lines[0].suppressed).toBeUndefined();
  expect(lines[1]).toMatchObject({ retried: 1, suppressed: 199, level: 40 });
  expect(lines.filter((l) => l.msg === 'another kind of line')).toHaveLength(1);
});
