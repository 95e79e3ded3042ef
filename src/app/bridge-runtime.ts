import type { Logger } from 'pino';
import type { Settings } from '../config/settings';
import type { RoutesFile } from '../config/route-config';
import type { DeadLetterStore } from '../dead-letters/dead-letter-store';
import { Bridge } from './bridge';
import { deadLetterStoreFor } from '../dead-letters/destination-for';
import { DeadLetterReplayer } from '../dead-letters/replay/replayer';
import { createObservability, watchBridge, type Observability } from './observability';
import { RoutesReloader } from './reload/routes-reloader';
import { ResponseActions } from '../liveresponse/actions/response-actions';
import { resultMessage } from '../liveresponse/actions/result-event';
import { injectMessage } from './inject-event';

export interface BridgeRuntimeOptions {
  /** Process metrics on the registry (tests building several bridges may turn them off). */
  processMetrics?: boolean;
}

/**
 * The bridge with what operators use to run it: metrics and status counters wired in as
 * observers, the routes reloader, and the dead-letter store and replayer (null where the
 * destination cannot be read back: an AMQP exchange).
 */
export class BridgeRuntime {
  readonly bridge: Bridge;
  readonly observability: Observability;
  readonly reloader: RoutesReloader;
  readonly deadLetterStore: DeadLetterStore | null;
  readonly replayer: DeadLetterReplayer | null;
  /** Response actions (liveresponse sinks, the jobs API); null when CB_BRIDGE_LR_URL is not set. */
  readonly liveResponse: ResponseActions | null;

  constructor(
    settings: Settings,
    routesFile: RoutesFile,
    readonly logger: Logger,
    options: BridgeRuntimeOptions = {},
  ) {
    const o = createObservability(settings, options);
    this.observability = o;
    this.liveResponse = settings.lr.url
      ? new ResponseActions({
          settings: settings.lr,
          registry: o.metrics.registry,
          logger: logger.child({ part: 'liveresponse' }),
          // Each finished job's liveresponse.result goes through every route like a consumed event.
          publish: (job) => injectMessage(this.bridge.routes, resultMessage(job)),
        })
      : null;
    this.bridge = new Bridge(
      settings,
      routesFile,
      logger,
      o.observers,
      this.liveResponse ? { liveResponse: this.liveResponse } : {},
    );
    this.reloader = new RoutesReloader(this.bridge, {
      path: settings.routes.path,
      logger: logger.child({ part: 'reload' }),
      events: {
        applied: () => o.metrics.operations.reloaded('applied'),
        rejected: (err) => {
          o.metrics.operations.reloaded('rejected');
          logger.warn({ err: err.message }, 'routes reload rejected; the old routes keep running');
        },
        failed: (err) => {
          o.metrics.operations.reloaded('failed');
          logger.error({ err: err.message }, 'routes reload applied in part');
        },
        routeRemoved: (name) => {
          o.stats.forget(name);
          o.recent.forget(name);
        },
      },
    });
    this.deadLetterStore = deadLetterStoreFor(
      this.bridge.routes.deadLetters.destination,
      logger.child({ part: 'dead-letter-store' }),
    );
    this.replayer =
      this.deadLetterStore &&
      new DeadLetterReplayer({
        store: this.deadLetterStore,
        pipeline: (route) => this.bridge.routes.pipeline(route),
        decodeWatch: o.decodeWatch,
        logger: logger.child({ part: 'replay' }),
        onOutcome: (outcome) => o.metrics.operations.replayed(outcome),
      });
  }

  async start(): Promise<void> {
    await this.bridge.start();
    this.liveResponse?.start();
    watchBridge(this.observability, this.bridge, this.logger);
  }

  async stop(): Promise<{ abandoned: number }> {
    const reloader = this.reloader.close();
    const result = await this.bridge.stop();
    await this.liveResponse?.close(Math.min(10_000, this.bridge.settings.shutdown.drain_timeout_ms));
    await reloader;
    this.observability.metrics.stop();
    return result;
  }
}
