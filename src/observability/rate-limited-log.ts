import type { Logger } from 'pino';

type Level = 'warn' | 'error' | 'info';

/**
 * One kind of repeated log line, written at most once per interval: the lines that fall inside
 * an interval are only counted, and the next line written carries that count as `suppressed`.
 * Kinds are told apart by message text, so one instance serves a few related lines.
 * A burst of failures (a sink outage, a stream of hostile messages) thus costs a handful of
 * lines a minute instead of one per batch or message.
 */
export class RateLimitedLog {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly logger: Logger,
    private readonly level: Level,
    private readonly everyMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Writes the line now, or counts it when one of its kind was written less than the interval ago. */
  write(fields: Record<string, unknown>, message: string): void {
    const now = this.clock();
    const seen = this.last.get(message);
    if (seen && now - seen.at < this.everyMs) {
      seen.suppressed++;
      return;
    }
    const suppressed = seen?.suppressed ?? 0;
    if (!seen && this.last.size >= 64) this.last.clear();
    this.last.set(message, { at: now, suppressed: 0 });
    this.logger[this.level](suppressed > 0 ? { ...fields, suppressed } : fields, message);
  }
}
