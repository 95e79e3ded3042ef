/**
 * JSON Schemas for CB EDR JSON notifications (schemas/notifications/).
 *
 * - every schema compiles under ajv's default strict mode, all in one Ajv instance;
 * - every notification type the project knows about has a schema;
 * - every captured message in ../shared/corpus/json validates against the schema of its
 *   folder's routing key (skipped with a warning when ../shared is absent);
 * - hostile inline samples are rejected and seed-document examples are accepted.
 */
import fs from 'fs';
import path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';

const SCHEMA_DIR = path.resolve(__dirname, '../../../schemas/notifications');
const CORPUS_DIR = path.resolve(__dirname, '../../../../shared/corpus/json');

/** Routing key -> schema $id: drop numeric database-id segments; every events.partition.* key shares one schema. */
function foldRoutingKey(routingKey: string): string {
  const folded = routingKey
    .split('.')
    .filter((segment) => !/^\d+$/.test(segment))
    .join('.');
  return folded.startsWith('events.partition.') ? 'events.partition' : folded;
}

interface SchemaFile {
  file: string;
  schema: { $id: string; [key: string]: unknown };
}

function loadSchemas(): SchemaFile[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((file) => ({ file, schema: JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) }));
}

const schemaFiles = loadSchemas();
const ajv = new Ajv({ allErrors: true });
for (const { schema } of schemaFiles) ajv.addSchema(schema);

function validator(id: string): ValidateFunction {
  const v = ajv.getSchema(id);
  if (!v) throw new Error(`no schema with $id ${id}`);
  return v;
}

function errorPaths(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => e.instancePath);
}

const NOTIFICATION_TYPES = [
  // the seed document
  'watchlist.hit.process',
  'watchlist.hit.binary',
  'feed.ingress.hit.process',
  'feed.ingress.hit.binary',
  'feed.storage.hit.process',
  'feed.storage.hit.binary',
  'binaryinfo.observed',
  'binaryinfo.host.observed',
  'binaryinfo.group.observed',
  'binarystore.file.added',
  // the wire-format spec's "other JSON keys seen"
  ...['ingress', 'query'].flatMap((s) => ['process', 'binary', 'host'].map((k) => `alert.watchlist.hit.${s}.${k}`)),
  ...['ingress', 'storage', 'query'].flatMap((s) => ['process', 'binary', 'host'].map((k) => `feed.${s}.hit.${k}`)),
  ...['hit', 'storage.hit'].flatMap((s) => ['process', 'binary'].map((k) => `watchlist.${s}.${k}`)),
  'feed.synchronized',
  'cmd.feed.synchronize',
  'task.error.logged',
  'events.partition',
];

describe('notification schemas: compile and coverage', () => {
  test('every schema file compiles in one strict-mode Ajv instance', () => {
    expect(schemaFiles.length).toBeGreaterThan(0);
    for (const { file, schema } of schemaFiles) {
      expect(() => ajv.getSchema(schema.$id)).not.toThrow();
      expect(typeof ajv.getSchema(schema.$id)).toBe('function');
      expect(file).toBe(`${schema.$id}.schema.json`);
    }
  });

  test('each notification schema has a title, a description, type object and described properties, and no closed top level', () => {
    for (const { schema } of schemaFiles.filter((s) => s.schema.$id !== 'common')) {
      expect(typeof schema.title).toBe('string');
      expect(typeof schema.description).toBe('string');
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).not.toBe(false);
      const props = schema.properties as Record<string, { description?: string }>;
      expect(Object.keys(props).length).toBeGreaterThan(0);
      for (const [name, prop] of Object.entries(props)) {
        expect({ id: schema.$id, name, description: typeof prop.description }).toEqual({
          id: schema.$id,
          name,
          description: 'string',
        });
      }
    }
  });

  test('the set of $ids covers every known notification type', () => {
    const ids = new Set(schemaFiles.map((s) => s.schema.$id));
    expect(ids.has('common')).toBe(true);
    const missing = NOTIFICATION_TYPES.filter((t) => !ids.has(t));
    expect(missing).toEqual([]);
  });

  test('routing keys fold to schema ids', () => {
    expect(foldRoutingKey('feed.24.ingress.hit.process')).toBe('feed.ingress.hit.process');
    expect(foldRoutingKey('watchlist.12.hit.process')).toBe('watchlist.hit.process');
    expect(foldRoutingKey('events.partition.mounted')).toBe('events.partition');
    expect(foldRoutingKey('binaryinfo.host.observed')).toBe('binaryinfo.host.observed');
  });
});

const haveCorpus = fs.existsSync(CORPUS_DIR);
if (!haveCorpus) {
  console.warn(
    `notification-schemas: corpus not found at ${CORPUS_DIR}; skipping corpus validation (a clone without ../shared)`,
  );
}
const describeCorpus = haveCorpus ? describe : describe.skip;

describeCorpus('notification schemas: real captured messages', () => {
  const routingKeys = haveCorpus ? fs.readdirSync(CORPUS_DIR).sort() : [];

  test('every corpus routing-key folder has a schema', () => {
    const missing = routingKeys.map(foldRoutingKey).filter((id) => !ajv.getSchema(id));
    expect(missing).toEqual([]);
  });

  test('every corpus file validates against the schema of its folded routing key', () => {
    let validated = 0;
    const failures: string[] = [];
    for (const rk of routingKeys) {
      const v = ajv.getSchema(foldRoutingKey(rk));
      if (!v) continue; // reported by the test above
      const dir = path.join(CORPUS_DIR, rk);
      for (const file of fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        const message = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
        validated++;
        if (!v(message)) failures.push(`${rk}/${file}: ${ajv.errorsText(v.errors)}`);
      }
    }
    if (failures.length > 0) {
      console.error(
        `${failures.length} corpus file(s) failed validation; first ones:\n${failures.slice(0, 20).join('\n')}`,
      );
    }
    expect(validated).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});

describe('notification schemas: hostile samples fail', () => {
  const notificationIds = schemaFiles.map((s) => s.schema.$id).filter((id) => id !== 'common');

  test.each(notificationIds)('%s rejects a JSON array and a string', (id) => {
    const v = validator(id);
    expect(v([])).toBe(false);
    expect(v([{ md5: '9E4B0E7472B4CEBA9E17F440B8CB0AB8' }])).toBe(false);
    expect(v('{"md5":"9E4B0E7472B4CEBA9E17F440B8CB0AB8"}')).toBe(false);
    expect(v(null)).toBe(false);
  });

  const withProperty = (prop: string) =>
    schemaFiles
      .filter((s) => s.schema.$id !== 'common')
      .filter((s) => Object.prototype.hasOwnProperty.call(s.schema.properties ?? {}, prop))
      .map((s) => s.schema.$id);

  test.each(withProperty('sensor_id'))('%s rejects a non-numeric sensor_id', (id) => {
    const v = validator(id);
    expect(v({ sensor_id: 'abc' })).toBe(false);
    expect(errorPaths(v.errors)).toContain('/sensor_id');
  });

  test.each(withProperty('md5'))('%s rejects an md5 that is not 32 hex digits', (id) => {
    const v = validator(id);
    for (const bad of ['zz', '9E4B0E7472B4CEBA9E17F440B8CB0AB', '9E4B0E7472B4CEBA9E17F440B8CB0AZ8', 12345]) {
      expect(v({ md5: bad })).toBe(false);
      expect(errorPaths(v.errors)).toContain('/md5');
    }
  });

  test('the hostile sensor_id and md5 lists are not empty', () => {
    expect(withProperty('sensor_id')).toEqual(
      expect.arrayContaining(['feed.ingress.hit.process', 'binaryinfo.host.observed']),
    );
    expect(withProperty('md5')).toEqual(
      expect.arrayContaining(['binaryinfo.observed', 'binarystore.file.added', 'feed.ingress.hit.binary']),
    );
  });

  test('a valid message with one field broken fails on that field', () => {
    const v = validator('feed.ingress.hit.process');
    const good = {
      process_id: '00000003-0000-03a0-01d2-3eb59e345cd5',
      report_id: 'r1',
      ioc_type: 'ipv4',
      ioc_value: '172.16.100.22',
      hostname: 'FS-NYC-1',
      sensor_id: 3321,
      feed_id: 7,
      feed_name: 'f',
      event_timestamp: 1397240503.332,
    };
    expect(v(good)).toBe(true);
    expect(v({ ...good, sensor_id: 'abc' })).toBe(false);
    expect(errorPaths(v.errors)).toEqual(expect.arrayContaining(['/sensor_id']));
    expect(v({ ...good, sensor_id: 3.5 })).toBe(false);
    expect(v({ ...good, event_timestamp: 'yesterday' })).toBe(false);
    expect(v({ ...good, comms_ip: '999.1.1.1' })).toBe(false);
    expect(v({ ...good, comms_ip: -1407246848 })).toBe(true);
    expect(v({ ...good, comms_ip: '172.22.5.141' })).toBe(true);
  });

  test('documents inside docs are checked', () => {
    const wp = validator('watchlist.hit.process');
    const base = {
      watchlist_id: 2,
      watchlist_name: 'w',
      docs: [{ process_md5: '445c3e95c8cb05403aedaec3baaa3a1d', sensor_id: 7 }],
    };
    expect(wp(base)).toBe(true);
    expect(wp({ ...base, docs: [{ process_md5: 'zz' }] })).toBe(false);
    expect(errorPaths(wp.errors)).toContain('/docs/0/process_md5');
    expect(wp({ ...base, docs: [{ sensor_id: 'seven' }] })).toBe(false);
    expect(wp({ ...base, docs: [{ interface_ip: 'not-an-ip' }] })).toBe(false);
    expect(wp({ ...base, docs: 'not-an-array' })).toBe(false);

    const wb = validator('watchlist.hit.binary');
    expect(wb({ watchlist_id: 3, watchlist_name: 'w', docs: [{ md5: 'zz' }] })).toBe(false);
    expect(wb({ watchlist_id: 3, watchlist_name: 'w', docs: [{ is_64bit: 'maybe' }] })).toBe(false);
  });

  test('missing required identity fields fail', () => {
    expect(validator('binaryinfo.observed')({ event_timestamp: 1397248033.914 })).toBe(false);
    expect(validator('binarystore.file.added')({ md5: '9E4B0E7472B4CEBA9E17F440B8CB0AB8' })).toBe(false);
    expect(validator('watchlist.hit.process')({ docs: [] })).toBe(false);
  });
});

describe('notification schemas: seed-document examples pass', () => {
  const examples: Array<[string, unknown]> = [
    [
      'feed.ingress.hit.process',
      {
        process_id: ' 9131443406494176380',
        report_id: 'dxmtest1_01',
        ioc_type: 'ipv4',
        ioc_value: '172.16.100.22',
        hostname: 'FS-NYC-1',
        sensor_id: 3321,
        feed_id: 7,
        feed_name: 'dxmtest1',
        event_timestamp: 1397240503.332,
      },
    ],
    [
      'feed.ingress.hit.binary',
      {
        md5: '506708142BC63DABA64F2D3AD1DCD5BF',
        report_id: 'dxmtest1_04',
        ioc_type: 'md5',
        ioc_value: '506708142bc63daba64f2d3ad1dcd5bf',
        feed_id: 7,
        hostname: 'FS-SEA-529',
        sensor_id: 3321,
        feed_name: 'dxmtest1',
        event_timestamp: 1397244093.682,
      },
    ],
    [
      'feed.storage.hit.process',
      {
        process_id: ' 9131443406494176380',
        segment_id: '1',
        report_id: 'dxmtest1_01',
        ioc_type: 'ipv4',
        ioc_value: '172.16.100.22',
        hostname: 'FS-NYC-1',
        sensor_id: 3321,
        feed_id: 7,
        feed_name: 'dxmtest1',
        event_timestamp: 1397240503.332,
      },
    ],
    [
      'feed.storage.hit.binary',
      {
        md5: '506708142BC63DABA64F2D3AD1DCD5BF',
        report_id: 'dxmtest1_04',
        ioc_type: 'md5',
        ioc_value: '506708142bc63daba64f2d3ad1dcd5bf',
        feed_id: 7,
        hostname: 'FS-SEA-529',
        sensor_id: 3321,
        feed_name: 'dxmtest1',
        event_timestamp: 1397244093.682,
      },
    ],
    ['binaryinfo.observed', { md5: '9E4B0E7472B4CEBA9E17F440B8CB0AB8', event_timestamp: 1397248033.914 }],
    [
      'binaryinfo.host.observed',
      { md5: '9E4B0E7472B4CEBA9E17F440B8CB0AB8', hostname: 'FS-HQ', sensor_id: 1021, event_timestamp: 1397248033.914 },
    ],
    [
      'binaryinfo.group.observed',
      { md5: '9E4B0E7472B4CEBA9E17F440B8CB0AB8', group: 'Default Group', event_timestamp: 1397248033.914 },
    ],
    [
      'binarystore.file.added',
      {
        md5: '9E4B0E7472B4CEBA9E17F440B8CB0AB8',
        size: 320000,
        compressed_size: 126857,
        event_timestamp: 1397248033.914,
      },
    ],
    // the numeric-string form the wire-format spec documents
    [
      'binaryinfo.host.observed',
      { md5: '9e4b0e7472b4ceba9e17f440b8cb0ab8', hostname: 'FS-HQ', sensor_id: '9', event_timestamp: 1397248033 },
    ],
    ['watchlist.hit.process', { watchlist_id: '12', watchlist_name: 'notepads', docs: [], highlights: [] }],
    ['events.partition', {}],
    ['task.error.logged', { event_timestamp: 1600000000.5, message: 'extra fields are allowed' }],
  ];

  test.each(examples)('%s accepts %j', (id, message) => {
    const v = validator(id);
    const ok = v(message);
    if (!ok) console.error(ajv.errorsText(v.errors));
    expect(ok).toBe(true);
  });
});
