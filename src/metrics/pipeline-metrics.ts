import { Counter, type Registry } from 'prom-client';
import type { DecodeResult } from '../codecs/decoded-event';
import type { InboundMessage } from '../codecs/inbound-message';
import { DECODE_REASONS } from '../codecs/decode-error';
import type { PipelineObserver } from '../pipeline/pipeline-observer';
import type { SinkRecord } from '../sinks/sink';
import { BoundedLabel } from './bounded-label';
import type { RecordOrigins } from './record-origins';
import type { RoutingKeyLabel } from './routing-key-label';

/** What route pipelines report, as counters (see docs/metrics.md). */
export class PipelineMetrics implements PipelineObserver {
  private readonly messages: Counter<'route' | 'exchange' | 'routing_key'>;
  private readonly events: Counter<'route' | 'exchange' | 'routing_key'>;
  private readonly bytes: Counter<'route' | 'exchange'>;
  private readonly decodeErrors: Counter<'route' | 'reason'>;
  private readonly schemaViolations: Counter<'route' | 'type'>;
  private readonly routedEvents: Counter<'route'>;
  private readonly filteredEvents: Counter<'route'>;
  private readonly parkedMessages: Counter<'route'>;
  private readonly reasons = new BoundedLabel(DECODE_REASONS.length, new Set(DECODE_REASONS));

  constructor(registry: Registry, private readonly keys: RoutingKeyLabel, private readonly origins: RecordOrigins) {
    const registers = [registry];
    this.messages = new Counter({ name: 'cb_bridge_messages_received_total', help: 'AMQP messages a route received, by exchange and routing key (numbered words folded to N, unknown keys as other)', labelNames: ['route', 'exchange', 'routing_key'], registers });
    this.events = new Counter({ name: 'cb_bridge_events_received_total', help: 'Events decoded from the messages a route received, by the exchange and routing key of their message', labelNames: ['route', 'exchange', 'routing_key'], registers });
    this.bytes = new Counter({ name: 'cb_bridge_received_bytes_total', help: 'Message body bytes a route received', labelNames: ['route', 'exchange'], registers });
    this.decodeErrors = new Counter({ name: 'cb_bridge_decode_errors_total', help: 'Messages or records that could not be decoded, by reason', labelNames: ['route', 'reason'], registers });
    this.schemaViolations = new Counter({ name: 'cb_bridge_schema_violations_total', help: 'Notifications that broke their JSON Schema (forwarded, flagged), by notification type', labelNames: ['route', 'type'], registers });
    this.routedEvents = new Counter({ name: 'cb_bridge_events_routed_total', help: 'Events a route matched, kept and handed to its sinks (each sink counts its own deliveries)', labelNames: ['route'], registers });
    this.filteredEvents = new Counter({ name: 'cb_bridge_events_filtered_total', help: "Events a route's filter dropped", labelNames: ['route'], registers });
    this.parkedMessages = new Counter({ name: 'cb_bridge_messages_parked_total', help: 'Messages moved to the delay queue because their sinks took too long', labelNames: ['route'], registers });
  }

  received(route: string, message: InboundMessage): void {
    this.messages.inc({ route, exchange: message.exchange, routing_key: this.keys.value(message.exchange, message.routingKey) });
    this.bytes.inc({ route, exchange: message.exchange }, message.body.length);
  }

  decoded(route: string, result: DecodeResult): void {
    const m = result.source;
    this.origins.decoded(route, m);
    if (result.events.length > 0) this.events.inc({ route, exchange: m.exchange, routing_key: this.keys.value(m.exchange, m.routingKey) }, result.events.length);
    for (const e of result.errors) this.decodeErrors.inc({ route, reason: this.reasons.value(e.reason) });
    for (const e of result.events) {
      if (e.kind === 'notification' && e.schemaViolations !== null) this.schemaViolations.inc({ route, type: this.keys.type(e.type) });
    }
  }

  routed(route: string, record: SinkRecord): void {
    this.origins.routed(route, record);
    this.routedEvents.inc({ route });
  }

  filtered(route: string, count: number): void {
    this.filteredEvents.inc({ route }, count);
  }

  parked(route: string): void {
    this.parkedMessages.inc({ route });
  }
}
