import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../observability/logger';
import { compileRoute, startDrivers } from './compile-route';
import type { SinkRecord } from '../sinks/sink';

/** Each key of a JSON log line, counted (JSON.parse would keep only the last of repeated keys). */
function keyCounts(line: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)":/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return counts;
}

test("a sink's log lines (the file sink's writer events among them) carry route, sink and sinkType once", async () => {
  const lines: string[] = [];
  const into = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger('debug', into);
  const dir = mkdtempSync(join(tmpdir(), 'cbb-keys-'));
  const route = compileRoute(
    { name: 'hook', match: ['#'], sinks: [{ type: 'file', name: 'rh', path: join(dir, 'out.jsonl') }] },
    { logger, observer: {} },
  );
  await startDrivers(route);
  const driver = route.drivers[0];
  const record = {
    id: 'a-0',
    text: '{"a":1}',
    routingKey: 'k',
    eventKey: 'k',
    exchange: 'x',
    contentType: undefined,
    receivedAt: 1,
    record: null,
  } as unknown as SinkRecord;
  await new Promise<void>((resolve) => driver.submit(record, () => resolve()));
  await driver.close();
  const sinkLines = lines.filter((l) => l.includes('"sink":'));
  expect(sinkLines.length).toBeGreaterThan(0);
  expect(sinkLines.some((l) => l.includes('file opened'))).toBe(true);
  for (const line of sinkLines) {
    for (const [key, n] of keyCounts(line)) expect([key, n]).toEqual([key, 1]);
    expect(JSON.parse(line)).toMatchObject({ route: 'hook', sink: 'rh', sinkType: 'file' });
  }
});
