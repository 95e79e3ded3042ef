import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { issuesFromAjvErrors } from '../../config/ajv-error-issues';
import { schemasDir } from '../../codecs/json/notification-schemas';
import { formatDataPath, type ConfigIssue } from '../../config/data-path';
import { RoutesConfigError as ConfigFileError, type ConfigProblem } from '../../config/routes-config-error';
import { HINT_KEYWORD } from '../../config/routes-schema';
import { YamlLocator } from '../../config/yaml-locations';
import type { CommandName } from '../commands';
import type { RegistryValueType } from '../wire-types';

export interface ServerBehaviour {
  live_response_enabled: boolean;
  max_sessions: number;
  username: string;
  check_in_timeout_s: number;
  sensor_wait_timeout_s: number;
  session_timeout_s: number;
  command_delay_ms: number;
  completion_field: 'completion' | 'completion_time';
  max_upload_bytes: number;
}

export interface SensorProcessSpec {
  pid: number;
  path: string;
  command_line?: string;
  username: string;
  sid: string;
  parent: number;
  protected: boolean;
}
export interface SensorFileSpec {
  path: string;
  content?: string;
  size?: number;
  protected: boolean;
}
export interface RegistryValueSpec {
  name: string;
  type: RegistryValueType;
  data: string | number | string[];
}
export interface SensorSpec {
  id: number;
  hostname: string;
  os: 'windows' | 'linux' | 'mac';
  os_version: string;
  address: string;
  online: boolean;
  checkin_delay_ms: number;
  command_delay_ms?: number;
  cwd?: string;
  drives?: string[];
  supported_commands?: CommandName[];
  memory_bytes: number;
  processes?: SensorProcessSpec[];
  files?: SensorFileSpec[];
  directories?: string[];
  registry?: Array<{ key: string; values?: RegistryValueSpec[] }>;
  programs?: Array<{ name: string; output: string; return_code: number }>;
}

export interface SensorsFile {
  server: ServerBehaviour;
  sensors: SensorSpec[];
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(data: unknown): ConfigIssue[] {
  if (!validator) {
    const ajv = new Ajv({ strict: true, allErrors: true, useDefaults: true, verbose: true, allowUnionTypes: true });
    ajv.addKeyword(HINT_KEYWORD);
    validator = ajv.compile(JSON.parse(readFileSync(join(schemasDir(), 'lr-sensors.schema.json'), 'utf8')));
  }
  return validator(data) ? [] : issuesFromAjvErrors(validator.errors ?? [], data);
}

/** What the schema cannot say: unique sensor ids and pids. */
function duplicates(data: SensorsFile): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const ids = new Set<number>();
  data.sensors.forEach((s, i) => {
    if (ids.has(s.id)) issues.push({ path: ['sensors', i, 'id'], message: `sensor id ${s.id} appears twice` });
    ids.add(s.id);
    const pids = new Set<number>();
    (s.processes ?? []).forEach((p, j) => {
      if (pids.has(p.pid))
        issues.push({
          path: ['sensors', i, 'processes', j, 'pid'],
          message: `pid ${p.pid} appears twice on sensor ${s.id}`,
        });
      pids.add(p.pid);
    });
  });
  return issues;
}

/**
 * Parses and validates a sensors file (schemas/lr-sensors.schema.json, defaults filled in).
 * Throws a ConfigFileError listing every problem as FILE:LINE:COL: FIELD: MESSAGE.
 */
export function parseSensorsFile(text: string, file: string): SensorsFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigFileError(
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { file, line, column: col, path: '', message: `YAML syntax error: ${e.message}` };
      }),
    );
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && !('server' in data))
    (data as Record<string, unknown>).server = {};
  let issues = validate(data);
  if (issues.length === 0) issues = duplicates(data as SensorsFile);
  if (issues.length > 0) {
    const locator = new YamlLocator(doc, lines);
    const problems = issues.map((issue): ConfigProblem => {
      const at =
        issue.key !== undefined ? locator.keyPosition(issue.path, issue.key) : locator.valuePosition(issue.path);
      return { file, line: at.line, column: at.column, path: formatDataPath(issue.path), message: issue.message };
    });
    throw new ConfigFileError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  }
  return data as SensorsFile;
}

export function loadSensorsFile(path: string): SensorsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigFileError([
      {
        file: path,
        line: 0,
        column: 0,
        path: '',
        message: `cannot read the sensors file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      },
    ]);
  }
  return parseSensorsFile(text, path);
}
