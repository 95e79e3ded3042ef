import type { SinkContext, SinkFactory } from '../sink-factory';
import { loadOnFirstUse } from '../load-on-first-use';
import { KAFKA_SINK_CONFIG_SCHEMA, resolveKafkaSinkConfig, type KafkaSinkConfig } from './config';
import type { KafkaSink } from './sink';

/** The sink itself, with @platformatic/kafka: loaded when the first kafka sink is built. */
const implementation = loadOnFirstUse(() => require('./sink') as typeof import('./sink'));

/** The `kafka` sink type: validates its block (throws KafkaSinkConfigError) and builds a KafkaSink. */
export const kafkaSinkFactory: SinkFactory<KafkaSinkConfig> = {
  type: 'kafka',
  configSchema: KAFKA_SINK_CONFIG_SCHEMA,
  // Batches of up to 2000 records (split into ~1 MB produce calls by the sink); a second batch in
  // flight keeps the pipe full while the first waits for its acks.
  policy: {
    batchMaxEvents: 2000,
    batchMaxBytes: 4 * 1024 * 1024,
    lingerMs: 10,
    concurrency: 2,
    backoffInitialMs: 500,
    backoffMaxMs: 30_000,
  },
  validate(config: KafkaSinkConfig, ctx): void {
    resolveKafkaSinkConfig(config, { secret: (v) => ctx.secret(v), route: ctx.route });
  },
  create(config: KafkaSinkConfig, ctx: SinkContext): KafkaSink {
    const options = resolveKafkaSinkConfig(config, { secret: (v) => ctx.secret(v), route: ctx.route });
    return new (implementation().KafkaSink)(ctx.name, options, { logger: ctx.logger, route: ctx.route });
  },
};
