import type { FieldDifference } from './expected-output';

/**
 * Deliberate differences from the CB forwarder's normalized output that show in the corpus.
 * Each is explained in docs/compatibility.md; the conformance test fails on any other.
 */
export interface DocumentedDifference {
  id: string;
  matches(d: FieldDifference): boolean;
}

export const DOCUMENTED_DIFFERENCES: readonly DocumentedDifference[] = [];
