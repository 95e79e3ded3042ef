import { readFileSync } from 'node:fs';
import type { Settings } from '../../config/settings';

/** amqplib socket options: TLS material from files, certificate checking, heartbeat in the URL. */
export function connectArgs(s: Settings['amqp']): { url: string; socketOptions: Record<string, unknown> } {
  const url = new URL(s.url);
  if (!url.searchParams.has('heartbeat')) url.searchParams.set('heartbeat', String(s.heartbeat_s));
  const socketOptions: Record<string, unknown> = { timeout: 10_000 };
  if (url.protocol === 'amqps:') {
    if (s.ca_file) socketOptions.ca = [readFileSync(s.ca_file)];
    if (s.cert_file) socketOptions.cert = readFileSync(s.cert_file);
    if (s.key_file) socketOptions.key = readFileSync(s.key_file);
    if (s.key_passphrase) socketOptions.passphrase = s.key_passphrase;
    socketOptions.rejectUnauthorized = s.verify_tls;
    socketOptions.servername = url.hostname;
  }
  return { url: url.toString(), socketOptions };
}
