/** One problem in a `syslog` sink block: the property concerned (`tls.ca`, '' for the block) and what is wrong. */
export interface SyslogConfigProblem {
  field: string;
  message: string;
}

/** A `syslog` sink block that cannot be used. Thrown by create(), never by send(). */
export class SyslogSinkConfigError extends Error {
  /** The offending property (`tls.ca`), or '' for the whole block. */
  readonly field: string;

  constructor(readonly problems: readonly SyslogConfigProblem[]) {
    super(`syslog sink config: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'SyslogSinkConfigError';
    this.field = problems[0]?.field ?? '';
  }
}

/** The collector could not be reached or took no more bytes (refused, reset, timed out, TLS refused). */
export class SyslogTransportError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SyslogTransportError';
  }
}
