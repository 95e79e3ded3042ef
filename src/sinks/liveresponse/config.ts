import { COMMAND_EFFECT, COMMAND_NAMES, type CommandName } from '../../liveresponse/commands';
import { parseTemplate, placeholderText, TemplateError, type TemplatePart } from '../kafka/template';
import type { SinkRecord } from '../sink';

/** One action of a `liveresponse` sink block, as written in the routes file. */
export interface ActionConfig {
  command: CommandName;
  /** The command's object, a template over the event's fields (`{docs.0.process_pid}`). */
  object?: string;
  /** `get file`: save the file under the data directory (default true for get file). */
  download?: boolean;
  /** `put file`: the local file placed on the endpoint. */
  upload?: string;
  value_type?: string;
  value_data?: string | string[];
  overwrite?: boolean;
  wait?: boolean;
  working_directory?: string;
  output_file?: string;
  compress?: boolean;
}

/** The `liveresponse` sink's block in the routes file (besides `type` and `name`). */
export interface LiveResponseSinkConfig {
  actions: ActionConfig[];
  allow_destructive?: boolean;
  dry_run?: boolean;
  sensor_id?: string;
  deadline_s?: number;
  dedupe_window_s?: number;
  rate_limit?: { per_sensor_per_minute?: number; per_minute?: number };
  sensors?: number[];
  sensor_groups?: string[];
  deny_objects?: string[];
  min_pid?: number;
}

/**
 * Objects no action may touch unless the route lists its own `deny_objects`: the processes and
 * files Windows cannot run without, whether named by path or by name.
 */
export const DEFAULT_DENY_OBJECTS: readonly string[] = [
  '(^|[\\\\/])(lsass|csrss|wininit|winlogon|smss|services|system|svchost|lsm|lsaiso)(\\.exe)?$',
  '^[a-z]:\\\\windows\\\\system32\\\\(config|drivers)(\\\\|$)',
  '^[a-z]:\\\\windows\\\\system32\\\\ntoskrnl\\.exe$',
];

const COMMAND_EXTRAS = [
  'value_type',
  'value_data',
  'overwrite',
  'wait',
  'working_directory',
  'output_file',
  'compress',
] as const;

/** Commands that act on nothing named (no object). */
const NO_OBJECT: ReadonlySet<CommandName> = new Set(['process list']);

/** JSON Schemas of the command fields beside name and object (shared with the admin API's job requests). */
export const COMMAND_OPTION_SCHEMAS = {
  value_type: { type: 'string', description: 'reg set value: REG_SZ, REG_DWORD, ...' },
  value_data: {
    description: 'reg set value: the data (a list for REG_MULTI_SZ).',
    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  },
  overwrite: { type: 'boolean', description: 'reg set value: replace an existing value.' },
  wait: { type: 'boolean', description: 'create process: wait for it to end.' },
  working_directory: { type: 'string', description: 'create process: its working directory.' },
  output_file: { type: 'string', description: 'create process: file on the endpoint for its output.' },
  compress: { type: 'boolean', description: 'memdump: zip the dump.' },
} as const;

/** JSON Schema (draft-07) of LiveResponseSinkConfig. */
export const LIVERESPONSE_SINK_CONFIG_SCHEMA = {
  type: 'object',
  description:
    'Runs Live Response commands against the sensor of each event (response actions): the event is accepted once its job ' +
    'is in the durable job ledger; each finished job becomes a liveresponse.result event that enters routing like any event.',
  additionalProperties: false,
  required: ['actions'],
  properties: {
    actions: {
      type: 'array',
      minItems: 1,
      maxItems: 16,
      description:
        'The commands of the job, run in order in one session with the sensor; a failed command ends the job.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['command'],
        properties: {
          command: { type: 'string', enum: COMMAND_NAMES, description: 'The Live Response command.' },
          object: {
            type: 'string',
            minLength: 1,
            description:
              "What the command acts on: a template with {field.path} placeholders filled from the event (the kafka sink's syntax; {{ and }} are literal braces).",
          },
          download: {
            type: 'boolean',
            description: 'get file: save the file under the data directory (default true).',
          },
          upload: { type: 'string', minLength: 1, description: 'put file: the local file to place on the endpoint.' },
          ...COMMAND_OPTION_SCHEMAS,
        },
      },
    },
    allow_destructive: {
      type: 'boolean',
      default: false,
      description:
        'Required for commands that change the endpoint (kill, delete file, reg changes, create process, put file, create directory, memdump).',
    },
    dry_run: {
      type: 'boolean',
      default: false,
      description: 'Record what would run (a liveresponse.result with status dry_run) and run nothing.',
    },
    sensor_id: {
      type: 'string',
      default: '{@sensor_id}',
      description: 'Template giving the sensor id; default: wherever the event carries it.',
    },
    deadline_s: {
      type: 'integer',
      minimum: 1,
      maximum: 86400,
      default: 300,
      description: 'A job not finished this long after it started fails (deadline).',
    },
    dedupe_window_s: {
      type: 'integer',
      minimum: 0,
      maximum: 604800,
      default: 600,
      description:
        'A job with the same sensor and commands (names and objects) as one created within this window is dropped (0 = off).',
    },
    rate_limit: {
      type: 'object',
      additionalProperties: false,
      description:
        'Jobs created per minute at most; further events are dropped (a liveresponse.result with status dropped says so).',
      properties: {
        per_sensor_per_minute: { type: 'integer', minimum: 1, default: 10, description: 'For one sensor.' },
        per_minute: { type: 'integer', minimum: 1, default: 100, description: 'For this sink in all.' },
      },
    },
    sensors: {
      type: 'array',
      items: { type: 'integer', minimum: 1 },
      description: 'Only these sensor ids (with sensor_groups: in either).',
    },
    sensor_groups: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: "Only sensors in these groups (the event's group field).",
    },
    deny_objects: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        'Case-insensitive regular expressions: an action whose object, or for kill the process path or name of the event, matches one is refused. Default: lsass, csrss, wininit, winlogon, smss, services, svchost and system files.',
    },
    min_pid: { type: 'integer', minimum: 0, default: 10, description: 'kill refuses pids below this.' },
  },
} as const;

/** A problem in a sink block, `path` relative to the block. */
export interface SinkIssue {
  path: Array<string | number>;
  message: string;
}

/** Whether the command changes the endpoint. */
export function isDestructive(command: CommandName): boolean {
  return COMMAND_EFFECT[command] === 'change';
}

/**
 * What `check` finds wrong in a block the schema accepted: destructive commands not allowed, bad templates and regexes.
 */
export function checkLiveResponseSink(config: LiveResponseSinkConfig): SinkIssue[] {
  const issues: SinkIssue[] = [];
  const actions = Array.isArray(config.actions) ? config.actions : [];
  actions.forEach((a, i) => {
    if (isDestructive(a.command) && config.allow_destructive !== true) {
      issues.push({
        path: ['actions', i, 'command'],
        message: `'${a.command}' changes the endpoint: it runs only when the sink says allow_destructive: true (add it, or remove the action)`,
      });
    }
    if (a.object === undefined && !NO_OBJECT.has(a.command))
      issues.push({
        path: ['actions', i],
        message: `'${a.command}' needs an object (for example object: '{docs.0.process_pid}')`,
      });
    if (a.object !== undefined) templateIssue(a.object, ['actions', i, 'object'], issues);
    if (a.command === 'put file' && a.upload === undefined)
      issues.push({
        path: ['actions', i],
        message: "'put file' needs upload: the local file to place on the endpoint",
      });
    if (a.upload !== undefined && a.command !== 'put file')
      issues.push({ path: ['actions', i, 'upload'], message: "upload is for 'put file' only" });
    if (a.download !== undefined && a.command !== 'get file')
      issues.push({ path: ['actions', i, 'download'], message: "download is for 'get file' only" });
    if (a.command === 'reg set value' && (a.value_type === undefined || a.value_data === undefined))
      issues.push({ path: ['actions', i], message: "'reg set value' needs value_type and value_data" });
  });
  if (config.sensor_id !== undefined) templateIssue(config.sensor_id, ['sensor_id'], issues);
  (config.deny_objects ?? []).forEach((re, i) => {
    try {
      new RegExp(re, 'i');
    } catch (err) {
      issues.push({ path: ['deny_objects', i], message: `not a regular expression: ${(err as Error).message}` });
    }
  });
  return issues;
}

function templateIssue(source: string, path: Array<string | number>, issues: SinkIssue[]): void {
  try {
    parseTemplate(source);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    issues.push({ path, message: `template: ${err.message}` });
  }
}

/** A `liveresponse` sink block that cannot be used (check reports the same with file and line). */
export class LiveResponseSinkConfigError extends Error {
  /** Every problem of the block, each at its property (for `check`); empty for a problem of the bridge's settings. */
  readonly problems: readonly SinkIssue[];

  constructor(message: string, problems: readonly SinkIssue[] = []) {
    super(`liveresponse sink config: ${message}`);
    this.name = 'LiveResponseSinkConfigError';
    this.problems = problems;
  }
}

/** An object template: renders to text, or says which placeholder the event lacks. */
export class ObjectTemplate {
  private readonly parts: TemplatePart[];

  constructor(
    readonly source: string,
    private readonly route: string,
  ) {
    this.parts = parseTemplate(source);
  }

  render(record: SinkRecord): { text: string } | { missing: string } {
    let text = '';
    for (const p of this.parts) {
      if (p.kind === 'literal') {
        text += p.text;
        continue;
      }
      const value = placeholderText(p, record, this.route);
      if (value === undefined || value === '') return { missing: p.name };
      text += value;
    }
    return { text };
  }
}

/** An action ready to render per event. */
export interface CompiledAction {
  command: CommandName;
  object: ObjectTemplate | null;
  download: boolean;
  upload?: string;
  extras: Record<string, unknown>;
}

/** The block resolved: defaults applied, templates and regexes compiled. Throws LiveResponseSinkConfigError. */
export interface LiveResponseSinkOptions {
  actions: CompiledAction[];
  dryRun: boolean;
  sensorId: ObjectTemplate;
  deadlineMs: number;
  dedupeWindowMs: number;
  perSensorPerMinute: number;
  perMinute: number;
  sensors: ReadonlySet<number> | null;
  sensorGroups: ReadonlySet<string> | null;
  deny: RegExp[];
  minPid: number;
}

export function resolveLiveResponseSinkConfig(config: LiveResponseSinkConfig, route: string): LiveResponseSinkOptions {
  const issues = checkLiveResponseSink(config);
  if (issues.length > 0)
    throw new LiveResponseSinkConfigError(`${issues[0].path.join('.')}: ${issues[0].message}`, issues);
  return {
    actions: config.actions.map((a) => {
      const extras: Record<string, unknown> = {};
      for (const key of COMMAND_EXTRAS) if (a[key] !== undefined) extras[key] = a[key];
      return {
        command: a.command,
        object: a.object === undefined ? null : new ObjectTemplate(a.object, route),
        download: a.command === 'get file' && a.download !== false,
        ...(a.upload !== undefined ? { upload: a.upload } : {}),
        extras,
      };
    }),
    dryRun: config.dry_run === true,
    sensorId: new ObjectTemplate(config.sensor_id ?? '{@sensor_id}', route),
    deadlineMs: (config.deadline_s ?? 300) * 1000,
    dedupeWindowMs: (config.dedupe_window_s ?? 600) * 1000,
    perSensorPerMinute: config.rate_limit?.per_sensor_per_minute ?? 10,
    perMinute: config.rate_limit?.per_minute ?? 100,
    sensors: config.sensors ? new Set(config.sensors) : null,
    sensorGroups: config.sensor_groups ? new Set(config.sensor_groups) : null,
    deny: (config.deny_objects ?? DEFAULT_DENY_OBJECTS).map((re) => new RegExp(re, 'i')),
    minPid: config.min_pid ?? 10,
  };
}
