import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { JobStatus } from './action-job';

export type DropReason =
  | 'dedupe'
  | 'rate_limit_sensor'
  | 'rate_limit_total'
  | 'sensor_not_allowed'
  | 'object_denied'
  | 'no_sensor'
  | 'missing_field';

/** Prometheus metrics of response actions. */
export class ActionMetrics {
  private readonly jobs: Counter<'status'>;
  private readonly commands: Counter<'command' | 'outcome'>;
  private readonly waiting: Gauge<'sensor_id'>;
  private readonly running: Gauge;
  private readonly duration: Histogram<'status'>;
  private readonly drops: Counter<'reason'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.jobs = new Counter({
      name: 'cb_bridge_lr_action_jobs_total',
      help: 'Response-action jobs by the status they reached (queued when created; then succeeded, failed, cancelled, dry_run or dropped)',
      labelNames: ['status'],
      registers,
    });
    this.commands = new Counter({
      name: 'cb_bridge_lr_action_commands_total',
      help: 'Response-action commands by name and outcome (complete, error, unknown, not_run, dry_run)',
      labelNames: ['command', 'outcome'],
      registers,
    });
    this.waiting = new Gauge({
      name: 'cb_bridge_lr_action_jobs_waiting',
      help: 'Response-action jobs waiting to run, per sensor',
      labelNames: ['sensor_id'],
      registers,
    });
    this.running = new Gauge({
      name: 'cb_bridge_lr_action_jobs_running',
      help: 'Response-action jobs running now',
      registers,
    });
    this.duration = new Histogram({
      name: 'cb_bridge_lr_action_job_duration_seconds',
      help: 'Response-action job time from start to end, by final status',
      labelNames: ['status'],
      buckets: [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900],
      registers,
    });
    this.drops = new Counter({
      name: 'cb_bridge_lr_action_drops_total',
      help: 'Events a liveresponse sink did not make a job of, by reason (dedupe window, rate limits, allow and deny lists, missing fields)',
      labelNames: ['reason'],
      registers,
    });
  }

  job(status: JobStatus): void {
    this.jobs.inc({ status });
  }

  finished(status: JobStatus, seconds: number): void {
    this.jobs.inc({ status });
    this.duration.observe({ status }, seconds);
  }

  command(command: string, outcome: string): void {
    this.commands.inc({ command, outcome });
  }

  waitingFor(sensorId: number, n: number): void {
    if (n > 0) this.waiting.set({ sensor_id: String(sensorId) }, n);
    else this.waiting.remove({ sensor_id: String(sensorId) });
  }

  runningJobs(n: number): void {
    this.running.set(n);
  }

  drop(reason: DropReason): void {
    this.drops.inc({ reason });
  }
}
