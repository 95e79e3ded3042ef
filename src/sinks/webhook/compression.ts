import { Buffer } from 'node:buffer';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

/** A request body compressed for Content-Encoding: gzip (fast level: bodies are sent once). */
export function gzipBody(body: Buffer): Promise<Buffer> {
  return gzipAsync(body, { level: 1 });
}
