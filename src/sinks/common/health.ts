import type { Sink } from '../sink';

export type OwnHealth = ReturnType<Sink['health']>;

/** A sink's own health: 'up' until an I/O failure, 'down' until the next success. */
export class HealthTracker {
  private state: 'up' | 'down' = 'up';
  private lastError: string | null = null;
  private lastErrorAt: number | null = null;

  constructor(private readonly clock: () => number = Date.now) {}

  succeeded(): void {
    this.state = 'up';
  }

  /** The last error stays reported after recovery (with its time); only the state returns to 'up'. */
  failed(message: string): void {
    this.state = 'down';
    this.lastError = message;
    this.lastErrorAt = this.clock();
  }

  snapshot(): OwnHealth {
    return { state: this.state, lastError: this.lastError, lastErrorAt: this.lastErrorAt };
  }
}
