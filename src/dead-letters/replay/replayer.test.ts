import type { DeadLetter } from '../dead-letter';
import type { DeadLetterPage, DeadLetterStore } from '../dead-letter-store';
import type { FinalOutcome } from '../../sinks/driver/pending-item';
import type { SinkRecord } from '../../sinks/sink';
import type { RoutePipeline } from '../../pipeline/route-pipeline';
import { silentLogger } from '../../observability/logger';
import { DecodeWatch } from './decode-watch';
import { DeadLetterReplayer, type ReplayOutcome } from './replayer';

class MemoryStore implements DeadLetterStore {
  constructor(public letters: DeadLetter[]) {}
  async list({ limit }: { limit: number }): Promise<DeadLetterPage> {
    return { letters: this.letters.slice(0, limit), nextCursor: null };
  }
  async get(ids: readonly string[]): Promise<DeadLetter[]> {
    return this.letters.filter((l) => ids.includes(l.id));
  }
  async first(limit: number): Promise<DeadLetter[]> {
    return this.letters.slice(0, limit);
  }
  async ids(): Promise<string[]> {
    return this.letters.map((l) => l.id);
  }
  async remove(ids: readonly string[]): Promise<number> {
    const before = this.letters.length;
    this.letters = this.letters.filter((l) => !ids.includes(l.id));
    return before - this.letters.length;
  }
}

const letter = (id: string, over: Partial<DeadLetter> = {}): DeadLetter => ({
  id,
  at: '2025-01-01T00:00:00.000Z',
  route: 'r',
  sink: 'web',
  reason: 'max_attempts',
  detail: '',
  exchange: 'api.events',
  routingKey: 'ingress.event.netconn',
  contentType: 'application/json',
  headers: {},
  body: `{"id":"${id}"}`,
  bodyEncoding: 'utf8',
  ...over,
});

/** A pipeline whose one driver hands each submitted record to the test to settle. */
function fakePipeline(): {
  pipeline: RoutePipeline;
  submitted: Array<{ record: SinkRecord; done: (o: FinalOutcome) => void }>;
} {
  const submitted: Array<{ record: SinkRecord; done: (o: FinalOutcome) => void }> = [];
  const driver = {
    name: 'web',
    submit: (record: SinkRecord, done: (o: FinalOutcome) => void) => {
      submitted.push({ record, done });
    },
  };
  return { pipeline: { drivers: [driver] } as unknown as RoutePipeline, submitted };
}

test('accepted letters are removed; refused ones stay; slow ones answer pending and are removed when accepted later', async () => {
  const store = new MemoryStore([
    letter('ok'),
    letter('no'),
    letter('slow'),
    letter('lost', { route: 'gone' }),
    letter('nosink', { sink: 'other' }),
  ]);
  const { pipeline, submitted } = fakePipeline();
  const outcomes: ReplayOutcome[] = [];
  const replayer = new DeadLetterReplayer({
    store,
    pipeline: (r) => (r === 'r' ? pipeline : undefined),
    decodeWatch: new DecodeWatch(),
    logger: silentLogger(),
    onOutcome: (o) => outcomes.push(o),
  });

  const answer = replayer.replay({ limit: 100, waitMs: 200 });
  await new Promise((r) => setImmediate(r));
  expect(submitted.map((s) => s.record.text)).toEqual(['{"id":"ok"}', '{"id":"no"}', '{"id":"slow"}']);
  expect(submitted[0].record).toMatchObject({ id: 'dl-ok', record: { id: 'ok' }, routingKey: 'ingress.event.netconn' });
  submitted[0].done({ status: 'delivered' });
  submitted[1].done({ status: 'dead_letter', reason: 'sink_failed', error: 'HTTP 400' });
  const results = await answer;
  expect(results).toEqual([
    { id: 'ok', outcome: 'replayed' },
    { id: 'no', outcome: 'failed', detail: 'sink_failed: HTTP 400' },
    { id: 'slow', outcome: 'pending' },
    { id: 'lost', outcome: 'route_not_found', detail: expect.stringMatching(/gone/) },
    { id: 'nosink', outcome: 'sink_not_found', detail: expect.stringMatching(/other/) },
  ]);
  expect(store.letters.map((l) => l.id)).toEqual(['no', 'slow', 'lost', 'nosink']);

  // A second replay while the slow one is under way does not send it twice.
  const again = await replayer.replay({ ids: ['slow', 'nope'], limit: 100, waitMs: 0 });
  expect(again).toEqual([
    { id: 'slow', outcome: 'in_progress' },
    { id: 'nope', outcome: 'not_found' },
  ]);
  expect(submitted).toHaveLength(3);

  submitted[2].done({ status: 'delivered' });
  for (let i = 0; i < 20 && store.letters.some((l) => l.id === 'slow'); i++) await new Promise((r) => setTimeout(r, 5));
  expect(store.letters.map((l) => l.id)).toEqual(['no', 'lost', 'nosink']);
  expect(outcomes.sort()).toEqual(['failed', 'replayed', 'replayed', 'route_not_found', 'sink_not_found']);
});
