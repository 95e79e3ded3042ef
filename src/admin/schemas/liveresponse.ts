import { COMMAND_NAMES } from '../../liveresponse/commands';
import { COMMAND_OPTION_SCHEMAS } from '../../sinks/liveresponse/config';

/** Admin API schemas of response actions (/api/v1/liveresponse/...). */

const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'dry_run', 'dropped'] as const;

const looseObject = (description: string): Record<string, unknown> => ({
  type: 'object',
  additionalProperties: true,
  description,
});

export const jobSchema = {
  type: 'object',
  description:
    'A response-action job: the liveresponse.result event it becomes when it ends (commands still to run say pending).',
  required: ['job_id', 'status', 'sensor_id', 'origin', 'commands'],
  additionalProperties: false,
  properties: {
    job_id: { type: 'string', description: 'Job id.' },
    status: { type: 'string', enum: JOB_STATUSES, description: 'queued, running, or how it ended.' },
    sensor_id: { type: 'integer', description: 'The sensor.' },
    hostname: { type: 'string', description: 'The sensor host name, once a session told it.' },
    origin: { type: 'string', enum: ['route', 'api'], description: "A route's liveresponse sink or this API." },
    route: { type: 'string', description: 'The route (origin route).' },
    sink: { type: 'string', description: 'The sink (origin route).' },
    trigger: looseObject('The event that made the job: event_id, event_type (origin route).'),
    dry_run: { type: 'boolean', description: 'Nothing runs: a dry run.' },
    created_at: { type: 'number', description: 'Unix seconds.' },
    started_at: { type: 'number', description: 'Unix seconds.' },
    finished_at: { type: 'number', description: 'Unix seconds (for an unfinished job: its creation).' },
    event_timestamp: { type: 'number', description: 'Same as finished_at.' },
    commands: {
      type: 'array',
      description: 'Each command with its outcome.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'status'],
        description: 'One command.',
        properties: {
          name: { type: 'string', description: 'Command name.' },
          object: { type: ['string', 'null'], description: 'What it acts on.' },
          options: looseObject('Its other request fields.'),
          status: {
            type: 'string',
            enum: ['pending', 'complete', 'error', 'not_run', 'unknown', 'dry_run'],
            description: 'Its outcome.',
          },
          result: looseObject("The completed command's result fields."),
          error: looseObject('kind, message, result_code, result_type.'),
          file: looseObject('A downloaded file: id, path, bytes, sha256.'),
        },
      },
    },
    error: looseObject('What ended the job: kind, message.'),
    dropped_reason: { type: 'string', description: 'The safety rule that dropped it.' },
  },
} as const;

export const jobListSchema = {
  type: 'object',
  description: 'Jobs, newest first.',
  required: ['jobs'],
  additionalProperties: false,
  properties: { jobs: { type: 'array', items: jobSchema, description: 'The jobs.' } },
} as const;

export const jobListQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: JOB_STATUSES, description: 'Only jobs with this status.' },
    sensor_id: { type: 'integer', minimum: 1, description: 'Only jobs for this sensor.' },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'At most this many.' },
  },
} as const;

export const jobParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', pattern: '^[a-f0-9]{16}$', description: 'Job id.' } },
} as const;

export const jobRequestSchema = {
  type: 'object',
  required: ['sensor_id', 'commands'],
  additionalProperties: false,
  description:
    'Commands to run on one sensor, in order. Commands that change the endpoint need CB_BRIDGE_LR_API_ALLOW_DESTRUCTIVE=true.',
  properties: {
    sensor_id: { type: 'integer', minimum: 1, description: 'The sensor.' },
    commands: {
      type: 'array',
      minItems: 1,
      maxItems: 16,
      description: 'The commands.',
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        description: 'A Live Response command request.',
        properties: {
          name: { type: 'string', enum: COMMAND_NAMES, description: 'Command name.' },
          object: { type: 'string', description: 'What it acts on (a path, a pid, a registry key).' },
          offset: { type: 'integer', minimum: 0, description: 'get file: first byte.' },
          get_count: { type: 'integer', minimum: 1, description: 'get file: bytes.' },
          ...COMMAND_OPTION_SCHEMAS,
        },
      },
    },
    timeout_s: { type: 'integer', minimum: 1, maximum: 86400, default: 120, description: "The job's deadline." },
    download: {
      type: 'boolean',
      default: true,
      description: 'Save the files get file fetches (GET /api/v1/liveresponse/files/{id}).',
    },
  },
} as const;

export const sessionListSchema = {
  type: 'object',
  required: ['sessions'],
  additionalProperties: false,
  description: "The CB server's Live Response sessions.",
  properties: {
    sessions: {
      type: 'array',
      description: 'Sessions.',
      items: {
        type: 'object',
        additionalProperties: false,
        description: 'A session.',
        properties: {
          id: { type: 'integer', description: 'Session id.' },
          sensor_id: { type: 'integer', description: 'Sensor.' },
          status: { type: 'string', description: 'pending, active, timeout, inactive, close.' },
          hostname: { type: 'string', description: 'Sensor host name.' },
          create_time: { type: 'number', description: 'Unix seconds.' },
        },
      },
    },
  },
} as const;

export const sessionParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'integer', minimum: 1, description: 'Session id.' } },
} as const;

export const fileParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-f0-9]{16}-[0-9]{1,2}$',
      description: "File id (from a job's command file.id).",
    },
  },
} as const;
