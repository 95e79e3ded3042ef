type Schema = Record<string, unknown>;

const ARTICLE_TYPES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function range(s: Schema): string {
  const min = s.minimum;
  const max = s.maximum;
  if (typeof min === 'number' && typeof max === 'number') return ` from ${min} to ${max}`;
  if (typeof min === 'number') return ` >= ${min}`;
  if (typeof max === 'number') return ` <= ${max}`;
  return '';
}

/**
 * A short phrase for what a (simple) JSON Schema accepts, for error messages about
 * oneOf/anyOf/not: "an integer from 0 to 511", "a string matching ^x$", "'file'".
 */
export function describeSchema(schema: unknown): string {
  if (schema === true) return 'anything';
  if (schema === false || !schema || typeof schema !== 'object') return 'nothing';
  const s = schema as Schema;
  if ('const' in s) return show(s.const);
  if (Array.isArray(s.enum)) return `one of ${s.enum.map(show).join(', ')}`;
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [];
  if (types.length === 0) return 'a value of another shape';
  return types
    .map((t) => {
      let phrase = ARTICLE_TYPES[t] ?? t;
      if (t === 'integer' || t === 'number') phrase += range(s);
      if (t === 'string' && typeof s.pattern === 'string') phrase += ` matching ${s.pattern}`;
      return phrase;
    })
    .join(' or ');
}
