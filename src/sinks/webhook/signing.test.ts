import { createHmac, randomBytes } from 'node:crypto';
import { batchId, signatureHeader, signingHeaders, signingKey, SigningSecretError } from './signing';

/** Verifies like a receiver would, independently of the code under test. */
function expectedSignature(secret: string, id: string, timestamp: number, body: Buffer): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key);
  mac.update(Buffer.concat([Buffer.from(`${id}.${timestamp}.`), body]));
  return `v1,${mac.digest('base64')}`;
}

test('the Standard Webhooks example vector (from the specification README)', () => {
  const key = signingKey('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
  expect(signatureHeader([key], 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, Buffer.from('{"test": 2432232314}'))).toBe(
    'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  );
});

test('signatures match an independent HMAC byte for byte, one per secret, space-separated', () => {
  const secrets = [`whsec_${randomBytes(32).toString('base64')}`, `whsec_${randomBytes(24).toString('base64')}`];
  const body = Buffer.from('[{"a":"ü ✓","n":1},{"b":"\\u0000"}]', 'utf8');
  const id = 'batch_0123456789abcdef';
  const now = 1_700_000_123_999;
  const headers = signingHeaders(secrets.map(signingKey), id, now, body);
  expect(headers['webhook-id']).toBe(id);
  expect(headers['webhook-timestamp']).toBe('1700000123');
  expect(headers['webhook-signature']).toBe(secrets.map((s) => expectedSignature(s, id, 1700000123, body)).join(' '));
  // A binary body (e.g. with invalid UTF-8) is signed as bytes, not as a re-encoded string.
  const binary = Buffer.from([0xff, 0xfe, 0x00, 0x41]);
  expect(signatureHeader([signingKey(secrets[0])], id, 5, binary)).toBe(expectedSignature(secrets[0], id, 5, binary));
});

test.each([
  ['MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', /must start with 'whsec_'/],
  ['whsec_', /followed by base64/],
  ['whsec_not base64!', /followed by base64/],
  ['whsec_c2hvcnQ=', /at least 16 bytes/],
])('rejects the secret %s without echoing it', (secret, message) => {
  expect(() => signingKey(secret)).toThrow(SigningSecretError);
  expect(() => signingKey(secret)).toThrow(message);
  try {
    signingKey(secret);
  } catch (err) {
    expect((err as Error).message).not.toContain(secret.slice(6) || '\u0000');
  }
});

test('batch ids are stable for the same events in the same order, and differ otherwise', () => {
  const a = batchId(['m1-0', 'm1-1', 'm2-0']);
  expect(a).toBe(batchId(['m1-0', 'm1-1', 'm2-0']));
  expect(a).toMatch(/^batch_[0-9a-f]{40}$/);
  expect(batchId(['m1-1', 'm1-0', 'm2-0'])).not.toBe(a);
  expect(batchId(['m1-0', 'm1-1'])).not.toBe(a);
});
