/**
 * Runs async tasks one at a time, in call order (a FIFO async mutex). A task's failure is
 * returned to its caller only; the queue carries on with the next task.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.queued++;
    const result = this.tail.then(task);
    this.tail = result.then(
      () => {
        this.queued--;
      },
      () => {
        this.queued--;
      },
    );
    return result;
  }

  /** Tasks submitted and not yet finished (including the running one). */
  get pending(): number {
    return this.queued;
  }

  /** Resolves once every task submitted so far has finished. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
