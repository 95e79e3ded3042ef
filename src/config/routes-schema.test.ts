import Ajv from 'ajv';
import {
  buildRoutesSchema,
  HINT_KEYWORD,
  routesBaseSchema,
  RoutesSchemaError,
  type SinkSchemaSource,
} from './routes-schema';

const fileSink: SinkSchemaSource = {
  type: 'file',
  configSchema: {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['path'],
    additionalProperties: false,
    properties: {
      path: { type: 'string', minLength: 1, description: 'File to append to.' },
      gzip: { type: 'boolean', default: false, description: 'Compress.' },
    },
  },
};
const stdoutSink: SinkSchemaSource = { type: 'stdout', configSchema: { type: 'object', properties: {} } };
const openSink: SinkSchemaSource = { type: 'open', configSchema: { type: 'object', additionalProperties: true } };

function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv({ strict: true, allErrors: true, useDefaults: true, verbose: true, allowUnionTypes: true });
  ajv.addKeyword(HINT_KEYWORD);
  return ajv.compile(schema);
}

type Schema = Record<string, unknown>;

/** Every `properties` map in the schema, with where it is. */
function propertyMaps(node: unknown, where: string, out: Array<[string, Schema, Record<string, unknown>]>): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as Schema;
  if (schema.properties && typeof schema.properties === 'object')
    out.push([where, schema, schema.properties as Record<string, unknown>]);
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties')
      for (const [p, s] of Object.entries(v as object)) propertyMaps(s, `${where}/properties/${p}`, out);
    else if (Array.isArray(v)) v.forEach((s, i) => propertyMaps(s, `${where}/${k}/${i}`, out));
    else if (typeof v === 'object') propertyMaps(v, `${where}/${k}`, out);
  }
}

describe('schemas/routes.schema.json', () => {
  test('is a draft-07 schema ajv compiles in strict mode', () => {
    const schema = routesBaseSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(() => compile(schema)).not.toThrow();
  });

  test('documents every property and closes every mapping but the sink blocks', () => {
    const maps: Array<[string, Schema, Record<string, unknown>]> = [];
    propertyMaps(routesBaseSchema(), '#', maps);
    expect(maps.length).toBeGreaterThan(10);
    for (const [where, schema, properties] of maps) {
      const isIfCondition = /\/if(\/anyOf\/\d+)?$/.test(where);
      const isOperatorList = where.endsWith('filterWithoutOperator');
      if (!isIfCondition && !isOperatorList) {
        for (const [name, p] of Object.entries(properties)) {
          expect({ where, name, description: typeof (p as Schema).description }).toEqual({
            where,
            name,
            description: 'string',
          });
        }
      }
      const open =
        where === '#/definitions/sink' ||
        where === '#/definitions/filter' ||
        where === '#/definitions/deadLetter' ||
        isIfCondition;
      if (!open)
        expect({ where, additionalProperties: schema.additionalProperties }).toEqual({
          where,
          additionalProperties: false,
        });
    }
  });
});

describe('buildRoutesSchema', () => {
  const validate = compile(buildRoutesSchema([fileSink, stdoutSink, openSink]));
  const withSinks = (...sinks: unknown[]) => ({ routes: [{ name: 'r', match: ['#'], sinks }] });

  test("checks each sink block against its type's schema, filling its defaults", () => {
    const data = withSinks({ type: 'file', path: '/var/log/cb.jsonl' }, { type: 'stdout', name: 'console' });
    expect(validate(data)).toBe(true);
    expect(data.routes[0].sinks[0]).toEqual({ type: 'file', path: '/var/log/cb.jsonl', gzip: false });
    expect(validate(withSinks({ type: 'file' }))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'path' } });
    expect(validate(withSinks({ type: 'file', path: 5 }))).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.message])).toContainEqual([
      '/routes/0/sinks/0/path',
      'must be string',
    ]);
  });

  test('refuses keys a sink type does not declare, unless the factory allows them', () => {
    expect(validate(withSinks({ type: 'stdout', colour: true }))).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      keyword: 'additionalProperties',
      params: { additionalProperty: 'colour' },
    });
    expect(validate(withSinks({ type: 'open', anything: 1 }))).toBe(true);
  });

  test('an unknown type fails the type enum only', () => {
    expect(validate(withSinks({ type: 'kafka', brokers: [] }))).toBe(false);
    expect(validate.errors?.filter((e) => e.keyword !== 'if')).toEqual([
      expect.objectContaining({
        keyword: 'enum',
        instancePath: '/routes/0/sinks/0/type',
        params: { allowedValues: ['file', 'stdout', 'open'] },
      }),
    ]);
  });

  test('fills route defaults', () => {
    const data = withSinks({ type: 'stdout' }) as { routes: Array<Record<string, unknown>> };
    expect(validate(data)).toBe(true);
    expect(data.routes[0]).toMatchObject({ exchanges: ['api.events'], format: 'normalized' });
  });

  test("does not change the factories' schemas", () => {
    const before = structuredClone(fileSink.configSchema);
    buildRoutesSchema([fileSink]);
    expect(fileSink.configSchema).toEqual(before);
  });

  test('refuses factory sets it cannot describe', () => {
    expect(() => buildRoutesSchema([])).toThrow(RoutesSchemaError);
    expect(() => buildRoutesSchema([fileSink, fileSink])).toThrow(/registered twice/);
    expect(() => buildRoutesSchema([{ type: 'bad', configSchema: { type: 'string' } }])).toThrow(
      /must describe an object/,
    );
  });
});
