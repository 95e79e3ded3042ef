import { Buffer } from 'node:buffer';
import { asEncoder, type EncoderClass } from './kafkajs-encoder';
import { encodeProduceRequest, type CompressRecords, type ProduceRequestArgs } from './produce-request';
import { PRODUCE_HEADROOM_BYTES } from './request-framing';

/**
 * Hands kafkajs' Produce requests, versions 3 to 7, to encodeProduceRequest (one pass, one
 * buffer, the same bytes). kafkajs looks its request builders up through the `protocol` function
 * of its produce module on every produce call, so wrapping that function is enough: each request
 * built keeps its api key, version and response parser, and only its `encode` is replaced.
 *
 * When kafkajs' modules do not have the expected shape, nothing is changed.
 */

interface ProduceBuilt {
  request: { encode(): Promise<unknown> };
}
type ProduceBuilder = (args: ProduceRequestArgs) => ProduceBuilt;

interface ProduceModule {
  versions: string[];
  protocol(options: { version: number }): ProduceBuilder | undefined;
  [INSTALLED]?: true;
}

interface CompressionModule {
  lookupCodec(type: number): { compress(encoder: { buffer: Buffer }): Promise<Buffer> } | null;
}

const INSTALLED = Symbol.for('cb-event-bridge.kafkajs-produce-request');
/** The versions whose body this encoder writes (kafkajs 2.2.4 implements up to 7). */
const FIRST_VERSION = 3;
const LAST_VERSION = 7;

export type ProduceRequestTuning = 'installed' | 'unsupported';

let state: ProduceRequestTuning | null = null;

export function installProduceRequestEncoder(): ProduceRequestTuning {
  state ??= install();
  return state;
}

function install(): ProduceRequestTuning {
  let produce: ProduceModule;
  let Encoder: EncoderClass;
  let compression: CompressionModule;
  try {
    produce = require('kafkajs/src/protocol/requests/produce') as ProduceModule;
    Encoder = require('kafkajs/src/protocol/encoder') as EncoderClass;
    compression = require('kafkajs/src/protocol/message/compression') as CompressionModule;
  } catch {
    return 'unsupported';
  }
  if (produce[INSTALLED]) return 'installed';
  if (typeof produce.protocol !== 'function' || !Array.isArray(produce.versions) || typeof compression.lookupCodec !== 'function'
    || Math.max(...produce.versions.map(Number)) !== LAST_VERSION) {
    return 'unsupported';
  }
  const compress: CompressRecords = (type, records) => {
    const codec = compression.lookupCodec(type);
    if (!codec) throw new Error(`kafka compression type ${type} has no codec`);
    return codec.compress({ buffer: records });
  };
  const original = produce.protocol.bind(produce);
  produce.protocol = (options) => {
    const build = original(options);
    if (typeof build !== 'function' || options.version < FIRST_VERSION || options.version > LAST_VERSION) return build;
    return (args) => {
      const built = build(args);
      built.request.encode = async () => asEncoder(Encoder, await encodeProduceRequest(args, compress, PRODUCE_HEADROOM_BYTES), PRODUCE_HEADROOM_BYTES);
      return built;
    };
  };
  produce[INSTALLED] = true;
  return 'installed';
}
