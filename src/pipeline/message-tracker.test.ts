import { MessageTracker } from './message-tracker';
import type { PendingItem } from '../sinks/driver/pending-item';
import type { SinkRecord } from '../sinks/sink';

const item = (): PendingItem => ({
  record: {} as SinkRecord,
  firstAt: 0,
  attempts: 0,
  notBefore: 0,
  lastError: '',
  cancelled: false,
  onDone: () => undefined,
});

function tracker(): { t: MessageTracker; acked: () => boolean; finished: MessageTracker[] } {
  let acked = false;
  const finished: MessageTracker[] = [];
  const delivery = {
    message: {} as never,
    redelivered: false,
    ack: () => {
      acked = true;
    },
    park: async () => undefined,
  };
  return {
    t: new MessageTracker(delivery, Number.MAX_SAFE_INTEGER, { trackerFinished: (x) => finished.push(x) }),
    acked: () => acked,
    finished,
  };
}

test('a message is acked once sealed and every tracked item is done, not before', () => {
  const { t, acked, finished } = tracker();
  t.add(2);
  t.track(item());
  t.track(item());
  t.done();
  t.seal();
  expect(acked()).toBe(false);
  t.done();
  expect(acked()).toBe(true);
  expect(finished).toEqual([t]);
});

test('withdrawing cancels every item still unsettled, also after many settled ones were let go', () => {
  const { t, acked } = tracker();
  const items = Array.from({ length: 10_000 }, item);
  const open: PendingItem[] = [];
  items.forEach((it, i) => {
    t.add();
    t.track(it);
    // The driver settles most as they go; every hundredth stays out.
    if (i % 100 === 0) open.push(it);
    else {
      it.settled = true;
      t.done();
    }
  });
  t.withdraw();
  expect(acked()).toBe(false);
  expect(open.every((it) => it.cancelled)).toBe(true);
  expect(t.outstanding).toBe(open.length);
});
