import type { PipelineObserver } from '../pipeline/pipeline-observer';
import type { SinkRecord } from '../sinks/sink';
import { RingBuffer } from './ring-buffer';
import { RoutedRecord } from '../pipeline/routed-record';

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

/** As kept: the id is worked out when someone looks (hashing every message for a debugging view costs too much). */
type KeptEvent = Omit<RecentEvent, 'id'> & { idOf: () => string };

const constant = (id: string) => (): string => id;

function shown(e: KeptEvent): RecentEvent {
  const { idOf, ...rest } = e;
  return { ...rest, id: idOf() };
}

/**
 * The last N events each route routed (after filter and transform, as its sinks got them), in
 * a ring per route. Memory is bounded by routes x N x the text cap; only the text and a few
 * small fields are kept, never the record itself.
 */
export class RecentEvents implements PipelineObserver {
  private readonly rings = new Map<string, RingBuffer<KeptEvent>>();

  constructor(readonly perRoute: number, private readonly maxTextChars = 4096, private readonly clock: () => number = Date.now) {}

  routed(route: string, record: SinkRecord): void {
    if (this.perRoute === 0) return;
    let ring = this.rings.get(route);
    if (!ring) {
      ring = new RingBuffer<KeptEvent>(this.perRoute);
      this.rings.set(route, ring);
    }
    const truncated = record.text.length > this.maxTextChars;
    ring.push({
      at: this.clock(), route, idOf: record instanceof RoutedRecord ? record.idLater() : constant(record.id), routingKey: record.routingKey, eventKey: record.eventKey,
      contentType: record.contentType ?? null, text: truncated ? record.text.slice(0, this.maxTextChars) : record.text,
      length: record.text.length, truncated,
    });
  }

  /** Newest first: one route's events, or every route's merged by time. */
  recent(route: string | undefined, limit: number): RecentEvent[] {
    if (route !== undefined) return (this.rings.get(route)?.newestFirst(limit) ?? []).map(shown);
    const all = [...this.rings.values()].flatMap((r) => r.newestFirst(limit));
    return all.sort((a, b) => b.at - a.at).slice(0, limit).map(shown);
  }

  forget(route: string): void {
    this.rings.delete(route);
  }
}
