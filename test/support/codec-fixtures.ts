import { DEFAULT_CODEC_LIMITS, type CodecLimits } from '../../src/codecs/codec-limits';
import type { CodecOptions } from '../../src/codecs/decode-message';
import { NotificationSchemas } from '../../src/codecs/json/notification-schemas';
import { EVENTS_EXCHANGE, type InboundMessage } from '../../src/event/inbound-message';

let schemas: NotificationSchemas | undefined;

export function codecOptions(limits: Partial<CodecLimits> = {}, acceptUnknownRoutingKeys = false): CodecOptions {
  schemas ??= new NotificationSchemas();
  return { schemas, acceptUnknownRoutingKeys, limits: { ...DEFAULT_CODEC_LIMITS, ...limits } };
}

export function message(body: Buffer | Uint8Array, over: Partial<InboundMessage> = {}): InboundMessage {
  return {
    exchange: EVENTS_EXCHANGE,
    routingKey: 'ingress.event.netconn',
    contentType: 'application/protobuf',
    headers: {},
    body: Buffer.from(body),
    receivedAt: 1_700_000_000_000,
    ...over,
  };
}

export const FORMAT = { serverName: 'cbserver', serverUrl: 'https://cb.example/', floatTimestamps: false };
