import { Buffer } from 'node:buffer';
import { DecodeError } from '../decode-error';
import type { NotificationEvent } from '../../event/decoded-event';
import { jsonNestsDeeperThan, parseJsonExact } from './parse-json';
import { foldRoutingKey } from './routing-key';
import type { NotificationSchemaSet } from './notification-schemas';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface NotificationDecodeOptions {
  schemas: NotificationSchemaSet;
  /** Accept JSON on routing keys with no schema (unvalidated, flagged) instead of rejecting it. */
  acceptUnknownRoutingKeys: boolean;
}

/** Bounds on one notification body. */
export interface NotificationLimits {
  /** Deepest nesting of arrays and objects accepted. */
  maxJsonDepth: number;
}

/** Decodes one JSON notification body: strict UTF-8, exact JSON, an object, then schema-checked. */
export function decodeNotification(
  body: Buffer,
  routingKey: string,
  opts: NotificationDecodeOptions,
  limits: NotificationLimits,
): NotificationEvent | DecodeError {
  const type = foldRoutingKey(routingKey);
  const known = opts.schemas.has(type);
  if (!known && !opts.acceptUnknownRoutingKeys) {
    return new DecodeError('unknown_routing_key', `no notification type for routing key ${routingKey}`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    return new DecodeError('invalid_utf8', 'body is not valid UTF-8');
  }
  // Deep nesting would overflow the stack of whatever walks the document later (schema check,
  // normalize, render): refused here, before it is parsed into deep objects.
  if (jsonNestsDeeperThan(body, limits.maxJsonDepth)) {
    return new DecodeError('json_too_deep', `arrays and objects nest deeper than the limit of ${limits.maxJsonDepth}`);
  }
  let doc: unknown;
  let exact = false;
  try {
    ({ value: doc, exact } = parseJsonExact(text));
  } catch (err) {
    return new DecodeError('invalid_json', `body is not JSON: ${(err as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    const what = doc === null ? 'null' : Array.isArray(doc) ? 'an array' : typeof doc;
    return new DecodeError('json_not_object', `notification is ${what}, not an object`);
  }
  const schemaViolations = known ? opts.schemas.check(type, doc, exact) : ['no schema for this routing key'];
  return { kind: 'notification', type, doc: doc as Record<string, unknown>, schemaViolations };
}
