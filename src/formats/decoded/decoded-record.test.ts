import Long from 'long';
import { decodedRecord } from './decoded-record';
import { toJson } from '../json-writer';
import type { DecodedEvent } from '../../event/decoded-event';
import type { InboundMessage } from '../../event/inbound-message';
import { CbEventMsgType } from '../../codecs/protobuf/decode-sensor-event';

const source: InboundMessage = {
  exchange: 'api.rawsensordata',
  routingKey: 'ingress.event.process',
  contentType: 'application/protobuf',
  headers: { 'x-origin': Buffer.from('cb'), count: 3 },
  body: Buffer.alloc(0),
  receivedAt: Date.UTC(2026, 10, 22, 3, 4, 5, 678),
  timestamp: 1_763_780_645,
};

test('decoded: fields by .proto name, 64-bit values exact, bytes as upper-case hex, enums by name, envelope from the transport', () => {
  const bytes = CbEventMsgType.encode({
    header: {
      version: 4,
      timestamp: Long.fromString('134397912705470000'),
      process_guid: Long.fromString('-8915740139778150230'),
      process_pid: 4242,
    },
    strings: [{ guid: Long.fromNumber(20420815), utf8string: Buffer.from('c:\\x.exe'), string_type: 2 }],
    process: {
      pid: 4242,
      created: true,
      md5hash: Buffer.from('00ff10ab00ff10ab00ff10ab00ff10ab', 'hex'),
      parent_guid: Long.fromNumber(-5),
    },
  } as never).finish();
  const msg = CbEventMsgType.decode(bytes);
  const event = { kind: 'sensor', msg, location: { member: 'a.zip/b', record: 2 } } as unknown as DecodedEvent;
  const record = decodedRecord(event, source);
  expect(record).toEqual({
    envelope: {
      routing_key: 'ingress.event.process',
      exchange: 'api.rawsensordata',
      content_type: 'application/protobuf',
      headers: { 'x-origin': { type: 'Buffer', data: [99, 98] }, count: 3 },
      received_at: '2026-11-22T03:04:05.678Z',
      amqp_timestamp: 1_763_780_645,
      location: { member: 'a.zip/b', record: 2 },
    },
    message: {
      header: { version: 4, timestamp: 134397912705470000n, process_guid: -8915740139778150230n, process_pid: 4242 },
      strings: [
        {
          guid: 20420815,
          utf8string: Buffer.from('c:\\x.exe').toString('hex').toUpperCase(),
          string_type: 'typeRegpath',
        },
      ],
      process: { pid: 4242, created: true, md5hash: '00FF10AB00FF10AB00FF10AB00FF10AB', parent_guid: -5 },
    },
  });
  expect(toJson(record)).toContain('"timestamp":134397912705470000,"process_guid":-8915740139778150230');
  // The envelope's headers are the record's own: changing them leaves the message's headers alone.
  (record.envelope as { headers: Record<string, unknown> }).headers.count = 4;
  expect(source.headers.count).toBe(3);
});
