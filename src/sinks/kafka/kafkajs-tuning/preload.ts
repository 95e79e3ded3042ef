import Module = require('node:module');
import { groupMessagesPerPartition } from './partition-grouping';

/**
 * Puts the linear groupMessagesPerPartition in Node's module cache under kafkajs' own file name,
 * so that kafkajs' producer, which takes it when it is first loaded, takes this one. Imported for
 * its effect before kafkajs itself (src/sinks/kafka/kafkajs.ts). When kafkajs' producer was loaded
 * already (someone required kafkajs first), or under a loader that keeps its own module registry,
 * kafkajs keeps its own, which gives the same groups, more slowly.
 */

export type PartitionGroupingTuning = 'installed' | 'late' | 'unsupported';

const GROUPING = 'kafkajs/src/producer/groupMessagesPerPartition';
const PRODUCER = 'kafkajs/src/producer/sendMessages';

function seed(): PartitionGroupingTuning {
  let grouping: string;
  let producer: string;
  try {
    grouping = require.resolve(GROUPING);
    producer = require.resolve(PRODUCER);
  } catch {
    return 'unsupported';
  }
  const cache = require.cache;
  if (cache[grouping]?.exports === groupMessagesPerPartition) return 'installed';
  if (cache[producer] || cache[grouping]) return 'late';
  const entry = new Module(grouping, module);
  entry.filename = grouping;
  entry.loaded = true;
  entry.exports = groupMessagesPerPartition;
  cache[grouping] = entry;
  return 'installed';
}

const state = seed();

/** Whether kafkajs' producer uses the linear grouping. */
export function partitionGroupingTuning(): PartitionGroupingTuning {
  if (state !== 'installed') return state;
  // Installed means seeded; it is in use only if kafkajs' producer was loaded after, through this cache.
  const grouping = require.resolve(GROUPING);
  return require.cache[grouping]?.exports === groupMessagesPerPartition ? 'installed' : 'late';
}
