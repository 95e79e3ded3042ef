/** One AMQP delivery as the codecs see it: transport facts plus the raw body. */
import { Buffer } from 'node:buffer';

export interface InboundMessage {
  exchange: string;
  routingKey: string;
  /** AMQP content type as sent (may carry parameters, may be absent). */
  contentType: string | undefined;
  headers: Readonly<Record<string, unknown>>;
  body: Buffer;
  /** When the bridge received it (epoch milliseconds). */
  receivedAt: number;
  /** AMQP `timestamp` property (epoch seconds) when the publisher set one. */
  timestamp?: number;
}

export const EVENTS_EXCHANGE = 'api.events';
export const RAW_SENSOR_EXCHANGE = 'api.rawsensordata';
