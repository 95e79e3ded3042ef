import type { Settings } from '../config/settings';
import type { DeadLetterSpec } from '../config/route-config';
import type { DeadLetterDestination } from './dead-letter';
import { FileDeadLetterDestination } from './file';
import { AmqpDeadLetterDestination } from './amqp-destination';
import { connectArgs } from '../sources/amqp/connect-options';

export const DEFAULT_DEAD_LETTER_PATH = 'dead-letters/dead-letters.jsonl';

/** The dead-letter destination the routes file names: a file by default, or an AMQP exchange. */
export function deadLetterDestination(spec: DeadLetterSpec | undefined, amqp: Settings['amqp']): DeadLetterDestination {
  if (!spec || spec.type === 'file') {
    return new FileDeadLetterDestination({ path: spec?.path ?? DEFAULT_DEAD_LETTER_PATH, ...(spec?.max_bytes ? { maxBytes: spec.max_bytes } : {}) });
  }
  const { url, socketOptions } = connectArgs(amqp);
  return new AmqpDeadLetterDestination({ url, socketOptions, exchange: spec.exchange, ...(spec.routing_key ? { routingKey: spec.routing_key } : {}), declare: !!spec.declare });
}
