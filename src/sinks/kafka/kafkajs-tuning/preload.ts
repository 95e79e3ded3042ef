import Module = require('node:module');
import { groupMessagesPerPartition } from './partition-grouping';
import type { EncoderClass } from './kafkajs-encoder';
import { requestFraming } from './request-framing';

/**
 * Puts replacements for two kafkajs modules in Node's module cache under kafkajs' own file names,
 * so that the kafkajs modules which take them when first loaded take these:
 * - the linear groupMessagesPerPartition, taken by the producer (sendMessages);
 * - the request framing with one copy fewer, or none, taken by the network connection.
 * Imported for its effect before kafkajs itself (src/sinks/kafka/kafkajs.ts). When the taking
 * module was loaded already (someone required kafkajs first), or under a loader that keeps its own
 * module registry, kafkajs keeps its own, which gives the same results, more slowly.
 */

export type SeededModuleTuning = 'installed' | 'late' | 'unsupported';

interface Seeded {
  state: SeededModuleTuning;
  file: string | null;
  exports: unknown;
}

/** Seeds `specifier` with the exports `make` returns, unless `takenBy` (which requires it at load) or it was loaded already. */
function seed(specifier: string, takenBy: string, make: () => unknown): Seeded {
  let file: string;
  let taker: string;
  try {
    file = require.resolve(specifier);
    taker = require.resolve(takenBy);
  } catch {
    return { state: 'unsupported', file: null, exports: null };
  }
  const cache = require.cache;
  if (cache[taker] || cache[file]) return { state: 'late', file, exports: null };
  let exports: unknown;
  try {
    exports = make();
  } catch {
    return { state: 'unsupported', file, exports: null };
  }
  const entry = new Module(file, module);
  entry.filename = file;
  entry.loaded = true;
  entry.exports = exports;
  cache[file] = entry;
  return { state: 'installed', file, exports };
}

const grouping = seed('kafkajs/src/producer/groupMessagesPerPartition', 'kafkajs/src/producer/sendMessages', () => groupMessagesPerPartition);
const framing = seed('kafkajs/src/protocol/request', 'kafkajs/src/network/connection',
  () => requestFraming(require('kafkajs/src/protocol/encoder') as EncoderClass));

/** Installed means seeded; it is in use only if the taking module was loaded after, through this cache. */
function inUse(seeded: Seeded): SeededModuleTuning {
  if (seeded.state !== 'installed' || seeded.file === null) return seeded.state;
  return require.cache[seeded.file]?.exports === seeded.exports ? 'installed' : 'late';
}

/** Whether kafkajs' producer uses the linear grouping. */
export function partitionGroupingTuning(): SeededModuleTuning {
  return inUse(grouping);
}

/** Whether kafkajs' connections use the request framing with fewer copies. */
export function requestFramingTuning(): SeededModuleTuning {
  return inUse(framing);
}
