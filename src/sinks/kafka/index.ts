import type { SinkContext, SinkFactory } from '../sink-factory';
import { KAFKA_SINK_CONFIG_SCHEMA, resolveKafkaSinkConfig, type KafkaSinkConfig } from './config';
import { KafkaSink } from './sink';

/** The `kafka` sink type: validates its block (throws KafkaSinkConfigError) and builds a KafkaSink. */
export const kafkaSinkFactory: SinkFactory<KafkaSinkConfig> = {
  type: 'kafka',
  configSchema: KAFKA_SINK_CONFIG_SCHEMA,
  // Batches of up to 2000 records (split into ~1 MB produce calls by the sink); a second batch in
  // flight keeps the pipe full while the first waits for its acks.
  policy: { batchMaxEvents: 2000, batchMaxBytes: 4 * 1024 * 1024, lingerMs: 10, concurrency: 2, backoffInitialMs: 500, backoffMaxMs: 30_000 },
  create(config: KafkaSinkConfig, ctx: SinkContext): KafkaSink {
    const options = resolveKafkaSinkConfig(config, { secret: (v) => ctx.secret(v), route: ctx.route });
    const logger = ctx.logger.child({ route: ctx.route, sink: ctx.name, sinkType: 'kafka' });
    return new KafkaSink(ctx.name, options, { logger, route: ctx.route });
  },
};

export { KafkaSink, type KafkaSinkDeps } from './sink';
export { KafkaService, type KafkaServiceDeps } from './service';
export { KAFKA_SINK_CONFIG_SCHEMA, resolveKafkaSinkConfig, type KafkaSinkConfig, type KafkaSinkOptions } from './config';
export { KafkaSinkConfigError, classifyKafkaError, describeKafkaError, type KafkaFailure, type KafkaFailureKind } from './errors';
export { TopicTemplate, KeyTemplate, TemplateError, sanitizeTopicPart } from './template';
export {
  HEADER_CONTENT_TYPE, HEADER_EVENT_ID, HEADER_EVENT_TYPE, HEADER_PAYLOAD, HEADER_ROUTING_KEY, buildKafkaRequest, type KafkaRequest,
} from './request-builder';
export { registerCodecs, lz4Codec, snappyCodec, zstdCodec, type CompressionName } from './codecs';
