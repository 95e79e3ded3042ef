import { createRoutesParser } from './routes-parser';
import { RoutesConfigError, formatProblem, type ConfigProblem } from './routes-config-error';
import type { SinkSchemaSource } from './routes-schema';

/** Small stand-ins for the real sink types, with real config schemas. */
const factories: SinkSchemaSource[] = [
  {
    type: 'file',
    configSchema: {
      type: 'object',
      required: ['path'],
      additionalProperties: false,
      properties: {
        path: { type: 'string', minLength: 1, description: 'File to append to.' },
        rotate: {
          type: 'object',
          additionalProperties: false,
          description: 'Rotation.',
          properties: {
            max_bytes: { type: 'integer', minimum: 1, description: 'Size.' },
            interval_s: { type: 'integer', minimum: 1, description: 'Age.' },
          },
        },
        gzip: { type: 'boolean', description: 'Compress rotated files.' },
      },
    },
  },
  { type: 'stdout', configSchema: { type: 'object', additionalProperties: false, properties: {} } },
];

const parse = createRoutesParser(factories);

function problemsOf(text: string): ConfigProblem[] {
  try {
    parse(text, 'routes.yaml');
  } catch (err) {
    if (err instanceof RoutesConfigError) return [...err.problems];
    throw err;
  }
  throw new Error('parsed without problems');
}

function linesOf(text: string): string[] {
  return problemsOf(text).map(formatProblem);
}

const GOOD = `# routes
dead_letter:
  type: file
  path: /var/lib/cb-event-bridge/dead-letters.jsonl
routes:
  - name: process-netconn
    match: [ingress.event.process, ingress.event.netconn]
    exchanges: [api.events, api.rawsensordata]
    filter:
      all:
        - { field: sensor_id, in: ["9", "12"] }
        - { field: path, regex: '\\\\system32\\\\', flags: i }
    transform:
      drop: [docs.0.cmdline]
      add: { source: cb-edr }
    sinks:
      - type: file
        path: \${CB_LOG_DIR}/netconn.jsonl
        rotate: { max_bytes: 104857600 }
      - type: file
        path: /tmp/copy.jsonl
  - name: hits
    match: ["feed.*.storage.hit.process", "watchlist.#"]
    format: leef
    prefetch: 200
    consumers: 2
    sinks:
      - type: stdout
`;

describe('a valid file', () => {
  const routes = parse(GOOD, 'routes.yaml');

  test('parses with defaults filled in', () => {
    expect(routes.dead_letter).toEqual({ type: 'file', path: '/var/lib/cb-event-bridge/dead-letters.jsonl' });
    expect(routes.routes.map((r) => [r.name, r.exchanges, r.format])).toEqual([
      ['process-netconn', ['api.events', 'api.rawsensordata'], 'normalized'],
      ['hits', ['api.events'], 'leef'],
    ]);
    expect(routes.routes[1]).toMatchObject({ prefetch: 200, consumers: 2 });
  });

  test('names sinks: the type, or type-n when unnamed sinks of a type repeat', () => {
    expect(routes.routes[0].sinks.map((s) => s.name)).toEqual(['file-1', 'file-2']);
    expect(routes.routes[1].sinks.map((s) => s.name)).toEqual(['stdout']);
  });

  test('keeps ${ENV_VAR} strings as written, regexes as written', () => {
    expect(routes.routes[0].sinks[0].path).toBe('${CB_LOG_DIR}/netconn.jsonl');
    expect(routes.routes[0].filter).toEqual({
      all: [
        { field: 'sensor_id', in: ['9', '12'] },
        { field: 'path', regex: '\\\\system32\\\\', flags: 'i' },
      ],
    });
  });

  test('a YAML alias is followed like the text it stands for', () => {
    const text =
      'routes:\n  - name: a\n    match: &m ["#"]\n    sinks: [{type: stdout}]\n  - name: b\n    match: *m\n    sinks: [{type: stdout}]\n';
    expect(parse(text, 'x.yaml').routes[1].match).toEqual(['#']);
  });
});

test('default sink names count only unnamed sinks', () => {
  const text =
    'routes:\n  - name: a\n    match: ["#"]\n    sinks:\n      - { type: file, path: /a, name: archive }\n      - { type: file, path: /b }\n      - { type: stdout }\n      - { type: stdout }\n';
  expect(parse(text, 'x').routes[0].sinks.map((s) => s.name)).toEqual(['archive', 'file', 'stdout-1', 'stdout-2']);
});

describe('problems name the file, line, column and field', () => {
  test('YAML syntax errors', () => {
    expect(linesOf('routes:\n  - name: a\n    match: [x.#\n')).toEqual([
      expect.stringMatching(/^routes\.yaml:4:1: YAML syntax error: Flow sequence .* end with a \]$/),
    ]);
    expect(linesOf('routes:\n  - name: a\n    name: b\n')).toEqual([
      'routes.yaml:3:5: YAML syntax error: Map keys must be unique',
    ]);
  });

  test('an empty file or a file that is not a mapping', () => {
    const what =
      "a routes file is a YAML mapping with a 'routes' list (each route a mapping with name, match and sinks) and optionally 'dead_letter'; see config/routes.example.yaml";
    expect(linesOf('# nothing yet\n')).toEqual([`routes.yaml:1:1: the file is empty: ${what}`]);
    expect(linesOf('- a\n')).toEqual([`routes.yaml:1:1: the file holds a list: ${what}`]);
    expect(linesOf('routes.yaml\n')).toEqual([`routes.yaml:1:1: the file holds a string: ${what}`]);
    expect(linesOf('routes: []\n')).toEqual(['routes.yaml:1:9: routes: must not be empty']);
  });

  test('a missing property points at the mapping that lacks it', () => {
    expect(linesOf('routes:\n  - name: a\n    match: ["#"]\n')).toEqual([
      "routes.yaml:2:5: routes[0]: missing required property 'sinks'",
    ]);
  });

  test('an unknown property points at the key, with a suggestion', () => {
    expect(linesOf('routes:\n  - name: a\n    match: ["#"]\n    sinks: [{type: stdout}]\n    fromat: leef\n')).toEqual([
      "routes.yaml:5:5: routes[0]: unknown property 'fromat' (did you mean 'format'?)",
    ]);
    expect(
      linesOf(
        'routes:\n  - name: a\n    match: ["#"]\n    sinks:\n      - type: file\n        path: /x\n        compress: true\n',
      ),
    ).toEqual([
      "routes.yaml:7:9: routes[0].sinks[0]: unknown property 'compress' (expected one of: type, name, delivery, required, path, rotate, gzip)",
    ]);
  });

  test('a wrong type in a sink block', () => {
    expect(
      linesOf(
        'routes:\n  - name: a\n    match: ["#"]\n    sinks:\n      - type: stdout\n      - type: file\n        path: 42\n        rotate: { max_bytes: big }\n',
      ),
    ).toEqual([
      'routes.yaml:7:15: routes[0].sinks[1].path: must be string',
      'routes.yaml:8:30: routes[0].sinks[1].rotate.max_bytes: must be integer',
    ]);
  });

  test('an unknown sink type', () => {
    expect(
      linesOf('routes:\n  - name: a\n    match: ["#"]\n    sinks:\n      - type: splunk\n        url: https://x\n'),
    ).toEqual(["routes.yaml:5:15: routes[0].sinks[0].type: sink type 'splunk' is not one of: file, stdout"]);
  });

  test('names, patterns, exchanges, format, numbers', () => {
    const text = [
      'routes:',
      '  - name: -bad',
      '    match: ["feed.*.storage", "feed..x", "watchlist.#", "watchlist.#"]',
      '    exchanges: [api.events, api.binaries]',
      '    format: xml',
      '    prefetch: 0',
      '    consumers: 65',
      '    sinks: [{type: stdout, name: "a b"}]',
    ].join('\n');
    expect(linesOf(text)).toEqual([
      "routes.yaml:2:11: routes[0].name: '-bad' must start with a letter or digit and continue with at most 62 letters, digits, '_', '.' or '-'",
      "routes.yaml:3:31: routes[0].match[1]: 'feed..x' must be dot-separated words, each '*', '#' or made of letters, digits, '_' and '-'",
      "routes.yaml:3:57: routes[0].match[3]: repeats item 2 ('watchlist.#')",
      "routes.yaml:4:29: routes[0].exchanges[1]: 'api.binaries' is not one of: api.events, api.rawsensordata",
      "routes.yaml:5:13: routes[0].format: 'xml' is not one of: normalized, decoded, leef, cef",
      'routes.yaml:6:15: routes[0].prefetch: must be >= 1',
      'routes.yaml:7:16: routes[0].consumers: must be <= 64',
      "routes.yaml:8:34: routes[0].sinks[0].name: 'a b' must start with a letter or digit and continue with at most 62 letters, digits, '_', '.' or '-'",
    ]);
  });

  test('filters: operators, typos, operands', () => {
    const text = [
      'routes:',
      '  - name: a',
      '    match: ["#"]',
      '    sinks: [{type: stdout}]',
      '    filter:',
      '      any:',
      '        - field: sensor_id',
      '          equal: "9"',
      '        - { field: x, equals: 1, in: [1] }',
      '        - { field: x, gt: "5" }',
      '        - { field: x, regex: a, flags: g }',
      '        - { field: "a..b", exists: true }',
      '        - not: { all: [] }',
    ].join('\n');
    expect(linesOf(text)).toEqual([
      'routes.yaml:7:11: routes[0].filter.any[0]: needs one operator: equals, in, regex, gt/gte/lt/lte, exists, all, any or not',
      "routes.yaml:8:11: routes[0].filter.any[0]: unknown property 'equal' (did you mean 'equals'?)",
      "routes.yaml:9:34: routes[0].filter.any[1]: unknown property 'in' (expected one of: field, equals)",
      'routes.yaml:10:27: routes[0].filter.any[2].gt: must be number',
      "routes.yaml:11:40: routes[0].filter.any[3].flags: 'g' must be distinct letters from i, m, s, u, v",
      "routes.yaml:12:20: routes[0].filter.any[4].field: 'a..b' must be a dot-separated field path with no empty names, like docs.0.process_name",
      'routes.yaml:13:23: routes[0].filter.any[5].not.all: must not be empty',
    ]);
  });

  test('every bad regex, at its own line', () => {
    const text = [
      'routes:',
      '  - name: a',
      '    match: ["#"]',
      '    sinks: [{type: stdout}]',
      '    filter:',
      '      all:',
      '        - field: path',
      '          regex: "(unclosed"',
      '        - not:',
      '            field: cmdline',
      "            regex: '[z-a]'",
    ].join('\n');
    expect(linesOf(text)).toEqual([
      'routes.yaml:8:18: routes[0].filter.all[0].regex: invalid regular expression /(unclosed/: Unterminated group',
      'routes.yaml:11:20: routes[0].filter.all[1].not.regex: invalid regular expression /[z-a]/: Range out of order in character class',
    ]);
  });

  test('transforms', () => {
    const text =
      'routes:\n  - name: a\n    match: ["#"]\n    sinks: [{type: stdout}]\n    transform:\n      keep: [docs.0]\n      rename: { "a.b": c, d: e.f, x: y, z: y }\n      add: { list: [1] }\n      drop: []\n';
    expect(linesOf(text)).toEqual([
      "routes.yaml:6:14: routes[0].transform.keep[0]: 'docs.0' must be a top-level field name (non-empty, no dots)",
      "routes.yaml:7:17: routes[0].transform.rename: property name 'a.b' must be a top-level field name (non-empty, no dots)",
      "routes.yaml:7:30: routes[0].transform.rename.d: 'e.f' must be a top-level field name (non-empty, no dots)",
      'routes.yaml:8:20: routes[0].transform.add.list: must be string, number, boolean or null',
      'routes.yaml:9:13: routes[0].transform.drop: must not be empty',
    ]);
    const twoTargets =
      'routes:\n  - name: a\n    match: ["#"]\n    sinks: [{type: stdout}]\n    transform:\n      rename: { x: y, z: y }\n';
    expect(linesOf(twoTargets)).toEqual([
      "routes.yaml:6:26: routes[0].transform.rename.z: two fields are renamed to 'y'",
    ]);
  });

  test('duplicate route names and sink names', () => {
    const text = [
      'routes:',
      '  - name: hits',
      '    match: ["#"]',
      '    sinks:',
      '      - type: stdout',
      '      - { type: file, path: /a, name: archive }',
      '      - { type: file, path: /b, name: archive }',
      '  - name: hits',
      '    match: ["#"]',
      '    sinks:',
      '      - { type: file, path: /a, name: file-2 }',
      '      - { type: file, path: /b }',
      '      - { type: file, path: /c }',
    ].join('\n');
    expect(linesOf(text)).toEqual([
      "routes.yaml:7:39: routes[0].sinks[2].name: duplicate sink name 'archive' in route 'hits' (first used at line 6)",
      "routes.yaml:8:11: routes[1].name: duplicate route name 'hits' (first used at line 2)",
      "routes.yaml:13:9: routes[1].sinks[2]: duplicate sink name 'file-2' in route 'hits' (the default name; give one of them a name) (first used at line 11)",
    ]);
  });

  test('dead letter destinations', () => {
    const routes = 'routes:\n  - name: a\n    match: ["#"]\n    sinks: [{type: stdout}]\n';
    expect(linesOf(`dead_letter:\n  type: amqp\n  path: /x\n${routes}`)).toEqual([
      "routes.yaml:2:3: dead_letter: missing required property 'exchange'",
      "routes.yaml:3:3: dead_letter: unknown property 'path' (expected one of: type, exchange, routing_key, declare)",
    ]);
    expect(linesOf(`dead_letter:\n  type: kafka\n${routes}`)).toEqual([
      "routes.yaml:2:9: dead_letter.type: 'kafka' is not one of: file, amqp",
    ]);
    expect(linesOf(`dead_letter: { type: file, path: /x, max_bytes: -1 }\n${routes}`)).toEqual([
      'routes.yaml:1:49: dead_letter.max_bytes: must be >= 1024',
    ]);
    const amqp = parse(
      `dead_letter: { type: amqp, exchange: cb.dlx, routing_key: dead, declare: true }\n${routes}`,
      'x',
    );
    expect(amqp.dead_letter).toEqual({ type: 'amqp', exchange: 'cb.dlx', routing_key: 'dead', declare: true });
  });

  test('bad regexes and duplicate names are reported together with schema problems', () => {
    const text = [
      'routes:',
      '  - name: a',
      '    match: ["#"]',
      '    filter: { field: path, regex: "(x" }',
      '    sinks: [{ type: file, path: 42 }, { type: stdout, name: out }, { type: stdout, name: out }]',
      '  - name: a',
      '    match: ["#"]',
    ].join('\n');
    expect(linesOf(text)).toEqual([
      'routes.yaml:4:35: routes[0].filter.regex: invalid regular expression /(x/: Unterminated group',
      'routes.yaml:5:33: routes[0].sinks[0].path: must be string',
      "routes.yaml:5:90: routes[0].sinks[2].name: duplicate sink name 'out' in route 'a' (first used at line 5)",
      "routes.yaml:6:5: routes[1]: missing required property 'sinks'",
      "routes.yaml:6:11: routes[1].name: duplicate route name 'a' (first used at line 2)",
    ]);
  });

  test('every problem is in the error, and its message lists them all', () => {
    const text = 'routes:\n  - name: a\n    mach: ["#"]\n    sinks: [{type: nope}]\n  - name: b\n';
    try {
      parse(text, 'conf/r.yaml');
      throw new Error('parsed');
    } catch (err) {
      expect(err).toBeInstanceOf(RoutesConfigError);
      const e = err as RoutesConfigError;
      expect(e.problems).toContainEqual({
        file: 'conf/r.yaml',
        line: 4,
        column: 20,
        path: 'routes[0].sinks[0].type',
        message: "sink type 'nope' is not one of: file, stdout",
      });
      expect(e.message.split('\n')).toEqual([
        "conf/r.yaml:2:5: routes[0]: missing required property 'match'",
        "conf/r.yaml:3:5: routes[0]: unknown property 'mach' (did you mean 'match'?)",
        "conf/r.yaml:4:20: routes[0].sinks[0].type: sink type 'nope' is not one of: file, stdout",
        "conf/r.yaml:5:5: routes[1]: missing required property 'match'",
        "conf/r.yaml:5:5: routes[1]: missing required property 'sinks'",
      ]);
    }
  });
});

describe('the delivery block every sink accepts', () => {
  const route = (delivery: string): string =>
    `routes:\n  - name: a\n    match: ["#"]\n    sinks:\n      - type: stdout\n        delivery: ${delivery}\n`;

  test('is accepted with retry and batching settings', () => {
    const file = parse(
      route('{ max_attempts: 5, max_age_s: 600, batch_max_events: 100, linger_ms: 10, concurrency: 4 }'),
      'routes.yaml',
    );
    expect(file.routes[0].sinks[0]).toMatchObject({ delivery: { max_attempts: 5, max_age_s: 600 } });
  });

  test('refuses unknown keys and bad values with their line', () => {
    expect(
      problemsOf(route('{ retries: 3 }'))
        .map((p) => p.message)
        .join(),
    ).toMatch(/unknown property 'retries'/);
    expect(problemsOf(route('{ concurrency: 0 }'))[0]).toMatchObject({ line: 6 });
  });
});
