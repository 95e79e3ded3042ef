import { CircuitBreaker, type BreakerTransition } from './breaker';

class Clock {
  now = 1_000;
  readonly fn = (): number => this.now;
}

function setup(threshold = 3, cooldownMs = 1000) {
  const clock = new Clock();
  const transitions: string[] = [];
  const b = new CircuitBreaker({ failureThreshold: threshold, cooldownMs }, clock.fn, (t: BreakerTransition) =>
    transitions.push(`${t.from}->${t.to}`),
  );
  return { b, clock, transitions };
}

test('closed -> open after N consecutive failures; a success in between resets the count', () => {
  const { b, transitions } = setup(3);
  for (let i = 0; i < 2; i++) b.failure(b.tryAcquire()!);
  b.success(b.tryAcquire()!);
  for (let i = 0; i < 2; i++) b.failure(b.tryAcquire()!);
  expect(b.state).toBe('closed');
  b.failure(b.tryAcquire()!);
  expect(b.state).toBe('open');
  expect(b.consecutiveFailures).toBe(3);
  expect(transitions).toEqual(['closed->open']);
});

test('open refuses until the cool-down passed, then lets exactly one probe through', () => {
  const { b, clock, transitions } = setup(1, 1000);
  b.failure(b.tryAcquire()!);
  expect(b.tryAcquire()).toBeNull();
  expect(b.retryInMs()).toBe(1000);
  clock.now += 999;
  expect(b.tryAcquire()).toBeNull();
  expect(b.retryInMs()).toBe(1);
  clock.now += 1;
  const probe = b.tryAcquire();
  expect(probe).toEqual({ probe: true });
  expect(b.state).toBe('half-open');
  expect(b.tryAcquire()).toBeNull(); // one probe at a time
  expect(b.tryAcquire()).toBeNull();
  b.success(probe!);
  expect(b.state).toBe('closed');
  expect(b.tryAcquire()).toEqual({ probe: false });
  expect(transitions).toEqual(['closed->open', 'open->half-open', 'half-open->closed']);
});

test('a failed probe re-opens for a fresh cool-down', () => {
  const { b, clock, transitions } = setup(2, 500);
  b.failure(b.tryAcquire()!);
  b.failure(b.tryAcquire()!);
  clock.now += 500;
  const probe = b.tryAcquire()!;
  clock.now += 100;
  b.failure(probe);
  expect(b.state).toBe('open');
  expect(b.retryInMs()).toBe(500);
  clock.now += 499;
  expect(b.tryAcquire()).toBeNull();
  clock.now += 1;
  const second = b.tryAcquire()!;
  expect(second.probe).toBe(true);
  b.success(second);
  expect(transitions).toEqual([
    'closed->open',
    'open->half-open',
    'half-open->open',
    'open->half-open',
    'half-open->closed',
  ]);
});

test('a released probe frees the half-open slot without deciding anything', () => {
  const { b, clock } = setup(1, 100);
  b.failure(b.tryAcquire()!);
  clock.now += 100;
  const probe = b.tryAcquire()!;
  b.release(probe);
  expect(b.state).toBe('half-open');
  expect(b.tryAcquire()).toEqual({ probe: true });
});

test('a late success of a request sent before the breaker opened closes it', () => {
  const { b } = setup(2);
  const early = b.tryAcquire()!;
  b.failure(b.tryAcquire()!);
  b.failure(b.tryAcquire()!);
  expect(b.state).toBe('open');
  b.success(early);
  expect(b.state).toBe('closed');
});

test('threshold 0 never opens; reset() closes and clears the count', () => {
  const { b } = setup(0);
  for (let i = 0; i < 50; i++) b.failure(b.tryAcquire()!);
  expect(b.state).toBe('closed');
  const { b: b2 } = setup(1);
  b2.failure(b2.tryAcquire()!);
  b2.reset();
  expect([b2.state, b2.consecutiveFailures]).toEqual(['closed', 0]);
});

test('the failure that opens it sets the cool-down to its Retry-After, when it carried one', () => {
  const { b, clock } = setup(1, 30_000);
  b.failure(b.tryAcquire()!, 3000);
  expect(b.state).toBe('open');
  expect(b.retryInMs()).toBe(3000);
  clock.now += 2999;
  expect(b.tryAcquire()).toBeNull();
  clock.now += 1;
  const probe = b.tryAcquire();
  expect(probe?.probe).toBe(true);
  // The probe fails without Retry-After: the configured cool-down again.
  b.failure(probe!);
  expect(b.retryInMs()).toBe(30_000);
});
