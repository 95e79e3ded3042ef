import { Buffer } from 'node:buffer';
import type { PipelineObserver } from '../pipeline/pipeline-observer';
import type { SinkRecord } from '../sinks/sink';
import { RoutedRecord } from '../event/routed-record';

/** A fixed-capacity buffer keeping the last `capacity` items pushed. */
export class RingBuffer<T> {
  private readonly items: Array<T | undefined>;
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    this.items = new Array<T | undefined>(capacity);
  }

  push(item: T): void {
    if (this.capacity === 0) return;
    this.items[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** Up to `limit` items, the last pushed first. */
  newestFirst(limit = this.count): T[] {
    const out: T[] = [];
    for (let k = 1; k <= Math.min(limit, this.count); k++)
      out.push(this.items[(this.next - k + this.capacity) % this.capacity] as T);
    return out;
  }
}

/** One event a route handed to its sinks, as kept for debugging. */
export interface RecentEvent {
  /** When it was routed (epoch ms). */
  at: number;
  route: string;
  id: string;
  routingKey: string;
  eventKey: string;
  contentType: string | null;
  /** The rendered event, cut at the configured length. */
  text: string;
  /** Length of the full rendered text (characters). */
  length: number;
  truncated: boolean;
}

/**
 * The text as kept: a string cut at the cap, or, for an event that arrived as UTF-8 bytes, its
 * bytes (at most 4 per allowed character, enough for the cap), decoded only when someone looks.
 */
type KeptText =
  | { text: string; length: number; truncated: boolean }
  /** `length`: the whole text's, when `bytes` is only its start (else counted when shown). */
  | { bytes: Buffer; length: number | undefined };

/** As kept: the id and a byte text are worked out when someone looks (doing it for every event would cost too much). */
type KeptEvent = Omit<RecentEvent, 'id' | 'text' | 'length' | 'truncated'> & { idOf: () => string; kept: KeptText };

const constant = (id: string) => (): string => id;

/** UTF-16 length of the text whose UTF-8 is `bytes`: one unit per sequence, two for 4-byte ones. */
function utf16Length(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if ((b & 0xc0) !== 0x80) n += b >= 0xf0 ? 2 : 1;
  }
  return n;
}

/**
 * Up to this size, the memory an event's bytes are a view into (a decode worker's answer: the
 * events of one message) is kept by reference instead of copying the bytes of every event routed,
 * of which only the ring's last few are ever kept. The ring holds the last N events, and one
 * message's events arrive together, so it keeps a few such answers alive, each at most this large.
 */
const KEEP_BY_REFERENCE_MAX_BYTES = 1024 * 1024;

function kept(bytes: Buffer): Buffer {
  return bytes.buffer.byteLength <= KEEP_BY_REFERENCE_MAX_BYTES ? bytes : Buffer.from(bytes);
}

function keep(record: SinkRecord, maxChars: number): KeptText {
  const bytes = record.utf8;
  if (bytes === undefined) {
    const text = record.text;
    const truncated = text.length > maxChars;
    return { text: truncated ? text.slice(0, maxChars) : text, length: text.length, truncated };
  }
  if (bytes.length <= maxChars * 4) return { bytes: kept(bytes), length: undefined };
  return { bytes: kept(bytes.subarray(0, maxChars * 4)), length: utf16Length(bytes) };
}

function textOf(kept: KeptText, maxChars: number): Pick<RecentEvent, 'text' | 'length' | 'truncated'> {
  if ('text' in kept) return kept;
  const text = kept.bytes.toString('utf8');
  const length = kept.length ?? text.length;
  return { text: text.length > maxChars ? text.slice(0, maxChars) : text, length, truncated: length > maxChars };
}

/**
 * The last N events each route routed (after filter and transform, as its sinks got them), in
 * a ring per route. Memory is bounded by routes x N x the text cap; only the text and a few
 * small fields are kept, never the record itself.
 */
export class RecentEvents implements PipelineObserver {
  private readonly rings = new Map<string, RingBuffer<KeptEvent>>();

  constructor(
    readonly perRoute: number,
    private readonly maxTextChars = 4096,
    private readonly clock: () => number = Date.now,
  ) {}

  routed(route: string, record: SinkRecord): void {
    if (this.perRoute === 0) return;
    let ring = this.rings.get(route);
    if (!ring) {
      ring = new RingBuffer<KeptEvent>(this.perRoute);
      this.rings.set(route, ring);
    }
    ring.push({
      at: this.clock(),
      route,
      idOf: record instanceof RoutedRecord ? record.idLater() : constant(record.id),
      routingKey: record.routingKey,
      eventKey: record.eventKey,
      contentType: record.contentType ?? null,
      kept: keep(record, this.maxTextChars),
    });
  }

  /** Newest first: one route's events, or every route's merged by time. */
  recent(route: string | undefined, limit: number): RecentEvent[] {
    const shown = (e: KeptEvent): RecentEvent => {
      const { idOf, kept, ...rest } = e;
      return { ...rest, ...textOf(kept, this.maxTextChars), id: idOf() };
    };
    if (route !== undefined) return (this.rings.get(route)?.newestFirst(limit) ?? []).map(shown);
    const all = [...this.rings.values()].flatMap((r) => r.newestFirst(limit));
    return all
      .sort((a, b) => b.at - a.at)
      .slice(0, limit)
      .map(shown);
  }

  forget(route: string): void {
    this.rings.delete(route);
  }
}
