import { Buffer } from 'node:buffer';
import { utf8Size, writePart, writeText, type TextOrBytes } from './write-text';

export type { TextOrBytes };

/**
 * UTF-8 bytes of `prefix + parts.join(separator) + suffix`, written part by part into one buffer
 * of the exact size instead of building the joined string first. Each text is measured, then
 * written with that length; parts that are bytes already are copied.
 */
export function utf8Join(parts: readonly TextOrBytes[], separator: string, prefix = '', suffix = ''): Buffer {
  const sizes = new Array<number>(parts.length);
  const separatorBytes = Buffer.byteLength(separator);
  let total = Buffer.byteLength(prefix) + Buffer.byteLength(suffix) + separatorBytes * Math.max(0, parts.length - 1);
  for (let i = 0; i < parts.length; i++) total += sizes[i] = utf8Size(parts[i]);
  const buf = Buffer.allocUnsafe(total);
  let offset = writeText(buf, 0, prefix, Buffer.byteLength(prefix));
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) offset = writeText(buf, offset, separator, separatorBytes);
    offset = writePart(buf, offset, parts[i], sizes[i]);
  }
  offset = writeText(buf, offset, suffix, Buffer.byteLength(suffix));
  if (offset !== total) throw new Error(`utf8Join wrote ${offset} bytes of ${total}`);
  return buf;
}
