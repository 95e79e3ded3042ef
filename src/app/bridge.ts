import type { Logger } from 'pino';
import type { Settings } from '../config/settings';
import type { RoutesFile, RouteSpec } from '../config/route-config';
import { routePrefetch } from '../sources/amqp/route-prefetch';
import { DEFAULT_CODEC_LIMITS } from '../codecs/codec-limits';
import type { CodecOptions } from '../codecs/decode-message';
import { NotificationSchemas } from '../codecs/json/notification-schemas';
import type { FormatOptions } from '../event/event-model';
import { RoutePipeline } from '../pipeline/route-pipeline';
import { DecodePool } from '../pipeline/offload/decode-pool';
import { DeadLetterWriter } from '../dead-letters/dead-letter-writer';
import { fanOut, PIPELINE_HOOKS, type PipelineObserver } from '../pipeline/pipeline-observer';
import type { DriverObserver } from '../sinks/driver/sink-driver';
import type { DeadLetter } from '../dead-letters/dead-letter';
import { AmqpSource, type SourceRoute } from '../sources/amqp/amqp-source';
import { routeTopology } from '../sources/amqp/topology';
import type { CompiledRoute } from '../pipeline/route-logic';
import { compileRoute, startDrivers } from './compile-route';
import { deadLetterDestination } from '../dead-letters/destination-for';
import type { SinkServices } from '../sinks/sink-factory';

export interface BridgeObservers {
  pipeline?: PipelineObserver[];
  driver?: DriverObserver;
  deadLetters?: (letters: readonly DeadLetter[]) => void;
}

export function codecOptions(settings: Settings, schemas = new NotificationSchemas()): CodecOptions {
  return {
    schemas,
    acceptUnknownRoutingKeys: settings.bridge.accept_unknown_routing_keys,
    limits: {
      ...DEFAULT_CODEC_LIMITS,
      maxBodyBytes: settings.limits.max_body_bytes,
      maxInflatedBytes: settings.limits.max_inflated_bytes,
      maxZipMembers: settings.limits.max_zip_members,
      maxRecords: settings.limits.max_records,
      maxJsonDepth: settings.limits.max_json_depth,
      maxRecordErrors: Math.max(1, settings.limits.max_record_errors),
    },
  };
}

export function formatOptions(settings: Settings): FormatOptions {
  return {
    serverName: settings.bridge.server_name,
    serverUrl: settings.bridge.server_url,
    floatTimestamps: settings.bridge.float_timestamps,
  };
}

/** Builds a pipeline per route sharing one dead-letter writer; used by `run` and `replay`. */
export class RouteSet {
  readonly pipelines: RoutePipeline[];
  /**
   * Compiled once for every route (and every route a reload adds): schema compilation is the costly part of start-up.
   */
  private readonly codec: CodecOptions;
  /** Decode workers shared by every route (null: decode on the main thread). */
  readonly decodePool: DecodePool | null;

  constructor(
    routes: readonly RouteSpec[],
    readonly deadLetters: DeadLetterWriter,
    private readonly settings: Settings,
    private readonly logger: Logger,
    private readonly observers: BridgeObservers,
    private readonly services: SinkServices = {},
  ) {
    this.codec = codecOptions(settings);
    this.decodePool = DecodePool.create({
      workers: settings.bridge.decode_workers,
      jobTimeoutMs: Math.max(100, settings.bridge.decode_timeout_ms),
      setup: { limits: this.codec.limits, format: formatOptions(settings) },
      logger: logger.child({ part: 'decode-pool' }),
    });
    this.pipelines = routes.map((r) => this.pipelineFor(r));
  }

  /** Compiles a route (its sinks created, not started) with this set's logger and driver observer. */
  compile(spec: RouteSpec): CompiledRoute {
    return compileRoute(spec, { logger: this.logger, observer: this.observers.driver ?? {}, services: this.services });
  }

  pipelineFor(spec: RouteSpec): RoutePipeline {
    const compiled = this.compile(spec);
    return new RoutePipeline(
      compiled,
      this.deadLetters,
      {
        codec: this.codec,
        format: formatOptions(this.settings),
        parkAfterMs: this.settings.amqp.park_after_ms,
        maxInFlightEvents: Math.max(1, this.settings.bridge.max_in_flight_events),
        observer: fanOut(this.observers.pipeline ?? [], PIPELINE_HOOKS),
        ...(this.decodePool ? { offload: this.decodePool } : {}),
      },
      this.logger.child({ route: spec.name }),
    );
  }

  pipeline(name: string): RoutePipeline | undefined {
    return this.pipelines.find((p) => p.name === name);
  }

  /** Adds a started pipeline (hot reload). */
  add(pipeline: RoutePipeline): void {
    this.pipelines.push(pipeline);
  }

  /** Takes a pipeline out of the set (hot reload); the caller drains and closes it. */
  remove(name: string): void {
    const i = this.pipelines.findIndex((p) => p.name === name);
    if (i >= 0) this.pipelines.splice(i, 1);
  }

  async start(): Promise<void> {
    await this.deadLetters.destination.start();
    for (const p of this.pipelines) {
      await startDrivers(p.compiled);
      p.start();
    }
  }

  /**
   * Waits for every driver to empty, all at once and up to `timeoutMs` in all, then closes sinks
   * and the dead-letter destination, waiting for those at most until the same deadline (a sink
   * stuck closing is left to the process exit).
   */
  async close(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (const p of this.pipelines) p.stop();
    const drivers = this.pipelines.flatMap((p) => p.drivers);
    await Promise.all(drivers.map((d) => d.drain(timeoutMs)));
    await waitUntil(deadline, Promise.all(drivers.map((d) => d.close().catch(() => undefined))));
    await waitUntil(deadline, this.decodePool?.close() ?? Promise.resolve());
    await waitUntil(deadline, this.deadLetters.close());
  }
}

/**
 * A route with a liveresponse sink: consumed only by the replica that enables response actions (CB_BRIDGE_LR_ACTIONS).
 */
export function isActionRoute(spec: RouteSpec): boolean {
  return spec.sinks.some((s) => s.type === 'liveresponse');
}

export function sourceRoute(spec: RouteSpec, pipeline: RoutePipeline, settings: Settings): SourceRoute {
  // Elsewhere its queue is declared and bound but not consumed: its messages wait for the action replica.
  const held = isActionRoute(spec) && !settings.lr.actions;
  return {
    pipeline,
    topology: routeTopology(settings.amqp.queue_prefix, spec),
    prefetch: routePrefetch(spec, settings.amqp),
    consumers: held ? 0 : (spec.consumers ?? settings.amqp.consumers),
  };
}

/** The running bridge: routes with their sinks, the dead-letter writer, the AMQP source. */
export class Bridge {
  readonly routes: RouteSet;
  readonly source: AmqpSource;
  readonly startedAt = Date.now();

  /** The routes file in force (a hot reload replaces it). */
  constructor(
    readonly settings: Settings,
    public routesFile: RoutesFile,
    readonly logger: Logger,
    observers: BridgeObservers = {},
    services: SinkServices = {},
  ) {
    const writer = new DeadLetterWriter(
      deadLetterDestination(routesFile.dead_letter, settings.amqp),
      logger.child({ part: 'dead-letter' }),
      observers.deadLetters,
    );
    this.routes = new RouteSet(routesFile.routes, writer, settings, logger, observers, services);
    for (const spec of routesFile.routes) {
      if (isActionRoute(spec) && !settings.lr.actions)
        logger.warn(
          { route: spec.name },
          'route has a liveresponse sink and response actions are off in this replica (CB_BRIDGE_LR_ACTIONS): its queue is not consumed here',
        );
    }
    const sourceRoutes = routesFile.routes.map((spec, i) => sourceRoute(spec, this.routes.pipelines[i], settings));
    this.source = new AmqpSource(settings.amqp, sourceRoutes, writer, logger.child({ part: 'amqp' }));
  }

  async start(): Promise<void> {
    await this.routes.start();
    this.source.start();
  }

  /** Drains and stops within shutdown.drain_timeout_ms in all (source, then sinks, on one deadline). */
  async stop(): Promise<{ abandoned: number }> {
    const timeout = this.settings.shutdown.drain_timeout_ms;
    const deadline = Date.now() + timeout;
    const result = await this.source.stop(timeout);
    await this.routes.close(Math.max(0, deadline - Date.now()));
    return result;
  }
}

/** Waits for `work` until `deadline` (epoch ms) at most; a failure of `work` is not this wait's concern. */
async function waitUntil(deadline: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
  });
  await Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    late,
  ]);
  clearTimeout(timer);
}
