import { readFileSync } from 'node:fs';

const REFERENCE = /^\$\{(?:(env|file):)?([^}]+)\}$/;

export class SecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretError';
  }
}

/** Whether a routes-file value is a secret reference (`${NAME}`, `${env:NAME}`, `${file:/path}`). */
export function isSecretReference(value: unknown): boolean {
  return typeof value === 'string' && REFERENCE.test(value);
}

/**
 * Resolves a secret reference in a routes-file value: `${NAME}` or `${env:NAME}` reads an
 * environment variable, `${file:/path}` reads a file (trimmed). Anything else is returned as is.
 * A reference to something absent is an error naming it (never its value).
 */
export function resolveSecret(value: unknown, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value);
  const m = REFERENCE.exec(text);
  if (!m) return text;
  const [, kind, name] = m;
  if (kind === 'file') {
    try {
      return readFileSync(name, 'utf8').trim();
    } catch (err) {
      throw new SecretError(
        `secret file ${name} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      );
    }
  }
  const v = env[name];
  if (v === undefined) throw new SecretError(`environment variable ${name} is not set`);
  return v;
}
