import { Buffer } from 'node:buffer';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

/**
 * `data` as one complete gzip member. Members appended one after another form a valid gzip
 * stream (RFC 1952 §2.2): `gzip -dc` and zlib's gunzip read the concatenation whole.
 */
export function gzipMember(data: Buffer): Promise<Buffer> {
  return gzipAsync(data);
}
