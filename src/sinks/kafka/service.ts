import { Producer, type ConnectionPoolEventPayload } from '@platformatic/kafka';
import { producerOptions, type RecordKey, type RecordValue } from './client-options';
import type { KafkaSinkOptions } from './config';
import type { OutgoingRecord } from './request-builder';

type SinkProducer = Producer<RecordKey, RecordValue, string, string>;

/** One producer and the sends using it. */
interface ProducerSlot {
  producer: SinkProducer;
  generation: number;
  /** The connect in progress or done; null when not attempted yet or the last attempt failed. */
  connecting: Promise<void> | null;
  inFlight: number;
  retired: boolean;
}

/** How long close() waits for the producer to disconnect. */
const CLOSE_TIMEOUT_MS = 5_000;

/**
 * The kafka sink's I/O: a @platformatic/kafka producer (idempotent, acks as configured,
 * compression, the Java client's partitioning), sends that resolve only once Kafka acknowledged
 * them, producer replacement, and a cluster probe. Throws the library's errors unchanged
 * (errors.ts sorts them).
 */
export class KafkaService {
  private current: ProducerSlot;
  private generations = 0;
  private closed = false;

  constructor(private readonly options: KafkaSinkOptions) {
    this.current = this.newSlot();
  }

  /** Generation of the producer the next send() uses (changes on reset()). */
  get generation(): number {
    return this.current.generation;
  }

  /**
   * Connects the producer (bootstrap, metadata, and a producer id when idempotent). A failed attempt is retried by the
   * next call.
   */
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
      await requireTopicMetadata(slot.producer, records);
      // acks on every call: the producer's send() takes its default (leader only when not idempotent) from the call,
      // not from the producer's options.
      await slot.producer.send({ messages: records as OutgoingRecord[], acks: this.options.acks });
    } finally {
      slot.inFlight--;
      if (slot.retired && slot.inFlight === 0) dispose(slot);
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
    if (old.inFlight === 0) dispose(old);
    // A failure here shows in the next send, which connects again.
    await this.connected(this.current).catch(() => undefined);
  }

  /** Asks the cluster for its brokers (a metadata request without retries); throws when it cannot. */
  async probe(): Promise<void> {
    if (this.closed) return;
    await this.current.producer.metadata({ topics: [], forceUpdate: true, retries: 0 });
  }

  /** Closes the producer (bounded: a hung broker does not hold up shutdown). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
    });
    await Promise.race([this.current.producer.close(true).catch(() => undefined), timeout]);
    clearTimeout(timer);
  }

  private newSlot(): ProducerSlot {
    const producer: SinkProducer = new Producer(producerOptions(this.options));
    listenForConnectionErrors(producer);
    return { producer, generation: ++this.generations, connecting: null, inFlight: 0, retired: false };
  }

  private connected(slot: ProducerSlot): Promise<void> {
    slot.connecting ??= this.handshake(slot.producer).catch((err: unknown) => {
      slot.connecting = null;
      throw err;
    });
    return slot.connecting;
  }

  /** Reaches the cluster and, when idempotent, takes a producer id, so a wrong address or password shows now. */
  private async handshake(producer: SinkProducer): Promise<void> {
    await producer.metadata({ topics: [] });
    if (this.options.idempotent) await producer.initIdempotentProducer({});
  }
}

function dispose(slot: ProducerSlot): void {
  void slot.producer.close(true).catch(() => undefined);
}

/**
 * Gives each broker connection of `producer` an 'error' listener of its own, through the client's public
 * `client:broker:connect` event. The client's connection pool listens for a connection's first error only, so a socket
 * that fails twice (a broker restarting while requests are written) would emit the second error with no listener, and
 * Node would end the process with it. The failure itself still reaches the requests on that connection, which fail
 * and are retried or reported as the sink's errors.
 */
export function listenForConnectionErrors(producer: {
  on(event: 'client:broker:connect', listener: (payload: ConnectionPoolEventPayload) => void): unknown;
}): void {
  producer.on('client:broker:connect', ({ connection }) => {
    connection.on('error', ignoreConnectionError);
  });
}

function ignoreConnectionError(): void {
  // Reported through the requests the connection fails.
}

/**
 * Makes sure the client's metadata holds every topic of `records`, with its partitions, before they are sent. The
 * client's send() looks each record's topic up in that metadata without checking it is there (a topic just created,
 * or a broker restarting, can be missing), and the resulting TypeError would be thrown outside any request, ending
 * the process. Here a missing topic fails the send instead, which the driver retries.
 */
async function requireTopicMetadata(producer: SinkProducer, records: readonly OutgoingRecord[]): Promise<void> {
  const topics = [...new Set(records.map((r) => r.topic))];
  const metadata = await producer.metadata({ topics, autocreateTopics: true });
  for (const topic of topics) {
    const known = metadata.topics.get(topic);
    if (known === undefined || known.partitionsCount === 0 || known.partitions.length < known.partitionsCount)
      throw new Error(`Kafka's metadata does not list topic ${topic} with its partitions yet`);
  }
}
