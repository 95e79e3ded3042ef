import Ajv, { type ErrorObject } from 'ajv';
import { FileSinkConfigError } from './errors';
import { PATH_TEMPLATE_PATTERN, validatePathTemplate } from './path-template';
import type { RotationPolicy } from './rotation';

/** The `file` sink's block in the routes file (besides `type` and `name`), as written in YAML. */
export interface FileSinkConfig {
  path: string;
  rotate?: { max_bytes?: number; interval_s?: number };
  gzip?: boolean;
  fsync?: boolean;
  /** An integer (YAML `0o640`) or an octal string (`"0640"`). */
  mode?: number | string;
  max_files?: number;
}

/** The config after validation and defaults, in the shape the sink uses. */
export interface FileSinkOptions {
  /** Path template (see path-template.ts); in gzip mode the live file is this plus `.gz`. */
  path: string;
  rotation: RotationPolicy;
  gzip: boolean;
  fsync: boolean;
  mode: number;
  maxFiles?: number;
}

export const DEFAULT_FILE_MODE = 0o640;

/** Annotation the routes loader shows when a `pattern` or `not` fails (see config/routes-schema). */
export const HINT_KEYWORD = 'x-hint';

/** JSON Schema (draft-07) of FileSinkConfig. */
export const FILE_SINK_CONFIG_SCHEMA = {
  type: 'object',
  description:
    'Appends one line per event (the route format: JSON lines or LEEF) to a local file, with optional rotation and gzip.',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: {
      type: 'string',
      minLength: 1,
      pattern: PATH_TEMPLATE_PATTERN,
      [HINT_KEYWORD]: "may use only the tokens %Y %m %d %H, and %% for a literal '%'",
      description:
        'File to append to. May contain %Y %m %d %H, replaced by the UTC year, month, day and hour when the file is opened ' +
        '(a new file is opened when the expansion changes); %% is a literal %. Parent directories are created. ' +
        'With gzip the sink writes to <path>.gz, so do not end the path in .gz yourself. ' +
        'Rotated files are named <path>.<UTC rotation time YYYYMMDDTHHMMSSmmmZ> (plain) or <path>.<time>.gz (gzip), ' +
        'next to the live file; their names sort oldest first.',
    },
    rotate: {
      type: 'object',
      additionalProperties: false,
      description:
        'When to rotate the live file: it is closed, renamed to its rotated name and a fresh file is started. ' +
        'Rotation happens between batches only: a batch is never split across files.',
      properties: {
        max_bytes: {
          type: 'integer',
          minimum: 1024,
          description:
            'Rotate before a batch that would take the file past this many bytes on disk (compressed bytes with gzip). ' +
            'A single batch larger than this is still written whole, into a fresh file.',
        },
        interval_s: {
          type: 'integer',
          minimum: 1,
          description:
            "Rotate once the file's first line is this many seconds old (checked before each batch and periodically " +
            'while idle). Empty files are never rotated.',
        },
      },
    },
    gzip: {
      type: 'boolean',
      default: false,
      description:
        'Compress: each batch is appended as its own gzip member (concatenated members are one valid gzip stream, ' +
        'readable with gzip -dc or zlib). The live file is <path>.gz and rotated files end in .gz. ' +
        'A non-empty <path>.gz found at startup is rotated away first, since a crash may have left a torn member.',
    },
    fsync: {
      type: 'boolean',
      default: true,
      description:
        'fsync the file after every batch before reporting it delivered (the bridge acks the RabbitMQ messages ' +
        'then). false trades crash durability for throughput.',
    },
    mode: {
      description:
        'Permissions of files the sink creates, e.g. 0o640 (YAML 1.2 octal) or "0640" (quoted string). ' +
        'Default 0o640. Applied with chmod, so the umask does not narrow it.',
      default: '0640',
      oneOf: [
        { type: 'integer', minimum: 0, maximum: 0o777 },
        { type: 'string', pattern: '^(0o?)?[0-7]{3}$' },
      ],
    },
    max_files: {
      type: 'integer',
      minimum: 1,
      description:
        'Keep at most this many rotated files of the path (plain and .gz together), deleting the oldest after each ' +
        'rotation. The live file is not counted. Files of other %Y%m%d%H expansions are never deleted. Default: keep all.',
    },
  },
  if: { properties: { gzip: { const: true } }, required: ['gzip'] },
  then: {
    properties: {
      path: {
        not: { type: 'string', pattern: '\\.gz$' },
        [HINT_KEYWORD]: 'must not end in .gz when gzip is on (the sink appends .gz itself)',
      },
    },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addKeyword(HINT_KEYWORD);
const validate = ajv.compile<FileSinkConfig>(FILE_SINK_CONFIG_SCHEMA);

/** Validates a `file` sink block and applies defaults. Throws FileSinkConfigError. */
export function resolveFileSinkConfig(block: unknown): FileSinkOptions {
  const config = withoutSpecKeys(block);
  const draft = config as Partial<FileSinkConfig> | null;
  if (typeof draft?.path === 'string') {
    const templateProblem = validatePathTemplate(draft.path);
    if (templateProblem) throw new FileSinkConfigError('path', `path: ${templateProblem}`);
    if (draft.gzip === true && draft.path.endsWith('.gz')) {
      throw new FileSinkConfigError('path', 'path must not end in .gz when gzip is on (the sink appends .gz itself)');
    }
  }
  if (!validate(config)) throw configError(validate.errors ?? []);
  const gzip = config.gzip ?? false;
  const rotation: RotationPolicy = {};
  if (config.rotate?.max_bytes !== undefined) rotation.maxBytes = config.rotate.max_bytes;
  if (config.rotate?.interval_s !== undefined) rotation.intervalMs = config.rotate.interval_s * 1000;
  const options: FileSinkOptions = {
    path: config.path,
    rotation,
    gzip,
    fsync: config.fsync ?? true,
    mode: parseMode(config.mode),
  };
  if (config.max_files !== undefined) options.maxFiles = config.max_files;
  return options;
}

/** The routes-file keys every sink block has; tolerated here in case the whole block is passed. */
function withoutSpecKeys(block: unknown): unknown {
  if (block === null || typeof block !== 'object' || Array.isArray(block)) return block;
  const { type: _type, name: _name, ...rest } = block as Record<string, unknown>;
  return rest;
}

export function parseMode(mode: number | string | undefined): number {
  if (mode === undefined) return DEFAULT_FILE_MODE;
  if (typeof mode === 'number') return mode;
  return parseInt(mode.replace(/^0o?/, ''), 8);
}

function configError(errors: readonly ErrorObject[]): FileSinkConfigError {
  // The if/then failure is reported through its inner error; mode's oneOf through the branch errors.
  const useful = errors.filter((e) => e.keyword !== 'if');
  const first = useful[0] ?? errors[0];
  if (!first) return new FileSinkConfigError('', 'invalid');
  const message = useful
    .map(
      (e) =>
        `${fieldOf(e) || '(block)'} ${e.message ?? 'is invalid'}` +
        (e.keyword === 'additionalProperties'
          ? `: '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
          : ''),
    )
    .join('; ');
  return new FileSinkConfigError(fieldOf(first), message);
}

function fieldOf(error: ErrorObject): string {
  return error.instancePath.replace(/^\//, '').replace(/\//g, '.');
}
