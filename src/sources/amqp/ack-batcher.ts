import type { Channel, Message } from 'amqplib';

/**
 * Acks one channel's deliveries in batches. Completions may come out of order; the batcher acks
 * with `multiple` up to the highest tag below which everything is complete, flushing once per
 * event-loop turn. When many completions pile up behind a slow message it acks them one by one,
 * so the prefetch window does not clog. After the channel is lost every call is a no-op: those
 * deliveries belong to the broker again, and acking them would be refused. The channel counts as
 * lost from the moment it starts closing: amqplib refuses an ack then (IllegalOperationError)
 * before its `close` event fires, and a flush running from setImmediate must not throw that out.
 */
export class AckBatcher {
  private readonly tags: number[] = [];
  private head = 0;
  private readonly done = new Set<number>();
  private readonly ackedAlone = new Set<number>();
  private ackUpTo = 0;
  private flushScheduled = false;
  private lost = false;

  constructor(
    private readonly channel: Channel,
    private readonly singleAckThreshold = 64,
  ) {}

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
    if (!this.send(() => this.channel.nack({ fields: { deliveryTag: tag } } as Message, false, true))) return;
    this.ackedAlone.add(tag);
    this.done.add(tag);
  }

  /** Runs one ack or nack; false (and the batcher lost) when the channel refused it because it is closing or closed. */
  private send(call: () => void): boolean {
    if (this.lost) return false;
    try {
      call();
      return true;
    } catch {
      // Closing or closed: the broker requeues every unacked delivery of the channel.
      this.lost = true;
      return false;
    }
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
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
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
      if (!this.send(() => this.channel.ack({ fields: { deliveryTag: upTo } } as Message, true))) return;
      this.ackUpTo = upTo;
    }
    if (this.head > 4096) {
      this.tags.splice(0, this.head);
      this.head = 0;
    }
    if (this.done.size - this.ackedAlone.size >= this.singleAckThreshold) {
      for (const tag of this.done) {
        if (this.ackedAlone.has(tag)) continue;
        if (!this.send(() => this.channel.ack({ fields: { deliveryTag: tag } } as Message, false))) return;
        this.ackedAlone.add(tag);
      }
    }
  }
}
