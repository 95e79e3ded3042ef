import { Buffer } from 'node:buffer';
import { inflateRawSync, crc32 } from 'node:zlib';
import { DecodeError } from '../decode-error';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export interface ZipMember {
  name: string;
  data: Buffer;
}

export interface ZipLimits {
  maxMembers: number;
  maxInflatedBytes: number;
}

export interface ZipOutcome {
  members: ZipMember[];
  /** Members that could not be extracted; the others are still returned. */
  errors: DecodeError[];
}

/** True when the body starts like a zip archive (a local file header or an empty archive). */
export function looksLikeZip(body: Uint8Array): boolean {
  return (
    body.length >= 4 &&
    body[0] === 0x50 &&
    body[1] === 0x4b &&
    ((body[2] === 3 && body[3] === 4) || (body[2] === 5 && body[3] === 6))
  );
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - EOCD_MIN - MAX_COMMENT);
  for (let i = buf.length - EOCD_MIN; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readCentralDirectory(buf: Buffer, limits: ZipLimits): CentralEntry[] | DecodeError {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return new DecodeError('zip_invalid', 'no end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    return new DecodeError('zip_unsupported', 'zip64 archives are not supported');
  }
  if (count > limits.maxMembers) {
    return new DecodeError('zip_too_many_members', `${count} members exceed the limit of ${limits.maxMembers}`);
  }
  if (cdOffset + cdSize > eocd) return new DecodeError('zip_invalid', 'central directory overruns the archive');
  const entries: CentralEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      return new DecodeError('zip_invalid', `central directory entry ${i} is corrupt`);
    }
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) return new DecodeError('zip_invalid', `central directory entry ${i} overruns`);
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p = end;
  }
  return refuseSharedData(entries) ?? entries;
}

/**
 * An archive whose entries share data is refused whole: a few kilobytes of central directory
 * pointing many entries at one large member would make it inflate (and decode) many times over,
 * within every per-member bound. Each entry claims at least its 30-byte local header and its
 * compressed data from its local offset; honest archives never overlap those, nor repeat a name.
 */
function refuseSharedData(entries: readonly CentralEntry[]): DecodeError | null {
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.name))
      return new DecodeError(
        'zip_overlapping_members',
        `member name ${JSON.stringify(e.name.slice(0, 200))} appears twice`,
        { member: e.name },
      );
    names.add(e.name);
  }
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    if (prev.localOffset + 30 + prev.compressedSize > byOffset[i].localOffset) {
      return new DecodeError(
        'zip_overlapping_members',
        `members ${JSON.stringify(prev.name.slice(0, 200))} and ${JSON.stringify(byOffset[i].name.slice(0, 200))} share data`,
        { member: byOffset[i].name },
      );
    }
  }
  return null;
}

/** The most deflate can grow data (each 258-byte match costs at least two bits: about 1032 to 1). */
const DEFLATE_MAX_RATIO = 1032;
/**
 * zlib's smallest output chunk is 64 bytes; this is small enough for a tiny member and spares the many small chunks.
 */
const MIN_CHUNK = 16 * 1024;

function extract(buf: Buffer, entry: CentralEntry, budget: number): Buffer | DecodeError {
  const where = { member: entry.name };
  if (entry.flags & 1) return new DecodeError('zip_unsupported', 'encrypted member', where);
  if (entry.size > budget) {
    return new DecodeError(
      'zip_inflated_too_large',
      `member declares ${entry.size} bytes, over the remaining inflate budget`,
      where,
    );
  }
  const lh = entry.localOffset;
  if (lh + 30 > buf.length || buf.readUInt32LE(lh) !== LOCAL_SIGNATURE) {
    return new DecodeError('zip_invalid', 'local header missing', where);
  }
  const dataStart = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > buf.length) return new DecodeError('zip_invalid', 'member data overruns the archive', where);
  const stored = buf.subarray(dataStart, dataEnd);
  let data: Buffer;
  if (entry.method === 0) {
    data = stored;
  } else if (entry.method === 8) {
    try {
      // Inflated into one buffer of the declared size (and a byte, to notice a member that
      // inflates past it): zlib's default 16 KiB chunks would be joined at the end, a second copy
      // of the whole member at once. Deflate cannot grow data more than DEFLATE_MAX_RATIO times,
      // so a member declaring more than that is not given more room up front.
      const most = Math.max(1, Math.min(budget, entry.size + 1));
      data = inflateRawSync(stored, {
        maxOutputLength: most,
        chunkSize: Math.max(MIN_CHUNK, Math.min(most, stored.length * DEFLATE_MAX_RATIO + MIN_CHUNK)),
      });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') {
        return new DecodeError(
          'zip_inflated_too_large',
          'member inflates past its declared size or the inflate budget',
          where,
        );
      }
      return new DecodeError('zip_invalid', `inflate failed: ${(err as Error).message}`, where);
    }
  } else {
    return new DecodeError('zip_unsupported', `compression method ${entry.method}`, where);
  }
  if (data.length !== entry.size) {
    return new DecodeError('zip_invalid', `member is ${data.length} bytes, header says ${entry.size}`, where);
  }
  if (crc32(data) !== entry.crc) return new DecodeError('zip_invalid', 'CRC mismatch', where);
  return data;
}

/**
 * Reads a zip archive held in memory, within limits: member count, and total inflated bytes
 * (enforced while inflating, so a bomb stops at the cap instead of filling memory).
 * A broken archive is one error; a broken member is an error for that member only.
 */
export function readZip(buf: Buffer, limits: ZipLimits): ZipOutcome | DecodeError {
  const entries = readCentralDirectory(buf, limits);
  if (entries instanceof DecodeError) return entries;
  const members: ZipMember[] = [];
  const errors: DecodeError[] = [];
  let budget = limits.maxInflatedBytes;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const data = extract(buf, entry, budget);
    if (data instanceof DecodeError) {
      errors.push(data);
      if (data.reason === 'zip_inflated_too_large') budget = 0;
      continue;
    }
    budget -= data.length;
    members.push({ name: entry.name, data });
  }
  return { members, errors };
}
