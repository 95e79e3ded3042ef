import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../test/support/cli-run';
import { SINK_FACTORIES } from '../../sinks/registry';

/** The registered sink types, as the unknown-type message lists them. */
const SINK_TYPES = SINK_FACTORIES.map((f) => f.type).join(', ');

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), 'cbb-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function routesFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const GOOD = `dead_letter:
  type: amqp
  exchange: cb-bridge.dead
  routing_key: dead
routes:
  - name: endpoint
    match: [ingress.event.process, ingress.event.netconn]
    exchanges: [api.events, api.rawsensordata]
    filter: { field: sensor_id, gte: 1 }
    sinks:
      - { type: file, path: /var/log/cb/endpoint.jsonl }
      - { type: file, path: /var/log/cb/copy.jsonl }
  - name: hits
    match: ["feed.*.storage.hit.process", "watchlist.#"]
    format: leef
    sinks: [{ type: stdout }]
`;

/** A valid single route, to break one thing at a time. */
const ROUTE = (extra = '', sinks = '[{ type: stdout }]') =>
  `routes:\n  - name: r1\n    match: ["#"]\n    sinks: ${sinks}\n${extra}`;

test("a good file: exit 0, each route's queue, bindings, format, filter, sinks and the dead-letter destination", async () => {
  const f = routesFile('good.yaml', GOOD);
  const r = await run(['check', '--config', f]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain(`${f}: OK, 2 routes`);
  expect(r.out).toContain('queue      cb-event-bridge.endpoint');
  expect(r.out).toContain(
    'bindings   api.events → ingress.event.process\n             api.events → ingress.event.netconn\n             api.rawsensordata → #',
  );
  expect(r.out).toContain('api.events → feed.*.storage.hit.process');
  expect(r.out).toContain('api.events → watchlist.#');
  expect(r.out).toContain('format     leef');
  const endpoint = r.out.slice(r.out.indexOf('route endpoint'), r.out.indexOf('route hits'));
  expect(endpoint).toContain('  filter     yes\n  transform  none\n  sinks      file/file-1, file/file-2\n');
  expect(r.out).toContain('sinks      stdout/stdout');
  expect(r.out).toContain("dead letters: amqp exchange 'cb-bridge.dead', routing key 'dead'");
});

test('--json and --queue-prefix', async () => {
  const f = routesFile('good-json.yaml', GOOD);
  const r = await run(['check', '--config', f, '--queue-prefix', 'soc.edr', '--json']);
  expect(r.code).toBe(0);
  const summary = JSON.parse(r.out);
  expect(summary).toMatchObject({
    ok: true,
    file: f,
    queue_prefix: 'soc.edr',
    dead_letter: { type: 'amqp', exchange: 'cb-bridge.dead' },
  });
  expect(summary.routes[0]).toEqual({
    name: 'endpoint',
    queue: 'soc.edr.endpoint',
    bindings: [
      { exchange: 'api.events', pattern: 'ingress.event.process' },
      { exchange: 'api.events', pattern: 'ingress.event.netconn' },
      { exchange: 'api.rawsensordata', pattern: '#' },
    ],
    format: 'normalized',
    filter: true,
    transform: false,
    sinks: [
      { type: 'file', name: 'file-1' },
      { type: 'file', name: 'file-2' },
    ],
  });
  expect(summary.routes[1]).toMatchObject({ name: 'hits', queue: 'soc.edr.hits', format: 'leef', filter: false });
});

describe('a file with problems: exit 1, the message names file, line and field', () => {
  test.each([
    [
      'YAML syntax error',
      'routes:\n  - name: r1\n    match: ["#"\n    sinks: [{ type: stdout }]\n',
      /:4:5: YAML syntax error: /,
    ],
    [
      'missing sinks',
      'routes:\n  - name: r1\n    match: ["#"]\n',
      /:2:5: routes\[0\]: missing required property 'sinks'/,
    ],
    [
      "typo'd key",
      ROUTE('    fromat: leef\n'),
      /:5:5: routes\[0\]: unknown property 'fromat' \(did you mean 'format'\?\)/,
    ],
    [
      "typo'd key in a sink",
      ROUTE('', '\n      - type: file\n        path: /tmp/x.jsonl\n        gzpi: true'),
      /:7:9: routes\[0\]\.sinks\[0\]: unknown property 'gzpi' \(did you mean 'gzip'\?\)/,
    ],
    [
      'bad regex',
      ROUTE('    filter:\n      field: process_path\n      regex: "(cmd|powershell.exe"\n'),
      /:7:14: routes\[0\]\.filter\.regex: invalid regular expression \/\(cmd\|powershell\.exe\/: Unterminated group/,
    ],
    [
      'duplicate route name',
      `${ROUTE()}  - name: r1\n    match: ["#"]\n    sinks: [{ type: stdout }]\n`,
      /:5:11: routes\[1\]\.name: duplicate route name 'r1' \(first used at line 2\)/,
    ],
    [
      'unknown sink type',
      ROUTE('', '[{ type: no_such_sink, url: "https://splunk:8088" }]'),
      new RegExp(`:4:21: routes\\[0\\]\\.sinks\\[0\\]\\.type: sink type 'no_such_sink' is not one of: ${SINK_TYPES}`),
    ],
    [
      'sink setting of the wrong type',
      ROUTE('', '[{ type: file, path: 42 }]'),
      /:4:33: routes\[0\]\.sinks\[0\]\.path: must be string/,
    ],
  ])('%s', async (name, text, expected) => {
    const f = routesFile(`${name.replace(/\W+/g, '-')}.yaml`, text);
    const r = await run(['check', '--config', f]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const first = r.err.split('\n')[0];
    expect(first.startsWith(`${f}:`)).toBe(true);
    expect(first).toMatch(expected);
    expect(r.err).toMatch(/: 1 problem\n$/);
  });

  test('all problems at once, and as JSON with --json', async () => {
    const f = routesFile('many.yaml', 'routes:\n  - name: r1\n    mach: ["#"]\n    sinks: [{ type: nope }]\n');
    const r = await run(['check', '--config', f, '--json']);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `${f}:2:5: routes[0]: missing required property 'match'`,
      `${f}:3:5: routes[0]: unknown property 'mach' (did you mean 'match'?)`,
      `${f}:4:21: routes[0].sinks[0].type: sink type 'nope' is not one of: ${SINK_TYPES}`,
      `${f}: 3 problems`,
    ]);
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(false);
    expect(json.problems[2]).toEqual({
      file: f,
      line: 4,
      column: 21,
      path: 'routes[0].sinks[0].type',
      message: `sink type 'nope' is not one of: ${SINK_TYPES}`,
    });
  });

  test('a file that does not exist', async () => {
    const f = join(dir, 'absent.yaml');
    const r = await run(['check', '--config', f]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${f}: cannot read the routes file: ENOENT`);
  });
});

test('usage errors exit 2', async () => {
  expect((await run(['check'])).code).toBe(2);
  expect((await run(['check'])).err).toContain('--config FILE is required');
  const f = routesFile('prefix.yaml', ROUTE());
  expect((await run(['check', '--config', f, '--queue-prefix', 'amq.x'])).code).toBe(2);
  expect((await run(['check', '--config', f, '--bogus'])).code).toBe(2);
  const help = await run(['check', '--help']);
  expect(help.code).toBe(0);
  expect(help.out).toContain('cb-event-bridge check --config FILE');
});

test('the top-level help lists check', async () => {
  expect((await run(['help'])).out).toMatch(/\n {2}check {6}validate a routes file/);
});

test('syslog sinks: what the schema cannot say (framing with udp, an unreadable CA file) is reported with file, line and field once the schema problems are fixed', async () => {
  const f = routesFile(
    'syslog.yaml',
    ROUTE(
      '',
      `
      - { type: syslog, address: "siem:514", protocol: udp, framing: newline }
      - { type: syslog, name: tls, address: "siem:6514", protocol: tls, tls: { ca: /nonexistent/ca.pem } }
      - { type: syslog, name: bad, address: "siem", severity: loud }`,
    ),
  );
  const r = await run(['check', '--config', f]);
  expect(r.code).toBe(1);
  expect(r.err.split('\n')).toEqual([
    `${f}:7:63: routes[0].sinks[2].severity: 'loud' is not one of: from_event, emerg, alert, crit, err, warning, notice, info, debug, 0, 1, 2, 3, 4, 5, 6, 7`,
    `${f}: 1 problem`,
    '',
  ]);
  const fixed = routesFile('syslog2.yaml', readFileSync(f, 'utf8').replace(', severity: loud', ''));
  const r2 = await run(['check', '--config', fixed]);
  expect(r2.err.split('\n')).toEqual([
    `${fixed}:5:70: routes[0].sinks[0].framing: framing applies to tcp and tls; udp sends one message per datagram`,
    `${fixed}:6:84: routes[0].sinks[1].tls.ca: tls.ca: cannot read /nonexistent/ca.pem: ENOENT`,
    `${fixed}: 2 problems`,
    '',
  ]);
});

test('a pattern that can match no routing key CB publishes is a warning with the key meant', async () => {
  const f = routesFile(
    'patterns.yaml',
    `routes:
  - name: procs
    match: [ingress.event.procstart, "ingress.event.*"]
    sinks: [{ type: stdout }]
  - name: hits
    match: ["feed.*.storage.hit.process", watchlist.hit.proces, "alert.#"]
    sinks: [{ type: stdout }]
`,
  );
  const r = await run(['check', '--config', f]);
  expect(r.code).toBe(0);
  expect(r.err.split('\n').filter((l) => l !== '')).toEqual([
    `warning: ${f}:3:13: routes[0].match[0]: 'ingress.event.procstart' is the normalized event type, not a routing key: the CB server publishes these events as 'ingress.event.process'; use 'ingress.event.process'`,
    `warning: ${f}:6:43: routes[1].match[1]: 'watchlist.hit.proces' matches no routing key the CB server publishes; did you mean 'watchlist.hit.process'? (keys look like ingress.event.process, watchlist.hit.process, feed.*.storage.hit.process)`,
  ]);
  expect(r.out).toContain('2 warnings (on stderr): a route pattern matches no routing key the CB server publishes');
  const json = JSON.parse((await run(['check', '--config', f, '--json'])).out) as { warnings: Array<{ path: string }> };
  expect(json.warnings.map((w) => w.path)).toEqual(['routes[0].match[0]', 'routes[1].match[1]']);
});

test('secrets are read as run reads them; --skip-secrets leaves them unread and still checks the rest', async () => {
  const f = routesFile(
    'secrets.yaml',
    `routes:
  - name: hec
    match: [watchlist.#]
    sinks:
      - { type: splunk_hec, url: "http://127.0.0.1:8088", token: "\${file:${join(dir, 'no-such-token')}}" }
      - { type: webhook, name: bad, url: not-a-url }
`,
  );
  const r = await run(['check', '--config', f]);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`${f}:5:`);
  expect(r.err).toMatch(/routes\[0\]\.sinks\[0\]\.token: .*secret file .*no-such-token cannot be read: ENOENT/);
  expect(r.err).toMatch(/routes\[0\]\.sinks\[1\]\.url: /);
  const skipped = await run(['check', '--config', f, '--skip-secrets']);
  expect(skipped.code).toBe(1);
  expect(skipped.err).not.toContain('no-such-token');
  expect(skipped.err).toMatch(/routes\[0\]\.sinks\[1\]\.url: /);
  expect(skipped.err).toContain(`${f}: 1 problem`);
});
