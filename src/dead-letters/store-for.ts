import type { Logger } from 'pino';
import type { DeadLetterDestination } from './dead-letter';
import type { DeadLetterStore } from './dead-letter-store';
import { FileDeadLetterDestination, FileDeadLetterStore } from './file';

/**
 * The store that reads back and removes what `destination` kept, or null when that cannot be
 * done (an AMQP exchange: its letters belong to whoever consumes them).
 */
export function deadLetterStoreFor(destination: DeadLetterDestination, logger?: Logger): DeadLetterStore | null {
  if (!(destination instanceof FileDeadLetterDestination)) return null;
  return new FileDeadLetterStore(destination.path, { exclusive: (task) => destination.exclusive(task), ...(logger ? { logger } : {}) });
}
