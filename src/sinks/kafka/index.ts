// The kafka sink's public parts. The sink registry imports ./factory alone, which loads @platformatic/kafka only when a
// kafka sink is built.
export { kafkaSinkFactory } from './factory';
export { KafkaSink, type KafkaSinkDeps } from './sink';
export { KafkaService } from './service';
export {
  KAFKA_SINK_CONFIG_SCHEMA,
  resolveKafkaSinkConfig,
  type KafkaSinkConfig,
  type KafkaSinkOptions,
} from './config';
export {
  KafkaSinkConfigError,
  classifyKafkaError,
  describeKafkaError,
  type KafkaFailure,
  type KafkaFailureKind,
} from './errors';
export { TopicTemplate, KeyTemplate, TemplateError, sanitizeTopicPart } from './template';
export {
  HEADER_CONTENT_TYPE,
  HEADER_EVENT_ID,
  HEADER_EVENT_TYPE,
  HEADER_PAYLOAD,
  HEADER_ROUTING_KEY,
  buildKafkaRequest,
  type KafkaRequest,
} from './request-builder';
export { COMPRESSION_NAMES, type CompressionName } from './compression-names';
