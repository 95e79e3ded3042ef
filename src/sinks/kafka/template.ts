import { FieldPathError, parseFieldPath, valueAt, type FieldPath } from '../../event/field-path';
import { fieldsOf, type SinkRecord } from '../sink';
import { EVENT_TYPE_PATHS, SENSOR_ID_PATHS, eventTypeOf, scalarText, sensorIdOf } from './record-fields';

/**
 * Topic and key templates: literal text with `{...}` placeholders. A placeholder is a field path
 * into the event record (`{type}`, `{sensor_id}`, `{docs.0.md5}`, `{message.header.eventid}`) or
 * one of the built-ins below (`{@type}`, `{@sensor_id}`...). `{{` and `}}` are literal braces.
 */
export const BUILTINS = ['@type', '@sensor_id', '@event_key', '@routing_key', '@id', '@route'] as const;
export type Builtin = (typeof BUILTINS)[number];

export type TemplatePart =
  | { kind: 'literal'; text: string }
  | { kind: 'field'; name: string; path: FieldPath }
  | { kind: 'builtin'; name: Builtin };

/** A template that cannot be parsed; the message says where and why. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Kafka's legal topic characters (see Kafka's Topic.validate). */
const LEGAL_TOPIC = /^[A-Za-z0-9._-]*$/;
const ILLEGAL_TOPIC_CHARS = /[^A-Za-z0-9._-]/g;
/** Kafka refuses longer topic names. */
export const MAX_TOPIC_LENGTH = 249;
/** What a placeholder without a value becomes in a topic name. */
export const MISSING_TOPIC_PART = 'unknown';

export function parseTemplate(source: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '{' && source[i + 1] === '{') {
      literal += '{';
      i += 2;
      continue;
    }
    if (c === '}' && source[i + 1] === '}') {
      literal += '}';
      i += 2;
      continue;
    }
    if (c === '}') throw new TemplateError(`unmatched '}' at position ${i + 1} (write '}}' for a literal brace)`);
    if (c !== '{') {
      literal += c;
      i++;
      continue;
    }
    const end = source.indexOf('}', i + 1);
    if (end < 0) throw new TemplateError(`unclosed '{' at position ${i + 1} (write '{{' for a literal brace)`);
    const name = source.slice(i + 1, end).trim();
    if (name.includes('{')) throw new TemplateError(`'{' inside the placeholder at position ${i + 1}`);
    if (literal) {
      parts.push({ kind: 'literal', text: literal });
      literal = '';
    }
    parts.push(placeholder(name, i + 1));
    i = end + 1;
  }
  if (literal) parts.push({ kind: 'literal', text: literal });
  return parts;
}

function placeholder(name: string, position: number): TemplatePart {
  if (name === '') throw new TemplateError(`empty placeholder '{}' at position ${position}`);
  if (name.startsWith('@')) {
    if (!(BUILTINS as readonly string[]).includes(name)) {
      throw new TemplateError(
        `unknown built-in '{${name}}' at position ${position} (built-ins: ${BUILTINS.join(', ')})`,
      );
    }
    return { kind: 'builtin', name: name as Builtin };
  }
  try {
    return { kind: 'field', name, path: parseFieldPath(name) };
  } catch (err) {
    if (err instanceof FieldPathError)
      throw new TemplateError(`'{${name}}' at position ${position} is not a field path (dot-separated names)`);
    throw err;
  }
}

/** The text of one placeholder for a record, or undefined when the record has no such (scalar) value. */
export function placeholderText(
  part: Exclude<TemplatePart, { kind: 'literal' }>,
  record: SinkRecord,
  route: string,
): string | undefined {
  if (part.kind === 'field') return scalarText(valueAt(fieldsOf(record), part.path));
  switch (part.name) {
    case '@type':
      return eventTypeOf(record);
    case '@sensor_id':
      return scalarText(sensorIdOf(fieldsOf(record)));
    case '@event_key':
      return record.eventKey;
    case '@routing_key':
      return record.routingKey;
    case '@id':
      return record.id;
    case '@route':
      return route;
  }
}

/** The record fields a template's placeholders read. */
export function fieldPathsOf(parts: readonly TemplatePart[] | null): FieldPath[] {
  const paths: FieldPath[] = [];
  for (const p of parts ?? []) {
    if (p.kind === 'field') paths.push(p.path);
    else if (p.kind === 'builtin' && p.name === '@type') paths.push(...EVENT_TYPE_PATHS);
    else if (p.kind === 'builtin' && p.name === '@sensor_id') paths.push(...SENSOR_ID_PATHS);
  }
  return paths;
}

/** Replaces every character Kafka does not allow in topic names with '_'. */
export function sanitizeTopicPart(text: string): string {
  return LEGAL_TOPIC.test(text) ? text : text.replace(ILLEGAL_TOPIC_CHARS, '_');
}

/**
 * The topic a record goes to: the template rendered (placeholder values sanitised to Kafka's
 * topic characters, a missing value rendered as `unknown`), then the suffix. Names that would
 * exceed 249 characters are cut before the suffix; `.` and `..` (illegal) become `_` and `__`.
 */
export class TopicTemplate {
  private readonly parts: TemplatePart[];
  /** The whole topic when the template has no placeholder. */
  readonly constant: string | null;

  constructor(
    readonly source: string,
    readonly suffix: string,
    private readonly route: string,
  ) {
    this.parts = parseTemplate(source);
    for (const p of this.parts) {
      if (p.kind === 'literal' && !LEGAL_TOPIC.test(p.text)) {
        throw new TemplateError(
          `'${p.text}' has characters Kafka does not allow in topic names (letters, digits, '.', '_' and '-' only)`,
        );
      }
    }
    if (!LEGAL_TOPIC.test(suffix))
      throw new TemplateError(`suffix '${suffix}' has characters Kafka does not allow in topic names`);
    const literalLength = this.parts.reduce((n, p) => n + (p.kind === 'literal' ? p.text.length : 0), 0);
    if (literalLength + suffix.length > MAX_TOPIC_LENGTH)
      throw new TemplateError(`the topic would be longer than ${MAX_TOPIC_LENGTH} characters`);
    if (this.parts.length === 0) throw new TemplateError('the topic is empty');
    this.constant = this.parts.every((p) => p.kind === 'literal')
      ? finishTopic(this.parts.map((p) => (p as { text: string }).text).join(''), suffix)
      : null;
  }

  /** The record fields rendering reads. */
  fieldPaths(): FieldPath[] {
    return fieldPathsOf(this.parts);
  }

  render(record: SinkRecord): string {
    if (this.constant !== null) return this.constant;
    let out = '';
    for (const p of this.parts) {
      if (p.kind === 'literal') out += p.text;
      else out += sanitizeTopicPart(placeholderText(p, record, this.route) || MISSING_TOPIC_PART);
    }
    return finishTopic(out, this.suffix);
  }
}

function finishTopic(base: string, suffix: string): string {
  let name =
    base.length + suffix.length > MAX_TOPIC_LENGTH
      ? base.slice(0, MAX_TOPIC_LENGTH - suffix.length) + suffix
      : base + suffix;
  if (name === '.' || name === '..') name = name.replace(/\./g, '_');
  return name;
}

/**
 * A message key: the template rendered with missing values as empty text; a key that renders
 * empty is null (Kafka then spreads the records over the partitions). A null template = no keys.
 */
export class KeyTemplate {
  private readonly parts: TemplatePart[] | null;

  constructor(
    readonly source: string | null,
    private readonly route: string,
  ) {
    this.parts = source === null || source === '' ? null : parseTemplate(source);
  }

  /** The record fields rendering reads. */
  fieldPaths(): FieldPath[] {
    return fieldPathsOf(this.parts);
  }

  render(record: SinkRecord): string | null {
    if (this.parts === null) return null;
    let out = '';
    for (const p of this.parts) out += p.kind === 'literal' ? p.text : (placeholderText(p, record, this.route) ?? '');
    return out === '' ? null : out;
  }
}
