import { Buffer } from 'node:buffer';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';

/** A sink's client-TLS block as written in YAML: paths to PEM files and how to verify the peer. */
export interface ClientTlsConfig {
  ca?: string;
  cert?: string;
  key?: string;
  key_passphrase?: string;
  server_name?: string;
  verify?: boolean;
}

/** The block with its PEM files read and its passphrase resolved, in the shape node:tls takes. */
export interface ClientTlsOptions {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  passphrase?: string;
  servername?: string;
  rejectUnauthorized: boolean;
}

/** One problem of the block: the property (`tls.ca`) and a one-line message naming it. */
export interface TlsProblem {
  field: string;
  message: string;
}

const SECRET_NOTE = 'May be a secret reference (${NAME}, ${env:NAME}, ${file:/path}).';

/**
 * JSON Schema (draft-07) `properties` of the block; `peer` names what the sink connects to as the
 * descriptions speak of it ("brokers", "collector", "endpoint"). `withDefault: false` leaves out
 * verify's schema default, for a block inside a oneOf (kafka's `tls: true | {...}`), where strict
 * ajv refuses defaults.
 */
export function clientTlsSchemaProperties(peer: string, { withDefault = true }: { withDefault?: boolean } = {}) {
  return {
    ca: {
      type: 'string',
      minLength: 1,
      description: `CA bundle (PEM) to verify the ${peer} with, instead of the system CAs.`,
    },
    cert: {
      type: 'string',
      minLength: 1,
      description: `Client certificate (PEM), for mutual TLS with the ${peer}; needs key.`,
    },
    key: { type: 'string', minLength: 1, description: 'Private key (PEM) of the client certificate; needs cert.' },
    key_passphrase: { type: 'string', minLength: 1, description: `Passphrase of the key. ${SECRET_NOTE}` },
    server_name: {
      type: 'string',
      minLength: 1,
      description: `Name to verify in the certificate of the ${peer} (and sent as SNI), when it differs from the host of the address.`,
    },
    verify: {
      type: 'boolean',
      ...(withDefault ? { default: true } : {}),
      description: `Verify the certificate of the ${peer} and its name (default true). false is for tests only.`,
    },
  } as const;
}

/** Settings of the block that do not go together; needs no file and no secret. */
export function clientTlsSettingProblems(tls: ClientTlsConfig): TlsProblem[] {
  const problems: TlsProblem[] = [];
  if ((tls.cert === undefined) !== (tls.key === undefined)) {
    problems.push({
      field: tls.cert === undefined ? 'tls.cert' : 'tls.key',
      message: 'tls.cert and tls.key go together',
    });
  }
  if (tls.key_passphrase !== undefined && tls.key === undefined) {
    problems.push({ field: 'tls.key_passphrase', message: 'tls.key_passphrase is set without tls.key' });
  }
  return problems;
}

export interface ReadClientTlsDeps {
  /**
   * Resolves the key passphrase (a secret reference); without it the passphrase is not resolved and the key not tried
   * (check).
   */
  secret?: (value: unknown) => string | undefined;
  readFile?: (path: string) => Buffer;
  /** Name verified (and sent as SNI) when the block sets no server_name: the host of the address when it is a name. */
  defaultServername?: string;
}

/**
 * Reads and checks the block: its settings, each PEM file (readable, the CA and certificate parse
 * as X.509), the passphrase, and that the key fits the certificate (in a TLS context, when the
 * passphrase is known), so a wrong file shows at start-up and in `check`, not at the first connect.
 * Every problem is reported at its property.
 */
export function readClientTls(
  tls: ClientTlsConfig,
  deps: ReadClientTlsDeps = {},
): { options: ClientTlsOptions; problems: TlsProblem[] } {
  const problems = clientTlsSettingProblems(tls);
  const readFile = deps.readFile ?? ((path: string) => readFileSync(path));
  const options: ClientTlsOptions = { rejectUnauthorized: tls.verify ?? true };
  const servername = tls.server_name ?? deps.defaultServername;
  if (servername !== undefined) options.servername = servername;
  for (const field of ['ca', 'cert', 'key'] as const) {
    const path = tls[field];
    if (path === undefined) continue;
    try {
      options[field] = readFile(path);
    } catch (err) {
      problems.push({
        field: `tls.${field}`,
        message: `tls.${field}: cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      });
    }
  }
  let passphraseKnown = tls.key_passphrase === undefined;
  if (tls.key_passphrase !== undefined && deps.secret) {
    try {
      const resolved = deps.secret(tls.key_passphrase);
      if (resolved === undefined || resolved === '')
        problems.push({ field: 'tls.key_passphrase', message: 'tls.key_passphrase is empty' });
      else {
        options.passphrase = resolved;
        passphraseKnown = true;
      }
    } catch (err) {
      problems.push({ field: 'tls.key_passphrase', message: `tls.key_passphrase: ${(err as Error).message}` });
    }
  }
  if (problems.length === 0) problems.push(...pemProblems(options, tls, passphraseKnown));
  return { options, problems };
}

/** The CA and certificate parsed as X.509, then the key tried with its certificate. */
function pemProblems(options: ClientTlsOptions, paths: ClientTlsConfig, passphraseKnown: boolean): TlsProblem[] {
  const problems: TlsProblem[] = [];
  for (const field of ['ca', 'cert'] as const) {
    const pem = options[field];
    if (!pem) continue;
    try {
      new X509Certificate(pem);
    } catch {
      problems.push({ field: `tls.${field}`, message: `tls.${field}: ${paths[field]} holds no PEM certificate` });
    }
  }
  if (problems.length === 0 && options.cert && options.key && passphraseKnown) {
    try {
      createSecureContext({ cert: options.cert, key: options.key, passphrase: options.passphrase });
    } catch (err) {
      problems.push({
        field: 'tls.key',
        message: `tls.key: ${paths.key} cannot be used with tls.cert: ${(err as Error).message}`,
      });
    }
  }
  return problems;
}
