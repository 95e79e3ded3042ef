import type { Logger } from 'pino';
import { readdirSync } from 'node:fs';
import type { CbEventMsg } from '../event/decoded-event';
import { schemasDir } from '../codecs/json/notification-schemas';
import { SENSOR_KINDS } from '../formats/normalized/sensor-kinds';
import { RAW_EVENT_KEYS } from '../event/event-key';
import type { RouteSpec } from './route-config';
import { compileMatcher } from '../transforms/topic-pattern';
import type { ConfigIssue } from './data-path';
import { closestName } from './did-you-mean';
import { join } from 'node:path';

/**
 * Routing keys a CB server publishes, from the tables the codecs already use: the raw endpoint
 * events' keys (event-key), and the JSON notifications' keys (one schema per key under
 * schemas/notifications, feed and watchlist hits also with the feed or watchlist id).
 */

/** A message of one kind, with the flag that splits its key (process created, crossproc open) set as given. */
const probe = (field: string, flag: boolean): CbEventMsg =>
  ({ [field]: { created: flag, open: flag } }) as unknown as CbEventMsg;
const keyOf = (key: string | ((m: CbEventMsg) => string), msg: CbEventMsg): string =>
  typeof key === 'string' ? key : key(msg);

function sensorKeys(): string[] {
  return [
    ...new Set(
      RAW_EVENT_KEYS.flatMap(([field, key]) => [keyOf(key, probe(field, true)), keyOf(key, probe(field, false))]),
    ),
  ];
}

/** Normalized `type` values that differ from the routing key of the same events (procstart -> process). */
function typeToKey(): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of SENSOR_KINDS) {
    const entry = RAW_EVENT_KEYS.find(([field]) => field === kind.field);
    if (!entry) continue;
    for (const flag of [true, false]) {
      const msg = probe(kind.field, flag);
      const type = keyOf(kind.type, msg);
      const key = keyOf(entry[1], msg);
      if (type !== key) out.set(type, key);
    }
  }
  return out;
}

function notificationKeys(): string[] {
  const ids = readdirSync(join(schemasDir(), 'notifications'))
    .filter((f) => f.endsWith('.schema.json') && f !== 'common.schema.json')
    .map((f) => f.slice(0, -'.schema.json'.length));
  return ids.flatMap((id) => {
    if (id === 'events.partition') return ['events.partition.created', 'events.partition.deleted'];
    const numbered = /^(feed|watchlist)\.(.+)$/.exec(id);
    return numbered ? [id, `${numbered[1]}.1.${numbered[2]}`] : [id];
  });
}

let known: { keys: string[]; types: Map<string, string> } | undefined;

function knownKeys(): { keys: string[]; types: Map<string, string> } {
  known ??= { keys: [...sensorKeys(), ...notificationKeys()], types: typeToKey() };
  return known;
}

/** Why a pattern matches no key CB publishes, and the likely one meant; null when it matches some key. */
export function patternAdvice(pattern: string): string | null {
  const { keys, types } = knownKeys();
  const matches = compileMatcher([pattern]);
  if (keys.some((k) => matches(k)) || pattern.startsWith('events.partition.')) return null;
  const asType = types.get(pattern);
  if (asType)
    return `'${pattern}' is the normalized event type, not a routing key: the CB server publishes these events as '${asType}'; use '${asType}'`;
  const close = closestName(pattern, keys);
  return `'${pattern}' matches no routing key the CB server publishes${close ? `; did you mean '${close}'?` : ''} (keys look like ingress.event.process, watchlist.hit.process, feed.*.storage.hit.process)`;
}

/** Warnings (not errors: a newer CB server may publish more) for route patterns that can match nothing. */
export function routeKeyWarnings(routes: readonly RouteSpec[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  routes.forEach((route, i) =>
    route.match.forEach((pattern, j) => {
      const advice = patternAdvice(pattern);
      if (advice) issues.push({ path: ['routes', i, 'match', j], message: advice });
    }),
  );
  return issues;
}

/** Logs each route pattern that can match nothing (run and replay), as `check` reports it. */
export function logRouteKeyWarnings(routes: readonly RouteSpec[], logger: Pick<Logger, 'warn'>): void {
  for (const issue of routeKeyWarnings(routes)) {
    const [, i, , j] = issue.path as [string, number, string, number];
    logger.warn(
      { route: routes[i].name, pattern: routes[i].match[j] },
      `route pattern matches nothing: ${issue.message}`,
    );
  }
}
