/** JSON Schemas shared by the admin routes (they also become the OpenAPI document). */
export type JsonSchema = Record<string, unknown>;

export const problemSchema = {
  type: 'object',
  description: 'One problem in the routes file.',
  required: ['file', 'line', 'column', 'path', 'message'],
  additionalProperties: false,
  properties: {
    file: { type: 'string', description: 'The routes file.' },
    line: { type: 'integer', description: '1-based line (0 when unknown).' },
    column: { type: 'integer', description: '1-based column (0 when unknown).' },
    path: {
      type: 'string',
      description: "Where in the document, like routes[1].sinks[0].path ('' for the whole file).",
    },
    message: { type: 'string', description: 'What is wrong.' },
  },
} as const;

export const errorSchema = {
  type: 'object',
  description: 'Every error answer: a stable code and a message for people.',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: {
    code: {
      type: 'string',
      description:
        'Machine-readable error code (unauthorized, route_not_found, validation_failed, invalid_routes_file, ...).',
    },
    message: { type: 'string', description: 'What went wrong.' },
    problems: {
      type: 'array',
      description: 'With invalid_routes_file: every problem found, located in the file.',
      items: problemSchema,
    },
    details: { type: 'array', description: 'With validation_failed: each failed check.', items: { type: 'string' } },
  },
} as const;

/** The route's own answers plus the error schema for every 4xx and 5xx status. */
export function withErrors(responses: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return { ...responses, '4xx': errorSchema, '5xx': errorSchema };
}

export const NAME_PATTERN = '^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$';

export const routeNameParams = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: { type: 'string', pattern: NAME_PATTERN, description: 'Route name.' } },
} as const;

export const nullableString = (description: string): JsonSchema => ({ type: ['string', 'null'], description });
