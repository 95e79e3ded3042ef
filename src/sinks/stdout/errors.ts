/** A `stdout` sink block that cannot be used. Thrown by create(), never by send(). */
export class StdoutSinkConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`stdout sink config: ${message}`);
    this.name = 'StdoutSinkConfigError';
  }
}

/** The stream refused a write (destroyed, closed pipe: EPIPE, ...). */
export class StreamWriteError extends Error {
  readonly code: string | undefined;

  constructor(stream: string, cause: unknown) {
    super(`write to ${stream} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StreamWriteError';
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    this.code = typeof code === 'string' ? code : undefined;
  }
}
