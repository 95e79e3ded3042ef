import Ajv, { type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { RoutesFile } from './route-config';
import { buildRoutesSchema, HINT_KEYWORD, type SinkSchemaSource } from './routes-schema';
import { RoutesConfigError, type ConfigProblem } from './routes-config-error';
import { formatDataPath, type ConfigIssue, type DataPath } from './data-path';
import { YamlLocator } from './yaml-locations';
import { issuesFromAjvErrors } from './ajv-error-issues';
import { checkNamesAndRegexes, completeRoutes, type SecretsMode } from './routes-semantics';

export type RoutesParser = (text: string, file: string) => RoutesFile;

const WHAT_A_ROUTES_FILE_IS =
  "a routes file is a YAML mapping with a 'routes' list (each route a mapping with name, match and sinks) and optionally 'dead_letter'; see config/routes.example.yaml";

/** The routes schema for these sink types, compiled (strict, all errors, defaults filled in). */
export function compileRoutesValidator(factories: readonly SinkSchemaSource[]): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true, useDefaults: true, verbose: true, allowUnionTypes: true });
  ajv.addKeyword(HINT_KEYWORD);
  return ajv.compile(buildRoutesSchema(factories));
}

function syntaxProblems(errors: readonly YAMLError[], file: string, lines: LineCounter): ConfigProblem[] {
  return errors.map((e) => {
    const { line, col } = lines.linePos(e.pos[0]);
    return { file, line, column: col, path: '', message: `YAML syntax error: ${e.message}` };
  });
}

function placeIssues(issues: readonly ConfigIssue[], file: string, locator: YamlLocator): ConfigProblem[] {
  const problems = issues.map((issue): ConfigProblem => {
    const at = issue.key !== undefined ? locator.keyPosition(issue.path, issue.key) : locator.valuePosition(issue.path);
    return { file, line: at.line, column: at.column, path: formatDataPath(issue.path), message: issue.message };
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Issues found on a parsed file placed at their line and column in its text. */
export function placeIssuesInText(text: string, file: string, issues: readonly ConfigIssue[]): ConfigProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return placeIssues(issues, file, new YamlLocator(doc, lines));
}

/**
 * A parser for routes files naming these sink types. Parsing a file: YAML (syntax errors with
 * their line and column); then the routes schema (defaults filled in) together with what the
 * schema cannot check (unique route names, regexes that compile); then unique sink names (default
 * names filled in) and what each sink type checks in its blocks beyond the schema. Every problem
 * found at a stage is reported at once in a RoutesConfigError.
 * `${ENV_VAR}` strings are kept as written.
 */
export function createRoutesParser(
  factories: readonly SinkSchemaSource[],
  secrets: SecretsMode = 'resolve',
): RoutesParser {
  const validate = compileRoutesValidator(factories);
  return (text, file) => {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) throw new RoutesConfigError(syntaxProblems(doc.errors, file, lines));
    const locator = new YamlLocator(doc, lines);
    let data: unknown;
    try {
      data = doc.toJS();
    } catch (err) {
      throw new RoutesConfigError([
        { file, line: 1, column: 1, path: '', message: `YAML error: ${(err as Error).message}` },
      ]);
    }
    if (data === null || data === undefined) {
      throw new RoutesConfigError([
        { file, line: 1, column: 1, path: '', message: `the file is empty: ${WHAT_A_ROUTES_FILE_IS}` },
      ]);
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      const what = Array.isArray(data) ? 'a list' : `a ${typeof data}`;
      throw new RoutesConfigError([
        { file, line: 1, column: 1, path: '', message: `the file holds ${what}: ${WHAT_A_ROUTES_FILE_IS}` },
      ]);
    }
    const lineOf = (path: DataPath): number => locator.valuePosition(path).line;
    const issues = validate(data) ? [] : issuesFromAjvErrors(validate.errors ?? [], data);
    issues.push(...checkNamesAndRegexes(data, lineOf));
    if (issues.length > 0) throw new RoutesConfigError(placeIssues(issues, file, locator));
    const routes = data as RoutesFile;
    const late = completeRoutes(routes, factories, secrets);
    if (late.length > 0) throw new RoutesConfigError(placeIssues(late, file, locator));
    return routes;
  };
}
