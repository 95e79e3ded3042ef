/** One problem in a routes file, located in the YAML source (1-based line and column; 0 when unknown). */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  /** Where in the document: `routes[1].sinks[0].path`; '' for the file as a whole (syntax errors, unreadable file). */
  path: string;
  message: string;
}

/** `FILE:LINE:COL: PATH: MESSAGE`, leaving out what is unknown. */
export function formatProblem(p: ConfigProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** A routes file that cannot be used; the message lists every problem, one per line. */
export class RoutesConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'RoutesConfigError';
  }
}
