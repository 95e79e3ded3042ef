export const livenessSchema = {
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  description: 'The process is up.',
  properties: { status: { type: 'string', enum: ['ok'], description: 'Always ok.' } },
} as const;

const checkSchema = {
  type: 'object',
  required: ['name', 'ok', 'detail'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', description: 'amqp, or sink:<route>/<sink> for each required sink.' },
    ok: { type: 'boolean', description: 'Whether this check passes.' },
    detail: { type: 'string', description: 'Why (not).' },
  },
} as const;

export const readinessSchema = {
  type: 'object',
  required: ['ready', 'checks'],
  additionalProperties: false,
  description: 'Ready: every check passes.',
  properties: {
    ready: { type: 'boolean', description: 'Connected and consuming, and no required sink down.' },
    checks: { type: 'array', items: checkSchema, description: 'Each check.' },
  },
} as const;

export const notReadySchema = {
  type: 'object',
  required: ['code', 'message', 'ready', 'checks'],
  additionalProperties: false,
  description: 'Not ready: the failing checks say why.',
  properties: {
    code: { type: 'string', enum: ['not_ready'], description: 'Always not_ready.' },
    message: { type: 'string', description: 'The failing checks, in a sentence.' },
    ready: { type: 'boolean', description: 'Always false.' },
    checks: readinessSchema.properties.checks,
  },
} as const;
