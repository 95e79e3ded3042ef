import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/support/cli-run';

/** `replay` says, per route and sink, how many events went where; an empty route shows. */
const dir = mkdtempSync(join(tmpdir(), 'cbb-cli-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const out = (name: string): string => join(dir, 'out', name);
const lineCount = (path: string): number =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l !== '').length
    : 0;

const config = join(dir, 'routes.yaml');
writeFileSync(
  config,
  `dead_letter: { type: file, path: ${out('dead.jsonl')} }
routes:
  - name: all
    match: ["#"]
    exchanges: [api.events, api.rawsensordata]
    sinks: [{ type: file, path: ${out('all.jsonl')} }]
  - name: procstart
    match: [ingress.event.procstart]
    sinks: [{ type: file, path: ${out('procstart.jsonl')} }]
`,
);

test('a human-readable summary per route and sink; a second run appends and says so; --fresh starts empty; --json', async () => {
  const first = await runCli(['replay', '--synthetic', '300', '--config', config]);
  expect(first.code).toBe(0);
  const written = lineCount(out('all.jsonl'));
  expect(written).toBeGreaterThan(300);
  const text = first.out;
  expect(text).toMatch(/^replayed 300 messages \(synthetic\) through 2 routes in \d+\.\d s\n/);
  expect(text).toContain(
    `route all (match #): ${written.toLocaleString('en-US')} events from the 300 messages offered to it\n  file/file: ${written.toLocaleString('en-US')} events written to ${out('all.jsonl')}\n`,
  );
  expect(text).toContain(
    'route procstart (match ingress.event.procstart): 0 events from the 300 messages offered to it\n  no event reached this route: no routing key matched its patterns',
  );
  expect(text).toContain(`dead letters: 0 written to ${out('dead.jsonl')}`);
  expect(text).not.toContain('appended');
  // The pattern that can match nothing is also reported when the run starts.
  expect(first.err).toMatch(/"route":"procstart","pattern":"ingress\.event\.procstart".*use 'ingress\.event\.process'/);

  const second = await runCli(['replay', '--synthetic', '300', '--config', config]);
  expect(second.code).toBe(0);
  expect(lineCount(out('all.jsonl'))).toBe(2 * written);
  expect(second.out).toContain(`note: appended to the files an earlier run had written (${out('all.jsonl')}`);

  const fresh = await runCli(['replay', '--synthetic', '300', '--config', config, '--fresh', '--json']);
  expect(fresh.code).toBe(0);
  expect(lineCount(out('all.jsonl'))).toBe(written);
  const summary = JSON.parse(fresh.out) as {
    messages: number;
    routes: Array<{ route: string; events: number; sinks: Array<{ target: string; events: number }> }>;
    deleted: string[];
  };
  expect(summary.messages).toBe(300);
  expect(summary.deleted).toEqual(expect.arrayContaining([out('all.jsonl'), out('dead.jsonl')]));
  expect(summary.routes.map((r) => [r.route, r.events, r.sinks[0].target, r.sinks[0].events])).toEqual([
    ['all', written, out('all.jsonl'), written],
    ['procstart', 0, out('procstart.jsonl'), 0],
  ]);
});
