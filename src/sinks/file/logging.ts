import type { Logger } from 'pino';
import type { WriterEvent } from './writer';

/** Logs the writer's notable events at a fitting level. */
export function logWriterEvent(logger: Logger | undefined, event: WriterEvent): void {
  if (!logger) return;
  switch (event.type) {
    case 'rotated':
    case 'pruned':
      logger.info(event, `file ${event.type}`);
      break;
    case 'repaired':
    case 'prune_failed':
    case 'maintenance_failed':
      logger.warn(event, `file ${event.type.replace('_', ' ')}`);
      break;
    default:
      logger.debug(event, `file ${event.type}`);
  }
}
