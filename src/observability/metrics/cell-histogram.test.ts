import { Histogram, Registry } from 'prom-client';
import { CellHistogram } from './cell-histogram';

const BUCKETS = [0.005, 0.01, 0.5, 1, 2.5, 60];
type L = 'route' | 'sink' | 'start';

function pair(): { ours: CellHistogram<L>; theirs: Histogram<L>; mine: Registry; reference: Registry } {
  const mine = new Registry();
  const reference = new Registry();
  const config = { name: 'lat_seconds', help: 'latency', labelNames: ['route', 'sink', 'start'] as L[], buckets: BUCKETS };
  return { ours: new CellHistogram({ ...config, registers: [mine] }), theirs: new Histogram({ ...config, registers: [reference] }), mine, reference };
}

describe('CellHistogram', () => {
  it("is exposed exactly as prom-client's Histogram fed the same observations (bounds, above all bounds, zero, several series)", async () => {
    const { ours, theirs, mine, reference } = pair();
    const series: Array<Record<L, string>> = [
      { route: 'all', sink: 'file', start: 'publish' },
      { route: 'all', sink: 'file', start: 'receipt' },
      { route: 'r "2"', sink: 'k\\x', start: 'receipt' },
    ];
    const values = [0, 0.005, 0.0051, 0.01, 0.3, 0.5, 1, 2.5, 59.9, 60, 61, 1e6, 0.123456789];
    series.forEach((labels, s) => {
      const cell = ours.cell(`${s}`, () => labels);
      for (const v of values.slice(s)) {
        ours.observe(cell, v);
        theirs.observe(labels, v);
      }
    });
    expect(await mine.metrics()).toBe(await reference.metrics());
    expect(await ours.get()).toEqual(JSON.parse(JSON.stringify(await theirs.get())));
  });

  it('keeps one cell per key, asks for the labels once, and ignores values that are not finite', async () => {
    const { ours, mine } = pair();
    let asked = 0;
    const labels = (): Record<L, string> => { asked++; return { route: 'a', sink: 'b', start: 'publish' }; };
    const cell = ours.cell('k', labels);
    expect(ours.cell('k', labels)).toBe(cell);
    expect(asked).toBe(1);
    ours.observe(cell, Number.NaN);
    ours.observe(cell, Number.POSITIVE_INFINITY);
    ours.observe(cell, 0.2);
    expect(cell.count).toBe(1);
    expect(await mine.metrics()).toContain('lat_seconds_count{route="a",sink="b",start="publish"} 1');
  });

  it('zeroes its series on reset, keeping the cells callers hold, and refuses buckets that do not ascend', async () => {
    const { ours, mine } = pair();
    const cell = ours.cell('k', () => ({ route: 'a', sink: 'b', start: 'receipt' }));
    ours.observe(cell, 1);
    mine.resetMetrics();
    expect(await mine.metrics()).toContain('lat_seconds_count{route="a",sink="b",start="receipt"} 0');
    ours.observe(cell, 2);
    expect(await mine.metrics()).toContain('lat_seconds_sum{route="a",sink="b",start="receipt"} 2');
    expect(() => new CellHistogram({ name: 'x', help: 'x', labelNames: [], buckets: [1, 1], registers: [] })).toThrow('ascending');
  });
});
