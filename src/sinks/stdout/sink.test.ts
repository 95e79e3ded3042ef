import { PassThrough, Writable } from 'node:stream';
import type { SinkRecord } from '../sink';
import { silentLogger } from '../../observability/logger';
import { StdoutSink } from './sink';
import { stdoutSinkFactory } from './index';
import { resolveStdoutSinkConfig } from './config';
import { StdoutSinkConfigError } from './errors';

const rec = (text: string): SinkRecord => ({
  id: text,
  text,
  record: {},
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'k',
  receivedAt: 0,
});
const tick = (ms = 10): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('answers accepted only after the stream takes the data, waiting out backpressure', async () => {
  const stream = new PassThrough({ highWaterMark: 4 });
  const sink = new StdoutSink('out', { stream });
  let answered = false;
  const pending = sink.send([rec('{"a":1}'), rec('{"b":2}')]).then((o) => {
    answered = true;
    return o;
  });
  await tick();
  expect(answered).toBe(false); // nobody reads: the write callback has not fired

  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  expect(await pending).toEqual([{ status: 'accepted' }, { status: 'accepted' }]);
  expect(Buffer.concat(chunks).toString()).toBe('{"a":1}\n{"b":2}\n');
  expect(sink.health().state).toBe('up');
  await sink.close();
  expect(stream.destroyed).toBe(false); // not ours to end
});

test('concurrent sends go out whole and in call order through a slow, tiny-buffered stream', async () => {
  const stream = new PassThrough({ highWaterMark: 1 });
  const sink = new StdoutSink('out', { stream });
  const batches = Array.from({ length: 20 }, (_, b) => Array.from({ length: 1 + (b % 5) }, (_, i) => `b${b}-${i}`));
  const sends = batches.map((batch) => sink.send(batch.map(rec)));
  let text = '';
  // A reader that pulls slowly, one small read at a time.
  const reader = (async () => {
    for (;;) {
      const chunk = stream.read(3) as Buffer | null;
      if (chunk) text += chunk.toString();
      else if (text.split('\n').length - 1 === batches.flat().length) return;
      else await new Promise((r) => setImmediate(r));
    }
  })();
  const outcomes = await Promise.all(sends);
  expect(outcomes.flat().every((o) => o.status === 'accepted')).toBe(true);
  await reader;
  expect(text).toBe(`${batches.flat().join('\n')}\n`);
  await sink.close();
});

test('a broken stream answers retryable and marks the sink down without throwing', async () => {
  const stream = new Writable({
    write: (_c, _e, cb) => cb(Object.assign(new Error('EPIPE: broken pipe'), { code: 'EPIPE' })),
  });
  const sink = new StdoutSink('out', { stream, label: 'stdout' });
  const [first] = await sink.send([rec('x')]);
  expect(first).toMatchObject({ status: 'retryable', error: expect.stringMatching(/stdout.*EPIPE/) });
  expect(sink.health()).toMatchObject({ state: 'down', lastError: expect.stringMatching(/EPIPE/) });
  const [again] = await sink.send([rec('y')]);
  expect(again.status).toBe('retryable');
  await sink.close();
});

test('a stream destroyed while a write waits for drain answers retryable', async () => {
  const stream = new PassThrough({ highWaterMark: 1 });
  const sink = new StdoutSink('out', { stream });
  const pending = sink.send([rec('waiting')]);
  await tick();
  stream.destroy();
  expect((await pending)[0].status).toBe('retryable');
  await sink.close();
});

test('records with line breaks are failed; config and factory', async () => {
  const stream = new PassThrough();
  const sink = new StdoutSink('out', { stream });
  expect(await sink.send([rec('a\nb'), rec('c')])).toEqual([
    { status: 'failed', error: 'record text contains a line break' },
    { status: 'accepted' },
  ]);
  expect(stream.read()?.toString()).toBe('c\n');
  await sink.close();
  expect(await sink.send([rec('late')])).toEqual([{ status: 'retryable', error: 'stdout sink out is closed' }]);

  expect(resolveStdoutSinkConfig(undefined)).toEqual({ stream: 'stdout' });
  expect(resolveStdoutSinkConfig({ stream: 'stderr' })).toEqual({ stream: 'stderr' });
  expect(() => resolveStdoutSinkConfig({ stream: 'stdin' })).toThrow(StdoutSinkConfigError);
  expect(() => resolveStdoutSinkConfig({ colour: true })).toThrow(/unknown property 'colour'/);
  const made = stdoutSinkFactory.create(
    {},
    { route: 'r', name: 'console', logger: silentLogger(), secret: () => undefined },
  );
  expect([made.type, made.name, stdoutSinkFactory.policy?.batchMaxEvents]).toEqual(['stdout', 'console', 1000]);
  await made.close();
});
