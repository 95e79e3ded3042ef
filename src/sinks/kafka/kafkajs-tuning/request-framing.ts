import { Buffer } from 'node:buffer';
import { asEncoder, HEADROOM, type EncoderClass, type EncoderLike } from './kafkajs-encoder';

/**
 * kafkajs' request framing (kafkajs/src/protocol/request.js) with the same bytes and one copy
 * fewer, or none. kafkajs builds size, api key, api version, correlation id and client id, then
 * copies the encoded body into one new encoder and that encoder into another: a 1 MB produce
 * request is copied twice before it reaches the socket. Here the header goes into room the produce
 * encoder leaves in front of the body (no copy at all), and a body without such room is copied
 * once, into a buffer of the exact size.
 */

/** What kafkajs' connection passes its request framing. */
export interface FramingArgs {
  correlationId: number;
  clientId: string | null | undefined;
  request: { apiKey: number; apiVersion: number; encode(): Promise<EncoderLike> | EncoderLike };
}

/** Size, api key, api version, correlation id and the client id's length. */
const FIXED_HEADER_BYTES = 4 + 2 + 2 + 4 + 2;
/** Room the produce encoder leaves in front of its body: enough for client ids up to 242 bytes. */
export const PRODUCE_HEADROOM_BYTES = 256;

/** The request framing, given kafkajs' Encoder class (the result is an Encoder, as kafkajs' connection expects). */
export function requestFraming(Encoder: EncoderClass): (args: FramingArgs) => Promise<EncoderLike> {
  return async ({ correlationId, clientId, request: { apiKey, apiVersion, encode } }) => {
    const body = await encode();
    const clientIdBytes = clientId == null ? 0 : Buffer.byteLength(clientId);
    const headerBytes = FIXED_HEADER_BYTES + clientIdBytes;
    const bodyBytes = body.offset;
    const room = body[HEADROOM] ?? 0;
    let frame: Buffer;
    if (room >= headerBytes) {
      frame = Buffer.from(body.buf.buffer, body.buf.byteOffset - headerBytes, headerBytes + bodyBytes);
    } else {
      frame = Buffer.allocUnsafe(headerBytes + bodyBytes);
      body.buf.copy(frame, headerBytes, 0, bodyBytes);
    }
    let offset = frame.writeInt32BE(headerBytes - 4 + bodyBytes, 0);
    offset = frame.writeInt16BE(apiKey, offset);
    offset = frame.writeInt16BE(apiVersion, offset);
    offset = frame.writeInt32BE(correlationId, offset);
    if (clientId == null) {
      frame.writeInt16BE(-1, offset);
    } else {
      offset = frame.writeInt16BE(clientIdBytes, offset);
      frame.write(clientId, offset, 'utf8');
    }
    return asEncoder(Encoder, frame);
  };
}
