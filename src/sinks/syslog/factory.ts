import type { SinkContext, SinkFactory } from '../sink-factory';
import { resolveSyslogSinkConfig, SYSLOG_SINK_CONFIG_SCHEMA, type SyslogSinkConfig } from './config';
import { SyslogSink } from './sink';

/** The `syslog` sink type: validates its block (throws SyslogSinkConfigError) and builds a SyslogSink. */
export const syslogSinkFactory: SinkFactory<SyslogSinkConfig> = {
  type: 'syslog',
  configSchema: SYSLOG_SINK_CONFIG_SCHEMA,
  // One connection, written one batch at a time: a second batch in flight is framed while the first is written.
  policy: {
    batchMaxEvents: 1000,
    batchMaxBytes: 1024 * 1024,
    lingerMs: 10,
    concurrency: 2,
    backoffInitialMs: 250,
    backoffMaxMs: 30_000,
  },
  validate(config: SyslogSinkConfig, ctx): void {
    resolveSyslogSinkConfig(config, { secret: (v) => ctx.secret(v) });
  },
  create(config: SyslogSinkConfig, ctx: SinkContext): SyslogSink {
    const options = resolveSyslogSinkConfig(config, { secret: (v) => ctx.secret(v) });
    return new SyslogSink(ctx.name, options, { logger: ctx.logger, route: ctx.route });
  },
};
