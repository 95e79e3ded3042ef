import { gunzipSync } from 'node:zlib';
import type { SinkRecord } from '../sink';
import { buildFileRequest } from './request-builder';
import { answerBatch } from '../common/outcomes';

const rec = (text: string): SinkRecord => ({
  id: 'i',
  text,
  record: {},
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'k',
  receivedAt: 0,
});

test('plain and gzip payloads hold the same lines; rejected records are answered failed', async () => {
  const batch = [rec('a'), rec('b\nc'), rec('ü')];
  const plain = await buildFileRequest(batch, { gzip: false, path: 'p' });
  expect(plain.payload.toString()).toBe('a\nü\n');
  expect(plain.lines).toBe(2);
  const gz = await buildFileRequest(batch, { gzip: true, path: 'p' });
  expect(gunzipSync(gz.payload)).toEqual(plain.payload);
  expect(gz.uncompressedBytes).toBe(plain.payload.length);
  expect(answerBatch(3, gz.rejected, { status: 'accepted' })).toEqual([
    { status: 'accepted' },
    { status: 'failed', error: 'record text contains a line break' },
    { status: 'accepted' },
  ]);
  const empty = await buildFileRequest([rec('x\n')], { gzip: true, path: 'p' });
  expect(empty.payload.length).toBe(0);
});
