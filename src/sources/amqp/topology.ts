import type { Channel, Options } from 'amqplib';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE } from '../../event/inbound-message';
import { bindingsFor, queueNames } from './bindings';
import type { RouteSpec } from '../../config/route-config';

export const CB_EXCHANGES = [EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE] as const;

/** What one route needs on the broker. */
export interface RouteTopology {
  route: string;
  queue: string;
  delayQueue: string;
  bindings: Array<{ exchange: string; pattern: string }>;
}

export interface TopologySettings {
  prefix: string;
  queueType: 'classic' | 'quorum';
  maxLength: number;
  retryDelayMs: number;
  declareExchanges: boolean;
}

/** A route's queue, delay queue and bindings (names from bindings.ts). */
export function routeTopology(prefix: string, route: RouteSpec): RouteTopology {
  const [q] = bindingsFor([route], prefix);
  return { ...q, delayQueue: queueNames.delay(prefix, route.name) };
}

function routeQueueArgs(s: TopologySettings): Options.AssertQueue['arguments'] {
  const args: Record<string, unknown> = { 'x-queue-type': s.queueType };
  if (s.maxLength > 0) {
    args['x-max-length'] = s.maxLength;
    args['x-overflow'] = 'drop-head';
    args['x-dead-letter-exchange'] = queueNames.overflow(s.prefix);
  }
  return args;
}

/**
 * Exchanges: checked passively (the CB server owns them) unless told to declare them (test
 * brokers, the simulator). A missing exchange closes the channel with 404: the caller reports it.
 */
export async function ensureExchanges(ch: Channel, declare: boolean): Promise<void> {
  for (const name of CB_EXCHANGES) {
    if (declare) await ch.assertExchange(name, 'topic', { durable: true });
    else await ch.checkExchange(name);
  }
}

/** Durable route queue (classic or quorum, optionally bounded), its delay queue, and bindings. */
export async function ensureRouteTopology(ch: Channel, t: RouteTopology, s: TopologySettings): Promise<void> {
  if (s.maxLength > 0) {
    await ch.assertExchange(queueNames.overflow(s.prefix), 'fanout', { durable: true });
    await ch.assertQueue(queueNames.overflow(s.prefix), {
      durable: true,
      arguments: { 'x-max-length': s.maxLength, 'x-overflow': 'drop-head' },
    });
    await ch.bindQueue(queueNames.overflow(s.prefix), queueNames.overflow(s.prefix), '');
  }
  await ch.assertQueue(t.queue, { durable: true, arguments: routeQueueArgs(s) });
  await ch.assertQueue(t.delayQueue, {
    durable: true,
    arguments: { 'x-message-ttl': s.retryDelayMs, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': t.queue },
  });
  for (const b of t.bindings) await ch.bindQueue(t.queue, b.exchange, b.pattern);
}

/** Removes bindings a reload dropped. */
export async function removeBindings(ch: Channel, queue: string, bindings: RouteTopology['bindings']): Promise<void> {
  for (const b of bindings) await ch.unbindQueue(queue, b.exchange, b.pattern);
}
