import { Buffer } from 'node:buffer';
import { deflateRawSync, crc32 } from 'node:zlib';

/** Frames serialized CbEventMsg records as a bundle: 4-byte little-endian length, then the bytes. */
export function writeBundle(records: Uint8Array[]): Buffer {
  const total = records.reduce((n, r) => n + 4 + r.length, 0);
  const out = Buffer.allocUnsafe(total);
  let p = 0;
  for (const r of records) {
    out.writeUInt32LE(r.length, p);
    out.set(r, p + 4);
    p += 4 + r.length;
  }
  return out;
}

export interface ZipInput {
  name: string;
  data: Uint8Array;
  /** Store instead of deflate. */
  stored?: boolean;
}

/** A minimal zip archive (deflate or stored members), as CB servers publish raw sensor data. */
export function writeZip(members: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, 'utf8');
    const data = Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
    const body = m.stored ? data : deflateRawSync(data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(m.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(m.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
