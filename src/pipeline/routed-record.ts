import { hash } from 'node:crypto';
import type { InboundMessage } from '../codecs/inbound-message';
import type { EventRecord } from '../formats/event-model';
import type { SinkRecord } from '../sinks/sink';

/** FNV-1a of a short string, as 4 hex digits (16 bits of it). */
function shortHash(text: string): string {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h ^ (h >>> 16)) & 0xffff).toString(16).padStart(4, '0');
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
      this.id = hash('sha1', m.body, 'hex').slice(0, 16) + shortHash(m.routingKey);
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
 */
export class RoutedRecord implements SinkRecord {
  readonly routingKey: string;
  readonly contentType: string | undefined;
  readonly receivedAt: number;
  readonly publishedAt: number | undefined;
  readonly utf8: Buffer | undefined;
  private decoded: string | undefined;

  constructor(
    private readonly identity: MessageIdentity,
    private readonly index: number,
    message: InboundMessage,
    readonly eventKey: string,
    readonly record: EventRecord | null,
    rendered: string | Buffer,
    readonly raw: Uint8Array | undefined,
  ) {
    this.routingKey = message.routingKey;
    this.contentType = message.contentType;
    this.receivedAt = message.receivedAt;
    this.publishedAt = message.timestamp ? message.timestamp * 1000 : undefined;
    if (typeof rendered === 'string') {
      this.decoded = rendered;
      this.utf8 = undefined;
    } else {
      this.decoded = undefined;
      this.utf8 = rendered;
    }
  }

  get text(): string {
    return (this.decoded ??= this.utf8!.toString('utf8'));
  }

  get id(): string {
    return `${this.identity.value}-${this.index}`;
  }

  /** The id, worked out only when called; the function keeps neither this record nor a large body. */
  idLater(): () => string {
    return this.identity.later(this.index);
  }
}
