/**
 * `feed.12.storage.hit.process` -> `feed.storage.hit.process`; `watchlist.7.hit.process` -> `watchlist.hit.process`.
 */
const NUMBERED_KEY = /^(feed|watchlist)\.\d+\.(.+)$/;

export function foldRoutingKey(routingKey: string): string {
  const m = NUMBERED_KEY.exec(routingKey);
  return m ? `${m[1]}.${m[2]}` : routingKey;
}

/** The schema id for a folded notification type (`events.partition.*` share one). */
export function schemaIdFor(type: string): string {
  return type.startsWith('events.partition.') ? 'events.partition' : type;
}
