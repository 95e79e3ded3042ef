import type { ErrorObject } from 'ajv';
import { parseInstancePath, type ConfigIssue } from './data-path';
import { closestName } from './did-you-mean';
import { describeSchema } from './schema-description';
import { HINT_KEYWORD } from './routes-schema';

/**
 * Turns ajv errors (compiled with allErrors and verbose) into config issues a person can act on:
 * - `if` errors are dropped (the branch's own errors say what is wrong);
 * - required → `missing required property 'x'` on the mapping;
 * - additionalProperties → `unknown property 'x'` on that key, with a did-you-mean when close, else the known names;
 * - a failed pattern (or `not`) uses the schema's `x-hint` text; names checked by propertyNames point at the key;
 * - oneOf/anyOf report once, naming what each branch accepts (their branches' own errors are dropped);
 * - an unknown sink type → `sink type 'x' is not one of: file, stdout`.
 */
export function issuesFromAjvErrors(errors: readonly ErrorObject[], data: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  for (const error of withoutBranchErrors(errors)) {
    const issue = issueFrom(error, data);
    if (!issue) continue;
    const id = JSON.stringify([issue.path, issue.key, issue.message]);
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues;
}

/** Drops the errors of each oneOf/anyOf branch: the oneOf/anyOf error itself says what would do. */
function withoutBranchErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  return errors.filter(
    (e) =>
      !combinators.some(
        (c) => c !== e && e.schemaPath.startsWith(`${c.schemaPath}/`) && e.instancePath.startsWith(c.instancePath),
      ),
  );
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
}

function hintOf(error: ErrorObject): string | undefined {
  const hint = (error.parentSchema as Record<string, unknown> | undefined)?.[HINT_KEYWORD];
  return typeof hint === 'string' ? hint : undefined;
}

function isSinkTypePath(path: readonly (string | number)[]): boolean {
  return path.length === 5 && path[0] === 'routes' && path[2] === 'sinks' && path[4] === 'type';
}

function unknownProperty(error: ErrorObject, path: (string | number)[]): ConfigIssue {
  const name = String(error.params.additionalProperty);
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const known = Object.keys(properties);
  const suggestion = closestName(name, known);
  const detail = suggestion
    ? ` (did you mean '${suggestion}'?)`
    : known.length > 0
      ? ` (expected one of: ${known.join(', ')})`
      : '';
  return { path, key: name, message: `unknown property '${name}'${detail}` };
}

function issueFrom(error: ErrorObject, data: unknown): ConfigIssue | undefined {
  const path = parseInstancePath(error.instancePath, data);
  switch (error.keyword) {
    case 'if':
    case 'propertyNames':
      return undefined;
    case 'required':
      return { path, message: `missing required property '${String(error.params.missingProperty)}'` };
    case 'additionalProperties':
      return unknownProperty(error, path);
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String).join(', ');
      if (isSinkTypePath(path)) return { path, message: `sink type ${show(error.data)} is not one of: ${allowed}` };
      return { path, message: `${show(error.data)} is not one of: ${allowed}` };
    }
    case 'oneOf':
    case 'anyOf':
      return {
        path,
        message: `${show(error.data)} must be ${(error.schema as unknown[]).map(describeSchema).join(', or ')}`,
      };
    case 'not':
      return { path, message: hintOf(error) ?? `${show(error.data)} must not be ${describeSchema(error.schema)}` };
    case 'pattern': {
      const hint = hintOf(error) ?? error.message ?? 'is invalid';
      // Inside propertyNames the value tested is a key of the mapping at `path`.
      const atPath = valueAt(data, path);
      if (typeof atPath === 'object' && atPath !== null) {
        return { path, key: String(error.data), message: `property name ${show(error.data)} ${hint}` };
      }
      return { path, message: `${show(error.data)} ${hint}` };
    }
    case 'uniqueItems': {
      // ajv reports the pair in either order depending on the item types.
      const later = Math.max(Number(error.params.i), Number(error.params.j));
      const earlier = Math.min(Number(error.params.i), Number(error.params.j));
      return {
        path: [...path, later],
        message: `repeats item ${earlier} (${show((valueAt(data, path) as unknown[])[later])})`,
      };
    }
    case 'type': {
      const types = String(error.params.type).split(',');
      return {
        path,
        message:
          types.length === 1
            ? `must be ${types[0]}`
            : `must be ${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`,
      };
    }
    case 'minItems':
      return { path, message: error.params.limit === 1 ? 'must not be empty' : (error.message ?? 'has too few items') };
    case 'minProperties':
      return {
        path,
        message: error.params.limit === 1 ? 'must not be empty' : (error.message ?? 'has too few properties'),
      };
    default:
      return { path, message: error.message ?? 'is invalid' };
  }
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
