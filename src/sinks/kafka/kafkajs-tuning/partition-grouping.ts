/**
 * kafkajs' groupMessagesPerPartition with the same result in linear time: kafkajs copies a
 * partition's whole list each time it adds a message to it ([...current, message]), which is
 * quadratic in the messages per partition of a produce call (a thousand per call is common here).
 */

interface GroupingArgs<M, P> {
  topic: string;
  partitionMetadata: P[];
  messages: readonly M[];
  partitioner(args: { topic: string; partitionMetadata: P[]; message: M }): number;
}

/** Partition number -> its messages in the order given (an object, as kafkajs' callers take it). */
export function groupMessagesPerPartition<M, P>({ topic, partitionMetadata, messages, partitioner }: GroupingArgs<M, P>): Record<number, M[]> {
  const groups: Record<number, M[]> = {};
  if (partitionMetadata.length === 0) return groups;
  for (const message of messages) {
    const partition = partitioner({ topic, partitionMetadata, message });
    (groups[partition] ??= []).push(message);
  }
  return groups;
}
