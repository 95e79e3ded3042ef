import type { SinkContext, SinkFactory } from '../sink-factory';
import {
  LIVERESPONSE_SINK_CONFIG_SCHEMA,
  LiveResponseSinkConfigError,
  resolveLiveResponseSinkConfig,
  type LiveResponseSinkConfig,
} from './config';
import { LiveResponseSink } from './sink';

/** The `liveresponse` sink type: response actions through Live Response (see docs/live-response.md). */
export const liveResponseSinkFactory: SinkFactory<LiveResponseSinkConfig> = {
  type: 'liveresponse',
  configSchema: LIVERESPONSE_SINK_CONFIG_SCHEMA,
  // One ledger write (fsync) per batch; batches in order so the dedupe window and rate limits see events in order.
  policy: { batchMaxEvents: 100, lingerMs: 10, concurrency: 1, backoffInitialMs: 200, backoffMaxMs: 10_000 },
  validate(config: LiveResponseSinkConfig, ctx): void {
    resolveLiveResponseSinkConfig(config, ctx.route);
  },
  create(config: LiveResponseSinkConfig, ctx: SinkContext): LiveResponseSink {
    const actions = ctx.services?.liveResponse;
    if (!actions)
      throw new LiveResponseSinkConfigError(
        `route ${ctx.route}, sink ${ctx.name}: Live Response is not configured: set CB_BRIDGE_LR_URL and CB_BRIDGE_LR_TOKEN`,
      );
    const options = resolveLiveResponseSinkConfig(config, ctx.route);
    return new LiveResponseSink(ctx.name, ctx.route, options, actions, ctx.logger);
  },
};

export { LiveResponseSink } from './sink';
export { checkLiveResponseSink, LIVERESPONSE_SINK_CONFIG_SCHEMA, type LiveResponseSinkConfig } from './config';
