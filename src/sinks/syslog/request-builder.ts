import { Buffer } from 'node:buffer';
import type { SinkRecord } from '../sink';
import { utf8Join, type TextOrBytes } from '../common/utf8-join';
import { utf8Length, utf8Size } from '../common/write-text';
import type { SyslogSinkOptions } from './config';
import { syslogHeader } from './header';

/** What one send() writes. */
export interface SyslogRequest {
  /** tcp and tls: one buffer with every framed message, in batch order. udp: one datagram per buffer. */
  chunks: Buffer[];
  /** Index in the batch -> why that record is not sent (it would never succeed: dead-lettered). */
  rejected: Map<number, string>;
  /** Records that did not fit a datagram and were truncated or split (udp). */
  oversize: number;
}

const LF = 0x0a;

function hasLineFeed(body: TextOrBytes): boolean {
  return typeof body === 'string' ? body.includes('\n') : body.includes(LF);
}

/** The largest prefix of `bytes` of at most `max` bytes that does not cut a UTF-8 character. */
export function utf8Prefix(bytes: Buffer, max: number): Buffer {
  if (bytes.length <= max) return bytes;
  let end = max;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/** `bytes` in pieces of at most `max` bytes, none cutting a UTF-8 character. */
export function utf8Pieces(bytes: Buffer, max: number): Buffer[] {
  const pieces: Buffer[] = [];
  let rest = bytes;
  while (rest.length > 0) {
    const piece = utf8Prefix(rest, max);
    if (piece.length === 0) break;
    pieces.push(piece);
    rest = rest.subarray(piece.length);
  }
  return pieces;
}

/** A stream of framed messages: `LEN SP MSG` each (octet counting) or `MSG LF` each (newline). */
function streamRequest(batch: readonly SinkRecord[], o: SyslogSinkOptions, route: string, now: number): SyslogRequest {
  const parts: TextOrBytes[] = [];
  const rejected = new Map<number, string>();
  for (let i = 0; i < batch.length; i++) {
    const r = batch[i];
    const body = r.utf8 ?? r.text;
    const header = syslogHeader(r, o, route, now);
    if (o.framing === 'newline') {
      if (hasLineFeed(body)) {
        rejected.set(
          i,
          'message contains a line feed, which newline framing cannot carry (use framing: octet_counting)',
        );
        continue;
      }
      parts.push(header, body, '\n');
    } else {
      parts.push(`${utf8Length(header) + utf8Size(body)} `, header, body);
    }
  }
  return { chunks: parts.length === 0 ? [] : [utf8Join(parts, '')], rejected, oversize: 0 };
}

/** One datagram per message; a message over udp_max_bytes is truncated, split or refused as configured. */
function datagramRequest(
  batch: readonly SinkRecord[],
  o: SyslogSinkOptions,
  route: string,
  now: number,
): SyslogRequest {
  const chunks: Buffer[] = [];
  const rejected = new Map<number, string>();
  let oversize = 0;
  for (let i = 0; i < batch.length; i++) {
    const r = batch[i];
    const body = r.utf8 ?? r.text;
    const header = syslogHeader(r, o, route, now);
    const headerBytes = utf8Length(header);
    const size = headerBytes + utf8Size(body);
    if (size <= o.udpMaxBytes) {
      chunks.push(utf8Join([header, body], ''));
      continue;
    }
    const room = o.udpMaxBytes - headerBytes;
    if (o.udpOversize === 'drop' || room <= 0) {
      rejected.set(
        i,
        `message of ${size} bytes is over udp_max_bytes (${o.udpMaxBytes})${room <= 0 ? ', its header alone fills it' : ''}`,
      );
      continue;
    }
    const bytes =
      typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    const pieces = o.udpOversize === 'split' ? utf8Pieces(bytes, room) : [utf8Prefix(bytes, room)];
    for (const piece of pieces) chunks.push(utf8Join([header, piece], ''));
    oversize++;
  }
  return { chunks, rejected, oversize };
}

/** The bytes a batch becomes on the wire, for the sink's protocol and framing. */
export function buildSyslogRequest(
  batch: readonly SinkRecord[],
  o: SyslogSinkOptions,
  route: string,
  now: number,
): SyslogRequest {
  return o.protocol === 'udp' ? datagramRequest(batch, o, route, now) : streamRequest(batch, o, route, now);
}
