import type { Logger } from 'pino';
import type { EventDetail } from '../../event/event-detail';
import type { DeliveryOutcome, Sink, SinkRecord } from '../sink';
import { HealthTracker, type OwnHealth } from '../common/health';
import { SerialQueue } from '../common/mutex';
import { answerBatch } from '../common/outcomes';
import type { SyslogSinkOptions } from './config';
import { HEADER_PATHS } from './header';
import { buildSyslogRequest } from './request-builder';
import { DatagramTransport, StreamTransport, type SyslogTransport } from './service';

export interface SyslogSinkDeps {
  logger?: Logger;
  /** Route name, for the structured data element. */
  route?: string;
  clock?: () => number;
}

const ACCEPTED: DeliveryOutcome = { status: 'accepted' };

/**
 * The driver-facing `syslog` sink. Each batch becomes one write of framed messages (tcp, tls) or
 * one datagram per message (udp), written one batch at a time in call order, and is answered:
 * - `accepted` once the socket took the bytes (tcp, tls) or the kernel sent the datagrams (udp);
 * - `retryable` when the collector cannot be reached, closes the connection or stops reading
 *   (the sink is then `down`, and reconnects with backoff while idle);
 * - `failed` (dead-lettered) for a message the framing cannot carry, or one over udp_max_bytes
 *   with udp_oversize: drop.
 */
export class SyslogSink implements Sink {
  readonly type = 'syslog';
  readonly eventDetail: EventDetail = { fields: HEADER_PATHS, raw: false };
  private readonly queue = new SerialQueue();
  private readonly tracker: HealthTracker;
  private readonly transport: SyslogTransport;
  private readonly clock: () => number;
  private readonly route: string;
  private oversize = 0;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly options: SyslogSinkOptions,
    private readonly deps: SyslogSinkDeps = {},
  ) {
    this.clock = deps.clock ?? Date.now;
    this.route = deps.route ?? '';
    this.tracker = new HealthTracker(this.clock);
    this.transport =
      options.protocol === 'udp'
        ? new DatagramTransport(options)
        : new StreamTransport(options, {
            connected: () => {
              if (this.tracker.snapshot().state === 'down')
                deps.logger?.info({ collector: this.collector }, 'syslog collector reachable again');
              this.tracker.succeeded();
            },
            lost: (error) => {
              if (this.closed) return;
              if (this.tracker.snapshot().state === 'up')
                deps.logger?.warn(
                  { err: error.message, collector: this.collector },
                  'syslog connection lost; reconnecting with backoff',
                );
              this.tracker.failed(error.message);
            },
          });
  }

  private get collector(): string {
    return `${this.options.protocol}://${this.options.host}:${this.options.port}`;
  }

  /** Connects (tcp, tls) so a wrong address or certificate shows at start-up; a failure only marks the sink down. */
  async start(): Promise<void> {
    if (!(this.transport instanceof StreamTransport)) return;
    try {
      await this.transport.open();
    } catch (err) {
      this.deps.logger?.warn(
        { err: (err as Error).message, collector: this.collector },
        'syslog sink cannot connect yet; will retry',
      );
    }
  }

  send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    if (batch.length === 0) return Promise.resolve([]);
    return this.queue.run(() => this.deliver(batch));
  }

  health(): OwnHealth {
    return { ...this.tracker.snapshot(), reconnects: this.transport.reconnects, oversize: this.oversize };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.idle();
    await this.transport.close();
  }

  private async deliver(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    if (this.closed)
      return answerBatch(batch.length, new Map(), { status: 'retryable', error: `syslog sink ${this.name} is closed` });
    const request = buildSyslogRequest(batch, this.options, this.route, this.clock());
    for (const [index, reason] of request.rejected)
      this.deps.logger?.warn(
        { err: reason, event: batch[index].id },
        'syslog sink refused an event; it is dead-lettered',
      );
    if (request.chunks.length === 0) return answerBatch(batch.length, request.rejected, ACCEPTED);
    try {
      await this.transport.write(request.chunks);
    } catch (err) {
      const error = (err as Error).message;
      this.tracker.failed(error);
      return answerBatch(batch.length, request.rejected, { status: 'retryable', error });
    }
    this.oversize += request.oversize;
    this.tracker.succeeded();
    return answerBatch(batch.length, request.rejected, ACCEPTED);
  }
}
