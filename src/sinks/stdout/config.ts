import { StdoutSinkConfigError } from './errors';

/** The `stdout` sink's block in the routes file (besides `type` and `name`). */
export interface StdoutSinkConfig {
  stream?: StdoutStreamName;
}

export type StdoutStreamName = 'stdout' | 'stderr';

export interface StdoutSinkOptions {
  stream: StdoutStreamName;
}

/** JSON Schema (draft-07) of StdoutSinkConfig. */
export const STDOUT_SINK_CONFIG_SCHEMA = {
  type: 'object',
  description:
    "Writes one line per event (the route format: JSON lines or LEEF) to the process's standard output. " +
    'Logs go to stderr, so stdout carries only events.',
  additionalProperties: false,
  properties: {
    stream: {
      type: 'string',
      enum: ['stdout', 'stderr'],
      default: 'stdout',
      description:
        "Which standard stream to write to. stderr is shared with the bridge's own logs (lines stay whole, but " +
        'events and log lines interleave).',
    },
  },
} as const;

/** Validates a `stdout` sink block and applies defaults. Throws StdoutSinkConfigError. */
export function resolveStdoutSinkConfig(config: unknown): StdoutSinkOptions {
  const block = (config ?? {}) as Record<string, unknown>;
  if (typeof block !== 'object' || Array.isArray(block))
    throw new StdoutSinkConfigError('', 'the sink block must be an object');
  for (const key of Object.keys(block)) {
    // `type` and `name` belong to the routes file; tolerated in case the whole block is passed.
    if (key !== 'stream' && key !== 'type' && key !== 'name')
      throw new StdoutSinkConfigError(key, `unknown property '${key}' (allowed: stream)`);
  }
  const stream = block.stream ?? 'stdout';
  if (stream !== 'stdout' && stream !== 'stderr')
    throw new StdoutSinkConfigError('stream', `stream must be 'stdout' or 'stderr', not ${JSON.stringify(stream)}`);
  return { stream };
}
