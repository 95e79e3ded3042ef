import { writeText } from './write-text';

/**
 * UTF-8 bytes of `prefix + texts.join(separator) + suffix`, written text by text into one buffer
 * of the exact size instead of building the joined string first (measured on 700-byte JSON lines:
 * 0.3 µs per text instead of 0.8–1.9 µs). Each text is measured, then written with that length.
 */
export function utf8Join(texts: readonly string[], separator: string, prefix = '', suffix = ''): Buffer {
  const sizes = new Array<number>(texts.length);
  const separatorBytes = Buffer.byteLength(separator);
  let total = Buffer.byteLength(prefix) + Buffer.byteLength(suffix) + separatorBytes * Math.max(0, texts.length - 1);
  for (let i = 0; i < texts.length; i++) total += sizes[i] = Buffer.byteLength(texts[i]);
  const buf = Buffer.allocUnsafe(total);
  let offset = writeText(buf, 0, prefix, Buffer.byteLength(prefix));
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) offset = writeText(buf, offset, separator, separatorBytes);
    offset = writeText(buf, offset, texts[i], sizes[i]);
  }
  offset = writeText(buf, offset, suffix, Buffer.byteLength(suffix));
  if (offset !== total) throw new Error(`utf8Join wrote ${offset} bytes of ${total}`);
  return buf;
}
