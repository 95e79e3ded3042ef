import amqp, { type Channel, type ChannelModel, type ConfirmChannel, type Options } from 'amqplib';
import { CB_EXCHANGES } from '../sources/amqp/topology';
import type { OutgoingMessage } from './traffic';

export interface PublisherOptions {
  url: string;
  /** Declare the CB exchanges (topic, durable) first: for test brokers. */
  declare: boolean;
  /** deliveryMode 2 instead of CB's transient messages. */
  persistent: boolean;
  /** Unconfirmed publishes allowed at once. */
  window?: number;
  /**
   * Publisher confirms (default true). Waiting for confirms bounds how fast one publisher goes;
   * benchmarks that verify arrival themselves may turn them off.
   */
  confirm?: boolean;
}

/**
 * AMQP properties as CB sets them. Headers are passed to amqplib only when there are some (CB's
 * single events have none): amqplib sends an empty table either way, and left without headers it
 * need not walk an empty object to build it.
 */
export function publishOptions(m: OutgoingMessage, persistent: boolean): Options.Publish {
  const props: Options.Publish = {
    contentType: m.contentType,
    deliveryMode: persistent ? 2 : 1,
    timestamp: Math.floor(Date.now() / 1000),
  };
  for (const key in m.headers) {
    if (Object.prototype.hasOwnProperty.call(m.headers, key)) {
      props.headers = m.headers;
      break;
    }
  }
  return props;
}

/** Publishes CB-like messages with publisher confirms and flow control. */
export class CbPublisher {
  private conn: ChannelModel | null = null;
  private ch: ConfirmChannel | null = null;
  private plain: Channel | null = null;
  private unconfirmed = 0;
  private waiters: Array<() => void> = [];
  private failure: Error | null = null;

  constructor(private readonly opts: PublisherOptions) {}

  async open(): Promise<void> {
    this.conn = await amqp.connect(this.opts.url);
    this.conn.on('error', (err: Error) => {
      this.failure = err;
    });
    const ch = this.opts.confirm === false ? await this.conn.createChannel() : await this.conn.createConfirmChannel();
    ch.on('error', (err: Error) => {
      this.failure = err;
    });
    if (this.opts.declare) for (const name of CB_EXCHANGES) await ch.assertExchange(name, 'topic', { durable: true });
    if (this.opts.confirm === false) this.plain = ch;
    else this.ch = ch as ConfirmChannel;
  }

  private async publishUnconfirmed(ch: Channel, m: OutgoingMessage): Promise<void> {
    if (this.failure) throw this.failure;
    const ok = ch.publish(m.exchange, m.routingKey, m.body, this.propertiesOf(m));
    if (!ok) await new Promise<void>((r) => ch.once('drain', r));
  }

  private propertiesOf(m: OutgoingMessage): Options.Publish {
    return publishOptions(m, this.opts.persistent);
  }

  async publish(m: OutgoingMessage): Promise<void> {
    if (this.plain) return this.publishUnconfirmed(this.plain, m);
    const ch = this.ch;
    if (!ch) throw new Error('publisher is not open');
    if (this.failure) throw this.failure;
    while (this.unconfirmed >= (this.opts.window ?? 2000)) await new Promise<void>((r) => this.waiters.push(r));
    this.unconfirmed++;
    const ok = ch.publish(m.exchange, m.routingKey, m.body, this.propertiesOf(m), (err) => {
      if (err) this.failure = err instanceof Error ? err : new Error(String(err));
      this.unconfirmed--;
      const w = this.waiters.shift();
      if (w) w();
    });
    if (!ok) await new Promise<void>((r) => ch.once('drain', r));
  }

  /** Waits for every outstanding confirm. */
  async flush(): Promise<void> {
    if (this.ch) await this.ch.waitForConfirms();
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.ch?.close().catch(() => undefined);
      await this.plain?.close().catch(() => undefined);
      await this.conn?.close().catch(() => undefined);
    }
  }
}
