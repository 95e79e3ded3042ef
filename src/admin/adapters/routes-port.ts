import type { BridgeRuntime } from '../../app/bridge-runtime';
import { SerialQueue } from '../../sinks/common/mutex';
import type { RouteView, RoutesPort } from '../admin-context';
import { AdminError, routeNotFound } from '../admin-error';
import { findSpec, routeSpecs, routeView } from './views';

/** Answer a pause after this long even if in-flight messages are still settling (they carry on). */
const PAUSE_ANSWER_AFTER_MS = 5000;

/**
 * Routes for the admin API. Pause and resume go through the AMQP source (consumers cancelled,
 * in-flight messages settled; messages collect in the queue) and run one at a time per route,
 * so a resume waits for a pause that is still draining.
 */
export class BridgeRoutesPort implements RoutesPort {
  private readonly queues = new Map<string, SerialQueue>();

  constructor(private readonly rt: BridgeRuntime) {}

  list(): RouteView[] {
    return routeSpecs(this.rt).map(({ spec, retiring }) => routeView(this.rt, spec, retiring, this.rt.bridge.routes.pipeline(spec.name)));
  }

  get(name: string): RouteView {
    const found = findSpec(this.rt, name);
    if (!found) throw routeNotFound(name);
    return routeView(this.rt, found.spec, found.retiring, this.rt.bridge.routes.pipeline(name));
  }

  async pause(name: string): Promise<RouteView> {
    this.inForce(name);
    const { source, routes } = this.rt.bridge;
    const done = this.queue(name).run(async () => {
      await source.pauseRoute(name);
      routes.pipeline(name)?.setPaused(true);
    });
    done.catch((err: Error) => this.rt.logger.error({ route: name, err: err.message }, 'pausing the route failed'));
    await Promise.race([done, new Promise((r) => setTimeout(r, PAUSE_ANSWER_AFTER_MS).unref())]);
    return this.get(name);
  }

  async resume(name: string): Promise<RouteView> {
    this.inForce(name);
    const { source, routes } = this.rt.bridge;
    await this.queue(name).run(async () => {
      await source.resumeRoute(name);
      routes.pipeline(name)?.setPaused(false);
    });
    return this.get(name);
  }

  private inForce(name: string): void {
    const found = findSpec(this.rt, name);
    if (!found) throw routeNotFound(name);
    if (found.retiring) throw new AdminError(409, 'route_retiring', `route ${name} was removed by a reload and is draining`);
  }

  private queue(name: string): SerialQueue {
    let q = this.queues.get(name);
    if (!q) {
      q = new SerialQueue();
      this.queues.set(name, q);
    }
    return q;
  }
}
