import type { Logger } from 'pino';
import type { DeadLetter, DeadLetterDestination } from './dead-letter';
import { backoffDelay } from '../sinks/driver/backoff';

interface Waiting {
  letter: DeadLetter;
  resolve: () => void;
}

/**
 * Writes dead letters to their destination in batches. write() resolves only once the letter is
 * stored, retrying with backoff while the destination fails, so a message is never acked on the
 * strength of a dead letter that was not kept.
 */
export class DeadLetterWriter {
  private queue: Waiting[] = [];
  private writing = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  written = 0;

  constructor(
    readonly destination: DeadLetterDestination,
    private readonly logger: Logger,
    private readonly onStored?: (letters: readonly DeadLetter[]) => void,
  ) {}

  write(letter: DeadLetter): Promise<void> {
    return new Promise<void>((resolve) => {
      this.queue.push({ letter, resolve });
      this.kick();
    });
  }

  pending(): number {
    return this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.destination.close();
  }

  private kick(): void {
    if (this.writing || this.timer || this.closed || this.queue.length === 0) return;
    this.writing = true;
    const batch = this.queue.splice(0, 500);
    const letters = batch.map((w) => w.letter);
    this.destination.accept(letters).then(
      () => {
        this.attempt = 0;
        this.written += batch.length;
        try {
          this.onStored?.(letters);
        } catch (err) {
          this.logger.error({ err: (err as Error).message }, 'dead-letter observer failed');
        }
        for (const w of batch) w.resolve();
        this.writing = false;
        this.kick();
      },
      (err: Error) => {
        this.queue.unshift(...batch);
        this.writing = false;
        this.attempt++;
        const delay = backoffDelay(this.attempt, 200, 30_000);
        this.logger.error(
          { err: err.message, letters: batch.length, retryInMs: delay },
          'dead-letter destination refused; retrying',
        );
        this.timer = setTimeout(() => {
          this.timer = null;
          this.kick();
        }, delay);
      },
    );
  }
}
