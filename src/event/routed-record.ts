import { Buffer } from 'node:buffer';
import { hash } from 'node:crypto';
import type { InboundMessage } from './inbound-message';
import type { EventRecord } from './event-model';
import type { SinkRecord } from '../sinks/sink';
import type { MessageTracker } from '../pipeline/message-tracker';
import type { PackedTexts } from '../pipeline/offload/packed-texts';
import type { ColumnRecords } from '../pipeline/offload/record-columns';
import { recordOf, textLengthOf, textOf } from '../pipeline/produce-events';

/** FNV-1a of a short string, folded to 16 bits. */
function shortHash(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h ^ (h >>> 16)) & 0xffff;
}

/**
 * 64 bits of the body's SHA-1, then 16 of the routing key's hash, as 20 hex digits. Written as
 * bytes and printed once, so the id is one flat string: slicing the digest's hex and appending
 * to it would keep the whole 40-digit digest and two more strings alive for as long as the id.
 */
function messageId(body: Buffer, routingKey: string): string {
  const bytes = Buffer.allocUnsafe(10);
  (hash('sha1', body, 'buffer') as Buffer).copy(bytes, 0, 0, 8);
  bytes.writeUInt16BE(shortHash(routingKey), 8);
  return bytes.toString('hex');
}

/**
 * A short id of a message, stable across its redeliveries (receivers can dedupe with it): 64 bits
 * of the body's SHA-1 and 16 bits of its routing key's hash, as 20 hex digits. Worked out on first
 * use, since most sinks never ask.
 */
export class MessageIdentity {
  private id: string | null = null;
  /** Held until the id is worked out, then let go (an id kept for later does not keep the body). */
  private message: InboundMessage | null;

  constructor(message: InboundMessage) {
    this.message = message;
  }

  get value(): string {
    if (this.id === null) {
      const m = this.message!;
      this.id = messageId(m.body, m.routingKey);
      this.message = null;
    }
    return this.id;
  }

  /** The id of event `index`, to be asked for later; a large body is hashed now rather than kept. */
  later(index: number): () => string {
    if (this.id === null && this.message !== null && this.message.body.length > KEEP_BODY_BYTES) void this.value;
    return () => `${this.value}-${index}`;
  }
}

/** Bodies up to this size may wait in an identity until their id is asked for. */
const KEEP_BODY_BYTES = 64 * 1024;

/**
 * A record a route hands its sinks; its `id` (message id + index) is made when a sink reads it.
 * An event rendered on a decode worker arrives as UTF-8 bytes: `utf8` hands them to sinks that
 * write bytes, and `text` decodes them the first time a sink asks for a string.
 *
 * It holds as little of its own as it can, since it waits for its sinks (for a bundle's events,
 * a hundred at once) long enough to outlive a young-generation collection: the message's fields
 * are read from the message, and an event from a worker's answer keeps only its index into the
 * answer's packed texts and record columns; `utf8` makes a view of its bytes on each call, and
 * `record` is read back from the columns when a sink asks for it (see ColumnRecords).
 */
export class RoutedRecord implements SinkRecord {
  private decoded: string | undefined;

  constructor(
    private readonly identity: MessageIdentity,
    private readonly index: number,
    private readonly message: InboundMessage,
    readonly eventKey: string,
    private readonly fields: EventRecord | null | ColumnRecords,
    private readonly rendered: string | Buffer | PackedTexts,
    readonly raw: Uint8Array | undefined,
    /** The tracker of its message, when a route tracks it: the route settles the record through it. */
    readonly tracker: MessageTracker | null = null,
  ) {
    this.decoded = typeof rendered === 'string' ? rendered : undefined;
  }

  get routingKey(): string {
    return this.message.routingKey;
  }

  get contentType(): string | undefined {
    return this.message.contentType;
  }

  get receivedAt(): number {
    return this.message.receivedAt;
  }

  get publishedAt(): number | undefined {
    const t = this.message.timestamp;
    return t ? t * 1000 : undefined;
  }

  get utf8(): Buffer | undefined {
    const t = textOf(this.rendered, this.index);
    return typeof t === 'string' ? undefined : t;
  }

  get utf8Length(): number | undefined {
    return textLengthOf(this.rendered, this.index);
  }

  get text(): string {
    return (this.decoded ??= this.utf8!.toString('utf8'));
  }

  get record(): EventRecord | null {
    // Not kept here: ColumnRecords keeps the record read last, for a sink's next read of the same event.
    return recordOf(this.fields, this.index);
  }

  get id(): string {
    return `${this.identity.value}-${this.index}`;
  }

  /** The id, worked out only when called; the function keeps neither this record nor a large body. */
  idLater(): () => string {
    return this.identity.later(this.index);
  }
}
