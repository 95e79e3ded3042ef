import { Buffer } from 'node:buffer';
import amqp, { type ChannelModel, type ConfirmChannel } from 'amqplib';
import type { DeadLetter, DeadLetterDestination } from './dead-letter';

export interface AmqpDeadLetterOptions {
  url: string;
  socketOptions?: Record<string, unknown>;
  exchange: string;
  /** Routing key for every letter; default: the letter's original routing key. */
  routingKey?: string;
  /** Declare the exchange (topic, durable) instead of requiring it to exist. */
  declare: boolean;
}

/** Headers that carry a dead letter's story beside its original body. */
export function deadLetterHeaders(l: DeadLetter): Record<string, unknown> {
  return {
    ...l.headers,
    'x-cb-bridge-dead-letter-id': l.id,
    'x-cb-bridge-reason': l.reason,
    'x-cb-bridge-detail': l.detail.slice(0, 1024),
    'x-cb-bridge-route': l.route,
    'x-cb-bridge-sink': l.sink,
    'x-cb-bridge-at': l.at,
    'x-cb-bridge-original-exchange': l.exchange,
    'x-cb-bridge-original-routing-key': l.routingKey,
    'x-cb-bridge-body-encoding': l.bodyEncoding,
    ...(l.location ? { 'x-cb-bridge-location': JSON.stringify(l.location) } : {}),
  };
}

/**
 * Dead letters published to an AMQP exchange (persistent, publisher-confirmed): the original body
 * (or the event text for sink failures) with the reason in headers. accept() rejects if the broker
 * does not confirm, so the caller keeps the source message unacked and retries.
 */
export class AmqpDeadLetterDestination implements DeadLetterDestination {
  readonly kind = 'amqp';
  private conn: ChannelModel | null = null;
  private ch: ConfirmChannel | null = null;

  constructor(private readonly opts: AmqpDeadLetterOptions) {}

  async start(): Promise<void> {
    await this.channel();
  }

  private async channel(): Promise<ConfirmChannel> {
    if (this.ch) return this.ch;
    const conn = await amqp.connect(this.opts.url, this.opts.socketOptions ?? {});
    conn.on('error', () => undefined);
    conn.on('close', () => {
      this.conn = null;
      this.ch = null;
    });
    const ch = await conn.createConfirmChannel();
    ch.on('error', () => undefined);
    ch.on('close', () => {
      this.ch = null;
    });
    if (this.opts.declare) await ch.assertExchange(this.opts.exchange, 'topic', { durable: true });
    else await ch.checkExchange(this.opts.exchange);
    this.conn = conn;
    this.ch = ch;
    return ch;
  }

  async accept(letters: readonly DeadLetter[]): Promise<void> {
    const ch = await this.channel();
    for (const l of letters) {
      const body = Buffer.from(l.body, l.bodyEncoding === 'base64' ? 'base64' : 'utf8');
      ch.publish(this.opts.exchange, this.opts.routingKey ?? l.routingKey, body, {
        persistent: true,
        headers: deadLetterHeaders(l),
        ...(l.contentType ? { contentType: l.contentType } : {}),
        messageId: l.id,
      });
    }
    await ch.waitForConfirms();
  }

  async close(): Promise<void> {
    await this.ch?.close().catch(() => undefined);
    await this.conn?.close().catch(() => undefined);
    this.ch = null;
    this.conn = null;
  }
}
