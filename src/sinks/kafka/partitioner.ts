import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { murmur2 } from './murmur2';

/** What kafkajs passes a partitioner for each message. */
export interface PartitionerArgs {
  topic: string;
  partitionMetadata: ReadonlyArray<{ partitionId: number; leader: number }>;
  message: { key?: unknown; partition?: number | null };
}

/** Distinct keys whose hash is remembered (sensor ids repeat); past it the memory starts over. */
const KEY_CACHE_SIZE = 10_000;

const toPositive = (x: number): number => x & 0x7fffffff;

/**
 * The Java client's default partitioning, as kafkajs' DefaultPartitioner does it, for kafkajs'
 * `createPartitioner`:
 * - a message's own partition wins;
 * - a keyed message goes to murmur2(key bytes) modulo the topic's partitions (string keys as UTF-8);
 * - others take turns over the partitions that have a leader (from a random start per topic), or
 *   over all of them when none has.
 * The same picks as kafkajs' (tests compare them), without 64-bit emulation for the hash or a
 * filtered partition list per message; a string key's hash is remembered.
 */
export function javaCompatiblePartitioner(): (args: PartitionerArgs) => number {
  const counters = new Map<string, number>();
  const hashes = new Map<string, number>();
  const hashOf = (key: unknown): number => {
    if (typeof key !== 'string') return murmur2(Buffer.isBuffer(key) ? key : Buffer.from(String(key)));
    let hash = hashes.get(key);
    if (hash === undefined) {
      if (hashes.size >= KEY_CACHE_SIZE) hashes.clear();
      hash = murmur2(Buffer.from(key));
      hashes.set(key, hash);
    }
    return hash;
  };
  const nextTurn = (topic: string): number => {
    const next = (counters.get(topic) ?? randomBytes(4).readUInt32BE(0)) + 1;
    counters.set(topic, next);
    return toPositive(next);
  };
  return ({ topic, partitionMetadata, message }) => {
    if (message.partition !== null && message.partition !== undefined) return message.partition;
    const count = partitionMetadata.length;
    if (message.key !== null && message.key !== undefined) return toPositive(hashOf(message.key)) % count;
    const available = partitionMetadata.filter((p) => p.leader >= 0);
    if (available.length > 0) return available[nextTurn(topic) % available.length].partitionId;
    return nextTurn(topic) % count;
  };
}
