import type { SinkContext, SinkFactory } from '../sink-factory';
import { STDOUT_SINK_CONFIG_SCHEMA, resolveStdoutSinkConfig, type StdoutSinkConfig } from './config';
import { StdoutSink } from './sink';

/** The `stdout` sink type: writes to process.stdout (or process.stderr with `stream: stderr`). */
export const stdoutSinkFactory: SinkFactory<StdoutSinkConfig> = {
  type: 'stdout',
  configSchema: STDOUT_SINK_CONFIG_SCHEMA,
  policy: { batchMaxEvents: 1000, lingerMs: 20, concurrency: 1, backoffInitialMs: 100, backoffMaxMs: 5_000 },
  validate(config: StdoutSinkConfig): void {
    resolveStdoutSinkConfig(config);
  },
  create(config: StdoutSinkConfig, ctx: SinkContext): StdoutSink {
    const { stream } = resolveStdoutSinkConfig(config);
    return new StdoutSink(ctx.name, {
      stream: stream === 'stderr' ? process.stderr : process.stdout,
      label: stream,
      logger: ctx.logger,
    });
  },
};

export { StdoutSink, type StdoutSinkDeps } from './sink';
export {
  STDOUT_SINK_CONFIG_SCHEMA,
  resolveStdoutSinkConfig,
  type StdoutSinkConfig,
  type StdoutSinkOptions,
  type StdoutStreamName,
} from './config';
export { StdoutSinkConfigError, StreamWriteError } from './errors';
export { StreamService } from './service';
