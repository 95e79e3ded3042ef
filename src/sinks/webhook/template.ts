/**
 * Body templates: a JSON document with placeholders in value positions, e.g.
 * `{"events": {{events}}, "count": {{count}}, "source": "cb"}`.
 *
 * - `{{events}}` (required, exactly once): the batch as a JSON array of events;
 * - `{{count}}`: the number of events (a JSON number);
 * - `{{ids}}`: the events' ids (a JSON array of strings);
 * - `{{batch_id}}`: the batch's webhook id (a JSON string).
 *
 * Placeholders are recognised only outside JSON string literals (`"{{events}}"` is plain text),
 * and every value is inserted as a complete JSON value, never spliced into a string, so a
 * rendered body is always valid JSON. The template is checked once, when the sink is created.
 */

export const TEMPLATE_PLACEHOLDERS = ['events', 'count', 'ids', 'batch_id'] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** What a template is rendered with: each value already JSON text. */
export type TemplateValues = Record<TemplatePlaceholder, string>;

export interface CompiledTemplate {
  /** Literal text and placeholders, alternating: parts[0] literal, parts[1] placeholder, ... */
  readonly literals: readonly string[];
  readonly placeholders: readonly TemplatePlaceholder[];
}

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

const SAMPLE: TemplateValues = { events: '[]', count: '0', ids: '[]', batch_id: '""' };
const NAME = /^[a-z_]+$/;

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

/** Splits a template into literals and placeholders and checks it. Throws TemplateError. */
export function compileTemplate(template: string): CompiledTemplate {
  const literals: string[] = [];
  const placeholders: TemplatePlaceholder[] = [];
  let literalStart = 0;
  let inString = false;
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (inString) {
      if (c === '\\') i += 2;
      else {
        if (c === '"') inString = false;
        i++;
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      i++;
      continue;
    }
    if (c === '{' && template[i + 1] === '{') {
      const end = template.indexOf('}}', i + 2);
      if (end < 0) throw new TemplateError(`'{{' at offset ${i} is not closed by '}}'`);
      const name = template.slice(i + 2, end).trim();
      if (!NAME.test(name) || !isPlaceholder(name)) {
        throw new TemplateError(
          `unknown placeholder '{{${name}}}' at offset ${i} (expected one of: ${TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')})`,
        );
      }
      literals.push(template.slice(literalStart, i));
      placeholders.push(name);
      i = end + 2;
      literalStart = i;
      continue;
    }
    i++;
  }
  literals.push(template.slice(literalStart));
  const events = placeholders.filter((p) => p === 'events').length;
  if (events !== 1) throw new TemplateError(`must contain {{events}} exactly once outside strings (found ${events})`);
  const compiled: CompiledTemplate = { literals, placeholders };
  try {
    JSON.parse(renderTemplate(compiled, SAMPLE));
  } catch (err) {
    throw new TemplateError(`is not valid JSON once its placeholders are filled in: ${(err as Error).message}`);
  }
  return compiled;
}

/** The template with each placeholder replaced by its (JSON) value. */
export function renderTemplate(t: CompiledTemplate, values: TemplateValues): string {
  let out = t.literals[0];
  for (let k = 0; k < t.placeholders.length; k++) out += values[t.placeholders[k]] + t.literals[k + 1];
  return out;
}

/** Whether rendering needs a value (so the encoder computes only what is used). */
export function usesPlaceholder(t: CompiledTemplate, name: TemplatePlaceholder): boolean {
  return t.placeholders.includes(name);
}
