import type { Logger } from 'pino';
import { loadRoutesFile } from '../../config/routes-file';
import type { RoutesFile, RouteSpec } from '../../config/route-config';
import type { QueueBinding } from '../../sources/amqp/bindings';
import { SerialQueue } from '../../sinks/common/mutex';
import type { SourceRoute } from '../../sources/amqp/amqp-source';
import { routeTopology } from '../../sources/amqp/topology';
import { sourceRoute, type Bridge } from '../bridge';
import { DriverRetirer } from './driver-retirer';
import { ReloadApplyError } from './reload-errors';
import { planReload, type ReloadPlan, type RouteField } from './reload-plan';
import { valuesEqual } from '../../transforms/values';
import {
  buildAddedRoute,
  buildChangedRoute,
  startDrivers,
  type BuiltAddition,
  type BuiltChange,
} from './route-builder';

/** What a reload did. */
export interface ReloadReport {
  added: string[];
  removed: string[];
  changed: Array<{ name: string; fields: RouteField[] }>;
  unchanged: string[];
  /** What the reload did not do, or will do later (a dead_letter change; unbinding while disconnected). */
  warnings: string[];
}

/** Hooks for what a reload does (metrics, logs, forgetting a removed route's numbers). */
export interface ReloadEvents {
  applied?(report: ReloadReport): void;
  /** The file was invalid or could not be put in force: nothing changed. */
  rejected?(err: Error): void;
  /** In force, but the broker was not fully updated. */
  failed?(err: Error): void;
  /** A removed route finished draining and is gone. */
  routeRemoved?(name: string): void;
}

export interface RoutesReloaderOptions {
  /** The routes file to read (settings routes.path). */
  path: string;
  load?: (path: string) => RoutesFile;
  events?: ReloadEvents;
  logger: Logger;
}

interface Prepared {
  file: RoutesFile;
  plan: ReloadPlan;
  changes: BuiltChange[];
  additions: BuiltAddition[];
}

/**
 * Re-reads the routes file and puts it in force without dropping or duplicating in-flight
 * events. Unchanged routes are not touched. A changed route gets a recompiled route swapped into
 * its pipeline (sinks whose block is identical keep their driver; in-flight messages finish on
 * the old drivers, which are closed once drained); its queue gains new bindings before it loses
 * old ones, and its consumers restart if prefetch or consumers changed. An added route gets its
 * queue, bindings and consumers. A removed route stops consuming, drains, and its sinks close;
 * its queue and bindings stay on the broker (messages keep collecting there for a later reload
 * that brings the route back; delete the queue by hand if it is gone for good).
 *
 * Everything that can fail without side effects (reading, validating, creating and starting the
 * new sinks) happens first: a bad file or a sink that cannot start leaves the old routes running.
 * Reloads run one at a time; a reload's report is returned as soon as the new routes are in force,
 * while removed routes and replaced drivers drain in the background (the next reload waits).
 * A dead_letter change is not applied (restart for that).
 */
export class RoutesReloader {
  private readonly lock = new SerialQueue();
  private readonly retirer: DriverRetirer;
  private readonly retiringRoutes = new Map<string, RouteSpec>();
  private closing = false;

  constructor(
    private readonly bridge: Bridge,
    private readonly options: RoutesReloaderOptions,
  ) {
    this.retirer = new DriverRetirer(options.logger);
  }

  /** Routes a reload removed that are still draining, as they were defined. */
  retiring(): RouteSpec[] {
    return [...this.retiringRoutes.values()];
  }

  isRetiring(route: string): boolean {
    return this.retiringRoutes.has(route);
  }

  /**
   * Resolves with the report once the new routes are in force. Rejects with RoutesConfigError
   * (invalid file) or ReloadBuildError (a sink could not be created or started): nothing changed;
   * or with ReloadApplyError: in force, the broker not fully updated.
   */
  reload(): Promise<ReloadReport> {
    const events = this.options.events ?? {};
    return new Promise<ReloadReport>((resolve, reject) => {
      void this.lock.run(async () => {
        if (this.closing) {
          reject(new Error('the bridge is shutting down'));
          return;
        }
        let prepared: Prepared;
        try {
          prepared = await this.prepare();
        } catch (err) {
          events.rejected?.(err as Error);
          reject(err as Error);
          return;
        }
        const report = this.report(prepared);
        try {
          await this.commit(prepared, report);
          events.applied?.(report);
          resolve(report);
        } catch (err) {
          const failure = new ReloadApplyError(err);
          events.failed?.(failure);
          reject(failure);
        }
        await this.retire(prepared).catch((err: Error) =>
          this.options.logger.error({ err: err.message }, 'retiring routes after a reload failed'),
        );
      });
    });
  }

  /** Resolves once every reload so far has finished, including draining what it retired. */
  idle(): Promise<void> {
    return this.lock.idle();
  }

  /**
   * Stops taking reloads; closes replaced drivers still draining. Routes still retiring are closed by Bridge.stop().
   */
  async close(timeoutMs = 5000): Promise<void> {
    this.closing = true;
    await Promise.race([this.lock.idle(), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
    await this.retirer.closeAll();
  }

  private async prepare(): Promise<Prepared> {
    const file = (this.options.load ?? loadRoutesFile)(this.options.path);
    const routes = this.bridge.routes;
    const plan = planReload(this.bridge.routesFile.routes, file.routes, this.bridge.settings.amqp.queue_prefix);
    const changes: BuiltChange[] = [];
    const additions: BuiltAddition[] = [];
    try {
      for (const change of plan.changed) {
        const pipeline = routes.pipeline(change.spec.name);
        if (!pipeline) throw new Error(`route ${change.spec.name} has no pipeline`);
        const built = buildChangedRoute(routes, pipeline, change);
        changes.push(built);
        await startDrivers(change.spec.name, built.fresh);
      }
      for (const spec of plan.added) {
        const built = buildAddedRoute(routes, spec);
        additions.push(built);
        await startDrivers(spec.name, built.pipeline.drivers);
      }
    } catch (err) {
      // Abandon what was built: the old routes never saw it.
      for (const c of changes) for (const d of c.fresh) await d.close().catch(() => undefined);
      for (const a of additions) for (const d of a.pipeline.drivers) await d.close().catch(() => undefined);
      throw err;
    }
    return { file, plan, changes, additions };
  }

  private report({ file, plan }: Prepared): ReloadReport {
    const warnings: string[] = [];
    if (!valuesEqual(file.dead_letter, this.bridge.routesFile.dead_letter))
      warnings.push('dead_letter changed: not applied until the bridge restarts');
    return {
      added: plan.added.map((r) => r.name),
      removed: plan.removed.map((r) => r.name),
      changed: plan.changed.map((c) => ({ name: c.spec.name, fields: c.fields })),
      unchanged: plan.unchanged,
      warnings,
    };
  }

  private async commit({ file, plan, changes, additions }: Prepared, report: ReloadReport): Promise<void> {
    const { routes, source } = this.bridge;
    for (const c of changes) c.pipeline.replaceRoute(c.compiled);
    for (const a of additions) {
      a.pipeline.start();
      routes.add(a.pipeline);
    }
    const removed = plan.removed;
    for (const r of removed) this.retiringRoutes.set(r.name, r);
    this.bridge.routesFile = { ...file, dead_letter: this.bridge.routesFile.dead_letter };
    this.options.logger.info({ ...report }, 'routes reloaded');
    // Removed routes stay in the source's list until they have drained (retire()).
    await source.setRoutes([...this.sourceRoutes(file.routes), ...this.sourceRoutes(removed)]);
    for (const c of changes) {
      if (c.change.unbind.length > 0) await this.unbind(c.change.spec, c.change.unbind, report);
      if (c.change.restartConsumers && !source.isPaused(c.change.spec.name) && source.state === 'connected') {
        await source.pauseRoute(c.change.spec.name);
        await source.resumeRoute(c.change.spec.name);
      }
    }
  }

  private sourceRoutes(specs: readonly RouteSpec[]): SourceRoute[] {
    return specs.map((spec) => sourceRoute(spec, this.bridge.routes.pipeline(spec.name)!, this.bridge.settings));
  }

  private async unbind(spec: RouteSpec, bindings: QueueBinding[], report: ReloadReport): Promise<void> {
    const { source, settings } = this.bridge;
    const queue = routeTopology(settings.amqp.queue_prefix, spec).queue;
    if (source.state === 'connected') {
      await source.unbind(queue, bindings);
      return;
    }
    report.warnings.push(
      `route ${spec.name}: not connected; ${bindings.length} old binding(s) will be removed once connected`,
    );
    void source
      .connected()
      .then(() => source.unbind(queue, bindings))
      .catch((err: Error) => {
        this.options.logger.warn(
          { route: spec.name, err: err.message },
          'could not remove old bindings; the route drops what no longer matches',
        );
      });
  }

  /** Closes replaced drivers once drained; stops, drains and closes removed routes. */
  private async retire({ plan, changes }: Prepared): Promise<void> {
    const drainMs = this.bridge.settings.amqp.park_after_ms + 5000;
    const replaced = Promise.all(changes.map((c) => this.retirer.retire(c.retired, drainMs)));
    for (const spec of plan.removed) await this.retireRoute(spec.name, drainMs);
    if (plan.removed.length > 0 && !this.closing)
      await this.bridge.source.setRoutes(this.sourceRoutes(this.bridge.routesFile.routes));
    await replaced;
  }

  private async retireRoute(name: string, drainMs: number): Promise<void> {
    const { routes, source } = this.bridge;
    const pipeline = routes.pipeline(name);
    try {
      await source.pauseRoute(name);
      if (!pipeline || this.closing) return;
      pipeline.stop();
      routes.remove(name);
      await this.retirer.retire(pipeline.drivers, drainMs);
      this.options.events?.routeRemoved?.(name);
      this.options.logger.info({ route: name }, 'removed route drained and closed; its queue stays on the broker');
    } finally {
      this.retiringRoutes.delete(name);
    }
  }
}
