import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import type { Settings } from '../config/settings';

/** How the admin server listens and who it lets in. */
export interface AdminServerOptions {
  host: string;
  /** 0 = any free port (tests); settings use 0 to mean "no admin server" and never get here with it. */
  port: number;
  /** Bearer token; '' = no authentication (allowed on a loopback address only). */
  token: string;
  /** /metrics without the token. */
  metricsPublic: boolean;
  /** PEM certificate and key for HTTPS; both or neither. */
  tls?: { cert: Buffer; key: Buffer };
  bodyLimitBytes: number;
}

/** Admin settings that cannot work; the bridge refuses to start. */
export class AdminConfigError extends Error {
  constructor(message: string) {
    super(`admin API: ${message}`);
    this.name = 'AdminConfigError';
  }
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

function readPem(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new AdminConfigError(
      `cannot read the TLS ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

/**
 * Checks options before listening: an empty token is refused unless the server binds to a
 * loopback address (then the API is open to local processes only, which is the default setup).
 */
export function checkAdminOptions(o: AdminServerOptions): void {
  if (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)
    throw new AdminConfigError(`port ${o.port} is not a TCP port`);
  if (o.token === '' && !isLoopback(o.host)) {
    throw new AdminConfigError(
      `no token is set but the server would listen on ${o.host}; set CB_BRIDGE_ADMIN_TOKEN (or CB_BRIDGE_ADMIN_TOKEN_FILE), or bind to 127.0.0.1`,
    );
  }
  if (o.bodyLimitBytes < 1) throw new AdminConfigError('body_limit_bytes must be at least 1');
}

/** The admin server options from settings; null when the admin API is off (port 0). Reads the TLS files. */
export function adminOptionsFromSettings(s: Settings['admin']): AdminServerOptions | null {
  if (s.port === 0) return null;
  if (!!s.tls_cert_file !== !!s.tls_key_file)
    throw new AdminConfigError('set both tls_cert_file and tls_key_file, or neither');
  const options: AdminServerOptions = {
    host: s.host,
    port: s.port,
    token: s.token,
    metricsPublic: s.metrics_public,
    bodyLimitBytes: s.body_limit_bytes,
    ...(s.tls_cert_file
      ? { tls: { cert: readPem(s.tls_cert_file, 'certificate'), key: readPem(s.tls_key_file, 'key') } }
      : {}),
  };
  checkAdminOptions(options);
  return options;
}
