/** A fixed-capacity buffer keeping the last `capacity` items pushed. */
export class RingBuffer<T> {
  private readonly items: Array<T | undefined>;
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.items = new Array<T | undefined>(capacity);
  }

  push(item: T): void {
    if (this.capacity === 0) return;
    this.items[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** Up to `limit` items, the last pushed first. */
  newestFirst(limit = this.count): T[] {
    const out: T[] = [];
    for (let k = 1; k <= Math.min(limit, this.count); k++) out.push(this.items[(this.next - k + this.capacity) % this.capacity] as T);
    return out;
  }
}
