import { randomBytes } from 'node:crypto';
import type { ClusterMetadata, MessageToProduce } from '@platformatic/kafka';
import { javaCompatiblePartitioner } from './partitioner';

/**
 * murmur2 as the Java client computes it (org.apache.kafka.common.utils.Utils.murmur2), written out
 * here in 32-bit arithmetic from the Java source, as the reference the partitioner is checked against.
 */
function javaMurmur2(data: Uint8Array): number {
  const m = 0x5bd1e995;
  const length = data.length;
  let h = 0x9747b28c ^ length;
  const whole = length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let k = data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  const rest = length & 3;
  if (rest === 3) h ^= data[whole + 2] << 16;
  if (rest >= 2) h ^= data[whole + 1] << 8;
  if (rest >= 1) h = Math.imul(h ^ data[whole], m);
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * The Java client's DefaultPartitioner / BuiltInPartitioner for a keyed record: toPositive(murmur2(key)) % partitions.
 */
const javaPartition = (key: Uint8Array, partitions: number): number => (javaMurmur2(key) & 0x7fffffff) % partitions;

/** What the producer does with the partitioner's answer: modulo the topic's partition count. */
function pick(
  partitioner: ReturnType<typeof javaCompatiblePartitioner>,
  topic: string,
  key: string | Buffer | null,
  partitions: number,
  metadata?: ClusterMetadata,
): number {
  const message = { topic, key, value: 'v' } as MessageToProduce<unknown, unknown, unknown, unknown>;
  const bytes = key === null ? undefined : Buffer.isBuffer(key) ? key : Buffer.from(key);
  return partitioner(message, bytes, { metadata }) % partitions;
}

describe('javaCompatiblePartitioner', () => {
  it('lands keys where the Java client does (known hashes of Utils.murmur2)', () => {
    // Utils.murmur2 of these UTF-8 keys, as the Java client's tests give them.
    const known: Array<[string, number]> = [
      ['21', -973932308],
      ['foobar', -790332482],
      ['a-little-bit-long-string', -985981536],
      ['a-little-bit-longer-string', -1486304829],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
      ['abc', 479470107],
    ];
    const partitioner = javaCompatiblePartitioner();
    for (const [key, hash] of known) {
      expect(javaMurmur2(Buffer.from(key))).toBe(hash);
      for (const count of [1, 3, 7, 12, 100])
        expect(pick(partitioner, 't', key, count)).toBe((hash & 0x7fffffff) % count);
    }
    // A negative hash where unsigned and positive-masked picks differ: '21' on 3 partitions is 0 in Java (and 2
    // unsigned).
    expect(pick(partitioner, 't', '21', 3)).toBe(0);
    expect((-973932308 >>> 0) % 3).toBe(2);
  });

  it('matches the Java pick for every length remainder, non-ASCII and binary keys', () => {
    const partitioner = javaCompatiblePartitioner();
    for (let length = 0; length <= 70; length++) {
      for (let round = 0; round < 10; round++) {
        const key = randomBytes(length);
        for (const count of [3, 7, 12]) expect(pick(partitioner, 't', key, count)).toBe(javaPartition(key, count));
      }
    }
    for (let i = 0; i < 500; i++) {
      for (const key of [`sensor-${i}`, `ключ-${i}`, `☃${i}`])
        expect(pick(partitioner, 't', key, 7)).toBe(javaPartition(Buffer.from(key), 7));
    }
  });

  it('remembers string keys beyond its cache size without changing the answer', () => {
    const partitioner = javaCompatiblePartitioner();
    for (let i = 0; i < 25_000; i++) {
      const key = `k${i % 12_000}`;
      expect(pick(partitioner, 't', key, 5)).toBe(javaPartition(Buffer.from(key), 5));
    }
  });

  it('takes turns over the partitions for unkeyed records, per topic, passing over those without a leader', () => {
    const partitioner = javaCompatiblePartitioner();
    const picks = Array.from({ length: 8 }, () => pick(partitioner, 'a', null, 4));
    expect(new Set(picks)).toEqual(new Set([0, 1, 2, 3]));
    for (let i = 4; i < picks.length; i++) expect(picks[i]).toBe(picks[i - 4]);

    const leaders = [1, 1, -1, 1];
    const topic = {
      id: 'b',
      partitionsCount: 4,
      lastUpdate: 0,
      partitions: leaders.map((leader) => ({ leader, leaderEpoch: 0, replicas: [1], isr: [1], offlineReplicas: [] })),
    };
    const metadata = {
      id: 'c',
      brokers: new Map(),
      controllerId: 1,
      topics: new Map([['b', topic]]),
      lastUpdate: 0,
    } as ClusterMetadata;
    const led = Array.from({ length: 12 }, () => pick(partitioner, 'b', null, 4, metadata));
    expect(new Set(led)).toEqual(new Set([0, 1, 3]));
  });
});
