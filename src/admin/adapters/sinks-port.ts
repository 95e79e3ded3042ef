import type { BridgeRuntime } from '../../app/bridge-runtime';
import type { SinkView, SinksPort } from '../admin-context';
import { AdminError, routeNotFound, sinkNotFound } from '../admin-error';
import { findSpec, sinkNameOf, sinkView, type EnableableSink } from './views';

export class BridgeSinksPort implements SinksPort {
  constructor(private readonly rt: BridgeRuntime) {}

  list(): SinkView[] {
    return this.rt.bridge.routes.pipelines.flatMap((p) => {
      const specs = findSpec(this.rt, p.name)?.spec.sinks ?? [];
      return p.drivers.map((d) => sinkView(p.name, d, specs.find((s) => sinkNameOf(s) === d.name)));
    });
  }

  enable(route: string, sink: string): SinkView {
    const pipeline = this.rt.bridge.routes.pipeline(route);
    if (!pipeline) throw routeNotFound(route);
    const driver = pipeline.drivers.find((d) => d.name === sink);
    if (!driver) throw sinkNotFound(route, sink);
    const target = driver.sink as EnableableSink;
    if (typeof target.enable !== 'function') {
      throw new AdminError(409, 'enable_not_supported', `sink ${route}/${sink} (type ${target.type}) never disables itself, so it cannot be enabled`);
    }
    target.enable();
    this.rt.logger.info({ route, sink }, 'sink enabled through the admin API');
    return sinkView(route, driver, findSpec(this.rt, route)?.spec.sinks.find((s) => sinkNameOf(s) === sink));
  }
}
