import type { Logger } from 'pino';
import type { DeliveryOutcome, Sink, SinkRecord } from '../sink';
import { HealthTracker, type OwnHealth } from '../common/health';
import type { KafkaSinkOptions } from './config';
import { classifyKafkaError, type KafkaFailure } from './errors';
import { buildKafkaRequest, type KafkaChunk, type KafkaRequestOptions, type OutgoingRecord } from './request-builder';
import { KafkaService } from './service';
import { KeyTemplate, TopicTemplate } from './template';
import { EVENT_TYPE_PATHS } from './record-fields';
import type { EventDetail } from '../../event/event-detail';

export interface KafkaSinkDeps {
  /** The I/O layer; default: a KafkaService for the options. */
  service?: KafkaService;
  logger?: Logger;
  /** Route name, for `{@route}` in templates. */
  route?: string;
  clock?: () => number;
}

/** Records sent one by one at once while looking for the one a broker refused. */
const ISOLATION_WINDOW = 16;

/**
 * The driver-facing `kafka` sink. send() turns the batch into records (topic, key, headers,
 * value), produces them in calls of bounded size, and answers each record:
 * - `accepted` only once Kafka acknowledged it (acks=all by default), so the bridge acks a
 *   RabbitMQ message only after Kafka had every event it carried;
 * - `retryable` when the cluster is unreachable, refused us, or answered with a retriable error
 *   after the producer's own retries (the sink is then `down` until a send or probe succeeds);
 * - `failed` (dead-lettered) for a record the broker refuses for good (MESSAGE_TOO_LARGE, an invalid
 *   or forbidden topic...). When a call with several records is refused, its records are sent again
 *   one by one, so only the culprit fails and its neighbours go through.
 */
export class KafkaSink implements Sink {
  readonly type = 'kafka';
  /** The event type for its header, the templates' fields, and raw bytes in raw mode. */
  readonly eventDetail: EventDetail;
  private readonly tracker: HealthTracker;
  private readonly service: KafkaService;
  private readonly requestOptions: KafkaRequestOptions;
  private readonly logger: Logger | undefined;
  private readonly clock: () => number;
  private timer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  private lastContactAt = 0;
  private probing = false;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly options: KafkaSinkOptions,
    deps: KafkaSinkDeps = {},
  ) {
    this.logger = deps.logger;
    this.clock = deps.clock ?? Date.now;
    this.tracker = new HealthTracker(this.clock);
    this.service = deps.service ?? new KafkaService(options);
    const route = deps.route ?? '';
    this.requestOptions = {
      topic: new TopicTemplate(options.topic, options.topicSuffix, route),
      key: new KeyTemplate(options.key, route),
      payload: options.payload,
      headers: options.headers,
      maxRequestBytes: options.maxRequestBytes,
      maxRecordBytes: options.maxRecordBytes,
    };
    this.eventDetail = {
      fields: [...EVENT_TYPE_PATHS, ...this.requestOptions.topic.fieldPaths(), ...this.requestOptions.key.fieldPaths()],
      raw: options.payload === 'raw',
    };
  }

  /**
   * Connects to the cluster so a wrong address or password shows at start-up. A failure does not
   * throw: the sink reports `down` with the reason, and every send() connects again.
   */
  async start(): Promise<void> {
    try {
      await this.service.connect();
      this.contact();
    } catch (err) {
      const failure = classifyKafkaError(err);
      this.tracker.failed(failure.message);
      this.logger?.warn(
        { err: failure.message, brokers: this.options.brokers },
        'kafka sink cannot connect yet; will retry with each batch',
      );
    }
    if (this.options.healthCheckIntervalMs > 0 && !this.closed && !this.timer) {
      this.timer = setInterval(() => void this.probe(), this.options.healthCheckIntervalMs);
      this.timer.unref();
    }
  }

  async send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    if (batch.length === 0) return [];
    const outcomes = new Array<DeliveryOutcome>(batch.length);
    if (this.closed)
      return outcomes.fill({ status: 'retryable', error: `kafka sink ${this.name} is closed` }).map((o) => ({ ...o }));
    this.inFlight++;
    try {
      const request = buildKafkaRequest(batch, this.requestOptions);
      for (const [index, reason] of request.rejected) outcomes[index] = { status: 'failed', error: reason };
      let stop: KafkaFailure | null = null;
      for (const chunk of request.chunks) {
        if (stop) answer(outcomes, chunk.records, { status: 'retryable', error: stop.message });
        else stop = await this.deliver(chunk, outcomes);
      }
    } finally {
      this.inFlight--;
    }
    return outcomes;
  }

  health(): OwnHealth {
    return this.tracker.snapshot();
  }

  /** Stops the probe and disconnects (sends still running answer `retryable` if they fail). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.service.close();
  }

  /**
   * Produces one chunk and answers its records. Returns the failure when the cluster is out of
   * reach, so the rest of the batch is not tried (and answered retryable) this time.
   */
  private async deliver(chunk: KafkaChunk, outcomes: DeliveryOutcome[]): Promise<KafkaFailure | null> {
    let failure = await this.attempt(chunk.records);
    if (failure?.kind === 'producer_state') {
      // The broker forgot (or never had) our sequences: a new producer id starts them afresh.
      failure = await this.attempt(chunk.records);
    }
    if (!failure) {
      answer(outcomes, chunk.records, { status: 'accepted' });
      return null;
    }
    if (failure.kind === 'rejected') {
      if (chunk.records.length === 1) this.refuse(outcomes, chunk.records[0], failure);
      else await this.isolate(chunk.records, outcomes, failure);
      return null;
    }
    answer(outcomes, chunk.records, { status: 'retryable', error: failure.message });
    this.logger?.warn(
      { err: failure.message, kind: failure.kind, records: chunk.records.length },
      'kafka produce failed; records are retryable',
    );
    return failure.kind === 'connection' ? failure : null;
  }

  /**
   * A call of several records was refused for good: some record caused it. Sends them again one by
   * one (on a new producer, since the refused call may have been written for some partitions and
   * not others, which leaves the old producer's sequence numbers out of step): the culprits fail,
   * the others go through (those that had been written already are written twice).
   */
  private async isolate(
    records: readonly OutgoingRecord[],
    outcomes: DeliveryOutcome[],
    cause: KafkaFailure,
  ): Promise<void> {
    this.logger?.warn(
      { err: cause.message, records: records.length },
      'kafka refused a produce call; sending its records one by one to find the culprit',
    );
    if (this.options.idempotent) await this.service.reset(this.service.generation);
    const unreachable: { failure: KafkaFailure | null } = { failure: null };
    for (let i = 0; i < records.length; i += ISOLATION_WINDOW) {
      const window = records.slice(i, i + ISOLATION_WINDOW);
      if (unreachable.failure) {
        answer(outcomes, window, { status: 'retryable', error: unreachable.failure.message });
        continue;
      }
      await Promise.all(
        window.map(async (record) => {
          const failure = await this.attempt([record]);
          if (!failure) outcomes[record.index] = { status: 'accepted' };
          else if (failure.kind === 'rejected') this.refuse(outcomes, record, failure);
          else {
            outcomes[record.index] = { status: 'retryable', error: failure.message };
            if (failure.kind === 'connection') unreachable.failure = failure;
          }
        }),
      );
    }
  }

  private refuse(outcomes: DeliveryOutcome[], record: OutgoingRecord, failure: KafkaFailure): void {
    outcomes[record.index] = { status: 'failed', error: failure.message };
    this.logger?.warn(
      { err: failure.message, topic: record.topic, bytes: record.bytes },
      'kafka refused a record; it is dead-lettered',
    );
  }

  /**
   * One produce call: null when Kafka acknowledged it, else what went wrong (health and producer resets handled here).
   */
  private async attempt(records: readonly OutgoingRecord[]): Promise<KafkaFailure | null> {
    const generation = this.service.generation;
    try {
      await this.service.send(records);
      this.contact();
      return null;
    } catch (err) {
      const failure = classifyKafkaError(err);
      if (failure.kind === 'connection') this.tracker.failed(failure.message);
      else this.contact();
      if (failure.kind === 'producer_state') {
        this.logger?.warn({ err: failure.message }, 'kafka producer out of step with the broker; replacing it');
        await this.service.reset(generation);
      }
      return failure;
    }
  }

  /** The cluster answered: the sink is up. */
  private contact(): void {
    this.lastContactAt = this.clock();
    this.tracker.succeeded();
  }

  /** While idle, checks that the cluster still answers, so health tracks connectivity without traffic. */
  private async probe(): Promise<void> {
    if (this.closed || this.probing || this.inFlight > 0) return;
    if (
      this.clock() - this.lastContactAt < this.options.healthCheckIntervalMs &&
      this.tracker.snapshot().state === 'up'
    )
      return;
    this.probing = true;
    try {
      await this.service.probe();
      if (!this.closed) this.contact();
    } catch (err) {
      if (this.closed) return;
      const failure = classifyKafkaError(err);
      if (this.tracker.snapshot().state === 'up')
        this.logger?.warn({ err: failure.message }, 'kafka cluster does not answer');
      this.tracker.failed(failure.message);
    } finally {
      this.probing = false;
    }
  }
}

function answer(outcomes: DeliveryOutcome[], records: readonly OutgoingRecord[], outcome: DeliveryOutcome): void {
  for (const r of records) outcomes[r.index] = { ...outcome };
}
