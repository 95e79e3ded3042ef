import { encodeProduceRequest, type ProduceRequestArgs, type ProduceTopic } from './produce-request';
import { installProduceRequestEncoder } from './install-produce-request';

type Built = { request: { apiVersion: number; encode(): Promise<{ buffer: Buffer }> } };
/** kafkajs' own builders: v3's request directly, and the produce module whose `protocol` the install wraps. */
const kafkajsV3 = require('kafkajs/src/protocol/requests/produce/v3/request') as (args: ProduceRequestArgs) => { encode(): Promise<{ buffer: Buffer }> };
const produceModule = require('kafkajs/src/protocol/requests/produce') as { protocol(o: { version: number }): (args: ProduceRequestArgs) => Built };
const Long = require('kafkajs/src/utils/long') as { fromValue(v: number | string): { toString(): string } };
const { Types } = require('kafkajs/src/protocol/message/compression') as { Types: Record<string, number> };
const gzip = require('kafkajs/src/protocol/message/compression/gzip') as { compress(e: { buffer: Buffer }): Promise<Buffer> };
const Decoder = require('kafkajs/src/protocol/decoder') as new (b: Buffer) => { readInt16(): number; readInt32(): number; readString(): string; readBytes(): Buffer; readArray<T>(f: (d: never) => T): T[] };
const decodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (d: unknown) => Promise<{ records: Array<{ key: Buffer | null; value: Buffer | null; headers: Record<string, Buffer | Buffer[]>; offset: string }>; firstSequence: number; producerId: string }>;

const NOW = 1_763_780_000_123;
const compressWithKafkaJs = (type: number, records: Buffer): Promise<Buffer> => {
  if (type !== Types.GZIP) throw new Error(`no codec ${type} in this test`);
  return gzip.compress({ buffer: records });
};

beforeEach(() => { jest.spyOn(Date, 'now').mockReturnValue(NOW); });
afterEach(() => { jest.restoreAllMocks(); });

const sensorEvent = (i: number): string => JSON.stringify({ type: 'ingress.event.procstart', pid: 4000 + i, path: `c:\\windows\\system32\\svc${i}.exe`, note: 'naïve ☃ 🚀' });

const TOPICS: ProduceTopic[] = [
  {
    topic: 'cb.events',
    partitions: [
      {
        partition: '0', firstSequence: 17,
        messages: Array.from({ length: 40 }, (_, i) => ({
          key: i % 3 === 0 ? null : `sensor-${i}`,
          value: sensorEvent(i),
          headers: { 'cb.routing_key': 'ingress.event.procstart', 'cb.event_id': `e${i}`, ...(i % 5 === 0 ? { multi: ['a', Buffer.from([0, 255, 7])] } : {}) },
        })),
      },
      { partition: 2, messages: [{ value: Buffer.alloc(300, 9) }, { key: Buffer.from('k'), value: '' }, { value: null }, { value: 'last' }] },
      {
        // Header texts sized outside the ASCII loop (non-ASCII, a lone surrogate, over 64 characters),
        // and a prototype's enumerable property, which kafkajs (Object.keys) leaves out.
        partition: 4,
        messages: [
          { value: 'u', headers: { 'ünïcode-näme': 'välue ☃ 🚀', lone: '\ud800x', long: 'y'.repeat(100), longer: 'z'.repeat(64), exact: 'w'.repeat(65) } },
          { value: 'p', headers: Object.assign(Object.create({ inherited: 'no' }) as Record<string, string>, { own: 'yes', 'cb.event_id': 'e-own' }) },
        ],
      },
    ],
  },
  { topic: 'tópico-ünïcode', partitions: [{ partition: 1, firstSequence: 3, messages: [{ value: 'x'.repeat(70_000), headers: {} }] }] },
];

const CASES: Array<[string, ProduceRequestArgs]> = [
  ['defaults (no producer id, no transaction)', { acks: -1, timeout: 30_000, topicData: TOPICS }],
  ['idempotent producer id and epoch', { acks: -1, timeout: 5_000, producerId: Long.fromValue('81985529216486895'), producerEpoch: 3, topicData: TOPICS }],
  ['transactional', { acks: -1, timeout: 5_000, transactionalId: 'tx-1', producerId: Long.fromValue(42), producerEpoch: 1, topicData: TOPICS }],
  ['acks 1 and message timestamps (numbers and strings, sorted as kafkajs sorts them)', {
    acks: 1, timeout: 1_000,
    topicData: [{ topic: 't', partitions: [{ partition: 0, messages: [
      { value: 'a', timestamp: 1_763_000_000_500 }, { value: 'b', timestamp: '1763000000100' }, { value: 'c' }, { value: 'd', timestamp: 99_000_000_000 },
    ] }] }],
  }],
];

describe('the encoded body is byte for byte what kafkajs builds', () => {
  test.each(CASES)('%s', async (_name, args) => {
    const ours = await encodeProduceRequest(args, compressWithKafkaJs);
    const theirs = (await kafkajsV3(args).encode()).buffer;
    expect(ours.equals(theirs)).toBe(true);
  });

  test('gzip-compressed batches', async () => {
    const args: ProduceRequestArgs = { acks: -1, timeout: 30_000, compression: Types.GZIP, producerId: Long.fromValue(7), topicData: TOPICS };
    const ours = await encodeProduceRequest(args, compressWithKafkaJs);
    const theirs = (await kafkajsV3(args).encode()).buffer;
    expect(ours.equals(theirs)).toBe(true);
    const plain = await encodeProduceRequest({ ...args, compression: Types.None }, compressWithKafkaJs);
    expect(ours.length).toBeLessThan(plain.length / 4);
  });
});

test('kafkajs reads the records back: keys, values, headers, sequences', async () => {
  const args: ProduceRequestArgs = { acks: -1, timeout: 30_000, producerId: Long.fromValue(99), producerEpoch: 2, topicData: TOPICS };
  const d = new Decoder(await encodeProduceRequest(args, compressWithKafkaJs));
  expect(d.readString()).toBeNull();
  expect([d.readInt16(), d.readInt32()]).toEqual([-1, 30_000]);
  const topics = d.readArray((t: InstanceType<typeof Decoder>) => ({
    topic: t.readString(),
    partitions: t.readArray((p: InstanceType<typeof Decoder>) => ({ partition: p.readInt32(), batch: p.readBytes() })),
  }));
  expect(topics.map((t) => t.topic)).toEqual(['cb.events', 'tópico-ünïcode']);
  const first = await decodeBatch(new Decoder(topics[0].partitions[0].batch));
  expect(first.firstSequence).toBe(17);
  expect(first.producerId).toBe('99');
  expect(first.records).toHaveLength(40);
  expect(first.records[4].value!.toString()).toBe(sensorEvent(4));
  expect(first.records[3].key).toBeNull();
  expect(first.records[4].key!.toString()).toBe('sensor-4');
  expect(first.records[5].headers.multi).toEqual([Buffer.from('a'), Buffer.from([0, 255, 7])]);
  expect(first.records[39].offset).toBe('39');
  const second = await decodeBatch(new Decoder(topics[0].partitions[1].batch));
  expect(second.records.map((r) => r.value?.toString() ?? null)).toEqual(['\t'.repeat(300), '', null, 'last']);
  const third = await decodeBatch(new Decoder(topics[1].partitions[0].batch));
  expect(third.records[0].value!.length).toBe(70_000);
});

test('a key, value or header that is neither a string nor a Buffer, or a timestamp that is not whole milliseconds, is refused', async () => {
  const value = { acks: -1, timeout: 1, topicData: [{ topic: 't', partitions: [{ partition: 0, messages: [{ value: 12345 }] }] }] };
  await expect(encodeProduceRequest(value, compressWithKafkaJs)).rejects.toThrow('kafka record value must be a string, a Buffer or null, got number');
  const header = { acks: -1, timeout: 1, topicData: [{ topic: 't', partitions: [{ partition: 0, messages: [{ value: 'v', headers: { n: 5 } }] }] }] };
  await expect(encodeProduceRequest(header, compressWithKafkaJs)).rejects.toThrow('kafka header n must be a string or a Buffer, got number');
  const stamp = { acks: -1, timeout: 1, topicData: [{ topic: 't', partitions: [{ partition: 0, messages: [{ value: 'v', timestamp: 'soon' }] }] }] };
  await expect(encodeProduceRequest(stamp, compressWithKafkaJs)).rejects.toThrow('whole milliseconds');
});

test('once installed, kafkajs produce requests v3 to v7 encode through it with their own version, and older ones do not', async () => {
  const args: ProduceRequestArgs = { acks: -1, timeout: 30_000, producerId: Long.fromValue(5), producerEpoch: 0, topicData: TOPICS };
  const before = new Map<number, Buffer>();
  for (const version of [2, 3, 4, 5, 6, 7]) before.set(version, (await produceModule.protocol({ version })(args).request.encode()).buffer);
  expect(installProduceRequestEncoder()).toBe('installed');
  expect(installProduceRequestEncoder()).toBe('installed');
  for (const version of [2, 3, 4, 5, 6, 7]) {
    const built = produceModule.protocol({ version })(args);
    expect(built.request.apiVersion).toBe(version);
    const encoded = await built.request.encode();
    expect(encoded.buffer.equals(before.get(version)!)).toBe(true);
  }
  const v7 = await produceModule.protocol({ version: 7 })(args).request.encode();
  expect(v7.buffer.equals(await encodeProduceRequest(args, compressWithKafkaJs))).toBe(true);
});
