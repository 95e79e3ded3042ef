import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldRoutingKey, schemaIdFor } from '../../codecs/json/routing-key';
import { schemasDir } from '../../codecs/json/notification-schemas';
import { RAW_SENSOR_EXCHANGE } from '../../event/inbound-message';
import { BoundedLabel, OTHER } from './bounded-label';

/** `feed.12.storage.hit.process` -> `feed.N.storage.hit.process`: every all-digit word becomes N. */
export function foldNumbers(routingKey: string): string {
  return routingKey
    .split('.')
    .map((w) => (/^\d+$/.test(w) ? 'N' : w))
    .join('.');
}

/** The notification types the project has schemas for (file names under schemas/notifications). */
export function knownNotificationTypes(dir: string = join(schemasDir(), 'notifications')): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => f.slice(0, -'.schema.json'.length))
      .filter((t) => t !== 'common'),
  );
}

const SENSOR_EVENT_KEY = /^ingress\.event\.[a-z0-9_]{1,40}$/;
const PLAIN_KEY = /^[A-Za-z0-9_-]{1,40}(\.[A-Za-z0-9_-]{1,40}){0,7}$/;

/**
 * Routing keys as metric label values, with bounded cardinality: numbered words folded to N,
 * keys CB is known to publish kept (notification types with a schema, ingress.event.<kind>, any
 * well-formed key on api.rawsensordata), everything else `other`; and at most `max` distinct
 * values in all, later new ones also `other`.
 */
export class RoutingKeyLabel {
  private readonly budget: BoundedLabel;

  constructor(
    private readonly known: ReadonlySet<string> = knownNotificationTypes(),
    max = 200,
  ) {
    this.budget = new BoundedLabel(max);
  }

  /** A notification type (already folded, as DecodedEvent carries it) as a label value. */
  type(type: string): string {
    return this.known.has(schemaIdFor(type)) ? this.budget.value(type) : OTHER;
  }

  value(exchange: string, routingKey: string): string {
    const folded = foldNumbers(routingKey);
    const known =
      this.known.has(schemaIdFor(foldRoutingKey(routingKey))) ||
      SENSOR_EVENT_KEY.test(routingKey) ||
      (exchange === RAW_SENSOR_EXCHANGE && PLAIN_KEY.test(folded));
    return known ? this.budget.value(folded) : OTHER;
  }
}
