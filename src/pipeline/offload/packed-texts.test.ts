import { MessageChannel } from 'node:worker_threads';
import {
  asBuffers,
  packTexts,
  TextPacker,
  textAt,
  textLengthAt,
  transferablesOf,
  type PackedTexts,
} from './packed-texts';

const viewsOf = (packed: PackedTexts): Buffer[] => Array.from(packed.ends, (_, i) => textAt(packed, i));

const TEXTS = ['{"type":"ingress.event.netconn","pid":4}', '', 'naïve ☃ 🚀', 'x'.repeat(5000), 'lone \ud800 surrogate'];

test('each text comes back as its UTF-8 bytes, in order', () => {
  const views = viewsOf(packTexts(TEXTS));
  expect(views.map((v) => v.toString('utf8'))).toEqual(TEXTS.map((t) => Buffer.from(t, 'utf8').toString('utf8')));
  expect(views.map((v) => v.length)).toEqual(TEXTS.map((t) => Buffer.byteLength(t)));
});

test('no texts: no views', () => {
  expect(viewsOf(packTexts([]))).toEqual([]);
});

test("the packed buffer owns its memory, so transferring it does not take Buffer's shared pool along", async () => {
  const pooled = Buffer.from('small');
  const packed = packTexts(['small', 'texts']);
  expect(packed.bytes.byteOffset).toBe(0);
  expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.byteLength);
  const { port1, port2 } = new MessageChannel();
  const received = new Promise<unknown>((resolve) => port2.once('message', resolve));
  port1.postMessage(packed, transferablesOf(packed));
  const got = (await received) as typeof packed;
  port1.close();
  expect(packed.bytes.byteLength).toBe(0); // moved, not copied
  expect(viewsOf(got).map((v) => v.toString())).toEqual(['small', 'texts']);
  expect(pooled.toString()).toBe('small');
});

test('a view shares the packed memory instead of copying it', () => {
  const packed = packTexts(['abc', 'def']);
  const view = textAt(packed, 1);
  packed.bytes[3] = 'x'.charCodeAt(0);
  expect(view.toString()).toBe('xef');
});

test('a text reads the same from a plain Uint8Array (as a structured clone delivers it) and after asBuffers', () => {
  const packed = packTexts(TEXTS);
  const plain: PackedTexts = {
    bytes: new Uint8Array(packed.bytes.buffer, packed.bytes.byteOffset, packed.bytes.byteLength),
    ends: packed.ends,
  };
  const fast = asBuffers(plain);
  expect(Buffer.isBuffer(fast.bytes)).toBe(true);
  expect(asBuffers(fast)).toBe(fast);
  TEXTS.forEach((t, i) => {
    expect(textAt(plain, i).toString('utf8')).toBe(Buffer.from(t).toString('utf8'));
    expect(textAt(fast, i).equals(textAt(plain, i))).toBe(true);
    expect(textLengthAt(fast, i)).toBe(Buffer.byteLength(t));
  });
});

test('one packer serves job after job: each answer owns its bytes, and a later job changes no earlier answer', () => {
  const packer = new TextPacker();
  packer.start();
  TEXTS.forEach((t) => packer.add(t));
  const first = packer.finish();
  packer.start();
  packer.add(Buffer.from('bytes as they are'));
  packer.add('then text');
  const second = packer.finish();
  expect(viewsOf(first).map((v) => v.toString('utf8'))).toEqual(TEXTS.map((t) => Buffer.from(t).toString('utf8')));
  expect(viewsOf(second).map((v) => v.toString())).toEqual(['bytes as they are', 'then text']);
  expect(first.bytes.buffer).not.toBe(second.bytes.buffer);
  expect(second.bytes.buffer.byteLength).toBe(second.bytes.byteLength);
  expect(second.ends.buffer.byteLength).toBe(second.ends.byteLength);
  packer.start();
  expect(viewsOf(packer.finish())).toEqual([]);
});

test('a job larger than the scratch it started with, in bytes and in texts, packs whole', () => {
  const packer = new TextPacker();
  const texts = Array.from({ length: 3000 }, (_, i) => `${i}:${'é'.repeat(i % 300)}`);
  packer.start();
  texts.forEach((t) => packer.add(t));
  const packed = packer.finish();
  expect(packed.bytes.byteLength).toBe(texts.reduce((n, t) => n + Buffer.byteLength(t), 0));
  expect(viewsOf(packed).map((v) => v.toString())).toEqual(texts);
});
