import type { Admin, Producer } from 'kafkajs';
import { Kafka } from './kafkajs';
import { javaCompatiblePartitioner } from './partitioner';
import type { Logger } from 'pino';
import { COMPRESSION_TYPES, registerCodecs } from './codecs';
import { kafkaClientConfig } from './client-options';
import { tuneKafkaJs } from './kafkajs-tuning';
import type { KafkaSinkOptions } from './config';
import { topicMessages, type OutgoingRecord } from './request-builder';

export interface KafkaServiceDeps {
  logger?: Logger;
  /** A ready kafkajs client (tests); default: one built from the options. */
  kafka?: Kafka;
}

/** One kafkajs producer and the sends using it. */
interface ProducerSlot {
  producer: Producer;
  generation: number;
  /** The connect in progress or done; null when not attempted yet or the last attempt failed. */
  connecting: Promise<void> | null;
  inFlight: number;
  retired: boolean;
}

/** How long close() waits for kafkajs to disconnect. */
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * The kafka sink's I/O: a kafkajs producer (idempotent, acks as configured, compression), sends
 * that resolve only once Kafka acknowledged them, producer replacement, and a cluster probe.
 * Throws kafkajs's errors unchanged (errors.ts sorts them).
 */
export class KafkaService {
  private readonly kafka: Kafka;
  private current: ProducerSlot;
  private generations = 0;
  private admin: Admin | null = null;
  private closed = false;

  constructor(private readonly options: KafkaSinkOptions, deps: KafkaServiceDeps = {}) {
    registerCodecs();
    tuneKafkaJs();
    this.kafka = deps.kafka ?? new Kafka(kafkaClientConfig(options, deps.logger));
    this.current = this.newSlot();
  }

  /** Generation of the producer the next send() uses (changes on reset()). */
  get generation(): number {
    return this.current.generation;
  }

  /** Connects the producer (bootstrap, metadata, and a producer id when idempotent). A failed attempt is retried by the next call. */
  connect(): Promise<void> {
    return this.connected(this.current);
  }

  /** Sends the records in one produce call; resolves once Kafka acknowledged all of them. */
  async send(records: readonly OutgoingRecord[]): Promise<void> {
    if (this.closed) throw new Error('kafka sink is closed');
    const slot = this.current;
    slot.inFlight++;
    try {
      await this.connected(slot);
      await slot.producer.sendBatch({
        topicMessages: topicMessages(records),
        acks: this.options.acks,
        timeout: this.options.requestTimeoutMs,
        compression: COMPRESSION_TYPES[this.options.compression],
      });
    } finally {
      slot.inFlight--;
      if (slot.retired && slot.inFlight === 0) this.dispose(slot);
    }
  }

  /**
   * Replaces the producer that had `generation` with a fresh one (a new producer id, sequences
   * from zero): after the broker lost track of its sequences, or before records of a batch that
   * failed half-way are sent again. Sends still running on the old producer finish on it. Does
   * nothing when that producer was replaced already.
   */
  async reset(generation: number): Promise<void> {
    if (this.closed || generation !== this.current.generation) return;
    const old = this.current;
    this.current = this.newSlot();
    old.retired = true;
    if (old.inFlight === 0) this.dispose(old);
    // A failure here shows in the next send, which connects again.
    await this.connected(this.current).catch(() => undefined);
  }

  /** Asks the cluster for its brokers (a metadata request on a separate admin connection); throws when it cannot. */
  async probe(): Promise<void> {
    if (this.closed) return;
    const admin = (this.admin ??= this.kafka.admin({ retry: { retries: 0 } }));
    try {
      await admin.connect();
      await admin.describeCluster();
    } catch (err) {
      this.admin = null;
      await admin.disconnect().catch(() => undefined);
      throw err;
    }
  }

  /** Disconnects the producer(s) and the probe (bounded: a hung broker does not hold up shutdown). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const pending = [this.current.producer.disconnect()];
    if (this.admin) pending.push(this.admin.disconnect());
    this.admin = null;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => { timer = setTimeout(resolve, CLOSE_TIMEOUT_MS); });
    await Promise.race([Promise.allSettled(pending), timeout]);
    clearTimeout(timer);
  }

  private newSlot(): ProducerSlot {
    const producer = this.kafka.producer({
      idempotent: this.options.idempotent,
      retry: { ...this.options.retry },
      createPartitioner: javaCompatiblePartitioner,
      allowAutoTopicCreation: true,
      ...(this.options.idempotent ? { maxInFlightRequests: 1 } : {}),
    });
    return { producer, generation: ++this.generations, connecting: null, inFlight: 0, retired: false };
  }

  private connected(slot: ProducerSlot): Promise<void> {
    slot.connecting ??= slot.producer.connect().catch((err: unknown) => {
      slot.connecting = null;
      throw err;
    });
    return slot.connecting;
  }

  private dispose(slot: ProducerSlot): void {
    void slot.producer.disconnect().catch(() => undefined);
  }
}
