import type { SinkRecord } from '../../sinks/sink';

/** Where a record's delivery latency is measured from. */
export interface RecordOrigin {
  /** Epoch ms. */
  at: number;
  /** `publish`: the AMQP timestamp property (whole seconds); `receipt`: when the bridge received the message. */
  start: 'publish' | 'receipt';
}

/** The latency start of a record: its message's AMQP timestamp when the publisher set one, else the receipt. */
export function originOf(record: Pick<SinkRecord, 'publishedAt' | 'receivedAt'>): RecordOrigin {
  const published = record.publishedAt;
  if (typeof published === 'number' && published > 0) return { at: published, start: 'publish' };
  return { at: record.receivedAt, start: 'receipt' };
}
