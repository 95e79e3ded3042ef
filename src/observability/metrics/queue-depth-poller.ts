import { Gauge, type Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { QueueDepthSource, RuntimeView } from './runtime-view';

/**
 * Asks the broker for each route queue's ready-message count every `everyMs` (a passive queue
 * check) and exposes the answers as cb_bridge_broker_queue_messages. The gauge shows the last
 * answer; a route whose check failed keeps no value until the next success.
 */
export class QueueDepthPoller {
  private readonly gauge: Gauge<'route' | 'queue'>;
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    registry: Registry,
    private readonly view: RuntimeView,
    private readonly source: QueueDepthSource,
    private readonly logger?: Logger,
  ) {
    this.gauge = new Gauge({
      name: 'cb_bridge_broker_queue_messages',
      help: "Messages ready in a route's broker queue (not counting those delivered and unacked), polled",
      labelNames: ['route', 'queue'],
      registers: [registry],
    });
  }

  start(everyMs: number): void {
    if (this.timer || everyMs <= 0) return;
    this.timer = setInterval(() => void this.poll(), everyMs);
    this.timer.unref();
  }

  /** One round of checks (also run by the timer); overlapping rounds are skipped. */
  async poll(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const answers: Array<{ route: string; queue: string; n: number }> = [];
      for (const r of this.view.routes()) {
        try {
          const n = await this.source(r.queue);
          if (n !== null) answers.push({ route: r.name, queue: r.queue, n });
        } catch (err) {
          this.logger?.debug({ queue: r.queue, err: (err as Error).message }, 'queue depth check failed');
        }
      }
      // Swap the whole set at once: a scrape never sees a round half done.
      this.gauge.reset();
      for (const a of answers) this.gauge.set({ route: a.route, queue: a.queue }, a.n);
    } finally {
      this.running = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
