import type { SinkFactory } from './sink-factory';
import { fileSinkFactory } from './file';
import { stdoutSinkFactory } from './stdout';
import { kafkaSinkFactory } from './kafka/factory';
import { webhookSinkFactory, splunkHecSinkFactory } from './webhook/factory';
import { syslogSinkFactory } from './syslog/factory';
import { liveResponseSinkFactory } from './liveresponse';

/** Every sink type the routes file may name. */
export const SINK_FACTORIES: readonly SinkFactory<never>[] = [
  fileSinkFactory,
  stdoutSinkFactory,
  webhookSinkFactory,
  splunkHecSinkFactory,
  kafkaSinkFactory,
  syslogSinkFactory,
  liveResponseSinkFactory,
] as readonly SinkFactory<never>[];

export function sinkFactory(type: string): SinkFactory<never> | undefined {
  return SINK_FACTORIES.find((f) => f.type === type);
}
