import { readFileSync } from 'node:fs';
import type { RoutesFile } from '../routing/route-config';
import { SINK_FACTORIES } from '../sinks/registry';
import { createRoutesParser, type RoutesParser } from './routes-parser';
import { RoutesConfigError } from './routes-config-error';
import type { SinkSchemaSource } from './routes-schema';

const parsers = new WeakMap<readonly SinkSchemaSource[], RoutesParser>();

function parserFor(factories: readonly SinkSchemaSource[]): RoutesParser {
  let parser = parsers.get(factories);
  if (!parser) {
    parser = createRoutesParser(factories);
    parsers.set(factories, parser);
  }
  return parser;
}

/** Parses and validates routes-file text (`path` names it in problems). Throws RoutesConfigError. */
export function parseRoutes(text: string, path: string, factories: readonly SinkSchemaSource[] = SINK_FACTORIES): RoutesFile {
  return parserFor(factories)(text, path);
}

/** Reads, parses and validates a routes file. Throws RoutesConfigError, also when it cannot be read. */
export function loadRoutesFile(path: string, factories: readonly SinkSchemaSource[] = SINK_FACTORIES): RoutesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RoutesConfigError([{ file: path, line: 0, column: 0, path: '', message: `cannot read the routes file: ${(err as Error).message}` }]);
  }
  return parseRoutes(text, path, factories);
}
