import { decodeMessage } from '../codecs/decode-message';
import { codecOptions } from '../../test/support/codec-fixtures';
import { HOSTILE_CLASSES } from './hostile-messages';

test.each(HOSTILE_CLASSES.map((c) => [c.name, c] as const))('%s decodes to its reason', (_name, c) => {
  const m = c.make();
  const r = decodeMessage({ ...m, receivedAt: 1 }, codecOptions());
  expect(r.events).toHaveLength(0);
  expect(r.errors.length).toBeGreaterThan(0);
  expect(r.errors.length).toBeLessThanOrEqual(101);
  expect(r.errors[0].reason).toBe(c.reason);
});
