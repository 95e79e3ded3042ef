import { existsSync, readFileSync } from 'node:fs';
import { listCorpus } from '../sources/captures/capture-folders';
import { decodeMessage } from './decode-message';
import { DecodeError } from './decode-error';
import { RAW_SENSOR_EXCHANGE, EVENTS_EXCHANGE, type InboundMessage } from '../event/inbound-message';
import { normalizeResult } from '../formats/format-events';
import { decodedRecords } from '../formats/decoded/decoded-record';
import { leefLine } from '../formats/leef/leef-line';
import { toJson } from '../formats/json-writer';
import { Random } from '../simulate/random';
import { writeBundle, writeZip } from '../simulate/bundle-writer';
import {
  syntheticSensorEvent,
  syntheticNotification,
  SYNTHETIC_SENSOR_KINDS,
  SYNTHETIC_JSON_KEYS,
} from '../simulate/synthetic-events';
import { codecOptions, FORMAT } from '../../test/support/codec-fixtures';
import { corpusRoot } from '../../test/support/expected-output';

/** Seeds: real corpus files when ../shared is there, the project's own synthetic messages always. */
function seeds(): InboundMessage[] {
  const rng = new Random(1);
  const now = Date.UTC(2026, 0, 1);
  const out: InboundMessage[] = [];
  SYNTHETIC_SENSOR_KINDS.forEach((kind, i) =>
    out.push({
      exchange: EVENTS_EXCHANGE,
      routingKey: `ingress.event.${kind}`,
      contentType: 'application/protobuf',
      headers: {},
      receivedAt: 0,
      body: Buffer.from(syntheticSensorEvent(kind, rng, { seq: i, now })),
    }),
  );
  for (const key of SYNTHETIC_JSON_KEYS) {
    out.push({
      exchange: EVENTS_EXCHANGE,
      routingKey: key,
      contentType: 'application/json',
      headers: {},
      receivedAt: 0,
      body: syntheticNotification(key, rng, { seq: 1, now }),
    });
  }
  const records = SYNTHETIC_SENSOR_KINDS.map((k, i) => syntheticSensorEvent(k, rng, { seq: i, now, withoutEnv: true }));
  out.push({
    exchange: RAW_SENSOR_EXCHANGE,
    routingKey: 'ingress.rawsensordata',
    contentType: 'application/zip',
    headers: { sensorId: 3 },
    receivedAt: 0,
    body: writeZip([{ name: 'a', data: writeBundle(records) }]),
  });
  const root = corpusRoot();
  if (existsSync(root)) {
    const entries = listCorpus(root);
    for (let i = 0; i < entries.length; i += 97) {
      const e = entries[i];
      out.push({
        exchange: e.exchange,
        routingKey: e.routingKey,
        contentType: e.contentType,
        headers: e.headers,
        receivedAt: 0,
        body: readFileSync(e.path),
      });
    }
  }
  return out;
}

function mutate(body: Buffer, rng: Random): Buffer {
  const b = Buffer.from(body);
  switch (rng.int(6)) {
    case 0:
      for (let i = 0, n = 1 + rng.int(8); i < n && b.length; i++) b[rng.int(b.length)] = rng.int(256);
      return b;
    case 1:
      return b.subarray(0, rng.int(b.length + 1));
    case 2: {
      const at = rng.int(b.length + 1);
      return Buffer.concat([b.subarray(0, at), Buffer.from(rng.bytes(1 + rng.int(64))), b.subarray(at)]);
    }
    case 3: {
      if (b.length >= 4) b.writeUInt32LE(rng.int(2) ? 0xffffffff : rng.int(b.length * 2), rng.int(b.length - 3));
      return b;
    }
    case 4: {
      const at = rng.int(b.length + 1);
      return Buffer.concat([b.subarray(0, at), b.subarray(rng.int(at + 1))]);
    }
    default:
      return Buffer.from(rng.bytes(rng.int(300)));
  }
}

test('mutated messages never crash or hang the decoder and every output renders', () => {
  const rng = new Random(20261121);
  const base = seeds();
  const iterations = 6000;
  let errors = 0;
  let events = 0;
  for (let i = 0; i < iterations; i++) {
    const seed = base[rng.int(base.length)];
    const msg = { ...seed, body: mutate(seed.body, rng) };
    const r = decodeMessage(msg, codecOptions({ maxInflatedBytes: 4 * 1024 * 1024 }));
    for (const e of r.errors) expect(e).toBeInstanceOf(DecodeError);
    errors += r.errors.length;
    for (const rec of normalizeResult(r, FORMAT)) {
      toJson(rec);
      leefLine(rec);
      events++;
    }
    for (const rec of decodedRecords(r)) toJson(rec);
  }
  expect(errors).toBeGreaterThan(0);
  expect(events).toBeGreaterThan(0);
}, 120_000);
