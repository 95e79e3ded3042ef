import { inNode } from '../../../../test/support/in-node';
import { groupMessagesPerPartition } from './partition-grouping';

const kafkajsGrouping = require('kafkajs/src/producer/groupMessagesPerPartition') as typeof groupMessagesPerPartition;
const { Partitioners } = require('kafkajs') as typeof import('kafkajs');

test('gives the groups kafkajs gives, with the Java-compatible partitioner and with explicit partitions', () => {
  const partitionMetadata = [0, 1, 2, 3, 4].map((partitionId) => ({ partitionId, leader: 1, partitionErrorCode: 0, replicas: [1], isr: [1] }));
  // Keyed (murmur2 of the key) and explicit partitions: both deterministic. (Unkeyed ones start from a random counter.)
  const messages = Array.from({ length: 2000 }, (_, i) => ({ key: `sensor-${i % 61}`, value: `event ${i}`, ...(i % 7 === 0 ? { partition: i % 5 } : {}) }));
  const ours = groupMessagesPerPartition({ topic: 't', partitionMetadata, messages, partitioner: Partitioners.DefaultPartitioner() });
  const theirs = kafkajsGrouping({ topic: 't', partitionMetadata, messages, partitioner: Partitioners.DefaultPartitioner() });
  expect(ours).toEqual(theirs);
  expect(Object.keys(ours)).toEqual(Object.keys(theirs));
  expect(Object.values(ours).flat()).toHaveLength(2000);
  expect(Object.keys(ours)).toHaveLength(5);
});

test('no partitions known: no groups', () => {
  expect(groupMessagesPerPartition({ topic: 't', partitionMetadata: [], messages: [{ value: 'x' }], partitioner: () => 0 })).toEqual({});
});

test('in a bridge process kafkajs\' producer uses it; loaded after kafkajs, it says so and kafkajs keeps its own', () => {
  const tuning = "require('./dist/src/sinks/kafka/kafkajs-tuning').tuneKafkaJs().partitionGrouping";
  expect(inNode(`require('./dist/src/sinks/kafka/kafkajs'); console.log(${tuning}, require('kafkajs/src/producer/groupMessagesPerPartition') === require('./dist/src/sinks/kafka/kafkajs-tuning/partition-grouping').groupMessagesPerPartition)`))
    .toBe('installed true');
  expect(inNode(`require('kafkajs'); require('./dist/src/sinks/kafka/kafkajs'); console.log(${tuning})`)).toBe('late');
});
