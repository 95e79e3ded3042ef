import { nullableString } from './common';

const bindingSchema = {
  type: 'object',
  required: ['exchange', 'pattern'],
  additionalProperties: false,
  properties: {
    exchange: { type: 'string', description: 'CB exchange.' },
    pattern: { type: 'string', description: 'Binding pattern.' },
  },
} as const;

export const routeSinkSchema = {
  type: 'object',
  required: ['name', 'type', 'required'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', description: 'Sink name, unique in the route.' },
    type: { type: 'string', description: 'Sink type.' },
    required: { type: 'boolean', description: 'Whether /readyz needs this sink up.' },
  },
} as const;

export const routeSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'A route in force (or retiring after a reload removed it).',
  required: [
    'name',
    'state',
    'paused',
    'queue',
    'delayQueue',
    'bindings',
    'match',
    'exchanges',
    'format',
    'filter',
    'transform',
    'prefetch',
    'consumers',
    'activeConsumers',
    'inFlight',
    'sinks',
  ],
  properties: {
    name: { type: 'string', description: 'Route name.' },
    state: {
      type: 'string',
      enum: ['running', 'paused', 'retiring'],
      description: 'running, paused (through the API) or retiring (removed by a reload, draining).',
    },
    paused: { type: 'boolean', description: 'Consumers stopped; messages collect in the queue.' },
    queue: { type: 'string', description: 'The route queue on the broker.' },
    delayQueue: { type: 'string', description: 'Where slow messages are parked before a retry.' },
    bindings: { type: 'array', items: bindingSchema, description: 'Queue bindings.' },
    match: { type: 'array', items: { type: 'string' }, description: 'Match patterns.' },
    exchanges: { type: 'array', items: { type: 'string' }, description: 'Exchanges bound.' },
    format: { type: 'string', description: 'Output format.' },
    filter: { type: ['object', 'null'], additionalProperties: true, description: 'The filter as written, or null.' },
    transform: {
      type: ['object', 'null'],
      additionalProperties: true,
      description: 'The transform as written, or null.',
    },
    prefetch: { type: 'integer', description: 'Prefetch per consumer.' },
    consumers: { type: 'integer', description: 'Consumer channels configured.' },
    activeConsumers: { type: 'integer', description: 'Consumer channels open now.' },
    inFlight: { type: 'integer', description: 'Messages received and not yet settled.' },
    sinks: { type: 'array', items: routeSinkSchema, description: 'The sinks.' },
  },
} as const;

export const routeListSchema = {
  type: 'object',
  required: ['routes'],
  additionalProperties: false,
  properties: {
    routes: { type: 'array', items: routeSchema, description: 'Every route, in file order; retiring routes last.' },
  },
} as const;

export const sinkSchema = {
  type: 'object',
  additionalProperties: false,
  description: "A sink's health.",
  required: [
    'route',
    'name',
    'type',
    'required',
    'state',
    'breaker',
    'inFlight',
    'queueDepth',
    'lastError',
    'lastErrorAt',
    'disabledReason',
    'canEnable',
  ],
  properties: {
    route: { type: 'string', description: 'Route name.' },
    name: { type: 'string', description: 'Sink name.' },
    type: { type: 'string', description: 'Sink type.' },
    required: { type: 'boolean', description: 'Whether /readyz needs this sink up.' },
    state: { type: 'string', enum: ['up', 'degraded', 'down', 'disabled'], description: 'Health state.' },
    breaker: {
      type: ['string', 'null'],
      enum: ['closed', 'open', 'half-open', null],
      description: 'Circuit breaker state, null for sinks without one.',
    },
    inFlight: { type: 'integer', description: 'Events handed to the sink and not answered.' },
    queueDepth: { type: 'integer', description: "Events waiting in the sink's driver." },
    lastError: nullableString('The last error, kept after recovery.'),
    lastErrorAt: nullableString('When it happened (ISO 8601).'),
    disabledReason: nullableString('Why the sink disabled itself (state disabled), else null.'),
    canEnable: { type: 'boolean', description: 'POST .../enable is supported for this sink.' },
  },
} as const;

export const sinkListSchema = {
  type: 'object',
  required: ['sinks'],
  additionalProperties: false,
  properties: { sinks: { type: 'array', items: sinkSchema, description: 'Every sink of every route.' } },
} as const;

export const sinkParams = {
  type: 'object',
  required: ['route', 'sink'],
  additionalProperties: false,
  properties: {
    route: { type: 'string', description: 'Route name.' },
    sink: { type: 'string', description: 'Sink name.' },
  },
} as const;
