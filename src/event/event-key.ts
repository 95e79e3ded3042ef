import type { CbEventMsg, DecodedEvent } from './decoded-event';
import { RAW_SENSOR_EXCHANGE } from './inbound-message';

/** The routing key CB publishes each kind of raw event under, by the CbEventMsg field that marks it. */
export const RAW_EVENT_KEYS: ReadonlyArray<[keyof CbEventMsg & string, string | ((m: CbEventMsg) => string)]> = [
  ['process', (m) => (m.process?.created ? 'ingress.event.process' : 'ingress.event.procend')],
  ['modload', 'ingress.event.moduleload'],
  ['filemod', 'ingress.event.filemod'],
  ['networkv2', 'ingress.event.netconn'],
  ['network', 'ingress.event.netconn'],
  ['regmod', 'ingress.event.regmod'],
  ['childproc', 'ingress.event.childproc'],
  ['crossproc', (m) => (m.crossproc?.open ? 'ingress.event.crossprocopen' : 'ingress.event.remotethread')],
  ['emet', 'ingress.event.emetmitigation'],
  ['scriptexe', 'ingress.event.filelessscriptload'],
  ['tamperAlert', 'ingress.event.tamper'],
  ['blocked', 'ingress.event.processblock'],
  ['module', 'ingress.event.module'],
  ['netconnBlockedv2', 'ingress.event.netconnblocked'],
  ['netconnBlocked', 'ingress.event.netconnblocked'],
  ['processMeta', 'ingress.event.processmeta'],
  ['fbscriptexe', 'ingress.event.filebackedscriptload'],
  ['vtwrite', 'ingress.event.vtwrite'],
  ['vtload', 'ingress.event.vtload'],
  ['stats', 'ingress.event.stats'],
];

/** The key a route's patterns match an event against: for records of raw bundles, their kind's routing key. */
export function eventKey(event: DecodedEvent, exchange: string, routingKey: string): string {
  if (event.kind === 'notification' || exchange !== RAW_SENSOR_EXCHANGE) return routingKey;
  for (const [field, key] of RAW_EVENT_KEYS) {
    if (event.msg[field] !== null && event.msg[field] !== undefined)
      return typeof key === 'string' ? key : key(event.msg);
  }
  return 'ingress.event.unknown';
}
