import { sinkOwnConfig, type RoutesFile, type RouteSpec, type SinkSpec } from './route-config';
import { isSecretReference, resolveSecret } from './secrets';
import type { SinkSchemaSource } from './routes-schema';
import { compileFilter, compileFilterRegex, FilterCompileError, type SpecPath } from '../transforms/filter';
import { compileTransform, TransformCompileError } from '../transforms/transform';
import type { ConfigIssue, DataPath } from './data-path';

/** Line of a value in the source, to point from one problem to an earlier definition. */
export type LineOf = (path: DataPath) => number;

/**
 * The name each sink goes by: its own `name`, else its type when it is the route's only unnamed
 * sink of that type, else `<type>-<n>` numbering the unnamed sinks of that type from 1 in file order.
 */
export function defaultSinkNames(sinks: readonly SinkSpec[]): string[] {
  const unnamed = new Map<string, number>();
  for (const s of sinks) if (s.name === undefined) unnamed.set(s.type, (unnamed.get(s.type) ?? 0) + 1);
  const seen = new Map<string, number>();
  return sinks.map((s) => {
    if (s.name !== undefined) return s.name;
    const n = (seen.get(s.type) ?? 0) + 1;
    seen.set(s.type, n);
    return unnamed.get(s.type) === 1 ? s.type : `${s.type}-${n}`;
  });
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The routes list of parsed data of any shape (empty when there is none). */
function routesOf(data: unknown): unknown[] {
  const routes = asRecord(data)?.routes;
  return Array.isArray(routes) ? routes : [];
}

function duplicateRouteNames(routes: readonly unknown[], lineOf: LineOf): ConfigIssue[] {
  const first = new Map<string, number>();
  const issues: ConfigIssue[] = [];
  routes.forEach((route, i) => {
    const name = asRecord(route)?.name;
    if (typeof name !== 'string') return;
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, i);
    else
      issues.push({
        path: ['routes', i, 'name'],
        message: `duplicate route name '${name}' (first used at line ${lineOf(['routes', earlier, 'name'])})`,
      });
  });
  return issues;
}

/** The sinks of a route of any shape that have a string `type`, with their index in the list. */
function typedSinks(route: unknown): Array<{ index: number; spec: SinkSpec }> {
  const sinks = asRecord(route)?.sinks;
  if (!Array.isArray(sinks)) return [];
  const out: Array<{ index: number; spec: SinkSpec }> = [];
  sinks.forEach((item, index) => {
    const spec = asRecord(item);
    if (spec && typeof spec.type === 'string') {
      out.push({
        index,
        spec: { ...spec, type: spec.type, name: typeof spec.name === 'string' ? spec.name : undefined },
      });
    }
  });
  return out;
}

/** Sink names (given or default) used twice in one route. */
function duplicateSinkNames(route: unknown, routeIndex: number, lineOf: LineOf): ConfigIssue[] {
  const sinks = typedSinks(route);
  const names = defaultSinkNames(sinks.map((s) => s.spec));
  const routeName = asRecord(route)?.name;
  const first = new Map<string, number>();
  const issues: ConfigIssue[] = [];
  sinks.forEach(({ index, spec }, k) => {
    const name = names[k];
    const earlier = first.get(name);
    if (earlier === undefined) {
      first.set(name, index);
      return;
    }
    const explicit = spec.name !== undefined;
    const where = ['routes', routeIndex, 'sinks', index, ...(explicit ? ['name'] : [])];
    const how = explicit ? '' : ' (the default name; give one of them a name)';
    const inRoute = typeof routeName === 'string' ? ` in route '${routeName}'` : '';
    issues.push({
      path: where,
      message: `duplicate sink name '${name}'${inRoute}${how} (first used at line ${lineOf(['routes', routeIndex, 'sinks', earlier])})`,
    });
  });
  return issues;
}

/** Every regex in a filter tree that does not compile (all of them, not just the first). */
function regexIssues(spec: unknown, path: SpecPath, out: ConfigIssue[]): void {
  const s = asRecord(spec);
  if (!s) return;
  if (typeof s.regex === 'string') {
    try {
      compileFilterRegex(s.regex, s.flags, path);
    } catch (err) {
      if (!(err instanceof FilterCompileError)) throw err;
      // Bad flags are the schema's to report; only the pattern itself is checked here.
      if (err.path[err.path.length - 1] === 'regex') out.push({ path: err.path, message: err.message });
    }
  }
  for (const op of ['all', 'any'] as const) {
    const list = s[op];
    if (Array.isArray(list)) list.forEach((child: unknown, i) => regexIssues(child, [...path, op, i], out));
  }
  regexIssues(s.not, [...path, 'not'], out);
}

/** Filter and transform compile errors beyond bad regexes (the schema should have caught them all). */
function compileIssues(route: RouteSpec, index: number): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (route.filter !== undefined) {
    try {
      compileFilter(route.filter);
    } catch (err) {
      if (!(err instanceof FilterCompileError)) throw err;
      issues.push({ path: ['routes', index, 'filter', ...err.path], message: err.message });
    }
  }
  if (route.transform !== undefined) {
    try {
      compileTransform(route.transform);
    } catch (err) {
      if (!(err instanceof TransformCompileError)) throw err;
      issues.push({ path: ['routes', index, 'transform', ...err.path], message: err.message });
    }
  }
  return issues;
}

/**
 * Checks that hold whatever else is wrong, so they are reported together with schema problems
 * (safe on data of any shape): route names unique, sink names (given or default) unique within
 * each route, every regex in every filter compiles.
 */
export function checkNamesAndRegexes(data: unknown, lineOf: LineOf): ConfigIssue[] {
  const routes = routesOf(data);
  const issues = duplicateRouteNames(routes, lineOf);
  routes.forEach((route, i) => {
    issues.push(...duplicateSinkNames(route, i, lineOf));
    regexIssues(asRecord(route)?.filter, ['routes', i, 'filter'], issues);
  });
  return issues;
}

/**
 * What each sink's factory finds wrong with its block beyond the schema (a url that does not
 * parse, a secret reference to nothing, files that cannot be read...): the checks its create()
 * makes at start-up, at the property the error names.
 */
/** One problem a sink type's validate() reports, at a property of its block. */
interface SinkProblem {
  field?: unknown;
  path?: unknown;
  message: string;
}

function problemPath(problem: SinkProblem): DataPath {
  if (Array.isArray(problem.path)) return problem.path as DataPath;
  if (typeof problem.field !== 'string' || problem.field === '') return [];
  return problem.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * How sink checks treat `${...}` secret references: `resolve` reads them as `run` does (an unset
 * variable or unreadable file is a problem); `skip` reads none, for checking a file away from where
 * it runs; a block whose check needed a secret is then left to the schema.
 */
export type SecretsMode = 'resolve' | 'skip';

function sinkIssues(
  route: RouteSpec,
  index: number,
  factories: readonly SinkSchemaSource[],
  secrets: SecretsMode,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  route.sinks.forEach((sink, j) => {
    const validate = factories.find((f) => f.type === sink.type)?.validate;
    if (!validate) return;
    let skipped = false;
    const secret = (v: unknown): string | undefined => {
      if (secrets === 'skip' && isSecretReference(v)) {
        skipped = true;
        return String(v);
      }
      return resolveSecret(v);
    };
    try {
      validate(sinkOwnConfig(sink) as never, { route: route.name, secret });
    } catch (err) {
      if (skipped) return;
      // An error may carry every problem of the block (`problems`), or name one property (`field`);
      // a problem names its property as a dotted `field` or as a `path`.
      const problems = (err as { problems?: unknown }).problems;
      const each =
        Array.isArray(problems) && problems.length > 0
          ? (problems as SinkProblem[])
          : [{ field: (err as { field?: unknown }).field, message: (err as Error).message }];
      for (const problem of each)
        issues.push({ path: ['routes', index, 'sinks', j, ...problemPath(problem)], message: problem.message });
    }
  });
  return issues;
}

/**
 * On a file that passed the schema and checkNamesAndRegexes: fills in default sink names (sets
 * `name` on every sink) and reports filters or transforms that still do not compile and sink
 * blocks their factory refuses.
 */
export function completeRoutes(
  file: RoutesFile,
  factories: readonly SinkSchemaSource[],
  secrets: SecretsMode = 'resolve',
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  file.routes.forEach((route, i) => {
    const names = defaultSinkNames(route.sinks);
    route.sinks.forEach((sink, j) => {
      sink.name = names[j];
    });
    issues.push(...compileIssues(route, i), ...sinkIssues(route, i, factories, secrets));
  });
  return issues;
}
