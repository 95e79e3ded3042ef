import { Buffer } from 'node:buffer';
import type { InboundMessage } from '../../event/inbound-message';
import { FINAL_STATUSES, type ActionJob, type StepOutcome } from './action-job';

/** The routing key of the events finished jobs become. */
export const RESULT_ROUTING_KEY = 'liveresponse.result';
/** The exchange name result events carry (they are made by the bridge, not received from CB). */
export const RESULT_EXCHANGE = 'cb-event-bridge.liveresponse';

/**
 * The `liveresponse.result` notification of a finished job (schemas/notifications/liveresponse.result.schema.json):
 * who ran what on which sensor because of which event, each command's outcome with its result data,
 * the files saved, and the error that ended the job.
 */
export function resultEvent(job: ActionJob): Record<string, unknown> {
  const unfinished = !FINAL_STATUSES.has(job.status);
  return {
    job_id: job.id,
    status: job.status,
    sensor_id: job.sensorId,
    ...(job.hostname ? { hostname: job.hostname } : {}),
    origin: job.origin.kind,
    ...(job.origin.kind === 'route'
      ? {
          route: job.origin.route,
          sink: job.origin.sink,
          trigger: { event_id: job.origin.eventId, event_type: job.origin.eventType },
        }
      : {}),
    dry_run: job.dryRun,
    created_at: job.createdAt / 1000,
    ...(job.startedAt !== undefined ? { started_at: job.startedAt / 1000 } : {}),
    finished_at: (job.finishedAt ?? job.createdAt) / 1000,
    event_timestamp: (job.finishedAt ?? job.createdAt) / 1000,
    commands: job.steps.map((step, i) => {
      const o: StepOutcome | { status: 'pending' } = job.outcomes[i] ?? {
        status: unfinished ? 'pending' : job.status === 'dry_run' ? 'dry_run' : 'not_run',
      };
      const { name, object, ...rest } = step.command as { name: string; object?: unknown };
      return {
        name,
        object: object === undefined || object === null ? null : String(object),
        ...(Object.keys(rest).length > 0 ? { options: rest } : {}),
        status: o.status,
        ...('result' in o && o.result ? { result: o.result } : {}),
        ...('error' in o && o.error ? { error: o.error } : {}),
        ...('file' in o && o.file ? { file: o.file } : {}),
      };
    }),
    ...(job.error ? { error: job.error } : {}),
    ...(job.dropped ? { dropped_reason: job.dropped } : {}),
  };
}

/** The result event as a message routes take in (JSON, routing key liveresponse.result). */
export function resultMessage(job: ActionJob, now = Date.now()): InboundMessage {
  return {
    exchange: RESULT_EXCHANGE,
    routingKey: RESULT_ROUTING_KEY,
    contentType: 'application/json',
    headers: {},
    body: Buffer.from(JSON.stringify(resultEvent(job))),
    receivedAt: now,
  };
}

/** A job as the admin API shows it: its result event as it stands. */
export const jobView = (job: ActionJob): Record<string, unknown> => resultEvent(job);
