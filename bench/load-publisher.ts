import amqp, { type ChannelModel, type ConfirmChannel, type Options } from 'amqplib';
import { CB_EXCHANGES } from '../src/sources/amqp/topology';
import { publishOptions } from '../src/simulate/publisher';
import type { OutgoingMessage } from '../src/simulate/traffic';

/** A message ready to publish: its AMQP properties built before the clock starts. */
export interface PreparedPublish {
  exchange: string;
  routingKey: string;
  body: Buffer;
  options: Options.Publish;
}

/**
 * Unconfirmed publishes at once. Confirms come back in batches (RabbitMQ acks many with one
 * `multiple` ack), so the window is refilled a batch at a time: publishing resumes only once it
 * has fallen to half, which keeps the benchmark's process from waking for every confirm.
 */
const WINDOW = 8192;

/**
 * The benchmarks' load generator, on amqplib's public API: a confirm channel, CB's properties
 * (see CbPublisher) built by `prepare` before the clock starts, then `publish` sends them in
 * order as fast as the channel and the confirm window let it, and returns once RabbitMQ has
 * confirmed them all. Transient messages, like CB's.
 */
export class LoadPublisher {
  private conn: ChannelModel | null = null;
  private channel: ConfirmChannel | null = null;
  private failure: Error | null = null;
  private unconfirmed = 0;
  private refill: (() => void) | null = null;

  constructor(
    private readonly url: string,
    private readonly declare: boolean,
  ) {}

  async open(): Promise<void> {
    this.conn = await amqp.connect(this.url);
    this.conn.on('error', (err: Error) => {
      this.failure = err;
    });
    const ch = await this.conn.createConfirmChannel();
    ch.on('error', (err: Error) => {
      this.failure = err;
    });
    if (this.declare) for (const name of CB_EXCHANGES) await ch.assertExchange(name, 'topic', { durable: true });
    this.channel = ch;
  }

  /** The messages with their properties, ready for `publish`. */
  prepare(messages: Iterable<OutgoingMessage>): PreparedPublish[] {
    this.opened();
    const prepared: PreparedPublish[] = [];
    for (const m of messages)
      prepared.push({
        exchange: m.exchange,
        routingKey: m.routingKey,
        body: m.body,
        options: publishOptions(m, false),
      });
    return prepared;
  }

  /** Publishes the messages in order and waits until RabbitMQ has confirmed every one. */
  async publish(messages: PreparedPublish[]): Promise<void> {
    const ch = this.opened();
    const confirmed = (err: unknown): void => {
      if (err) this.failure ??= new Error(`RabbitMQ refused a benchmark message: ${String(err)}`);
      this.unconfirmed--;
      if (this.refill && this.unconfirmed <= WINDOW / 2) {
        const go = this.refill;
        this.refill = null;
        go();
      }
    };
    for (const m of messages) {
      if (this.failure) throw this.failure;
      if (this.unconfirmed >= WINDOW)
        await new Promise<void>((resolve) => {
          this.refill = resolve;
        });
      this.unconfirmed++;
      if (!ch.publish(m.exchange, m.routingKey, m.body, m.options, confirmed))
        await new Promise<void>((resolve) => ch.once('drain', resolve));
    }
    await ch.waitForConfirms();
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await this.conn?.close().catch(() => undefined);
    this.conn = null;
    this.channel = null;
  }

  private opened(): ConfirmChannel {
    if (!this.channel) throw new Error('LoadPublisher is not open');
    return this.channel;
  }
}
