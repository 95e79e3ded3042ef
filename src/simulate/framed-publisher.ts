import { Buffer } from 'node:buffer';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import amqp, { type Channel, type ChannelModel } from 'amqplib';
import { CB_EXCHANGES } from '../sources/amqp/topology';
import { publishOptions } from './publisher';
import type { OutgoingMessage } from './traffic';

/* amqplib's own frame encoders (0.10): the bytes written here are the bytes its publish writes. */
const Args = require('amqplib/lib/api_args') as { publish(exchange: string, routingKey: string, options: object): object };
const defs = require('amqplib/lib/defs') as {
  BasicPublish: number;
  BasicProperties: number;
  encodeMethod(method: number, channel: number, fields: object): Buffer;
  encodeProperties(properties: number, channel: number, size: number, fields: object): Buffer;
};
const { makeBodyFrame } = require('amqplib/lib/frame') as { makeBodyFrame(channel: number, payload: Buffer): Buffer };

/** A body frame's type, channel, size and end octet. */
const FRAME_OVERHEAD = 8;
/** Publishes are packed into chunks of about this size... */
const CHUNK_BYTES = 64 * 1024;
/**
 * ...and the channel's buffer takes this many before a write waits, so the chunks go out at the
 * pace the broker reads them (amqplib's default, 1,024 writes, would take 64 MiB at once).
 */
const QUEUED_CHUNKS = 4;

/** What amqplib keeps of an open channel: its number, and the connection's outgoing buffer per channel. */
interface ChannelInternals {
  ch: number;
  connection: { frameMax: number; channels: Array<{ buffer: Writable } | null> };
}

function internalsOf(channel: Channel): { number: number; frameMax: number; buffer: Writable } {
  const c = channel as unknown as Partial<ChannelInternals>;
  const buffer = c.connection?.channels?.[c.ch ?? -1]?.buffer;
  if (typeof c.ch !== 'number' || typeof c.connection?.frameMax !== 'number' || typeof buffer?.write !== 'function' || buffer.writableHighWaterMark !== QUEUED_CHUNKS) {
    throw new Error('FramedPublisher: this amqplib version keeps its channels differently (written for amqplib 0.10)');
  }
  return { number: c.ch, frameMax: c.connection.frameMax, buffer };
}

/**
 * A load generator for benchmarks: it encodes whole publishes (method, header and body frames,
 * with the properties CbPublisher sends) before the clock starts, packed many to a chunk, then
 * hands the chunks to the channel's own outgoing buffer, so amqplib writes them to the socket in
 * order with anything else it sends. Publishing then costs the benchmark next to no CPU, which
 * otherwise the bridge and the brokers would share with it (amqplib's publish path takes 4-6 µs
 * per message). Unconfirmed and transient, like CbPublisher with confirm off: the benchmarks
 * check arrival at the far end.
 */
export class FramedPublisher {
  private conn: ChannelModel | null = null;
  private channel: ReturnType<typeof internalsOf> | null = null;
  private failure: Error | null = null;

  constructor(private readonly url: string, private readonly declare: boolean) {}

  async open(): Promise<void> {
    this.conn = await amqp.connect(this.url);
    this.conn.on('error', (err: Error) => { this.failure = err; });
    // amqplib 0.10 takes channel options (its buffer's size) that its type definitions leave out.
    const createChannel = this.conn.createChannel as unknown as (this: ChannelModel, options: { highWaterMark: number }) => Promise<Channel>;
    const ch = await createChannel.call(this.conn, { highWaterMark: QUEUED_CHUNKS });
    ch.on('error', (err: Error) => { this.failure = err; });
    if (this.declare) for (const name of CB_EXCHANGES) await ch.assertExchange(name, 'topic', { durable: true });
    this.channel = internalsOf(ch);
  }

  /** The frames of every message, packed into chunks of whole publishes. */
  encode(messages: Iterable<OutgoingMessage>): Buffer[] {
    const { number, frameMax } = this.opened();
    const chunks: Buffer[] = [];
    let parts: Buffer[] = [];
    let size = 0;
    for (const m of messages) {
      for (const frame of publishFrames(number, frameMax, m)) { parts.push(frame); size += frame.length; }
      if (size >= CHUNK_BYTES) { chunks.push(Buffer.concat(parts, size)); parts = []; size = 0; }
    }
    if (size > 0) chunks.push(Buffer.concat(parts, size));
    return chunks;
  }

  /** Writes chunks from `encode` in order, waiting whenever the channel's buffer is full. */
  async write(chunks: Buffer[]): Promise<void> {
    const { buffer } = this.opened();
    for (const chunk of chunks) {
      if (this.failure) throw this.failure;
      if (!buffer.write(chunk)) await once(buffer, 'drain');
    }
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await this.conn?.close().catch(() => undefined);
    this.conn = null;
    this.channel = null;
  }

  private opened(): ReturnType<typeof internalsOf> {
    if (!this.channel) throw new Error('FramedPublisher is not open');
    return this.channel;
  }
}

/** basic.publish, its content header and its body frames (split at the connection's frame size). */
function publishFrames(channel: number, frameMax: number, m: OutgoingMessage): Buffer[] {
  const fieldsAndProperties = Args.publish(m.exchange, m.routingKey, publishOptions(m, false));
  const frames = [
    defs.encodeMethod(defs.BasicPublish, channel, fieldsAndProperties),
    defs.encodeProperties(defs.BasicProperties, channel, m.body.length, fieldsAndProperties),
  ];
  const maxBody = frameMax - FRAME_OVERHEAD;
  for (let offset = 0; offset < m.body.length; offset += maxBody) frames.push(makeBodyFrame(channel, m.body.subarray(offset, offset + maxBody)));
  return frames;
}
