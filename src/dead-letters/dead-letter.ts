/** An event or message that could not be delivered, with everything needed to replay it. */
export interface DeadLetter {
  /** Unique id of this dead letter. */
  id: string;
  /** When it was dead-lettered (ISO 8601). */
  at: string;
  /** Route it belonged to ('' when it failed before routing). */
  route: string;
  /** Sink that refused it ('' for decode failures). */
  sink: string;
  /** Machine-readable reason: a DecodeReason, `sink_failed`, `max_attempts`, `max_age`, `sink_disabled`. */
  reason: string;
  /** Human-readable detail. */
  detail: string;
  exchange: string;
  routingKey: string;
  /** The content type of what `body` holds: the original message's, or the rendered event's (sink failures). */
  contentType: string | null;
  /** Sink failures: the content type of the message the event came from. */
  sourceContentType?: string | null;
  headers: Record<string, unknown>;
  /** The original message body, base64 (for decode failures), or the event text (for sink failures). */
  body: string;
  bodyEncoding: 'base64' | 'utf8';
  /**
   * Set when the original body was too large to store whole: `body` holds its first part; its full size and SHA-256
   * (hex).
   */
  bodyTruncated?: { size: number; sha256: string };
  /** Where in the message the failure sits (zip member, record), for decode failures. */
  location?: { member?: string; record?: number; offset?: number };
}

/** Where dead letters go: a file (default) or an AMQP exchange. accept() resolves once it is stored. */
export interface DeadLetterDestination {
  readonly kind: string;
  start(): Promise<void>;
  accept(letters: readonly DeadLetter[]): Promise<void>;
  close(): Promise<void>;
}
