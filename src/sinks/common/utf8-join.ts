/**
 * UTF-8 bytes of `prefix + texts.join(separator) + suffix`, written text by text into one buffer
 * instead of building the joined string first (measured on 700-byte JSON lines: 0.15–0.3 µs per
 * text instead of 0.8–1.9 µs). Texts are first assumed to be ASCII, one byte per character, which
 * rendered events almost always are; the first text that is not sends the batch to a second pass
 * that sizes every text exactly.
 */
export function utf8Join(texts: readonly string[], separator: string, prefix = '', suffix = ''): Buffer {
  return asciiJoin(texts, separator, prefix, suffix) ?? exactJoin(texts, separator, prefix, suffix);
}

function asciiJoin(texts: readonly string[], separator: string, prefix: string, suffix: string): Buffer | null {
  let total = prefix.length + suffix.length + separator.length * Math.max(0, texts.length - 1);
  for (let i = 0; i < texts.length; i++) total += texts[i].length;
  const buf = Buffer.allocUnsafe(total);
  let offset = 0;
  const put = (text: string): boolean => {
    if (text.length === 0) return true;
    const written = buf.write(text, offset, total - offset, 'utf8');
    offset += written;
    // UTF-8 takes more bytes than UTF-16 units for anything outside ASCII: equal means all ASCII.
    return written === text.length;
  };
  if (!put(prefix)) return null;
  for (let i = 0; i < texts.length; i++) {
    if (i > 0 && !put(separator)) return null;
    if (!put(texts[i])) return null;
  }
  if (!put(suffix)) return null;
  return buf;
}

function exactJoin(texts: readonly string[], separator: string, prefix: string, suffix: string): Buffer {
  const sizes = texts.map((t) => Buffer.byteLength(t));
  const separatorBytes = Buffer.byteLength(separator);
  let total = Buffer.byteLength(prefix) + Buffer.byteLength(suffix) + separatorBytes * Math.max(0, texts.length - 1);
  for (const size of sizes) total += size;
  const buf = Buffer.allocUnsafe(total);
  let offset = buf.write(prefix, 0, 'utf8');
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) offset += buf.write(separator, offset, separatorBytes, 'utf8');
    offset += buf.write(texts[i], offset, sizes[i], 'utf8');
  }
  offset += buf.write(suffix, offset, 'utf8');
  if (offset !== total) throw new Error(`utf8Join wrote ${offset} bytes of ${total}`);
  return buf;
}
