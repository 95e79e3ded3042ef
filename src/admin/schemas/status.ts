import { nullableString } from './common';

const int = (description: string) => ({ type: 'integer', description }) as const;
const rate = (description: string) =>
  ({ type: 'number', description: `${description} per second over the last minute.` }) as const;

const routeCounters = {
  type: 'object',
  additionalProperties: false,
  required: ['received', 'events', 'routed', 'filtered', 'decodeErrors', 'parked'],
  properties: {
    received: int('Messages received.'),
    events: int('Events decoded from them.'),
    routed: int('Events handed to the sinks.'),
    filtered: int('Events the filter dropped.'),
    decodeErrors: int('Messages or records that could not be decoded.'),
    parked: int('Messages parked in the delay queue.'),
  },
} as const;

const sinkStatus = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'type', 'state', 'counters', 'rates'],
  properties: {
    name: { type: 'string', description: 'Sink name.' },
    type: { type: 'string', description: 'Sink type.' },
    state: { type: 'string', description: 'Health state.' },
    counters: {
      type: 'object',
      additionalProperties: false,
      required: ['delivered', 'retried', 'failed'],
      properties: {
        delivered: int('Events accepted.'),
        retried: int('Deliveries scheduled again.'),
        failed: int('Events given up on (dead-lettered).'),
      },
    },
    rates: {
      type: 'object',
      additionalProperties: false,
      required: ['delivered'],
      properties: { delivered: rate('Events accepted') },
    },
  },
} as const;

export const statusSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'startedAt', 'uptimeSeconds', 'amqp', 'deadLetters', 'routes'],
  description: 'The bridge at a glance. Counters count since the process started (or since a reload added the route).',
  properties: {
    version: { type: 'string', description: 'cb-event-bridge version (package.json).' },
    startedAt: { type: 'string', description: 'Process start (ISO 8601).' },
    uptimeSeconds: { type: 'number', description: 'Seconds since start.' },
    amqp: {
      type: 'object',
      additionalProperties: false,
      required: ['state', 'connected', 'lastError', 'reconnects', 'consumers'],
      properties: {
        state: {
          type: 'string',
          enum: ['connecting', 'connected', 'disconnected', 'stopped'],
          description: 'Connection state.',
        },
        connected: { type: 'boolean', description: 'Connected and consuming.' },
        lastError: nullableString('The last connection or channel error.'),
        reconnects: int('Reconnects since start.'),
        consumers: int('Consumer channels open.'),
      },
    },
    deadLetters: {
      type: 'object',
      additionalProperties: false,
      required: ['destination', 'written', 'pending', 'browsable'],
      properties: {
        destination: { type: 'string', description: 'file or amqp.' },
        written: int('Letters stored since start.'),
        pending: int('Letters waiting to be stored.'),
        browsable: {
          type: 'boolean',
          description: 'Whether /api/v1/deadletters can list and replay them (file destination).',
        },
      },
    },
    routes: {
      type: 'array',
      description: 'Per route.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'state', 'inFlight', 'counters', 'rates', 'sinks'],
        properties: {
          name: { type: 'string', description: 'Route name.' },
          state: { type: 'string', enum: ['running', 'paused', 'retiring'], description: 'Route state.' },
          inFlight: int('Messages received and not yet settled.'),
          counters: routeCounters,
          rates: {
            type: 'object',
            additionalProperties: false,
            required: ['received', 'routed'],
            properties: { received: rate('Messages received'), routed: rate('Events routed') },
          },
          sinks: { type: 'array', items: sinkStatus, description: 'Per sink.' },
        },
      },
    },
  },
} as const;
