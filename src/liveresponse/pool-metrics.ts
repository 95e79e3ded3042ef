import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type SessionEvent = 'created' | 'reused' | 'recreated' | 'closed';

/** Prometheus metrics of a Live Response session pool (registered on the registry given). */
export class LrPoolMetrics {
  private readonly jobs: Counter<'outcome' | 'kind'>;
  private readonly duration: Histogram<'outcome'>;
  private readonly sessions: Counter<'event'>;
  private readonly open: Gauge;

  constructor(registry: Registry) {
    const registers = [registry];
    this.jobs = new Counter({
      name: 'cb_bridge_lr_jobs_total',
      help: 'Live Response jobs by outcome (ok, failed) and, when failed, the error kind',
      labelNames: ['outcome', 'kind'],
      registers,
    });
    this.duration = new Histogram({
      name: 'cb_bridge_lr_job_duration_seconds',
      help: 'Live Response job time from submission to result, by outcome',
      labelNames: ['outcome'],
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers,
    });
    this.sessions = new Counter({
      name: 'cb_bridge_lr_sessions_total',
      help: 'Live Response sessions created, reused (found open on the server), re-created after a 404, and closed',
      labelNames: ['event'],
      registers,
    });
    this.open = new Gauge({
      name: 'cb_bridge_lr_open_sessions',
      help: 'Live Response sessions the pool holds open (pending or active)',
      registers,
    });
  }

  job(outcome: 'ok' | 'failed', kind: string, seconds: number): void {
    this.jobs.inc({ outcome, kind: outcome === 'ok' ? '' : kind });
    this.duration.observe({ outcome }, seconds);
  }

  session(event: SessionEvent): void {
    this.sessions.inc({ event });
  }

  openSessions(n: number): void {
    this.open.set(n);
  }
}
