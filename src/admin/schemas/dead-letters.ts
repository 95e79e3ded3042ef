const letterSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'at',
    'route',
    'sink',
    'reason',
    'detail',
    'exchange',
    'routingKey',
    'contentType',
    'bodyEncoding',
    'bodyBytes',
  ],
  properties: {
    id: { type: 'string', description: 'Letter id.' },
    at: { type: 'string', description: 'When it was dead-lettered (ISO 8601).' },
    route: { type: 'string', description: 'Route it belonged to.' },
    sink: {
      type: 'string',
      description: "Sink that refused it ('' for a message that could not be decoded or overflowed the queue).",
    },
    reason: {
      type: 'string',
      description: 'A decode reason, queue_overflow, sink_failed, max_attempts, max_age or sink_disabled.',
    },
    detail: { type: 'string', description: 'What went wrong.' },
    exchange: { type: 'string', description: 'Original exchange.' },
    routingKey: { type: 'string', description: 'Original routing key.' },
    contentType: {
      type: ['string', 'null'],
      description:
        "Content type of what the body holds: the original message's, or the rendered event's (application/json, text/plain for LEEF) for a sink failure.",
    },
    sourceContentType: {
      type: ['string', 'null'],
      description: 'Sink failures: the content type of the message the event came from.',
    },
    bodyTruncated: {
      type: 'object',
      additionalProperties: false,
      required: ['size', 'sha256'],
      description:
        'The original body was too large to store whole: the letter keeps its first part (it cannot be replayed).',
      properties: {
        size: { type: 'integer', description: 'Size of the whole body.' },
        sha256: { type: 'string', description: 'SHA-256 of the whole body (hex).' },
      },
    },
    bodyEncoding: {
      type: 'string',
      enum: ['base64', 'utf8'],
      description: 'base64: the original message body; utf8: the rendered event.',
    },
    bodyBytes: { type: 'integer', description: 'Size of the body (decoded).' },
    location: {
      type: 'object',
      additionalProperties: false,
      description: 'Where in the message a decode failure sits.',
      properties: {
        member: { type: 'string', description: 'Zip member.' },
        record: { type: 'integer', description: 'Bundle record.' },
        offset: { type: 'integer', description: 'Byte offset.' },
      },
    },
    headers: { type: 'object', additionalProperties: true, description: 'Original AMQP headers (with include_body).' },
    body: { type: 'string', description: 'The body (with include_body).' },
  },
} as const;

export const listQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    cursor: { type: 'string', maxLength: 1024, description: 'nextCursor of the previous page.' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'Letters per page.' },
    include_body: { type: 'boolean', default: false, description: 'Include headers and body.' },
  },
} as const;

export const letterPageSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['letters', 'nextCursor'],
  properties: {
    letters: { type: 'array', items: letterSchema, description: 'Oldest first.' },
    nextCursor: { type: ['string', 'null'], description: 'Pass as cursor for the next page; null on the last page.' },
  },
} as const;

const ids = {
  type: 'array',
  minItems: 1,
  maxItems: 10000,
  uniqueItems: true,
  items: { type: 'string', minLength: 1, maxLength: 200 },
  description: 'Letter ids.',
} as const;
const all = { type: 'boolean', enum: [true], description: 'Every stored letter.' } as const;

export const replayBodySchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Either ids or all: true.',
  oneOf: [{ required: ['ids'] }, { required: ['all'] }],
  properties: {
    ids,
    all,
    limit: {
      type: 'integer',
      minimum: 1,
      maximum: 10000,
      default: 1000,
      description: 'With all: replay the oldest this many.',
    },
    wait_ms: {
      type: 'integer',
      minimum: 0,
      maximum: 120000,
      default: 10000,
      description: 'How long to wait for outcomes; later ones answer pending.',
    },
  },
} as const;

export const replayResultSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['results', 'summary'],
  properties: {
    results: {
      type: 'array',
      description: 'One per letter.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'outcome'],
        properties: {
          id: { type: 'string', description: 'Letter id.' },
          outcome: {
            type: 'string',
            description:
              'replayed and dead_lettered_again: accepted, removed. failed, parked: kept. pending: still under way (removed later if accepted). in_progress, not_found, route_not_found, sink_not_found: nothing sent.',
            enum: [
              'replayed',
              'dead_lettered_again',
              'failed',
              'parked',
              'pending',
              'in_progress',
              'not_found',
              'route_not_found',
              'sink_not_found',
            ],
          },
          detail: { type: 'string', description: 'Why.' },
        },
      },
    },
    summary: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Letters per outcome.' },
  },
} as const;

export const deleteBodySchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Either ids or all: true.',
  oneOf: [{ required: ['ids'] }, { required: ['all'] }],
  properties: { ids, all },
} as const;

export const deleteResultSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['removed'],
  properties: { removed: { type: 'integer', description: 'Letters removed.' } },
} as const;
