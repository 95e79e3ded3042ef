import type { EventRecord } from '../../event/event-model';
import type { SinkRecord } from '../sink';
import type { ClassifyContext } from './response';
import type { HttpResponse } from './service';
import { hecHost, hecTime, splunkHecEncoder } from './splunk-hec-encoder';
import { classifyHecResponse } from './splunk-hec-response';

const rec = (record: EventRecord, text = JSON.stringify(record), id = 'm-0'): SinkRecord => ({
  id,
  text,
  record,
  routingKey: 'k',
  contentType: undefined,
  eventKey: 'k',
  receivedAt: 1_700_000_000_123,
});

test('envelopes: time and host from the event, fixed source/sourcetype/index, the event itself; newline-separated', () => {
  const a = rec(
    { timestamp: 1_699_999_999, computer_name: 'WIN-01', type: 'ingress.event.procstart' },
    undefined,
    'a-0',
  );
  const b = rec({ timestamp: 1_699_999_999.25, type: 'x' }, 'LEEF:2.0|CB|x|1|e|', 'a-1');
  const { payloads } = splunkHecEncoder({
    source: 'cb-event-bridge',
    sourcetype: 'bit9:carbonblack:json',
    index: 'edr',
  }).encode([a, b]);
  expect(payloads[0].body.toString()).toBe(
    `{"time":1699999999,"host":"WIN-01","source":"cb-event-bridge","sourcetype":"bit9:carbonblack:json","index":"edr","event":${a.text}}\n` +
      '{"time":1699999999.25,"source":"cb-event-bridge","sourcetype":"bit9:carbonblack:json","index":"edr","event":"LEEF:2.0|CB|x|1|e|"}\n',
  );
  const noIndex = splunkHecEncoder({ source: 's', sourcetype: 't' }).encode([a]).payloads[0].body.toString();
  expect(JSON.parse(noIndex)).toEqual({
    time: 1699999999,
    host: 'WIN-01',
    source: 's',
    sourcetype: 't',
    event: JSON.parse(a.text),
  });
});

test('time and host of decoded records, notifications, and the fallbacks', () => {
  // FILETIME 133444736000000000 = 2023-11-14T22:13:20Z
  const decoded = rec({
    envelope: {},
    message: { header: { timestamp: '133444736001230000' }, env: { endpoint: { SensorHostName: 'HOST-7' } } },
  });
  expect([hecTime(decoded), hecHost(decoded)]).toEqual([1_700_000_000.123, 'HOST-7']);
  const notification = rec({ envelope: {}, message: { timestamp: 1_600_000_000.5, hostname: 'srv' } });
  expect([hecTime(notification), hecHost(notification)]).toEqual([1_600_000_000.5, 'srv']);
  expect(hecTime(rec({ timestamp: '2024-01-02T03:04:05.678Z' }))).toBe(1_704_164_645.678);
  expect(hecTime(rec({ nothing: 1 }))).toBe(1_700_000_000.123); // the bridge's receipt time
  expect(hecHost(rec({ computer_name: '' }))).toBeUndefined();
});

const ctx: ClassifyContext = { origin: 'https://splunk:8088', retryAfterMaxMs: 60_000, now: 0 };
const reply = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers,
  body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
});

test('HEC replies: success, busy, configuration and data errors', () => {
  expect(classifyHecResponse(reply(200, { text: 'Success', code: 0 }), 3, ctx)).toEqual({
    outcome: { status: 'accepted' },
    endpointFailed: false,
  });
  expect(classifyHecResponse(reply(503, { text: 'Server is busy', code: 9 }, { 'retry-after': '4' }), 3, ctx)).toEqual({
    outcome: {
      status: 'retryable',
      error: 'HEC code 9 (Server is busy), HTTP 503 from https://splunk:8088',
      retryAfterMs: 4000,
    },
    endpointFailed: true,
  });
  expect(classifyHecResponse(reply(403, { text: 'Invalid token', code: 4 }), 3, ctx)).toEqual({
    outcome: {
      status: 'retryable',
      error:
        'HEC code 4 (Invalid token), HTTP 403 from https://splunk:8088; events wait until the sink configuration is fixed',
    },
    endpointFailed: true,
  });
  expect(classifyHecResponse(reply(400, { text: 'Incorrect index', code: 7 }), 1, ctx).outcome.status).toBe(
    'retryable',
  );
  expect(classifyHecResponse(reply(400, { text: 'No data', code: 5 }), 2, ctx)).toEqual({
    outcome: { status: 'failed', error: 'HEC code 5 (No data), HTTP 400 from https://splunk:8088' },
    endpointFailed: false,
  });
});

test('an invalid event named by HEC fails alone; the others of its batch are sent again', () => {
  const v = classifyHecResponse(
    reply(400, { text: 'Invalid data format', code: 6, 'invalid-event-number': 1 }),
    3,
    ctx,
  );
  expect(v.endpointFailed).toBe(false);
  expect(v.perRecord?.map((o) => o.status)).toEqual(['retryable', 'failed', 'retryable']);
  expect(v.perRecord?.[1]).toEqual({
    status: 'failed',
    error: 'HEC code 6 (Invalid data format), HTTP 400 from https://splunk:8088: this event',
  });
  // Out of range: the whole request fails.
  expect(classifyHecResponse(reply(400, { code: 6, 'invalid-event-number': 9 }), 3, ctx).outcome.status).toBe('failed');
});

test('410, unknown codes and non-HEC bodies follow the generic HTTP rules', () => {
  expect(classifyHecResponse(reply(410, { code: 0 }), 1, ctx).gone).toBe(true);
  expect(classifyHecResponse(reply(502, '<html>bad gateway</html>'), 1, ctx).outcome).toEqual({
    status: 'retryable',
    error: 'HTTP 502 from https://splunk:8088: <html>bad gateway</html>',
  });
  expect(classifyHecResponse(reply(200, 'ok'), 1, ctx).outcome.status).toBe('accepted');
  expect(classifyHecResponse(reply(400, { code: 99, text: 'new' }), 1, ctx).outcome.status).toBe('failed');
});

test('time and host read only the fields the HEC preset declares', async () => {
  const { projectRecord } = await import('../../event/event-detail');
  const { HEC_FIELD_PATHS } = await import('./splunk-hec-encoder');
  const samples = [
    rec({ timestamp: 1_699_999_999, computer_name: 'WIN-01', type: 'ingress.event.procstart', other: 'x' }),
    rec({
      envelope: {},
      message: { header: { timestamp: '133444736001230000' }, env: { endpoint: { SensorHostName: 'HOST-7' } } },
    }),
    rec({ envelope: {}, message: { timestamp: 1_600_000_000.5, hostname: 'srv' } }),
    rec({ envelope: {}, message: { event_timestamp: 1_600_000_001, computer_name: 'c' } }),
    rec({ hostname: 'h', nothing: 1 }),
  ];
  for (const r of samples) {
    const cut = { ...r, record: projectRecord(r.record!, HEC_FIELD_PATHS) };
    expect([hecTime(cut), hecHost(cut)]).toEqual([hecTime(r), hecHost(r)]);
  }
});
