import { Counter, type Registry } from 'prom-client';
import type { DecodeSummary } from '../../event/decoded-event';
import type { InboundMessage } from '../../event/inbound-message';
import { DECODE_REASONS } from '../../codecs/decode-error';
import type { PipelineObserver } from '../../pipeline/pipeline-observer';
import { BoundedLabel } from './bounded-label';
import { DeferredCounter, type Cell } from './deferred-counter';
import type { RoutingKeyLabel } from './routing-key-label';

/** Where one (route, exchange, routing key)'s message, event and byte counts go. */
interface MessageSeries {
  messages: Cell;
  events: Cell;
  bytes: Cell;
}

/** Raw routing keys remembered per route and exchange. */
const MAX_RAW_KEYS = 2000;

/**
 * What route pipelines report, as counters (see docs/metrics.md). The per-message and per-event
 * counters are deferred (plain additions, moved into prom-client at scrape time); the rare ones
 * (errors, violations, parking) go straight to prom-client.
 */
export class PipelineMetrics implements PipelineObserver {
  private readonly messages: DeferredCounter<'route' | 'exchange' | 'routing_key'>;
  private readonly events: DeferredCounter<'route' | 'exchange' | 'routing_key'>;
  private readonly bytes: DeferredCounter<'route' | 'exchange'>;
  private readonly routedEvents: DeferredCounter<'route'>;
  private readonly decodeErrors: Counter<'route' | 'reason'>;
  private readonly decodeWarnings: Counter<'route'>;
  private readonly schemaViolations: Counter<'route' | 'type'>;
  private readonly filteredEvents: Counter<'route'>;
  private readonly parkedMessages: Counter<'route'>;
  private readonly reasons = new BoundedLabel(DECODE_REASONS.length, new Set(DECODE_REASONS));
  /**
   * The cells each (route, exchange, raw routing key) counts into, found with three map lookups and no string building.
   */
  private readonly series = new Map<string, Map<string, Map<string, MessageSeries>>>();

  constructor(
    registry: Registry,
    private readonly keys: RoutingKeyLabel,
  ) {
    const registers = [registry];
    this.messages = new DeferredCounter({
      name: 'cb_bridge_messages_received_total',
      help: 'AMQP messages a route received, by exchange and routing key (numbered words folded to N, unknown keys as other)',
      labelNames: ['route', 'exchange', 'routing_key'],
      registers,
    });
    this.events = new DeferredCounter({
      name: 'cb_bridge_events_received_total',
      help: 'Events decoded from the messages a route received, by the exchange and routing key of their message',
      labelNames: ['route', 'exchange', 'routing_key'],
      registers,
    });
    this.bytes = new DeferredCounter({
      name: 'cb_bridge_received_bytes_total',
      help: 'Message body bytes a route received',
      labelNames: ['route', 'exchange'],
      registers,
    });
    this.routedEvents = new DeferredCounter({
      name: 'cb_bridge_events_routed_total',
      help: 'Events a route matched, kept and handed to its sinks (each sink counts its own deliveries)',
      labelNames: ['route'],
      registers,
    });
    this.decodeErrors = new Counter({
      name: 'cb_bridge_decode_errors_total',
      help: 'Messages or records that could not be decoded, by reason',
      labelNames: ['route', 'reason'],
      registers,
    });
    this.decodeWarnings = new Counter({
      name: 'cb_bridge_decode_warnings_total',
      help: 'Oddities in messages that were still decoded (unusable AMQP headers, records with no sensor id or host name, trailing bytes)',
      labelNames: ['route'],
      registers,
    });
    this.schemaViolations = new Counter({
      name: 'cb_bridge_schema_violations_total',
      help: 'Notifications that broke their JSON Schema (forwarded, flagged), by notification type',
      labelNames: ['route', 'type'],
      registers,
    });
    this.filteredEvents = new Counter({
      name: 'cb_bridge_events_filtered_total',
      help: "Events a route's filter dropped",
      labelNames: ['route'],
      registers,
    });
    this.parkedMessages = new Counter({
      name: 'cb_bridge_messages_parked_total',
      help: 'Messages moved to the delay queue because their sinks took too long',
      labelNames: ['route'],
      registers,
    });
  }

  received(route: string, message: InboundMessage): void {
    const s = this.seriesOf(route, message.exchange, message.routingKey);
    s.messages.pending++;
    s.bytes.pending += message.body.length;
  }

  decoded(route: string, summary: DecodeSummary): void {
    if (summary.eventCount > 0)
      this.seriesOf(route, summary.source.exchange, summary.source.routingKey).events.pending += summary.eventCount;
    for (const e of summary.errors) this.decodeErrors.inc({ route, reason: this.reasons.value(e.reason) });
    if (summary.warnings.length > 0) this.decodeWarnings.inc({ route }, summary.warnings.length);
    for (const type of summary.schemaViolations) this.schemaViolations.inc({ route, type: this.keys.type(type) });
  }

  private seriesOf(route: string, exchange: string, rawKey: string): MessageSeries {
    let byExchange = this.series.get(route);
    if (!byExchange) this.series.set(route, (byExchange = new Map()));
    let byKey = byExchange.get(exchange);
    if (!byKey) byExchange.set(exchange, (byKey = new Map()));
    const known = byKey.get(rawKey);
    if (known) return known;
    const routingKey = this.keys.value(exchange, rawKey);
    const s: MessageSeries = {
      messages: this.messages.cell(`${route}\u0000${exchange}\u0000${routingKey}`, () => ({
        route,
        exchange,
        routing_key: routingKey,
      })),
      events: this.events.cell(`${route}\u0000${exchange}\u0000${routingKey}`, () => ({
        route,
        exchange,
        routing_key: routingKey,
      })),
      bytes: this.bytes.cell(`${route}\u0000${exchange}`, () => ({ route, exchange })),
    };
    // Numbered and hostile keys are many: remember a bounded number of raw keys (their labels are bounded anyway).
    if (byKey.size < MAX_RAW_KEYS) byKey.set(rawKey, s);
    return s;
  }

  routed(route: string): void {
    this.routedEvents.add(route, () => ({ route }));
  }

  filtered(route: string, count: number): void {
    this.filteredEvents.inc({ route }, count);
  }

  parked(route: string): void {
    this.parkedMessages.inc({ route });
  }
}
