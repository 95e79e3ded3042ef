/** A location in parsed config data: mapping keys and list indexes, from the root. */
export type DataPath = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `['routes', 1, 'sinks', 0, 'path']` → `routes[1].sinks[0].path`; odd keys are quoted: `rename["a.b"]`. */
export function formatDataPath(path: DataPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (PLAIN_KEY.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * An ajv instancePath (`/routes/1/sinks/0`) as a DataPath, with list indexes as numbers
 * (decided by walking `data`, so a mapping key "0" stays a string).
 */
export function parseInstancePath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      out.push(Number(key));
      node = node[Number(key)];
    } else {
      out.push(key);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

/**
 * A problem found in parsed config data, before it is placed in the source: `path` is the value
 * concerned; with `key`, the problem is that key of the mapping at `path` (an unknown property).
 */
export interface ConfigIssue {
  path: DataPath;
  key?: string;
  message: string;
}
