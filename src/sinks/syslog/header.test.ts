import type { SinkRecord } from '../sink';
import type { EventRecord } from '../../event/event-model';
import { parseRfc3164, parseRfc5424 } from '../../../test/support/syslog-parser';
import { resolveSyslogSinkConfig, type SyslogSinkConfig } from './config';
import { bsdTimestamp, headerField, sdParamValue, syslogHeader, SYSLOG_SEVERITY_BY_EVENT_SEVERITY } from './header';

const NOW = Date.UTC(2026, 11, 6, 2, 3, 4, 567);
const options = (extra: Partial<SyslogSinkConfig> = {}) =>
  resolveSyslogSinkConfig({ address: '127.0.0.1:514', ...extra }, { hostname: () => 'bridge-host' });
const rec = (record: EventRecord | null, text = '{"a":1}', eventKey = 'ingress.event.netconn'): SinkRecord => ({
  id: 'abc-0',
  text,
  record,
  routingKey: eventKey,
  contentType: undefined,
  eventKey,
  receivedAt: 0,
});
const message = (r: SinkRecord, extra: Partial<SyslogSinkConfig> = {}, route = 'r1') =>
  `${syslogHeader(r, options(extra), route, NOW)}${r.text}`;

test('RFC 5424: PRI, version, RFC 3339 time of the event, host from the event, app name, nil PROCID, MSGID from the type table', () => {
  const m = parseRfc5424(
    message(rec({ type: 'ingress.event.netconn', timestamp: 1764986584.123456, computer_name: 'WS-01' })),
  );
  expect(m).toMatchObject({
    facility: 16,
    severity: 6,
    version: 1,
    timestamp: '2025-12-06T02:03:04.123Z',
    hostname: 'WS-01',
    appName: 'cb-event-bridge',
    procId: null,
    msgId: 'netconn',
    structuredData: [],
    bom: false,
    msg: '{"a":1}',
  });
});

test('nil values, the receipt time and the configured host when the event has none (decoded records)', () => {
  const m = parseRfc5424(message(rec(null, 'x', 'feed.12.storage.hit.process')));
  expect(m).toMatchObject({
    timestamp: new Date(NOW).toISOString(),
    hostname: 'bridge-host',
    msgId: 'feed-storage-process',
    severity: 4,
  });
  expect(
    parseRfc5424(message(rec({ computer_name: 'WS-01' }), { hostname_from_event: false, hostname: 'fixed.example' }))
      .hostname,
  ).toBe('fixed.example');
});

test('field rules: printable ASCII only, length limits, IDNA for host names in other scripts, "-" for empty', () => {
  expect(headerField('a b\tc', 48)).toBe('a_b_c');
  expect(headerField('x'.repeat(300), 255)).toHaveLength(255);
  expect(headerField('', 32)).toBe('-');
  expect(headerField('пк-01', 255)).toBe('xn---01-bedy');
  expect(headerField('a\u0000é b', 255)).toMatch(/^[\x21-\x7e]+$/);
  const m = parseRfc5424(message(rec({ type: 'x'.repeat(80), computer_name: `${'h'.repeat(300)} é` })));
  expect(m.hostname).toHaveLength(255);
  expect(m.msgId).toHaveLength(32);
});

test('severity from the event score or type; fixed severity and facility names; facility per category', () => {
  expect(SYSLOG_SEVERITY_BY_EVENT_SEVERITY).toHaveLength(11);
  const alert = (score: number) =>
    parseRfc5424(message(rec({ type: 'alert.watchlist.hit.query.process', alert_severity: score }))).severity;
  expect([alert(95), alert(75), alert(50), alert(30), alert(10)]).toEqual([2, 3, 4, 5, 6]);
  expect(
    parseRfc5424(message(rec({ type: 'feed.ingress.hit.process', docs: { 0: { report_score: 100 } } }))).severity,
  ).toBe(2);
  expect(parseRfc5424(message(rec({ type: 'ingress.event.tamper' }))).severity).toBe(3);
  expect(
    parseRfc5424(message(rec({ type: 'ingress.event.tamper' }), { severity: 'debug', facility: 'auth' })),
  ).toMatchObject({ severity: 7, facility: 4 });
  const byCategory = { facility: { detection: 'authpriv', default: 20 } } as Partial<SyslogSinkConfig>;
  expect(parseRfc5424(message(rec({ type: 'watchlist.hit.process' }), byCategory)).facility).toBe(10);
  expect(parseRfc5424(message(rec({ type: 'ingress.event.regmod' }), byCategory)).facility).toBe(20);
});

test('structured data: id, type, sensor and route, with ", \\ and ] escaped and read back; the BOM when asked for', () => {
  const hostile = 'r"o\\u]te';
  const m = parseRfc5424(
    message(
      rec({ type: 'watchlist.hit.process', docs: { 0: { sensor_id: 7 } } }),
      { structured_data: true, utf8_bom: true },
      hostile,
    ),
  );
  expect(m.structuredData).toEqual([
    {
      id: 'cbEventBridge@32473',
      params: [
        ['event_id', 'abc-0'],
        ['type', 'watchlist.hit.process'],
        ['sensor_id', '7'],
        ['route', hostile],
      ],
    },
  ]);
  expect(m.bom).toBe(true);
  expect(sdParamValue('a"b\\c]d')).toBe('a\\"b\\\\c\\]d');
});

test('RFC 3164: <PRI>Mmm dd hh:mm:ss HOST TAG: MSG, the day padded with a space, in UTC', () => {
  expect(bsdTimestamp(Date.UTC(2026, 0, 5, 7, 8, 9))).toBe('Jan  5 07:08:09');
  const m = parseRfc3164(
    message(rec({ type: 'ingress.event.procstart', timestamp: 1764986584, computer_name: 'WS 02' }), {
      rfc: 3164,
      app_name: 'carbonblack',
    }),
  );
  expect(m).toEqual({
    pri: 134,
    facility: 16,
    severity: 6,
    timestamp: 'Dec  6 02:03:04',
    hostname: 'WS_02',
    tag: 'carbonblack',
    msg: '{"a":1}',
  });
});
