import { readFileSync } from 'node:fs';
import type { RoutesFile } from './route-config';
import { SINK_FACTORIES } from '../sinks/registry';
import { createRoutesParser, type RoutesParser } from './routes-parser';
import { RoutesConfigError } from './routes-config-error';
import type { SinkSchemaSource } from './routes-schema';
import type { SecretsMode } from './routes-semantics';

const parsers = new WeakMap<readonly SinkSchemaSource[], Map<SecretsMode, RoutesParser>>();

function parserFor(factories: readonly SinkSchemaSource[], secrets: SecretsMode): RoutesParser {
  let byMode = parsers.get(factories);
  if (!byMode) {
    byMode = new Map();
    parsers.set(factories, byMode);
  }
  let parser = byMode.get(secrets);
  if (!parser) {
    parser = createRoutesParser(factories, secrets);
    byMode.set(secrets, parser);
  }
  return parser;
}

export interface RoutesParseOptions {
  /** Sink types the file may name (default: every registered sink). */
  factories?: readonly SinkSchemaSource[];
  /** `skip`: read no secret the sinks refer to (see SecretsMode); default `resolve`, as `run` does. */
  secrets?: SecretsMode;
}

/** Parses and validates routes-file text (`path` names it in problems). Throws RoutesConfigError. */
export function parseRoutes(text: string, path: string, options: RoutesParseOptions = {}): RoutesFile {
  return parserFor(options.factories ?? SINK_FACTORIES, options.secrets ?? 'resolve')(text, path);
}

/** Reads, parses and validates a routes file. Throws RoutesConfigError, also when it cannot be read. */
export function loadRoutesFile(path: string, options: RoutesParseOptions = {}): RoutesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RoutesConfigError([
      { file: path, line: 0, column: 0, path: '', message: `cannot read the routes file: ${(err as Error).message}` },
    ]);
  }
  return parseRoutes(text, path, options);
}
