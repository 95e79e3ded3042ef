import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasDir } from '../codecs/json/notification-schemas';
import type { SinkFactory } from '../sinks/sink-factory';

/** What the routes schema needs of a sink factory. */
export type SinkSchemaSource = Pick<SinkFactory<never>, 'type' | 'configSchema' | 'validate'>;

type JsonSchema = Record<string, unknown>;

/** A sink factory whose configSchema cannot be embedded in the routes schema. */
export class RoutesSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoutesSchemaError';
  }
}

/** Keyword in schemas/routes.schema.json: the error text shown when that schema's `pattern` fails. */
export const HINT_KEYWORD = 'x-hint';

let baseSchema: JsonSchema | undefined;

/** schemas/routes.schema.json as written (sink blocks open: only `type` and `name` are known there). */
export function routesBaseSchema(): JsonSchema {
  baseSchema ??= JSON.parse(readFileSync(join(schemasDir(), 'routes.schema.json'), 'utf8')) as JsonSchema;
  return structuredClone(baseSchema);
}

function definitionName(type: string): string {
  return `sink-${type}`;
}

/**
 * A sink block for one type: the factory's config schema plus `type` (the constant) and `name`.
 * Undeclared keys are refused unless the factory itself allows them, so typos are caught.
 */
function sinkBlockSchema(factory: SinkSchemaSource, nameSchema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...config } = factory.configSchema;
  if (config.type !== undefined && config.type !== 'object') {
    throw new RoutesSchemaError(
      `sink type '${factory.type}': configSchema must describe an object, not ${JSON.stringify(config.type)}`,
    );
  }
  const own = (config.properties ?? {}) as Record<string, unknown>;
  if (typeof own !== 'object' || Array.isArray(own))
    throw new RoutesSchemaError(`sink type '${factory.type}': configSchema.properties must be an object`);
  return {
    ...config,
    type: 'object',
    description: config.description ?? `Settings of the ${factory.type} sink.`,
    properties: {
      type: { const: factory.type, description: `The sink type: ${factory.type}.` },
      name: nameSchema,
      delivery: { $ref: '#/definitions/delivery' },
      required: { $ref: '#/definitions/sinkRequired' },
      ...own,
    },
    additionalProperties: config.additionalProperties ?? false,
  };
}

/**
 * The routes schema with each sink factory's config schema plugged into `routes[].sinks[]`,
 * chosen by the block's `type` (an if/then per type); a type no factory has fails the `type` enum.
 */
export function buildRoutesSchema(factories: readonly SinkSchemaSource[]): JsonSchema {
  if (factories.length === 0) throw new RoutesSchemaError('no sink types to build the routes schema with');
  const types = factories.map((f) => f.type);
  const duplicate = types.find((t, i) => types.indexOf(t) !== i);
  if (duplicate !== undefined) throw new RoutesSchemaError(`sink type '${duplicate}' is registered twice`);

  const schema = routesBaseSchema();
  const definitions = schema.definitions as Record<string, JsonSchema>;
  const sink = definitions.sink;
  const sinkProperties = sink.properties as Record<string, JsonSchema>;
  sinkProperties.type = {
    ...sinkProperties.type,
    description: `The sink type: one of ${types.join(', ')}.`,
    enum: types,
  };
  sink.allOf = factories.map((f) => ({
    if: { required: ['type'], properties: { type: { const: f.type } } },
    then: { $ref: `#/definitions/${definitionName(f.type)}` },
  }));
  for (const f of factories) definitions[definitionName(f.type)] = sinkBlockSchema(f, sinkProperties.name);
  return schema;
}
