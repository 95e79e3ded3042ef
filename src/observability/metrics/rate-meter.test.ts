import { RateMeter } from './rate-meter';

test('rate over the last minute of totals, or over the meter age while younger', () => {
  let now = 1_000_000;
  const m = new RateMeter(60, () => now);
  now += 10_000;
  expect(m.perSecond(50)).toBeCloseTo(5);
  now += 50_000;
  expect(m.perSecond(120)).toBeCloseTo(2);
  now += 30_000; // the birth sample left the window: the base is the total read at 10 s
  expect(m.perSecond(120)).toBeCloseTo(70 / 80);
  now += 120_000; // nothing counted for two minutes
  expect(m.perSecond(120)).toBe(0);
  now += 500; // reads within a second keep no new sample
  expect(m.perSecond(130)).toBeCloseTo(10 / 120.5);
});
