import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { FILE_SINK_CONFIG_SCHEMA, HINT_KEYWORD, resolveFileSinkConfig } from './config';
import { FileSinkConfigError } from './errors';
import { fileSinkFactory } from './index';
import { silentLogger } from '../../observability/logger';

const validate = new Ajv({ strict: true, allErrors: true }).addKeyword(HINT_KEYWORD).compile(FILE_SINK_CONFIG_SCHEMA);

test('the schema is strict draft-07 and every property (nested too) has a description', () => {
  const walk = (props: Record<string, { description?: string; properties?: Record<string, unknown> }>): void => {
    for (const [name, p] of Object.entries(props)) {
      expect([name, typeof p.description]).toEqual([name, 'string']);
      if (p.properties) walk(p.properties as typeof props);
    }
  };
  walk(FILE_SINK_CONFIG_SCHEMA.properties as never);
  expect(FILE_SINK_CONFIG_SCHEMA.additionalProperties).toBe(false);
});

test('YAML blocks validate against the schema and resolve with defaults', () => {
  const block = parseYaml(
    'path: /var/log/cb/%Y%m%d/events.jsonl\nrotate: { max_bytes: 104857600, interval_s: 3600 }\ngzip: true\nmode: 0o600\nmax_files: 24\n',
  );
  expect(validate(block)).toBe(true);
  expect(resolveFileSinkConfig(block)).toEqual({
    path: '/var/log/cb/%Y%m%d/events.jsonl',
    rotation: { maxBytes: 104857600, intervalMs: 3_600_000 },
    gzip: true,
    fsync: true,
    mode: 0o600,
    maxFiles: 24,
  });
  expect(resolveFileSinkConfig({ path: 'x.log' })).toEqual({
    path: 'x.log',
    rotation: {},
    gzip: false,
    fsync: true,
    mode: 0o640,
  });
  expect(resolveFileSinkConfig({ path: 'x.log', mode: '0644', fsync: false })).toMatchObject({
    mode: 0o644,
    fsync: false,
  });
  expect(resolveFileSinkConfig({ type: 'file', name: 'archive', path: 'x.log' }).path).toBe('x.log');
});

test.each([
  [{}, /path/],
  [{ path: '' }, /path/],
  [{ path: 'a.log', rotate: { max_bytes: 100 } }, /rotate\.max_bytes must be >= 1024/],
  [{ path: 'a.log', rotate: { interval_s: 0 } }, /rotate\.interval_s/],
  [{ path: 'a.log', rotate: { max_byte: 2048 } }, /'max_byte'/],
  [{ path: 'a.log', compress: true }, /'compress'/],
  [{ path: 'a.log', mode: 640 }, /mode/], // YAML 1.2 reads 0640 as decimal 640
  [{ path: 'a.log', mode: '0999' }, /mode/],
  [{ path: 'a-%M.log' }, /unknown token '%M'/],
  [{ path: 'a.log%' }, /'%' at the end/],
  [{ path: 'a.jsonl.gz', gzip: true }, /must not end in \.gz/],
  [{ path: 'a.log', max_files: 0 }, /max_files/],
])('rejects %j', (block, message) => {
  expect(() => resolveFileSinkConfig(block)).toThrow(FileSinkConfigError);
  expect(() => resolveFileSinkConfig(block)).toThrow(message);
  expect(validate(block)).toBe(false);
});

test('the factory builds a file sink with file-friendly policy defaults', async () => {
  expect(fileSinkFactory.type).toBe('file');
  expect(fileSinkFactory.policy).toMatchObject({ batchMaxEvents: 1000, lingerMs: 20 });
  const sink = fileSinkFactory.create(
    { path: '/tmp/never-opened.log' },
    { route: 'r', name: 'file', logger: silentLogger(), secret: () => undefined },
  );
  expect([sink.type, sink.name]).toEqual(['file', 'file']);
  await sink.close();
  expect(() =>
    fileSinkFactory.create({ path: 'x', bogus: 1 } as never, {
      route: 'r',
      name: 'f',
      logger: silentLogger(),
      secret: () => undefined,
    }),
  ).toThrow(FileSinkConfigError);
});
