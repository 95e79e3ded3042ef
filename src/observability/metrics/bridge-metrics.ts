import { collectDefaultMetrics, Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { DeadLetter } from '../../dead-letters/dead-letter';
import { DeliveryMetrics } from './delivery-metrics';
import { OperationsMetrics } from './operations-metrics';
import { PipelineMetrics } from './pipeline-metrics';
import { QueueDepthPoller } from './queue-depth-poller';
import { RoutingKeyLabel } from './routing-key-label';
import { registerRuntimeGauges } from './runtime-gauges';
import type { QueueDepthSource, RuntimeView } from './runtime-view';

export interface BridgeMetricsOptions {
  /** Process and Node.js metrics (collectDefaultMetrics) on this registry; default true. */
  processMetrics?: boolean;
  /** Routing keys kept as distinct label values at most (default 200). */
  maxRoutingKeys?: number;
  clock?: () => number;
}

/**
 * Every bridge metric on a registry of its own (never prom-client's global one, so several
 * bridges can live in one process): the counters fed by the pipeline, driver and dead-letter
 * hooks, the gauges read from the live bridge at scrape time, and the broker queue poller.
 */
export class BridgeMetrics {
  readonly registry = new Registry();
  readonly pipeline: PipelineMetrics;
  readonly delivery: DeliveryMetrics;
  readonly operations: OperationsMetrics;
  private poller: QueueDepthPoller | null = null;
  private watching = false;

  constructor(options: BridgeMetricsOptions = {}) {
    const keys = new RoutingKeyLabel(undefined, options.maxRoutingKeys ?? 200);
    this.pipeline = new PipelineMetrics(this.registry, keys);
    this.delivery = new DeliveryMetrics(this.registry, options.clock);
    this.operations = new OperationsMetrics(this.registry);
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** The dead-letter writer's callback. */
  readonly deadLettersStored = (letters: readonly DeadLetter[]): void => this.delivery.stored(letters);

  /** Registers the scrape-time gauges over `view` (once). */
  watch(view: RuntimeView): void {
    if (this.watching) return;
    this.watching = true;
    registerRuntimeGauges(this.registry, view);
  }

  /** Starts polling the broker for queue depths every `everyMs` (0 = never). */
  pollQueues(view: RuntimeView, source: QueueDepthSource, everyMs: number, logger?: Logger): QueueDepthPoller {
    this.poller ??= new QueueDepthPoller(this.registry, view, source, logger);
    this.poller.start(everyMs);
    return this.poller;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  stop(): void {
    this.poller?.stop();
  }
}
