import { tuneKafkaJsEncoder, TUNED_INITIAL_BYTES } from './encoder-growth';

const Encoder = require('kafkajs/src/protocol/encoder') as new () => { buf: Buffer; buffer: Buffer; writeBytes(b: Buffer): unknown; writeVarIntString(s: string): unknown; writeInt32(n: number): unknown };
const Decoder = require('kafkajs/src/protocol/decoder') as new (b: Buffer) => { readBytes(): Buffer; readVarIntString(): string; readInt32(): number };

test('kafkajs encoders start small, grow as before, and encode exactly the same bytes', () => {
  const write = (): Buffer => {
    const e = new Encoder();
    e.writeInt32(7);
    e.writeVarIntString('ingress.event.netconn');
    for (const size of [10, 600, 5000, 70_000]) e.writeBytes(Buffer.alloc(size, size % 251));
    return e.buffer;
  };
  const before = write();
  expect(new Encoder().buf.length).toBe(512);
  expect(tuneKafkaJsEncoder()).toBe('tuned');
  expect(tuneKafkaJsEncoder()).toBe('tuned');
  expect(new Encoder().buf.length).toBe(TUNED_INITIAL_BYTES);
  const after = write();
  expect(after.equals(before)).toBe(true);
  const d = new Decoder(after);
  expect(d.readInt32()).toBe(7);
  expect(d.readVarIntString()).toBe('ingress.event.netconn');
  for (const size of [10, 600, 5000, 70_000]) expect(d.readBytes().equals(Buffer.alloc(size, size % 251))).toBe(true);
});
