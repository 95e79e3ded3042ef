import type { Logger } from 'pino';
import type { Settings } from '../config/settings';
import type { DeadLetterSpec } from '../config/route-config';
import type { DeadLetterDestination } from './dead-letter';
import type { DeadLetterStore } from './dead-letter-store';
import { FileDeadLetterDestination, FileDeadLetterStore } from './file';
import { AmqpDeadLetterDestination } from './amqp-destination';
import { connectArgs } from '../sources/amqp/connect-options';

export const DEFAULT_DEAD_LETTER_PATH = 'dead-letters/dead-letters.jsonl';

/** The dead-letter destination the routes file names: a file by default, or an AMQP exchange. */
export function deadLetterDestination(spec: DeadLetterSpec | undefined, amqp: Settings['amqp']): DeadLetterDestination {
  if (!spec || spec.type === 'file') {
    return new FileDeadLetterDestination({
      path: spec?.path ?? DEFAULT_DEAD_LETTER_PATH,
      ...(spec?.max_bytes ? { maxBytes: spec.max_bytes } : {}),
    });
  }
  const { url, socketOptions } = connectArgs(amqp);
  return new AmqpDeadLetterDestination({
    url,
    socketOptions,
    exchange: spec.exchange,
    ...(spec.routing_key ? { routingKey: spec.routing_key } : {}),
    declare: !!spec.declare,
  });
}

/**
 * The store that reads back and removes what `destination` kept, or null when that cannot be
 * done (an AMQP exchange: its letters belong to whoever consumes them).
 */
export function deadLetterStoreFor(destination: DeadLetterDestination, logger?: Logger): DeadLetterStore | null {
  if (!(destination instanceof FileDeadLetterDestination)) return null;
  return new FileDeadLetterStore(destination.path, {
    exclusive: (task) => destination.exclusive(task),
    ...(logger ? { logger } : {}),
  });
}
