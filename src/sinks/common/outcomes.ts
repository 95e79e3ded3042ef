import type { DeliveryOutcome } from '../sink';

/** One outcome per record (each its own object): `failed` for the rejected indexes, a copy of `others` for the rest. */
export function answerBatch(
  length: number,
  rejected: ReadonlyMap<number, string>,
  others: DeliveryOutcome,
): DeliveryOutcome[] {
  const outcomes: DeliveryOutcome[] = new Array<DeliveryOutcome>(length);
  for (let i = 0; i < length; i++) {
    const reason = rejected.get(i);
    outcomes[i] = reason === undefined ? { ...others } : { status: 'failed', error: reason };
  }
  return outcomes;
}
