import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import { makeTestPki, type TestPki } from '../../../test/support/test-pki';
import { clientTlsSchemaProperties, clientTlsSettingProblems, readClientTls } from './tls-files';

let pki: TestPki;
beforeAll(() => {
  pki = makeTestPki('tls-files');
  // The client key encrypted with a passphrase, for the passphrase cases.
  execFileSync(
    'openssl',
    ['pkey', '-in', pki.path('client.key'), '-aes256', '-passout', 'pass:s3cret', '-out', pki.path('client-enc.key')],
    { stdio: 'ignore' },
  );
  writeFileSync(pki.path('not-a-cert.pem'), 'just some text\n');
});

test('the schema properties are strict draft-07, described, and speak of the peer', () => {
  const props = clientTlsSchemaProperties('collector');
  const validate = new Ajv({ strict: true, allErrors: true }).compile({
    type: 'object',
    additionalProperties: false,
    properties: props,
  });
  expect(
    validate({
      ca: '/ca.pem',
      cert: '/c.pem',
      key: '/k.pem',
      key_passphrase: '${KP}',
      server_name: 'siem',
      verify: false,
    }),
  ).toBe(true);
  expect(validate({ ca: '' })).toBe(false);
  expect(validate({ cafile: '/x' })).toBe(false);
  for (const [name, p] of Object.entries(props)) expect([name, typeof p.description]).toEqual([name, 'string']);
  expect(props.ca.description).toMatch(/verify the collector with/);
  expect(props.verify).toMatchObject({ default: true });
  const inOneOf = clientTlsSchemaProperties('brokers', { withDefault: false });
  expect(inOneOf.verify.description).toMatch(/certificate of the brokers/);
  expect(inOneOf.verify).not.toHaveProperty('default');
});

test('real files: read, checked and returned in the node:tls shape', () => {
  const { options, problems } = readClientTls(
    {
      ca: pki.path('ca.pem'),
      cert: pki.path('client.pem'),
      key: pki.path('client.key'),
      server_name: 'siem.example',
      verify: false,
    },
    { defaultServername: 'ignored.example' },
  );
  expect(problems).toEqual([]);
  expect(options).toEqual({
    ca: pki.pem('ca.pem'),
    cert: pki.pem('client.pem'),
    key: pki.pem('client.key'),
    servername: 'siem.example',
    rejectUnauthorized: false,
  });
  expect(readClientTls({}, { defaultServername: 'siem.example' })).toEqual({
    options: { rejectUnauthorized: true, servername: 'siem.example' },
    problems: [],
  });
  expect(readClientTls({}).options).toEqual({ rejectUnauthorized: true });
});

test('settings that do not go together, each at its property', () => {
  expect(clientTlsSettingProblems({ cert: '/c.pem' })).toEqual([
    { field: 'tls.key', message: 'tls.cert and tls.key go together' },
  ]);
  expect(clientTlsSettingProblems({ key: '/k.pem' })).toEqual([
    { field: 'tls.cert', message: 'tls.cert and tls.key go together' },
  ]);
  expect(clientTlsSettingProblems({ key_passphrase: 'x' })).toEqual([
    { field: 'tls.key_passphrase', message: 'tls.key_passphrase is set without tls.key' },
  ]);
  expect(readClientTls({ cert: pki.path('client.pem') }).problems).toEqual([
    { field: 'tls.key', message: 'tls.cert and tls.key go together' },
  ]);
});

test('unreadable files and a bad passphrase reference: every problem at once', () => {
  const missing = pki.path('missing.pem');
  const secret = (v: unknown): string | undefined => {
    if (v === '${EMPTY}') return '';
    throw new Error(`environment variable ${String(v).slice(2, -1)} is not set`);
  };
  expect(
    readClientTls({ ca: missing, cert: missing, key: pki.path('client.key'), key_passphrase: '${NOPE}' }, { secret })
      .problems,
  ).toEqual([
    { field: 'tls.ca', message: `tls.ca: cannot read ${missing}: ENOENT` },
    { field: 'tls.cert', message: `tls.cert: cannot read ${missing}: ENOENT` },
    { field: 'tls.key_passphrase', message: 'tls.key_passphrase: environment variable NOPE is not set' },
  ]);
  expect(
    readClientTls({ cert: pki.path('client.pem'), key: pki.path('client.key'), key_passphrase: '${EMPTY}' }, { secret })
      .problems,
  ).toEqual([{ field: 'tls.key_passphrase', message: 'tls.key_passphrase is empty' }]);
  // A file the injected reader refuses without an errno code: its message is shown.
  const readFile = (): Buffer => {
    throw new Error('permission denied by policy');
  };
  expect(readClientTls({ ca: '/etc/ca.pem' }, { readFile }).problems).toEqual([
    { field: 'tls.ca', message: 'tls.ca: cannot read /etc/ca.pem: permission denied by policy' },
  ]);
});

test("PEM contents: a file that is no certificate, and a key that is not the certificate's", () => {
  const notCert = pki.path('not-a-cert.pem');
  expect(readClientTls({ ca: notCert }).problems).toEqual([
    { field: 'tls.ca', message: `tls.ca: ${notCert} holds no PEM certificate` },
  ]);
  expect(readClientTls({ cert: pki.path('client.key'), key: pki.path('client.key') }).problems).toEqual([
    { field: 'tls.cert', message: `tls.cert: ${pki.path('client.key')} holds no PEM certificate` },
  ]);
  const [mismatch] = readClientTls({ cert: pki.path('client.pem'), key: pki.path('server.key') }).problems;
  expect(mismatch).toEqual({
    field: 'tls.key',
    message: expect.stringMatching(
      new RegExp(`^tls\\.key: ${pki.path('server.key')} cannot be used with tls\\.cert: .+`),
    ),
  });
});

test('an encrypted key: tried with its resolved passphrase; not tried when the passphrase is not resolved (check)', () => {
  const block = { cert: pki.path('client.pem'), key: pki.path('client-enc.key'), key_passphrase: '${KP}' };
  const good = readClientTls(block, { secret: () => 's3cret' });
  expect(good.problems).toEqual([]);
  expect(good.options.passphrase).toBe('s3cret');
  const [wrong] = readClientTls(block, { secret: () => 'wrong' }).problems;
  expect(wrong).toEqual({
    field: 'tls.key',
    message: expect.stringMatching(/^tls\.key: .*client-enc\.key cannot be used with tls\.cert: /),
  });
  expect(wrong.message).not.toContain('wrong');
  const unresolved = readClientTls(block);
  expect(unresolved.problems).toEqual([]);
  expect(unresolved.options.passphrase).toBeUndefined();
});
