import amqp, { type Channel, type ChannelModel, type ConfirmChannel, type ConsumeMessage } from 'amqplib';
import type { Logger } from 'pino';
import type { Settings } from '../../config/settings';
import { redactUrl } from '../../config/settings';
import type { RoutePipeline } from '../../pipeline/route-pipeline';
import type { Delivery } from '../../pipeline/delivery';
import type { DeadLetterWriter } from '../../dead-letters/dead-letter-writer';
import { backoffDelay } from '../../sinks/driver/backoff';
import { AckBatcher } from './ack-batcher';
import { connectArgs } from './connect-options';
import { parkMessage } from './delay-parker';
import { toInbound } from './to-inbound';
import { ensureExchanges, ensureRouteTopology, type RouteTopology, type TopologySettings } from './topology';
import { queueNames } from './bindings';
import { overflowDeadLetter } from './overflow-letter';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'stopped';

/** A route as the source runs it: its pipeline, queue topology and consumer settings. */
export interface SourceRoute {
  pipeline: RoutePipeline;
  topology: RouteTopology;
  prefetch: number;
  consumers: number;
}

interface Consumer {
  route: string;
  channel: Channel;
  batcher: AckBatcher;
  tag: string;
}

/**
 * Consumes the CB bus: one durable queue per route, a pool of consumer channels per queue with
 * a prefetch, acks batched per channel, parking on a confirmed channel, and a reconnect loop
 * (capped exponential backoff with jitter) that re-declares the topology after any loss.
 */
export class AmqpSource {
  state: ConnectionState = 'disconnected';
  reconnects = 0;
  lastError: string | null = null;
  private conn: ChannelModel | null = null;
  private confirm: ConfirmChannel | null = null;
  private consumers: Consumer[] = [];
  private stopping = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private readonly paused = new Set<string>();
  private connectedWaiters: Array<() => void> = [];

  constructor(
    private readonly settings: Settings['amqp'],
    private routes: SourceRoute[],
    private readonly deadLetters: DeadLetterWriter,
    private readonly logger: Logger,
  ) {}

  private get topologySettings(): TopologySettings {
    const s = this.settings;
    return {
      prefix: s.queue_prefix,
      queueType: s.queue_type,
      maxLength: s.queue_max_length,
      retryDelayMs: s.retry_delay_ms,
      declareExchanges: s.declare_exchanges,
    };
  }

  start(): void {
    if (!this.loop) this.loop = this.run();
  }

  /** Resolves once connected and consuming (or immediately if already). */
  connected(): Promise<void> {
    if (this.state === 'connected') return Promise.resolve();
    return new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  consumerCount(route?: string): number {
    return this.consumers.filter((c) => !route || c.route === route).length;
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.stopping) {
      this.state = 'connecting';
      try {
        const { closed } = await this.connectOnce();
        attempt = 0;
        this.state = 'connected';
        for (const w of this.connectedWaiters.splice(0)) w();
        this.logger.info(
          { url: redactUrl(this.settings.url), routes: this.routes.length },
          'AMQP connected and consuming',
        );
        await closed;
      } catch (err) {
        this.lastError = (err as Error).message;
        this.logger.error({ err: this.lastError }, 'AMQP connection attempt failed');
        await this.closeConnection();
      }
      this.state = this.stopping ? 'stopped' : 'disconnected';
      this.markAllLost();
      if (this.stopping) break;
      attempt++;
      this.reconnects++;
      const delay = backoffDelay(attempt, this.settings.reconnect_min_ms, this.settings.reconnect_max_ms);
      this.logger.warn({ attempt, delayMs: delay }, 'AMQP reconnecting');
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wake = null;
    }
    this.state = 'stopped';
  }

  /** Connects, declares, starts consuming; `closed` settles when the connection closes. */
  private async connectOnce(): Promise<{ closed: Promise<void> }> {
    const { url, socketOptions } = connectArgs(this.settings);
    const conn = await amqp.connect(url, socketOptions);
    this.conn = conn;
    const closed = new Promise<void>((resolve) => {
      conn.on('close', (err?: Error) => {
        if (err) this.lastError = err.message;
        if (!this.stopping) this.logger.warn({ err: err?.message }, 'AMQP connection closed');
        resolve();
      });
    });
    conn.on('error', (err: Error) => {
      this.lastError = err.message;
      this.logger.error({ err: err.message }, 'AMQP connection error');
    });
    const setup = await conn.createChannel();
    setup.on('error', (err: Error) => {
      this.lastError = err.message;
    });
    try {
      await ensureExchanges(setup, this.settings.declare_exchanges);
    } catch (err) {
      throw new Error(
        `CB exchanges are missing or unreachable (${(err as Error).message}); on a test broker set declare_exchanges`,
      );
    }
    for (const r of this.routes) await ensureRouteTopology(setup, r.topology, this.topologySettings);
    await setup.close();
    this.confirm = await conn.createConfirmChannel();
    this.confirm.on('error', (err: Error) => {
      this.lastError = err.message;
    });
    this.confirm.on('close', () => {
      if (!this.stopping) void this.closeConnection();
    });
    for (const r of this.routes) {
      if (!this.paused.has(r.pipeline.name)) await this.startConsumers(r);
    }
    if (this.settings.queue_max_length > 0) await this.consumeOverflow(conn);
    return { closed };
  }

  private async startConsumers(r: SourceRoute): Promise<void> {
    const conn = this.conn;
    if (!conn) return;
    for (let i = 0; i < r.consumers; i++) {
      const channel = await conn.createChannel();
      await channel.prefetch(r.prefetch);
      const batcher = new AckBatcher(channel);
      channel.on('error', (err: Error) => {
        this.lastError = err.message;
        this.logger.error({ route: r.pipeline.name, err: err.message }, 'consumer channel error');
      });
      channel.on('close', () => {
        batcher.markLost();
        this.consumers = this.consumers.filter((c) => c.channel !== channel);
        // A consumer channel closed under a live connection (consumer timeout, refused ack): start over cleanly.
        if (!this.stopping && this.conn === conn && !this.paused.has(r.pipeline.name)) void this.closeConnection();
      });
      const { consumerTag } = await channel.consume(r.topology.queue, (m) => this.onMessage(r, batcher, m), {
        noAck: false,
      });
      this.consumers.push({ route: r.pipeline.name, channel, batcher, tag: consumerTag });
    }
  }

  private onMessage(r: SourceRoute, batcher: AckBatcher, m: ConsumeMessage | null): void {
    if (!m) return; // the broker cancelled the consumer (queue deleted): the channel close handler reconnects
    const tag = m.fields.deliveryTag;
    batcher.track(tag);
    const confirm = this.confirm;
    const delivery: Delivery = {
      message: toInbound(m, Date.now()),
      redelivered: m.fields.redelivered,
      ack: () => batcher.complete(tag),
      park: async () => {
        if (batcher.isLost) return;
        if (!confirm) {
          batcher.requeue(tag);
          return;
        }
        try {
          await parkMessage(confirm, r.topology.delayQueue, m);
          batcher.complete(tag);
        } catch (err) {
          this.logger.error(
            { route: r.pipeline.name, err: (err as Error).message },
            'parking failed; requeueing the message',
          );
          batcher.requeue(tag);
        }
      },
    };
    try {
      r.pipeline.handle(delivery);
    } catch (err) {
      // Never thrown out of amqplib's consumer callback (that would close the channel or end the process).
      this.logger.error(
        { route: r.pipeline.name, err: (err as Error).message },
        'route pipeline refused a delivery; giving it back to the broker',
      );
      batcher.requeue(tag);
    }
  }

  private async consumeOverflow(conn: ChannelModel): Promise<void> {
    const channel = await conn.createChannel();
    await channel.prefetch(100);
    channel.on('error', (err: Error) => {
      this.lastError = err.message;
    });
    const prefix = this.settings.queue_prefix;
    await channel.consume(
      queueNames.overflow(prefix),
      (m) => {
        if (!m) return;
        let letter;
        try {
          letter = overflowDeadLetter(prefix, m);
        } catch (err) {
          // Never thrown into amqplib's callback: the message stays unacked and comes back with the channel.
          this.logger.error({ err: (err as Error).message }, 'overflowed message could not be made a dead letter');
          return;
        }
        void this.deadLetters.write(letter).then(() => {
          try {
            channel.ack(m);
          } catch {
            /* channel gone: redelivered */
          }
        });
      },
      { noAck: false },
    );
  }

  /** Stops a route's consumers; its queue keeps filling on the broker. */
  async pauseRoute(name: string): Promise<void> {
    this.paused.add(name);
    for (const c of this.consumers.filter((x) => x.route === name)) {
      try {
        await c.channel.cancel(c.tag);
      } catch {
        /* already gone */
      }
    }
    const route = this.routes.find((r) => r.pipeline.name === name);
    if (route) await route.pipeline.drain(this.settings.consumer_timeout_ms);
    for (const c of this.consumers.filter((x) => x.route === name)) {
      c.batcher.flush();
      try {
        await c.channel.close();
      } catch {
        /* already closed */
      }
    }
    this.consumers = this.consumers.filter((x) => x.route !== name);
  }

  async resumeRoute(name: string): Promise<void> {
    if (!this.paused.delete(name)) return;
    const route = this.routes.find((r) => r.pipeline.name === name);
    if (route && this.state === 'connected') await this.startConsumers(route);
  }

  isPaused(name: string): boolean {
    return this.paused.has(name);
  }

  /** Replaces the route set (hot reload); topology of new routes is declared on the live connection. */
  async setRoutes(routes: SourceRoute[]): Promise<void> {
    const oldNames = new Set(this.routes.map((r) => r.pipeline.name));
    const removed = this.routes.filter((r) => !routes.some((n) => n.pipeline.name === r.pipeline.name));
    this.routes = routes;
    for (const r of removed) await this.pauseRoute(r.pipeline.name);
    for (const r of removed) this.paused.delete(r.pipeline.name);
    const conn = this.conn;
    if (!conn || this.state !== 'connected') return;
    const setup = await conn.createChannel();
    try {
      for (const r of routes) await ensureRouteTopology(setup, r.topology, this.topologySettings);
    } finally {
      await setup.close().catch(() => undefined);
    }
    for (const r of routes)
      if (!oldNames.has(r.pipeline.name) && !this.paused.has(r.pipeline.name)) await this.startConsumers(r);
  }

  /** Unbinds patterns a reload removed from a route's queue. */
  async unbind(queue: string, bindings: RouteTopology['bindings']): Promise<void> {
    const conn = this.conn;
    if (!conn || bindings.length === 0) return;
    const ch = await conn.createChannel();
    try {
      for (const b of bindings) await ch.unbindQueue(queue, b.exchange, b.pattern);
    } finally {
      await ch.close().catch(() => undefined);
    }
  }

  /** Messages ready in `queue` (a passive check on a short-lived channel); null while not connected. */
  async queueMessageCount(queue: string): Promise<number | null> {
    const conn = this.conn;
    if (!conn || this.state !== 'connected') return null;
    const ch = await conn.createChannel();
    ch.on('error', () => undefined);
    try {
      return (await ch.checkQueue(queue)).messageCount;
    } finally {
      await ch.close().catch(() => undefined);
    }
  }

  /**
   * Graceful stop: cancel consumers (no new deliveries), let in-flight messages finish and be
   * acked (up to the drain timeout), then close. Whatever did not finish is redelivered later.
   */
  async stop(drainTimeoutMs: number): Promise<{ abandoned: number }> {
    this.stopping = true;
    for (const c of this.consumers) {
      try {
        await c.channel.cancel(c.tag);
      } catch {
        /* channel already gone */
      }
    }
    const started = Date.now();
    let abandoned = 0;
    for (const r of this.routes) {
      const left = await r.pipeline.drain(Math.max(0, drainTimeoutMs - (Date.now() - started)));
      if (left > 0) abandoned += r.pipeline.abandonInFlight();
    }
    for (const c of this.consumers) c.batcher.flush();
    await new Promise((r) => setImmediate(r));
    await this.closeConnection();
    this.wake?.();
    await this.loop;
    this.state = 'stopped';
    return { abandoned };
  }

  private markAllLost(): void {
    for (const c of this.consumers) c.batcher.markLost();
    this.consumers = [];
    this.confirm = null;
  }

  private async closeConnection(): Promise<void> {
    const conn = this.conn;
    this.conn = null;
    if (!conn) return;
    try {
      await conn.close();
    } catch {
      /* already closed */
    }
  }
}
