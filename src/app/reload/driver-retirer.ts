import type { Logger } from 'pino';
import type { SinkDriver } from '../../sinks/driver/sink-driver';

/**
 * Closes sink drivers a reload replaced or removed, once they have drained (up to a timeout: by
 * then their messages have been parked by the pipeline). Each driver is closed once, also when
 * shutdown closes the leftovers first.
 */
export class DriverRetirer {
  private readonly closed = new WeakSet<SinkDriver>();
  private readonly pending = new Set<SinkDriver>();

  constructor(private readonly logger: Logger) {}

  async retire(drivers: readonly SinkDriver[], drainTimeoutMs: number): Promise<void> {
    for (const d of drivers) this.pending.add(d);
    await Promise.all(
      drivers.map(async (d) => {
        const drained = await d.drain(drainTimeoutMs);
        if (!drained)
          this.logger.warn(
            { sink: d.name, queued: d.queueDepth() },
            'retired sink did not drain in time; closing it anyway (its messages were parked)',
          );
        await this.close(d);
      }),
    );
  }

  /** Closes every driver still waiting to drain. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.pending].map((d) => this.close(d)));
  }

  get waiting(): number {
    return this.pending.size;
  }

  private async close(d: SinkDriver): Promise<void> {
    this.pending.delete(d);
    if (this.closed.has(d)) return;
    this.closed.add(d);
    try {
      await d.close();
    } catch (err) {
      this.logger.error({ sink: d.name, err: (err as Error).message }, 'closing a retired sink failed');
    }
  }
}
