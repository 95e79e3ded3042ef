import { Buffer } from 'node:buffer';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE } from '../event/inbound-message';
import { writeBundle, writeZip } from './bundle-writer';
import { Random } from './random';
import { syntheticSensorEvent } from './synthetic-events';

/** A message as a publisher sends it (what the hostile-input test and bench put on the bus). */
export interface HostileMessage {
  exchange: string;
  routingKey: string;
  contentType: string | undefined;
  headers: Record<string, unknown>;
  body: Buffer;
}

/** One class of hostile input: how to make a message of it, and the dead-letter reason the bridge must give it. */
export interface HostileClass {
  name: string;
  /** The reason of the one dead letter the message must become. */
  reason: string;
  make(): HostileMessage;
}

const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);

const json = (routingKey: string, body: Buffer | string): HostileMessage => ({
  exchange: EVENTS_EXCHANGE,
  routingKey,
  contentType: 'application/json',
  headers: {},
  body: Buffer.from(body),
});

const raw = (
  body: Buffer,
  contentType = 'application/zip',
  headers: Record<string, unknown> = { sensorId: 7, sensorHostName: 'HOSTILE' },
): HostileMessage => ({
  exchange: RAW_SENSOR_EXCHANGE,
  routingKey: 'ingress.rawsensordata',
  contentType,
  headers,
  body,
});

/** `depth` nested arrays inside a binaryinfo document: a few kilobytes that overflow any recursive walk. */
export function deeplyNestedJson(depth: number): Buffer {
  return Buffer.from(
    `{"md5":"0123456789ABCDEF0123456789ABCDEF","event_timestamp":1,"observed":${'['.repeat(depth)}${']'.repeat(depth)}}`,
  );
}

/**
 * A small zip whose central directory lists `entries` members that all point at the one local
 * member: `memberBytes` of zeros, deflated (each entry would inflate it again).
 */
export function sharedMemberZip(entries: number, memberBytes: number): Buffer {
  const nameOf = (i: number): string => `EventLog_${String(i).padStart(5, '0')}.log`;
  // An honest one-member zip, whose central entry is then repeated under other names (same length).
  const zip = writeZip([{ name: nameOf(0), data: Buffer.alloc(memberBytes) }]);
  const eocd = zip.length - 22;
  const cdOffset = zip.readUInt32LE(eocd + 16);
  const entry = zip.subarray(cdOffset, eocd);
  const centrals: Buffer[] = [];
  for (let i = 0; i < entries; i++) {
    const copy = Buffer.from(entry);
    copy.write(nameOf(i), 46, 'utf8');
    centrals.push(copy);
  }
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(entry.length * entries, 12);
  return Buffer.concat([zip.subarray(0, cdOffset), ...centrals, end]);
}

/** A CbEventMsg-looking body of `depth` nested protobuf groups (start-group tags with no end). */
function deepProtobufGroups(depth: number): Buffer {
  return Buffer.alloc(depth, 0x0b);
}

/** A bundle of `bytes` framing one-byte records that are not CbEventMsgs (each costs the decoder a failure). */
function garbageRecords(bytes: number): Buffer {
  const out = Buffer.alloc(bytes - (bytes % 5));
  for (let p = 0; p < out.length; p += 5) {
    out.writeUInt32LE(1, p);
    out[p + 4] = 0xff;
  }
  return out;
}

/** A bundle of `n` valid synthetic events (64 distinct ones, repeated; no env: the AMQP headers give it). */
export function validBundle(n: number, seed = 1): Buffer {
  const rng = new Random(seed);
  const distinct: Uint8Array[] = [];
  for (let i = 0; i < Math.min(n, 64); i++)
    distinct.push(syntheticSensorEvent('netconn', rng, { seq: i, now: NOW, withoutEnv: true }));
  const records: Uint8Array[] = [];
  for (let i = 0; i < n; i++) records.push(distinct[i % distinct.length]);
  return writeBundle(records);
}

/**
 * Every class of hostile input the bridge is known to meet, each with the reason it must be
 * dead-lettered for. Sizes are the ones that hurt before the bridge bounded them.
 */
export const HOSTILE_CLASSES: readonly HostileClass[] = [
  { name: 'deep-json', reason: 'json_too_deep', make: () => json('binaryinfo.observed', deeplyNestedJson(5000)) },
  { name: 'zip-shared-member', reason: 'zip_overlapping_members', make: () => raw(sharedMemberZip(4000, 1024 * 1024)) },
  {
    name: 'zeros-bundle-4MiB',
    reason: 'protobuf_missing_required',
    make: () => raw(Buffer.alloc(4 * 1024 * 1024), 'application/protobuf'),
  },
  {
    name: 'zeros-zip-64MiB',
    reason: 'protobuf_missing_required',
    make: () => raw(writeZip([{ name: 'zeros.log', data: Buffer.alloc(64 * 1024 * 1024 - 1) }])),
  },
  {
    name: 'garbage-records-bundle',
    reason: 'protobuf_truncated',
    make: () => raw(garbageRecords(4 * 1024 * 1024), 'application/protobuf'),
  },
  {
    name: 'zip-bomb',
    reason: 'zip_inflated_too_large',
    make: () => raw(writeZip([{ name: 'bomb.log', data: Buffer.alloc(200 * 1024 * 1024) }])),
  },
  {
    name: 'zip-10000-members',
    reason: 'zip_too_many_members',
    make: () =>
      raw(writeZip(Array.from({ length: 10_000 }, (_, i) => ({ name: `m${i}`, data: Buffer.alloc(8), stored: true })))),
  },
  {
    name: 'bundle-overrun',
    reason: 'bundle_overrun',
    make: () => {
      const b = validBundle(3);
      b.writeUInt32LE(0x7fffffff, 0);
      return raw(b, 'application/protobuf');
    },
  },
  {
    name: 'truncated-protobuf',
    reason: 'protobuf_truncated',
    make: () => ({
      ...json(
        'ingress.event.netconn',
        Buffer.from(syntheticSensorEvent('netconn', new Random(3), { seq: 1, now: NOW })).subarray(0, 20),
      ),
      contentType: 'application/protobuf',
    }),
  },
  {
    name: 'random-protobuf',
    reason: 'protobuf_invalid',
    make: () => ({
      ...json('ingress.event.netconn', Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x07])),
      contentType: 'application/protobuf',
    }),
  },
  {
    name: 'deep-protobuf-groups',
    reason: 'protobuf_truncated',
    make: () => ({
      ...json('ingress.event.netconn', deepProtobufGroups(100_000)),
      contentType: 'application/protobuf',
    }),
  },
  { name: 'json-not-object', reason: 'json_not_object', make: () => json('binaryinfo.observed', '[1,2,3]') },
  {
    name: 'invalid-utf8',
    reason: 'invalid_utf8',
    make: () => json('binaryinfo.observed', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d])),
  },
  { name: 'unknown-routing-key', reason: 'unknown_routing_key', make: () => json('no.such.notification', '{"a":1}') },
  {
    name: 'body-50MB',
    reason: 'body_too_large',
    make: () => json('binaryinfo.observed', Buffer.alloc(50 * 1024 * 1024, 0x41)),
  },
  { name: 'empty-body', reason: 'empty_body', make: () => json('binaryinfo.observed', Buffer.alloc(0)) },
  {
    name: 'unknown-content-type',
    reason: 'unknown_content_type',
    make: () => ({ ...json('binaryinfo.observed', 'hello'), contentType: 'text/plain' }),
  },
];
