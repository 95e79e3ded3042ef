export const reloadReportSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['added', 'removed', 'changed', 'unchanged', 'warnings'],
  description:
    'The new routes are in force. Removed routes drain in the background (state retiring in /api/v1/routes).',
  properties: {
    added: {
      type: 'array',
      items: { type: 'string' },
      description: 'Routes added (queue declared and bound, consumers started).',
    },
    removed: {
      type: 'array',
      items: { type: 'string' },
      description: 'Routes removed (stopped, draining; their queues stay on the broker).',
    },
    changed: {
      type: 'array',
      description: 'Routes whose definition changed, with the fields that did.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'fields'],
        properties: {
          name: { type: 'string', description: 'Route name.' },
          fields: {
            type: 'array',
            items: { type: 'string' },
            description: 'Changed fields (match, exchanges, filter, transform, format, sinks, prefetch, consumers).',
          },
        },
      },
    },
    unchanged: { type: 'array', items: { type: 'string' }, description: 'Routes left as they were.' },
    warnings: {
      type: 'array',
      items: { type: 'string' },
      description: 'What was not applied, or will be applied later.',
    },
  },
} as const;
