/**
 * The new routes passed validation but cannot be put in force (a sink that cannot be created or
 * started, a secret that is missing). Nothing was changed: the old routes keep running.
 */
export class ReloadBuildError extends Error {
  constructor(
    readonly route: string,
    readonly sink: string | null,
    cause: unknown,
  ) {
    super(`route ${route}${sink ? `, sink ${sink}` : ''}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'ReloadBuildError';
  }
}

/**
 * The new routes are in force in the bridge, but telling the broker failed part way (declaring
 * queues, binding, starting consumers). The source redoes topology and consumers on its next
 * reconnect; a later reload retries unbinding.
 */
export class ReloadApplyError extends Error {
  constructor(cause: unknown) {
    super(
      `the new routes are in force, but the broker could not be updated: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'ReloadApplyError';
  }
}
