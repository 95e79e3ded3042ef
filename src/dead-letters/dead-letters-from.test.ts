import { createHash } from 'node:crypto';
import { DecodeError } from '../codecs/decode-error';
import { EVENTS_EXCHANGE, type InboundMessage } from '../event/inbound-message';
import type { SinkRecord } from '../sinks/sink';
import { decodeDeadLetter, MAX_DETAIL_CHARS, MAX_LETTER_BODY_BYTES, sinkDeadLetter } from './dead-letters-from';
import { eventOf } from './replay/letter-contents';

const message = (body: Buffer, contentType = 'application/protobuf'): InboundMessage => ({
  exchange: EVENTS_EXCHANGE,
  routingKey: 'ingress.event.netconn',
  contentType,
  headers: {},
  body,
  receivedAt: 1,
});

test("a letter's detail is capped, saying how many errors it cut", () => {
  const errors = Array.from(
    { length: 100_000 },
    (_, i) => new DecodeError('protobuf_missing_required', `CbEventMsg: missing required 'header' in record ${i}`),
  );
  const letter = decodeDeadLetter('r', { source: message(Buffer.from('x')), errors });
  expect(letter.detail.length).toBeLessThanOrEqual(MAX_DETAIL_CHARS + 40);
  expect(letter.detail).toMatch(/… \(\d+ errors cut\)$/);
});

test('a body over the cap is kept as its first part with its size and SHA-256; a smaller one whole', () => {
  const big = Buffer.alloc(MAX_LETTER_BODY_BYTES * 3, 7);
  const letter = decodeDeadLetter('r', {
    source: message(big),
    errors: [new DecodeError('body_too_large', 'too large')],
  });
  expect(Buffer.from(letter.body, 'base64')).toHaveLength(MAX_LETTER_BODY_BYTES);
  expect(letter.bodyTruncated).toEqual({ size: big.length, sha256: createHash('sha256').update(big).digest('hex') });
  const small = decodeDeadLetter('r', {
    source: message(Buffer.from('abc')),
    errors: [new DecodeError('invalid_json', 'no')],
  });
  expect(small.bodyTruncated).toBeUndefined();
  expect(Buffer.from(small.body, 'base64').toString()).toBe('abc');
});

test("a refused event's letter is labelled with what it carries (the rendered event), the message's type kept beside it", () => {
  const record = { id: 'a-0', text: '{"type":"ingress.event.netconn"}' } as SinkRecord;
  const json = sinkDeadLetter('r', 'normalized', 'hook', message(Buffer.from('pb')), record, 'sink_failed', 'HTTP 400');
  expect(json).toMatchObject({
    contentType: 'application/json',
    sourceContentType: 'application/protobuf',
    bodyEncoding: 'utf8',
    body: record.text,
  });
  expect(sinkDeadLetter('r', 'leef', 'hook', message(Buffer.from('pb')), record, 'sink_failed', 'x').contentType).toBe(
    'text/plain',
  );
  // Replayed, the event still tells its sink the content type of the message it came from.
  expect(eventOf(json, 5).contentType).toBe('application/protobuf');
});
