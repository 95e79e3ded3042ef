export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerOptions {
  /** Consecutive failed attempts that open the breaker; 0 = never open. */
  failureThreshold: number;
  /**
   * How long the breaker stays open before it lets one probe through (ms), unless the failing answer said Retry-After.
   */
  cooldownMs: number;
}

/** Permission to send one request; hand it back with success(), failure() or release(). */
export interface BreakerTicket {
  readonly probe: boolean;
}

export interface BreakerTransition {
  from: BreakerState;
  to: BreakerState;
  /** Consecutive failures when it happened. */
  failures: number;
}

/**
 * A circuit breaker for one endpoint. Closed: every request goes. After `failureThreshold`
 * consecutive failed attempts it opens: requests are refused (the sink answers retryable without
 * sending anything). Once `cooldownMs` has passed, the next request becomes the one probe of the
 * half-open state (others are still refused); the probe's success closes the breaker, its failure
 * opens it for another cool-down. Any success closes it and resets the failure count. When the
 * failure that opens it carried a Retry-After, that is the cool-down instead: the endpoint said
 * when it expects to be back, and delivery should resume then, not a fixed time later.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  /** The cool-down of the current opening (ms). */
  private openFor = 0;
  private probing = false;

  constructor(
    private readonly options: BreakerOptions,
    private readonly clock: () => number = Date.now,
    private readonly onTransition: (t: BreakerTransition) => void = () => undefined,
  ) {}

  get state(): BreakerState {
    return this.current;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  /** A ticket to send now, or null: then `retryInMs()` says when to come back. */
  tryAcquire(): BreakerTicket | null {
    if (this.current === 'closed') return { probe: false };
    if (this.current === 'open') {
      if (this.clock() - this.openedAt < this.openFor) return null;
      this.moveTo('half-open');
    }
    if (this.probing) return null;
    this.probing = true;
    return { probe: true };
  }

  /** How long a refused request should wait before trying again (ms, at least 1). */
  retryInMs(): number {
    if (this.current === 'open') return Math.max(1, this.openedAt + this.openFor - this.clock());
    return Math.max(1, Math.min(this.options.cooldownMs, 1000));
  }

  /** The endpoint answered (anything but a failure): close. */
  success(ticket: BreakerTicket): void {
    this.endProbe(ticket);
    this.failures = 0;
    if (this.current !== 'closed') this.moveTo('closed');
  }

  /**
   * A failed attempt (5xx, 408, 429, timeout, connection error); `retryAfterMs`: the Retry-After the answer carried.
   */
  failure(ticket: BreakerTicket, retryAfterMs?: number): void {
    this.endProbe(ticket);
    this.failures++;
    const threshold = this.options.failureThreshold;
    if (this.current === 'half-open' || (this.current === 'closed' && threshold > 0 && this.failures >= threshold)) {
      this.openedAt = this.clock();
      this.openFor = retryAfterMs !== undefined && retryAfterMs >= 0 ? retryAfterMs : this.options.cooldownMs;
      this.moveTo('open');
    }
  }

  /** The ticket was not used (nothing was sent). */
  release(ticket: BreakerTicket): void {
    this.endProbe(ticket);
  }

  /** Back to closed with no failures counted (an operator re-enabled the endpoint). */
  reset(): void {
    this.failures = 0;
    this.probing = false;
    if (this.current !== 'closed') this.moveTo('closed');
  }

  private endProbe(ticket: BreakerTicket): void {
    if (ticket.probe) this.probing = false;
  }

  private moveTo(to: BreakerState): void {
    const from = this.current;
    this.current = to;
    this.onTransition({ from, to, failures: this.failures });
  }
}
