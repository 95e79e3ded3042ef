/**
 * A module loaded the first time it is asked for, then kept. Sink factories use it for their
 * implementation, so a client library (@platformatic/kafka, undici) is loaded only
 * by a process whose routes have such a sink: a file-only bridge does not carry them.
 */
export function loadOnFirstUse<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
