import { RateMeter } from './rate-meter';

test('rate over the last minute, or over the meter age while younger', () => {
  let now = 1_000_000;
  const m = new RateMeter(60, () => now);
  now += 10_000;
  m.mark(50);
  expect(m.perSecond()).toBeCloseTo(5);
  now += 50_000;
  m.mark(70);
  expect(m.perSecond()).toBeCloseTo(2);
  now += 30_000; // the first mark left the window
  expect(m.perSecond()).toBeCloseTo(70 / 60);
  now += 120_000;
  expect(m.perSecond()).toBe(0);
});
