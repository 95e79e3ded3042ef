/**
 * File path templates: `%Y` (4-digit year), `%m`, `%d`, `%H` (2 digits) are replaced with the UTC
 * date and hour at the moment a file is opened; `%%` is a literal `%`. Any other `%` sequence is
 * an error, so a typo cannot silently become part of a file name.
 */
export const PATH_TOKENS = ['%Y', '%m', '%d', '%H', '%%'] as const;

/** JSON Schema `pattern` accepting exactly the templates validatePathTemplate accepts. */
export const PATH_TEMPLATE_PATTERN = '^([^%]|%[YmdH%])*$';

/** Why the template is invalid, or null when it is valid. */
export function validatePathTemplate(template: string): string | null {
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== '%') continue;
    const next = template[i + 1];
    if (next === undefined) return `'%' at the end of the path (use '%%' for a literal '%')`;
    if (!'YmdH%'.includes(next)) return `unknown token '%${next}' (supported: ${PATH_TOKENS.join(' ')})`;
    i++;
  }
  return null;
}

/** Whether the expansion can change over time (any of %Y %m %d %H). */
export function hasTimeTokens(template: string): boolean {
  return /%[YmdH]/.test(template.replace(/%%/g, ''));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Expands a (valid) template for the UTC time `epochMs`. */
export function expandPathTemplate(template: string, epochMs: number): string {
  const d = new Date(epochMs);
  return template.replace(/%([YmdH%])/g, (_, token: string) => {
    switch (token) {
      case 'Y':
        return String(d.getUTCFullYear()).padStart(4, '0');
      case 'm':
        return pad2(d.getUTCMonth() + 1);
      case 'd':
        return pad2(d.getUTCDate());
      case 'H':
        return pad2(d.getUTCHours());
      default:
        return '%';
    }
  });
}

/** A template that expands to `literal` unchanged (every `%` doubled). */
export function literalPathTemplate(literal: string): string {
  return literal.replace(/%/g, '%%');
}
