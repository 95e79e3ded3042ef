import type { SinkContext, SinkFactory } from '../sink-factory';
import { FILE_SINK_CONFIG_SCHEMA, resolveFileSinkConfig, type FileSinkConfig } from './config';
import { FileSink } from './sink';

/** The `file` sink type: validates its block (throws FileSinkConfigError) and builds a FileSink. */
export const fileSinkFactory: SinkFactory<FileSinkConfig> = {
  type: 'file',
  configSchema: FILE_SINK_CONFIG_SCHEMA,
  // Local disk: big batches amortise the fsync; one batch at a time keeps lines in order.
  policy: { batchMaxEvents: 1000, lingerMs: 20, concurrency: 1, backoffInitialMs: 100, backoffMaxMs: 5_000 },
  validate(config: FileSinkConfig): void {
    resolveFileSinkConfig(config);
  },
  create(config: FileSinkConfig, ctx: SinkContext): FileSink {
    const options = resolveFileSinkConfig(config);
    return new FileSink(ctx.name, options, { logger: ctx.logger });
  },
};

export { FileSink, type FileSinkDeps } from './sink';
export { FILE_SINK_CONFIG_SCHEMA, resolveFileSinkConfig, type FileSinkConfig, type FileSinkOptions } from './config';
export { FileSinkError, FileSinkConfigError, FileWriteError, type FileOperation } from './errors';
export { RotatingFileWriter, type RotatingFileWriterOptions, type WriterEvent } from './writer';
export { listRotatedFiles, liveFileName, rotatedFileName, type RotatedFile } from './rotation';
