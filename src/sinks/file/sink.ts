import type { Logger } from 'pino';
import type { DeliveryOutcome, Sink, SinkRecord } from '../sink';
import type { FileSinkOptions } from './config';
import { HealthTracker, type OwnHealth } from '../common/health';
import { logWriterEvent } from './logging';
import { SerialQueue } from '../common/mutex';
import { answerBatch } from '../common/outcomes';
import { hasTimeTokens } from './path-template';
import { buildFileRequest, type FileRequest } from './request-builder';
import { FileService } from './service';

export interface FileSinkDeps {
  /** Epoch ms; drives path templates, rotation ages and rotated names. Default Date.now. */
  clock?: () => number;
  logger?: Logger;
  /**
   * How often to run idle-time maintenance (time rotation, template roll-over) after start();
   * null disables it. Default: the rotation interval clamped to 1 s..60 s, and only when the
   * sink rotates by time or its path has time tokens.
   */
  maintenanceIntervalMs?: number | null;
}

const ACCEPTED: DeliveryOutcome = { status: 'accepted' };

/**
 * The driver-facing `file` sink. send() encodes the batch into one payload, appends it with a
 * single write, fsyncs (when configured) and only then answers `accepted`; any I/O failure
 * answers `retryable` for the batch and marks the sink down until a later write succeeds.
 * Concurrent send() calls run one after another, in call order.
 */
export class FileSink implements Sink {
  readonly type = 'file';
  private readonly queue = new SerialQueue();
  private readonly tracker: HealthTracker;
  private readonly service: FileService;
  private readonly logger: Logger | undefined;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly options: FileSinkOptions,
    private readonly deps: FileSinkDeps = {},
  ) {
    this.logger = deps.logger;
    this.tracker = new HealthTracker(deps.clock);
    this.service = new FileService(options, { clock: deps.clock, onEvent: (e) => logWriterEvent(this.logger, e) });
  }

  /**
   * Opens the file so a bad path shows at once. A failure does not throw: the sink reports
   * 'down' and every send() tries to open the file again.
   */
  async start(): Promise<void> {
    try {
      await this.service.open();
    } catch (err) {
      this.tracker.failed(messageOf(err));
      this.logger?.warn({ err: messageOf(err) }, 'file sink cannot open its file yet; will retry on each batch');
    }
    const period = this.maintenancePeriod();
    if (period !== null && !this.closed && !this.timer) {
      this.timer = setInterval(() => void this.maintain(), period);
      this.timer.unref();
    }
  }

  send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    if (batch.length === 0) return Promise.resolve([]);
    return this.queue.run(() => this.deliver(batch));
  }

  health(): OwnHealth {
    return this.tracker.snapshot();
  }

  /** Rotates an idle file whose interval passed and closes one whose template moved on. */
  maintain(): Promise<void> {
    return this.queue.run(() => this.service.maintain());
  }

  /** Waits for sends in progress, then fsyncs and closes the file. Never throws. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.queue.run(async () => {
      try {
        await this.service.close();
      } catch (err) {
        this.tracker.failed(messageOf(err));
        this.logger?.error({ err: messageOf(err) }, 'file sink could not close its file cleanly');
      }
    });
  }

  private async deliver(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    if (this.closed)
      return answerBatch(batch.length, new Map(), { status: 'retryable', error: `file sink ${this.name} is closed` });
    let request: FileRequest | undefined;
    try {
      request = await buildFileRequest(batch, { gzip: this.options.gzip, path: this.options.path });
      await this.service.call(request);
    } catch (err) {
      const error = messageOf(err);
      this.tracker.failed(error);
      this.logger?.warn({ err: error, records: batch.length }, 'file sink write failed; batch is retryable');
      return answerBatch(batch.length, request?.rejected ?? new Map(), { status: 'retryable', error });
    }
    if (request.lines > 0) this.tracker.succeeded();
    return answerBatch(batch.length, request.rejected, ACCEPTED);
  }

  private maintenancePeriod(): number | null {
    if (this.deps.maintenanceIntervalMs !== undefined) return this.deps.maintenanceIntervalMs;
    const interval = this.options.rotation.intervalMs;
    if (interval === undefined && !hasTimeTokens(this.options.path)) return null;
    return Math.min(60_000, Math.max(1_000, interval ?? 60_000));
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
