import { randomBytes } from 'node:crypto';
import { murmur2 } from './murmur2';
import { javaCompatiblePartitioner } from './partitioner';

const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2') as (key: Buffer | string) => number;
const { Partitioners } = require('kafkajs') as typeof import('kafkajs');

const partitions = (n: number, leaderless: number[] = []) =>
  Array.from({ length: n }, (_, partitionId) => ({ partitionId, leader: leaderless.includes(partitionId) ? -1 : 1, partitionErrorCode: 0, replicas: [1], isr: [1] }));

describe('murmur2', () => {
  it("matches kafkajs' (the Java client's) hash on every length remainder and random bytes", () => {
    for (let length = 0; length <= 70; length++) {
      for (let round = 0; round < 20; round++) {
        const data = randomBytes(length);
        expect(murmur2(data)).toBe(kafkajsMurmur2(data));
      }
    }
  });

  it('matches on all-ones bytes and known keys', () => {
    for (let length = 0; length < 12; length++) expect(murmur2(Buffer.alloc(length, 0xff))).toBe(kafkajsMurmur2(Buffer.alloc(length, 0xff)));
    // Values the Java client gives (Utils.murmur2) for these UTF-8 keys.
    expect(murmur2(Buffer.from('21'))).toBe(-973932308);
    expect(murmur2(Buffer.from('foobar'))).toBe(-790332482);
    expect(murmur2(Buffer.from('a-little-bit-long-string'))).toBe(-985981536);
    expect(murmur2(Buffer.from('a-little-bit-longer-string'))).toBe(-1486304829);
    expect(murmur2(Buffer.from('lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8'))).toBe(-58897971);
    expect(murmur2(Buffer.from('abc'))).toBe(479470107);
  });
});

describe('javaCompatiblePartitioner', () => {
  it("picks kafkajs' partition for keyed messages (strings, non-ASCII, buffers, numbers) and explicit partitions", () => {
    const ours = javaCompatiblePartitioner();
    const theirs = Partitioners.DefaultPartitioner();
    const keys: unknown[] = [];
    for (let i = 0; i < 3000; i++) keys.push(`sensor-${i % 97}`, `ключ-${i}`, randomBytes(i % 40), i);
    for (const count of [1, 3, 7, 12]) {
      const partitionMetadata = partitions(count, count > 3 ? [1] : []);
      for (const key of keys) {
        const message = { key: key as string, value: 'v' };
        expect(ours({ topic: 't', partitionMetadata, message })).toBe(theirs({ topic: 't', partitionMetadata, message }));
      }
      expect(ours({ topic: 't', partitionMetadata, message: { key: 'x', partition: 0 } })).toBe(0);
    }
  });

  it('remembers string keys beyond its cache size without changing the answer', () => {
    const ours = javaCompatiblePartitioner();
    const theirs = Partitioners.DefaultPartitioner();
    const partitionMetadata = partitions(5);
    for (let i = 0; i < 25_000; i++) {
      const message = { key: `k${i % 12_000}`, value: 'v' };
      expect(ours({ topic: 't', partitionMetadata, message })).toBe(theirs({ topic: 't', partitionMetadata, message }));
    }
  });

  it('takes turns over the partitions with a leader for unkeyed messages, per topic', () => {
    const ours = javaCompatiblePartitioner();
    const partitionMetadata = partitions(4, [2]);
    const picks = Array.from({ length: 9 }, () => ours({ topic: 'a', partitionMetadata, message: {} }));
    expect(new Set(picks)).toEqual(new Set([0, 1, 3]));
    for (let i = 3; i < picks.length; i++) expect(picks[i]).toBe(picks[i - 3]);
    const none = partitions(3, [0, 1, 2]);
    const fallback = Array.from({ length: 6 }, () => ours({ topic: 'b', partitionMetadata: none, message: { key: null } }));
    expect(new Set(fallback)).toEqual(new Set([0, 1, 2]));
  });
});
