import { Buffer } from 'node:buffer';

const CENSOR = '[redacted]';
/** Shorter values are too likely to occur by chance to be worth masking (and are not real secrets). */
const MIN_SECRET_LENGTH = 4;

/**
 * Masks known secret values (tokens, passwords, signing keys, secret header values) wherever
 * they occur in a text: every error, health and log text of the HTTP sinks passes through it,
 * so a peer echoing our Authorization header back in an error body cannot leak it.
 */
export class Redactor {
  private readonly secrets: string[];

  constructor(secrets: Iterable<string>) {
    const unique = new Set<string>();
    for (const s of secrets) if (s.length >= MIN_SECRET_LENGTH) unique.add(s);
    // Longest first, so a secret containing another is masked whole.
    this.secrets = [...unique].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) if (out.includes(s)) out = out.split(s).join(CENSOR);
    return out;
  }
}

/** A peer's response body as a short one-line excerpt for an error message. */
export function bodyExcerpt(body: Buffer, max = 200): string {
  const text = body
    .subarray(0, max * 4)
    .toString('utf8')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ') // eslint-disable-line no-control-regex
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
