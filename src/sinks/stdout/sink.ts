import type { Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { DeliveryOutcome, Sink, SinkRecord } from '../sink';
import { encodeLines } from '../common/encoder';
import { HealthTracker, type OwnHealth } from '../common/health';
import { SerialQueue } from '../common/mutex';
import { answerBatch } from '../common/outcomes';
import { StreamService } from './service';

export interface StdoutSinkDeps {
  /** The stream to write to (the factory passes process.stdout or process.stderr). */
  stream: Writable;
  /** Name for messages; default 'stdout'. */
  label?: string;
  logger?: Logger;
  clock?: () => number;
}

const ACCEPTED: DeliveryOutcome = { status: 'accepted' };

/**
 * The driver-facing `stdout` sink: each batch is one write of newline-terminated lines, answered
 * `accepted` after the stream's write callback (and 'drain', when it asked for one). Batches are
 * written one at a time, in call order, so lines never interleave.
 */
export class StdoutSink implements Sink {
  readonly type = 'stdout';
  private readonly queue = new SerialQueue();
  private readonly tracker: HealthTracker;
  private readonly service: StreamService;
  private readonly label: string;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly deps: StdoutSinkDeps,
  ) {
    this.label = deps.label ?? 'stdout';
    this.tracker = new HealthTracker(deps.clock);
    this.service = new StreamService(deps.stream, this.label);
  }

  async start(): Promise<void> {
    // Nothing to open: the stream exists for the life of the process.
  }

  send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    if (batch.length === 0) return Promise.resolve([]);
    return this.queue.run(() => this.deliver(batch));
  }

  health(): OwnHealth {
    return this.tracker.snapshot();
  }

  /** Waits for writes in progress; leaves the stream open (process.stdout is not ours to end). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.idle();
    this.service.detach();
  }

  private async deliver(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    const { payload, rejected, lines } = encodeLines(batch);
    if (this.closed)
      return answerBatch(batch.length, rejected, { status: 'retryable', error: `stdout sink ${this.name} is closed` });
    if (lines === 0) return answerBatch(batch.length, rejected, ACCEPTED);
    try {
      await this.service.write(payload);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      this.tracker.failed(error);
      this.deps.logger?.warn(
        { err: error, records: batch.length },
        `${this.label} sink write failed; batch is retryable`,
      );
      return answerBatch(batch.length, rejected, { status: 'retryable', error });
    }
    this.tracker.succeeded();
    return answerBatch(batch.length, rejected, ACCEPTED);
  }
}
