import type { CompiledRoute } from '../../pipeline/route-logic';
import type { RoutePipeline } from '../../pipeline/route-pipeline';
import type { RouteSpec } from '../../config/route-config';
import type { SinkDriver } from '../../sinks/driver/sink-driver';
import type { RouteSet } from '../bridge';
import type { ChangedRoute } from './reload-plan';
import { ReloadBuildError } from './reload-errors';

/** A changed route, recompiled and ready to swap in. */
export interface BuiltChange {
  change: ChangedRoute;
  pipeline: RoutePipeline;
  compiled: CompiledRoute;
  /** Drivers created for this reload (to start now, to close if the reload is abandoned). */
  fresh: SinkDriver[];
  /** Drivers of the old route the new one does not keep (to close once drained). */
  retired: SinkDriver[];
}

/** A new route's pipeline, built and not started. */
export interface BuiltAddition {
  spec: RouteSpec;
  pipeline: RoutePipeline;
}

function compileOrThrow<T>(route: string, build: () => T): T {
  try {
    return build();
  } catch (err) {
    throw new ReloadBuildError(route, null, err);
  }
}

/**
 * Recompiles a changed route, keeping the drivers of sinks whose blocks did not change (their
 * queues, batches and connections carry on) and creating drivers for the others.
 */
export function buildChangedRoute(routes: RouteSet, pipeline: RoutePipeline, change: ChangedRoute): BuiltChange {
  const kept = new Set(change.keptSinks);
  const old = pipeline.compiled;
  const fresh = compileOrThrow(change.spec.name, () =>
    routes.compile({ ...change.spec, sinks: change.spec.sinks.filter((s) => !kept.has(s.name ?? s.type)) }),
  );
  const drivers = change.spec.sinks.map((s) => {
    const name = s.name ?? s.type;
    const d = kept.has(name) ? old.drivers.find((x) => x.name === name) : fresh.drivers.find((x) => x.name === name);
    if (!d) throw new ReloadBuildError(change.spec.name, name, new Error('no driver was built for this sink'));
    return d;
  });
  return {
    change,
    pipeline,
    compiled: { ...fresh, drivers },
    fresh: fresh.drivers,
    retired: old.drivers.filter((d) => !kept.has(d.name)),
  };
}

export function buildAddedRoute(routes: RouteSet, spec: RouteSpec): BuiltAddition {
  return { spec, pipeline: compileOrThrow(spec.name, () => routes.pipelineFor(spec)) };
}

/** Starts the sinks of drivers a reload created, in order; the first failure names its sink. */
export async function startDrivers(route: string, drivers: readonly SinkDriver[]): Promise<void> {
  for (const d of drivers) {
    try {
      await d.sink.start();
    } catch (err) {
      throw new ReloadBuildError(route, d.name, err);
    }
  }
}
