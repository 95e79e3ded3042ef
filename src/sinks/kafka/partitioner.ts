import { randomBytes } from 'node:crypto';
import {
  compatibilityPartitioner,
  type ClusterTopicMetadata,
  type MessageToProduce,
  type Partitioner,
} from '@platformatic/kafka';

/** Distinct keys whose partition is remembered (sensor ids repeat); past it the memory starts over. */
const KEY_CACHE_SIZE = 10_000;

type AnyPartitioner = Partitioner<unknown, unknown, unknown, unknown>;

/** The partition `turn` names, or the next one after it that has a leader (when the metadata is known). */
function withLeader(turn: number, topic: ClusterTopicMetadata | undefined): number {
  if (!topic || topic.partitionsCount === 0) return turn;
  const count = topic.partitionsCount;
  for (let i = 0; i < count; i++) {
    const partition = (turn + i) % count;
    if ((topic.partitions[partition]?.leader ?? -1) >= 0) return partition;
  }
  return turn % count;
}

/**
 * The Java client's default partitioning of keyed records, for the producer's `partitioner` option
 * (the producer takes the result modulo the topic's partition count):
 * - a keyed record: toPositive(murmur2(key bytes)), the library's compatibilityPartitioner (its
 *   default one takes murmur2 as unsigned, which picks other partitions than Java's);
 * - an unkeyed record: the partitions in turn, per topic, from a random start, passing over those
 *   the known metadata shows without a leader.
 * A string key's pick is remembered. An explicit `partition` on a record wins before this is asked.
 */
export function javaCompatiblePartitioner<Key, Value, HeaderKey, HeaderValue>(): Partitioner<
  Key,
  Value,
  HeaderKey,
  HeaderValue
> {
  const turns = new Map<string, number>();
  const picks = new Map<string, number>();
  const partition: AnyPartitioner = (message: MessageToProduce<unknown, unknown, unknown, unknown>, key, context) => {
    if (key === undefined) {
      const next = ((turns.get(message.topic) ?? randomBytes(4).readUInt32BE(0)) + 1) & 0x7fffffff;
      turns.set(message.topic, next);
      return withLeader(next, context.metadata?.topics.get(message.topic));
    }
    if (typeof message.key !== 'string') return compatibilityPartitioner(message, key);
    let pick = picks.get(message.key);
    if (pick === undefined) {
      if (picks.size >= KEY_CACHE_SIZE) picks.clear();
      pick = compatibilityPartitioner(message, key);
      picks.set(message.key, pick);
    }
    return pick;
  };
  return partition as Partitioner<Key, Value, HeaderKey, HeaderValue>;
}
