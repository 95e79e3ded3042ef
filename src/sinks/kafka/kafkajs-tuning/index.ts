import { tuneKafkaJsEncoder } from './encoder-growth';
import { installProduceRequestEncoder } from './install-produce-request';
import { partitionGroupingTuning, requestFramingTuning } from './preload';

export interface KafkaJsTuning {
  encoder: ReturnType<typeof tuneKafkaJsEncoder>;
  produceRequest: ReturnType<typeof installProduceRequestEncoder>;
  partitionGrouping: ReturnType<typeof partitionGroupingTuning>;
  requestFraming: ReturnType<typeof requestFramingTuning>;
}

/** Applies the measured CPU fixes to kafkajs' producer path, once per process; says which took. */
export function tuneKafkaJs(): KafkaJsTuning {
  return { encoder: tuneKafkaJsEncoder(), produceRequest: installProduceRequestEncoder(), partitionGrouping: partitionGroupingTuning(), requestFraming: requestFramingTuning() };
}
