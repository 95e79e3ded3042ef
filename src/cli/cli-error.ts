/** A usage or input problem the CLI reports in one line and exits with `code`. */
export class CliError extends Error {
  constructor(message: string, readonly code = 2) {
    super(message);
    this.name = 'CliError';
  }
}
