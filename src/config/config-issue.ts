import type { DataPath } from './data-path';

/**
 * A problem found in parsed config data, before it is placed in the source: `path` is the value
 * concerned; with `key`, the problem is that key of the mapping at `path` (an unknown property).
 */
export interface ConfigIssue {
  path: DataPath;
  key?: string;
  message: string;
}
