import type { Logger } from 'pino';
import type { CommandRequest } from '../../liveresponse/commands';
import { newJobId, type ActionJobSpec, type ActionStep } from '../../liveresponse/actions/action-job';
import type { DropReason } from '../../liveresponse/actions/action-metrics';
import type { ResponseActions } from '../../liveresponse/actions/response-actions';
import { RESULT_ROUTING_KEY } from '../../liveresponse/actions/result-event';
import { valueAt } from '../../event/field-path';
import { HealthTracker, type OwnHealth } from '../common/health';
import type { EventDetail } from '../../event/event-detail';
import { eventTypeOf, scalarText } from '../kafka/record-fields';
import { fieldsOf, type DeliveryOutcome, type Sink, type SinkRecord } from '../sink';
import type { LiveResponseSinkOptions } from './config';

const ACCEPTED: DeliveryOutcome = { status: 'accepted' };
const MINUTE_MS = 60_000;
/** Where events carry the sensor's group and the process a kill would end. */
const GROUP_PATHS = [['docs', '0', 'group'], ['group']];
const PROCESS_PATHS = [['docs', '0', 'path'], ['docs', '0', 'process_name'], ['path'], ['process_name']];

/** Timestamps in a sliding minute. */
class MinuteWindow {
  private readonly times: number[] = [];

  count(now: number): number {
    while (this.times.length > 0 && now - this.times[0] >= MINUTE_MS) this.times.shift();
    return this.times.length;
  }

  add(now: number): void {
    this.times.push(now);
  }
}

type Decision =
  | { kind: 'job'; spec: ActionJobSpec }
  | { kind: 'skip'; reason?: DropReason }
  | { kind: 'bad'; reason: DropReason; error: string };

/**
 * The `liveresponse` sink: makes a response-action job of each event (the sink's actions, objects
 * filled from the event) and answers `accepted` once the job is in the durable ledger; the job
 * runs later, through the session pool. Safety checks run first: the sensor allow-list, the deny
 * list of objects, the dedupe window, the rate limits. The same event (its id) never makes two
 * jobs in one sink, even when the broker delivers it again.
 */
export class LiveResponseSink implements Sink {
  readonly type = 'liveresponse';
  readonly eventDetail: EventDetail = { fields: 'all', raw: false };
  private readonly tracker = new HealthTracker();
  private readonly perSensor = new Map<number, MinuteWindow>();
  private readonly total = new MinuteWindow();

  constructor(
    readonly name: string,
    private readonly route: string,
    private readonly options: LiveResponseSinkOptions,
    private readonly actions: ResponseActions,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    // The ledger and session pool belong to the bridge's ResponseActions, started with it.
  }

  async send(batch: readonly SinkRecord[]): Promise<DeliveryOutcome[]> {
    const now = Date.now();
    const outcomes: DeliveryOutcome[] = [];
    const specs: ActionJobSpec[] = [];
    const keys = new Set<string>();
    for (const record of batch) {
      const d = this.decide(record, now, keys);
      if (d.kind === 'bad') {
        this.actions.metrics?.drop(d.reason);
        outcomes.push({ status: 'failed', error: d.error });
        continue;
      }
      if (d.kind === 'skip') {
        if (d.reason) this.actions.metrics?.drop(d.reason);
      } else {
        specs.push(d.spec);
        keys.add(d.spec.key);
      }
      outcomes.push(ACCEPTED);
    }
    try {
      await this.actions.runner.submit(specs);
      this.tracker.succeeded();
    } catch (err) {
      for (const s of specs) if (s.dedupeKey) this.actions.forget(s.dedupeKey, s.createdAt);
      const error = `job ledger write failed: ${(err as Error).message}`;
      this.tracker.failed(error);
      this.logger.error(
        { err: (err as Error).message },
        'response-action jobs could not be written to the ledger; the events will be retried',
      );
      return outcomes.map((o) => (o.status === 'accepted' ? { status: 'retryable', error } : o));
    }
    return outcomes;
  }

  private decide(record: SinkRecord, now: number, batchKeys: ReadonlySet<string>): Decision {
    const o = this.options;
    // A job's own result never makes a job (a route matching '#' would otherwise act on its results forever).
    if (record.eventKey === RESULT_ROUTING_KEY) return { kind: 'skip' };
    const key = `${this.route}/${this.name}:${record.id}`;
    if (batchKeys.has(key) || this.actions.ledger.byIdempotencyKey(key)) return { kind: 'skip' };
    const sensorText = o.sensorId.render(record);
    const sensorId = 'text' in sensorText ? Number(sensorText.text) : NaN;
    if (!Number.isSafeInteger(sensorId) || sensorId <= 0) {
      return {
        kind: 'bad',
        reason: 'no_sensor',
        error: `the event has no sensor id (${o.sensorId.source} gives ${'text' in sensorText ? JSON.stringify(sensorText.text) : 'nothing'})`,
      };
    }
    if (!this.sensorAllowed(record, sensorId)) return { kind: 'skip', reason: 'sensor_not_allowed' };
    const steps: ActionStep[] = [];
    for (const [i, a] of o.actions.entries()) {
      let object: string | undefined;
      if (a.object) {
        const r = a.object.render(record);
        if ('missing' in r)
          return {
            kind: 'bad',
            reason: 'missing_field',
            error: `action ${i + 1} ('${a.command}'): the event has no value for {${r.missing}} in ${a.object.source}`,
          };
        object = r.text;
      }
      const command = { name: a.command, ...a.extras, ...(object !== undefined ? { object } : {}) } as CommandRequest;
      steps.push({ command, ...(a.download ? { download: true } : {}), ...(a.upload ? { upload: a.upload } : {}) });
    }
    const spec: ActionJobSpec = {
      id: newJobId(),
      key,
      sensorId,
      steps,
      createdAt: now,
      deadlineMs: o.deadlineMs,
      dryRun: o.dryRun,
      origin: { kind: 'route', route: this.route, sink: this.name, eventId: record.id, eventType: eventTypeOf(record) },
    };
    const denied = this.denied(record, steps);
    if (denied) {
      this.actions.metrics?.drop('object_denied');
      return { kind: 'job', spec: { ...spec, dropped: `object_denied: ${denied}` } };
    }
    const dedupeKey = `${this.route}/${this.name}|${sensorId}|${steps.map((s) => `${s.command.name}:${String(s.command.object ?? '')}`).join('|')}`;
    if (o.dedupeWindowMs > 0 && this.actions.seenWithin(dedupeKey, o.dedupeWindowMs, now))
      return { kind: 'skip', reason: 'dedupe' };
    const window = this.perSensor.get(sensorId) ?? new MinuteWindow();
    this.perSensor.set(sensorId, window);
    const limited =
      window.count(now) >= o.perSensorPerMinute
        ? 'rate_limit_sensor'
        : this.total.count(now) >= o.perMinute
          ? 'rate_limit_total'
          : null;
    if (limited) {
      // Not run, so it does not hold the dedupe window: the next event for it may run.
      this.actions.forget(dedupeKey, now);
      this.actions.metrics?.drop(limited);
      const which =
        limited === 'rate_limit_sensor'
          ? `${o.perSensorPerMinute} jobs a minute for sensor ${sensorId}`
          : `${o.perMinute} jobs a minute in all`;
      return { kind: 'job', spec: { ...spec, dropped: `${limited}: over the limit of ${which}` } };
    }
    window.add(now);
    this.total.add(now);
    if (this.perSensor.size > 10_000)
      for (const [id, w] of this.perSensor) if (w.count(now) === 0) this.perSensor.delete(id);
    return { kind: 'job', spec: { ...spec, dedupeKey } };
  }

  private sensorAllowed(record: SinkRecord, sensorId: number): boolean {
    const { sensors, sensorGroups } = this.options;
    if (!sensors && !sensorGroups) return true;
    if (sensors?.has(sensorId)) return true;
    if (!sensorGroups) return false;
    const fields = fieldsOf(record);
    return GROUP_PATHS.some((p) => {
      const g = scalarText(valueAt(fields, p));
      return g !== undefined && sensorGroups.has(g);
    });
  }

  /** Why the job touches a protected object, or null. */
  private denied(record: SinkRecord, steps: readonly ActionStep[]): string | null {
    const fields = fieldsOf(record);
    for (const step of steps) {
      const object =
        step.command.object === undefined || step.command.object === null ? '' : String(step.command.object);
      if (step.command.name === 'kill') {
        const pid = Number(object);
        if (!Number.isInteger(pid) || pid < this.options.minPid)
          return `kill of pid ${object} (pids below ${this.options.minPid} and non-numeric pids are never killed)`;
        for (const p of PROCESS_PATHS) {
          const name = scalarText(valueAt(fields, p));
          const re = name !== undefined ? this.options.deny.find((d) => d.test(name)) : undefined;
          if (re) return `kill of ${name} (matches deny_objects ${re.source})`;
        }
      }
      const re = object ? this.options.deny.find((d) => d.test(object)) : undefined;
      if (re) return `'${step.command.name}' on ${object} (matches deny_objects ${re.source})`;
    }
    return null;
  }

  health(): OwnHealth {
    return this.tracker.snapshot();
  }

  async close(): Promise<void> {
    // Jobs live on in the ledger; ResponseActions closes with the bridge.
  }
}
