import type { Channel, Message } from 'amqplib';

/**
 * Acks one channel's deliveries in batches. Completions may come out of order; the batcher acks
 * with `multiple` up to the highest tag below which everything is complete, flushing once per
 * event-loop turn. When many completions pile up behind a slow message it acks them one by one,
 * so the prefetch window does not clog. After the channel is lost every call is a no-op: those
 * deliveries belong to the broker again, and acking them would be refused.
 */
export class AckBatcher {
  private readonly tags: number[] = [];
  private head = 0;
  private readonly done = new Set<number>();
  private readonly ackedAlone = new Set<number>();
  private ackUpTo = 0;
  private flushScheduled = false;
  private lost = false;

  constructor(private readonly channel: Channel, private readonly singleAckThreshold = 64) {}

  get isLost(): boolean {
    return this.lost;
  }

  track(tag: number): void {
    this.tags.push(tag);
  }

  complete(tag: number): void {
    if (this.lost) return;
    this.done.add(tag);
    this.scheduleFlush();
  }

  /** Gives a delivery back to the broker (requeue) — used when parking it failed. */
  requeue(tag: number): void {
    if (this.lost) return;
    this.flush();
    this.channel.nack({ fields: { deliveryTag: tag } } as Message, false, true);
    this.ackedAlone.add(tag);
    this.done.add(tag);
  }

  markLost(): void {
    this.lost = true;
  }

  outstanding(): number {
    return this.tags.length - this.head;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => { this.flushScheduled = false; this.flush(); });
  }

  flush(): void {
    if (this.lost) return;
    let upTo = 0;
    while (this.head < this.tags.length && this.done.has(this.tags[this.head])) {
      const tag = this.tags[this.head++];
      this.done.delete(tag);
      if (this.ackedAlone.delete(tag)) continue;
      upTo = tag;
    }
    if (upTo > this.ackUpTo) {
      this.channel.ack({ fields: { deliveryTag: upTo } } as Message, true);
      this.ackUpTo = upTo;
    }
    if (this.head > 4096) { this.tags.splice(0, this.head); this.head = 0; }
    if (this.done.size - this.ackedAlone.size >= this.singleAckThreshold) {
      for (const tag of this.done) {
        if (this.ackedAlone.has(tag)) continue;
        this.channel.ack({ fields: { deliveryTag: tag } } as Message, false);
        this.ackedAlone.add(tag);
      }
    }
  }
}
