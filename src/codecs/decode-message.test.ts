import { decodeMessage } from './decode-message';
import { RAW_SENSOR_EXCHANGE } from '../event/inbound-message';
import { DecodeError } from './decode-error';
import { writeBundle, writeZip } from '../simulate/bundle-writer';
import { syntheticSensorEvent, syntheticNotification } from '../simulate/synthetic-events';
import { Random } from '../simulate/random';
import { normalizeResult } from '../formats/format-events';
import { codecOptions, message, FORMAT } from '../../test/support/codec-fixtures';
import { deeplyNestedJson, sharedMemberZip, validBundle } from '../simulate/hostile-messages';

const rng = new Random(7);
const now = Date.UTC(2026, 10, 1, 12, 0, 0);
const event = (seq: number, withoutEnv = false): Uint8Array =>
  syntheticSensorEvent('netconn', rng, { seq, now, withoutEnv });
const raw = (body: Buffer, headers: Record<string, unknown> = {}, contentType = 'application/zip') =>
  message(body, { exchange: RAW_SENSOR_EXCHANGE, routingKey: 'ingress.rawsensordata', contentType, headers });
const reasons = (errors: DecodeError[]) => errors.map((e) => e.reason);

describe('decodeMessage: what real servers send', () => {
  test('a single protobuf event', () => {
    const r = decodeMessage(message(event(1)), codecOptions());
    expect(r.errors).toEqual([]);
    expect(r.events).toHaveLength(1);
    expect(normalizeResult(r, FORMAT)[0]).toMatchObject({ type: 'ingress.event.netconn', event_type: 'netconn' });
  });

  test('a zip of bundles yields every record, env from the AMQP headers (numbers or strings)', () => {
    const members = [0, 1].map((m) => ({
      name: `EventLog_${m}.log`,
      data: writeBundle([1, 2, 3].map((i) => event(m * 10 + i, true))),
    }));
    const r = decodeMessage(
      raw(writeZip(members), { sensorId: '42', sensorHostName: 'HOST-A', hostId: 3, nodeId: '0' }),
      codecOptions(),
    );
    expect(r.errors).toEqual([]);
    const out = normalizeResult(r, FORMAT);
    expect(out).toHaveLength(6);
    for (const e of out) expect(e).toMatchObject({ sensor_id: 42, computer_name: 'HOST-A' });
    expect(String(out[0].process_guid)).toMatch(/^0000002a-/);
  });

  test('a record with its own env keeps it; headers only fill a missing env', () => {
    const r = decodeMessage(raw(writeBundle([event(1)]), { sensorId: 99 }, 'application/protobuf'), codecOptions());
    expect(normalizeResult(r, FORMAT)[0].sensor_id).not.toBe(99);
  });

  test("records without env share one environment from the headers; a record's own env stays its own", () => {
    const r = decodeMessage(
      raw(
        writeBundle([event(1, true), event(2), event(3, true), event(4, true)]),
        { sensorId: 7, hostId: 5 },
        'application/protobuf',
      ),
      codecOptions(),
    );
    const envs = r.events.map((e) => (e.kind === 'sensor' ? e.msg.env : undefined));
    expect(envs[0]).toBe(envs[2]);
    expect(envs[0]).toBe(envs[3]);
    expect(envs[1]).not.toBe(envs[0]);
    expect(envs[0]?.endpoint?.SensorId).toBe(7);
    expect(Number(envs[0]?.endpoint?.HostId)).toBe(5);
    expect(envs[1]?.endpoint?.SensorId).not.toBe(7);
  });

  test('a bare bundle under application/zip is still read (some CB versions send that)', () => {
    const r = decodeMessage(raw(writeBundle([event(1, true), event(2, true)])), codecOptions());
    expect(r.errors).toEqual([]);
    expect(r.events).toHaveLength(2);
  });

  test('JSON on a numbered feed key is typed without the number', () => {
    const body = syntheticNotification('feed.12.storage.hit.process', rng, { seq: 5, now });
    const r = decodeMessage(
      message(body, { routingKey: 'feed.12.storage.hit.process', contentType: 'application/json; charset=utf-8' }),
      codecOptions(),
    );
    expect(r.errors).toEqual([]);
    expect(normalizeResult(r, FORMAT)[0]).toMatchObject({ type: 'feed.storage.hit.process', report_id: 'sim-5' });
  });

  test('a schema violation is forwarded, flagged, not rejected', () => {
    const body = Buffer.from(JSON.stringify({ md5: 'not-a-hash', event_timestamp: 'yesterday' }));
    const r = decodeMessage(
      message(body, { routingKey: 'binaryinfo.observed', contentType: 'application/json' }),
      codecOptions(),
    );
    expect(r.errors).toEqual([]);
    const ev = r.events[0];
    expect(ev.kind === 'notification' && ev.schemaViolations && ev.schemaViolations.length > 0).toBe(true);
    expect(normalizeResult(r, FORMAT)[0].schema_violations).toBeDefined();
  });

  test('64-bit integers in JSON stay exact', () => {
    const body = Buffer.from(
      '{"md5":"0123456789ABCDEF0123456789ABCDEF","event_timestamp":1.5,"big":2211398595607011599}',
    );
    const r = decodeMessage(
      message(body, { routingKey: 'binaryinfo.observed', contentType: 'application/json' }),
      codecOptions(),
    );
    expect(normalizeResult(r, FORMAT)[0].big).toBe(2211398595607011599n);
  });
});

describe('decodeMessage: hostile input gets a typed error, never a throw', () => {
  const cases: Array<[string, () => ReturnType<typeof decodeMessage>, string]> = [
    ['empty body', () => decodeMessage(message(Buffer.alloc(0)), codecOptions()), 'empty_body'],
    [
      'garbage protobuf',
      () => decodeMessage(message(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x07])), codecOptions()),
      'protobuf',
    ],
    [
      'truncated protobuf',
      () => decodeMessage(message(Buffer.from(event(1)).subarray(0, 20)), codecOptions()),
      'protobuf_truncated',
    ],
    [
      'protobuf without its required header',
      () => decodeMessage(message(Buffer.from([0x12, 0x00])), codecOptions()),
      'protobuf_missing_required',
    ],
    [
      'bundle length overrun',
      () => {
        const b = writeBundle([event(1, true)]);
        b.writeUInt32LE(1_000_000, 0);
        return decodeMessage(raw(b, {}, 'application/protobuf'), codecOptions());
      },
      'bundle_overrun',
    ],
    [
      'bundle under 4 bytes',
      () => decodeMessage(raw(Buffer.from([1, 0]), {}, 'application/protobuf'), codecOptions()),
      'bundle_too_short',
    ],
    [
      'zip member that is not a bundle',
      () =>
        decodeMessage(
          raw(writeZip([{ name: 'x.log', data: Buffer.from('this is a text file, not records') }])),
          codecOptions(),
        ),
      'zip_member_not_bundle',
    ],
    [
      'zip with too many members',
      () =>
        decodeMessage(
          raw(writeZip(Array.from({ length: 5 }, (_, i) => ({ name: `${i}`, data: writeBundle([event(i, true)]) })))),
          codecOptions({ maxZipMembers: 4 }),
        ),
      'zip_too_many_members',
    ],
    [
      'zip bomb (inflates past the cap)',
      () =>
        decodeMessage(
          raw(writeZip([{ name: 'bomb', data: Buffer.alloc(8 * 1024 * 1024) }])),
          codecOptions({ maxInflatedBytes: 1024 * 1024 }),
        ),
      'zip_inflated_too_large',
    ],
    [
      'zip with a corrupt central directory',
      () => {
        const z = writeZip([{ name: 'a', data: writeBundle([event(1, true)]) }]);
        z.writeUInt32LE(0xdeadbeef, z.length - 22 - 46 - 1);
        return decodeMessage(raw(z), codecOptions());
      },
      'zip_invalid',
    ],
    [
      'invalid UTF-8 JSON',
      () =>
        decodeMessage(
          message(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]), {
            routingKey: 'binaryinfo.observed',
            contentType: 'application/json',
          }),
          codecOptions(),
        ),
      'invalid_utf8',
    ],
    [
      'JSON that is not JSON',
      () =>
        decodeMessage(
          message(Buffer.from('{"md5": '), { routingKey: 'binaryinfo.observed', contentType: 'application/json' }),
          codecOptions(),
        ),
      'invalid_json',
    ],
    [
      'JSON array instead of an object',
      () =>
        decodeMessage(
          message(Buffer.from('[1,2]'), { routingKey: 'binaryinfo.observed', contentType: 'application/json' }),
          codecOptions(),
        ),
      'json_not_object',
    ],
    [
      'JSON string instead of an object',
      () =>
        decodeMessage(
          message(Buffer.from('"x"'), { routingKey: 'binaryinfo.observed', contentType: 'application/json' }),
          codecOptions(),
        ),
      'json_not_object',
    ],
    [
      'unknown content type',
      () => decodeMessage(message(Buffer.from('hello'), { contentType: 'text/plain' }), codecOptions()),
      'unknown_content_type',
    ],
    [
      'unknown JSON routing key',
      () =>
        decodeMessage(
          message(Buffer.from('{}'), { routingKey: 'no.such.key', contentType: 'application/json' }),
          codecOptions(),
        ),
      'unknown_routing_key',
    ],
    [
      'a 50 MB body',
      () =>
        decodeMessage(
          message(Buffer.alloc(50 * 1024 * 1024, 0x41), {
            contentType: 'application/json',
            routingKey: 'binaryinfo.observed',
          }),
          codecOptions(),
        ),
      'body_too_large',
    ],
  ];

  test.each(cases)('%s', (_name, run, reason) => {
    const r = run();
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(e).toBeInstanceOf(DecodeError);
    expect(reasons(r.errors).some((x) => x.startsWith(reason))).toBe(true);
  });

  test('one bad record does not lose the others', () => {
    const good = [event(1, true), event(2, true), event(3, true)];
    const bad = Buffer.from(good[1]).subarray(0, 9);
    const r = decodeMessage(
      raw(writeBundle([good[0], bad, good[2]]), { sensorId: 1 }, 'application/protobuf'),
      codecOptions(),
    );
    expect(r.events).toHaveLength(2);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].location.record).toBe(1);
  });

  test('one bad zip member does not lose the others', () => {
    const zip = writeZip([
      { name: 'good', data: writeBundle([event(1, true)]) },
      { name: 'bad', data: Buffer.from('not a bundle at all') },
      { name: 'good2', data: writeBundle([event(2, true)]) },
    ]);
    const r = decodeMessage(raw(zip, { sensorId: 1 }), codecOptions());
    expect(r.events).toHaveLength(2);
    expect(r.errors.map((e) => e.location.member)).toEqual(['bad']);
  });

  test('an unknown routing key can be accepted when configured, flagged as unvalidated', () => {
    const r = decodeMessage(
      message(Buffer.from('{"a":1}'), { routingKey: 'new.kind.of.hit', contentType: 'application/json' }),
      codecOptions({}, true),
    );
    expect(r.errors).toEqual([]);
    expect(r.events[0]).toMatchObject({ kind: 'notification', schemaViolations: ['no schema for this routing key'] });
  });

  test('a header value that is not an integer is ignored with a warning', () => {
    const r = decodeMessage(
      raw(writeBundle([event(1, true)]), { sensorId: 'abc' }, 'application/protobuf'),
      codecOptions(),
    );
    expect(r.events).toHaveLength(1);
    expect(r.warnings.join()).toMatch(/sensorId/);
  });
});

describe('decodeMessage: work and memory per message are bounded (issue 17)', () => {
  const observed = (body: Buffer) =>
    message(body, { routingKey: 'binaryinfo.observed', contentType: 'application/json' });

  test('JSON nested deeper than the limit is refused as json_too_deep before it is parsed', () => {
    const r = decodeMessage(observed(deeplyNestedJson(5000)), codecOptions());
    expect(reasons(r.errors)).toEqual(['json_too_deep']);
    expect(r.events).toHaveLength(0);
  });

  test('the depth limit is configurable, and brackets inside strings do not count', () => {
    expect(reasons(decodeMessage(observed(deeplyNestedJson(10)), codecOptions({ maxJsonDepth: 10 })).errors)).toEqual([
      'json_too_deep',
    ]);
    expect(decodeMessage(observed(deeplyNestedJson(9)), codecOptions({ maxJsonDepth: 10 })).errors).toEqual([]);
    const text = Buffer.from(
      `{"md5":"0123456789ABCDEF0123456789ABCDEF","event_timestamp":1,"s":"${'[{'.repeat(500)}\\"["}`,
    );
    expect(decodeMessage(observed(text), codecOptions({ maxJsonDepth: 4 })).errors).toEqual([]);
  });

  test('a zip whose entries share one member is refused whole (zip_overlapping_members)', () => {
    const r = decodeMessage(raw(sharedMemberZip(4000, 1024 * 1024)), codecOptions());
    expect(reasons(r.errors)).toEqual(['zip_overlapping_members']);
    expect(r.events).toHaveLength(0);
  });

  test('a zip repeating a member name is refused', () => {
    const data = writeBundle([event(1, true)]);
    const r = decodeMessage(
      raw(
        writeZip([
          { name: 'a', data },
          { name: 'a', data },
        ]),
      ),
      codecOptions(),
    );
    expect(reasons(r.errors)).toEqual(['zip_overlapping_members']);
  });

  test('record errors stop at the limit; the rest is one error with the count, and good records before it stay', () => {
    const good = writeBundle([event(1, true), event(2, true)]);
    const r = decodeMessage(
      raw(Buffer.concat([good, Buffer.alloc(4 * 1024 * 1024)]), { sensorId: 1 }, 'application/protobuf'),
      codecOptions({ maxRecordErrors: 10 }),
    );
    expect(r.events).toHaveLength(2);
    expect(r.errors).toHaveLength(11);
    expect(r.errors[10].reason).toBe('too_many_record_errors');
    expect(r.errors[10].message).toMatch(/999988 records not decoded/);
  });

  test('a valid zipped bundle of 130,000 records is decoded whole (no spread of a huge array)', () => {
    const r = decodeMessage(
      raw(writeZip([{ name: 'b', data: validBundle(130_000) }]), { sensorId: 1 }),
      codecOptions(),
    );
    expect(r.errors).toEqual([]);
    expect(r.events).toHaveLength(130_000);
  });
});

test('raw records with no env whose headers lack sensorId or sensorHostName (or hold no number) are decoded with a warning each', () => {
  const none = decodeMessage(
    raw(writeBundle([event(1, true), event(2, true)]), {}, 'application/protobuf'),
    codecOptions(),
  );
  expect(none.events).toHaveLength(2);
  expect(none.warnings).toEqual([
    expect.stringMatching(/^2 records .*sensorId is missing or not an integer: their sensor_id is 0$/),
    expect.stringMatching(/^2 records .*sensorHostName is missing or not a string: their computer_name is empty$/),
  ]);
  const words = decodeMessage(
    raw(writeBundle([event(1, true)]), { sensorId: 'twelve', sensorHostName: 'H' }, 'application/protobuf'),
    codecOptions(),
  );
  expect(words.warnings).toEqual([
    expect.stringMatching(/sensorId is not an integer/),
    expect.stringMatching(/sensor_id is 0/),
  ]);
  const good = decodeMessage(
    raw(writeBundle([event(1, true)]), { sensorId: 12, sensorHostName: 'H' }, 'application/protobuf'),
    codecOptions(),
  );
  expect(good.warnings).toEqual([]);
});
