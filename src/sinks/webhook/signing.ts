import { Buffer } from 'node:buffer';
import { createHash, createHmac } from 'node:crypto';

/** Prefix of a Standard Webhooks signing secret: `whsec_<base64 key>`. */
export const SECRET_PREFIX = 'whsec_';

/** A signing secret that is not `whsec_<base64>`. The message never contains the secret. */
export class SigningSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningSecretError';
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The HMAC key of a `whsec_<base64>` secret (the decoded bytes). */
export function signingKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new SigningSecretError(`must start with '${SECRET_PREFIX}'`);
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!BASE64.test(encoded) || encoded.length % 4 === 1)
    throw new SigningSecretError(`must be '${SECRET_PREFIX}' followed by base64`);
  const key = Buffer.from(encoded, 'base64');
  if (key.length < 16) throw new SigningSecretError('key must be at least 16 bytes (24 base64 characters)');
  return key;
}

/**
 * The `webhook-signature` header of the Standard Webhooks scheme: for each key, `v1,` and the
 * base64 HMAC-SHA256 of `<id>.<timestamp>.<body>`; several (key rotation) are space-separated.
 */
export function signatureHeader(keys: readonly Buffer[], id: string, timestamp: number, body: Buffer): string {
  const prefix = Buffer.from(`${id}.${timestamp}.`, 'utf8');
  return keys.map((key) => `v1,${createHmac('sha256', key).update(prefix).update(body).digest('base64')}`).join(' ');
}

/** The headers that sign one request (timestamp in whole seconds). */
export function signingHeaders(
  keys: readonly Buffer[],
  id: string,
  nowMs: number,
  body: Buffer,
): Record<string, string> {
  const timestamp = Math.floor(nowMs / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatureHeader(keys, id, timestamp, body),
  };
}

/**
 * The webhook id of a batch: a digest of its event ids, in order. A retry of the same events in
 * the same order carries the same id, so a receiver can drop a batch it has already processed.
 */
export function batchId(recordIds: readonly string[]): string {
  return `batch_${createHash('sha256').update(recordIds.join('\n')).digest('hex').slice(0, 40)}`;
}
