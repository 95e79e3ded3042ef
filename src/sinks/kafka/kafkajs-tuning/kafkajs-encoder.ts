/** Bytes in front of an encoder's buffer, in the same memory, that a request header may be written into. */
import { Buffer } from 'node:buffer';

export const HEADROOM = Symbol.for('cb-event-bridge.kafkajs-headroom');

/** kafkajs' protocol Encoder as the tuning uses it: its bytes are `buf` up to `offset`. */
export interface EncoderLike {
  buf: Buffer;
  offset: number;
  [HEADROOM]?: number;
}

export interface EncoderClass {
  prototype: object;
}

/** An instance of kafkajs' Encoder (its `buffer` getter, `size()`...) holding exactly `bytes`, with `headroom` bytes free before them. */
export function asEncoder(Encoder: EncoderClass, bytes: Buffer, headroom = 0): EncoderLike {
  const encoder = Object.create(Encoder.prototype) as EncoderLike;
  encoder.buf = bytes;
  encoder.offset = bytes.length;
  if (headroom > 0) encoder[HEADROOM] = headroom;
  return encoder;
}
