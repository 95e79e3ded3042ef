import { NAME_PATTERN } from './common';

export const recentQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    route: {
      type: 'string',
      pattern: NAME_PATTERN,
      description: "One route's events; without it, every route's, newest first.",
    },
    limit: {
      type: 'integer',
      minimum: 1,
      maximum: 10000,
      default: 20,
      description: 'Events at most (capped by the ring size per route).',
    },
  },
} as const;

export const recentEventsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['capacity', 'events'],
  properties: {
    capacity: { type: 'integer', description: 'Events kept per route (settings admin.recent_events).' },
    events: {
      type: 'array',
      description: 'Newest first.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'route', 'id', 'routingKey', 'eventKey', 'contentType', 'text', 'length', 'truncated'],
        properties: {
          at: { type: 'string', description: 'When it was routed (ISO 8601).' },
          route: { type: 'string', description: 'Route name.' },
          id: { type: 'string', description: 'Event id (what sinks got as the record id).' },
          routingKey: { type: 'string', description: 'Routing key of the carrying message.' },
          eventKey: { type: 'string', description: 'The key the route matched.' },
          contentType: { type: ['string', 'null'], description: 'Content type of the carrying message.' },
          text: { type: 'string', description: 'The rendered event as the sinks got it (cut at 4096 characters).' },
          length: { type: 'integer', description: 'Length of the whole rendered event.' },
          truncated: { type: 'boolean', description: 'Whether text was cut.' },
        },
      },
    },
  },
} as const;
