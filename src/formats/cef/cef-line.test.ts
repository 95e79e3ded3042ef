import { cefLine, escapeCefHeader, escapeCefValue } from './cef-line';
import { parseCef } from '../../../test/support/cef-parser';
import { normalizeNotification } from '../normalized/normalize-notification';
import { eventTypeInfo } from '../../event/event-types';

const HOSTILE = [
  'a=b',
  'c:\\windows\\system32\\cmd.exe',
  'pipe | here',
  'two\nlines\r\nend',
  'naïve 漢字 🚀',
  '\\=\\n',
  ' leading and trailing ',
  'k=v x=y',
];

test('the header: vendor, product, version, signature id, name and severity from the type table', () => {
  const line = cefLine({
    type: 'ingress.event.netconn',
    cb_version: '7.8.0',
    timestamp: 1700000000.25,
    computer_name: 'WS-01',
    sensor_id: 12,
  });
  const cef = parseCef(line);
  expect(line.startsWith('CEF:0|Carbon Black|CB Response|7.8.0|netconn|Network connection|1|')).toBe(true);
  expect(cef).toMatchObject({
    vendor: 'Carbon Black',
    product: 'CB Response',
    deviceVersion: '7.8.0',
    signatureId: 'netconn',
    name: 'Network connection',
    severity: '1',
  });
  expect(cef.extensions).toMatchObject({
    rt: '1700000000250',
    cat: 'ingress.event.netconn',
    cn1: '12',
    cn1Label: 'Sensor ID',
  });
});

test('netconn addresses follow the direction; the protocol is named', () => {
  const base = {
    type: 'ingress.event.netconn',
    computer_name: 'WS-01',
    local_ip: '10.0.0.5',
    local_port: 50000,
    remote_ip: '93.184.216.34',
    remote_port: 443,
    protocol: 6,
    domain: 'example.com',
  };
  expect(parseCef(cefLine({ ...base, direction: 'outbound' })).extensions).toMatchObject({
    src: '10.0.0.5',
    spt: '50000',
    dst: '93.184.216.34',
    dpt: '443',
    shost: 'WS-01',
    dhost: 'example.com',
    proto: 'TCP',
  });
  expect(parseCef(cefLine({ ...base, direction: 'inbound', protocol: 17 })).extensions).toMatchObject({
    dst: '10.0.0.5',
    dpt: '50000',
    src: '93.184.216.34',
    spt: '443',
    dhost: 'WS-01',
    shost: 'example.com',
    proto: 'UDP',
  });
});

test('values with =, \\, |, line breaks and non-ASCII parse back to the same text, in the header and the extensions', () => {
  for (const value of HOSTILE) {
    const line = cefLine({
      type: 'ingress.event.procstart',
      cb_version: value,
      path: value,
      command_line: value,
      username: value,
      process_guid: value,
    });
    expect(line).not.toMatch(/[\r\n]/);
    const cef = parseCef(line);
    expect(cef.deviceVersion).toBe(value.replace(/[\r\n]/g, ' '));
    expect(cef.extensions).toMatchObject({ filePath: value, cs2: value, suser: value, cs1: value });
  }
  expect(escapeCefHeader('a|b\\c\nd')).toBe('a\\|b\\\\c d');
  expect(escapeCefValue('a=b\\c\nd\re|f')).toBe('a\\=b\\\\c\\nd\\re|f');
});

test('a feed hit: its doc promoted, score to severity, IOC addresses by direction, labels beside the custom slots', () => {
  const [record] = normalizeNotification(
    {
      kind: 'notification',
      type: 'feed.ingress.hit.process',
      schemaViolations: null,
      doc: {
        report_score: 87,
        feed_name: 'threat=intel',
        ioc_value: '1.2.3.4',
        ioc_attr: '{"direction":"inbound","local_ip":"10.1.1.1","remote_ip":"1.2.3.4","local_port":3389}',
        sensor_id: 4,
        hostname: 'DC|01',
        event_timestamp: 1700000001,
        cb_version: '6.3',
        docs: [
          {
            process_name: 'svchost.exe',
            username: 'NT AUTHORITY\\SYSTEM',
            md5: 'ab'.repeat(16),
            path: 'c:\\windows\\svchost.exe',
          },
        ],
      },
    },
    'feed.12.ingress.hit.process',
    { serverName: 'cb1', serverUrl: '', floatTimestamps: false },
  );
  const cef = parseCef(cefLine(record));
  expect(cef).toMatchObject({ deviceVersion: '6.3', signatureId: 'feed-ingress-process', severity: '9' });
  expect(cef.extensions).toMatchObject({
    cs4: 'threat=intel',
    cs4Label: 'Feed',
    cs5: '1.2.3.4',
    cs5Label: 'IOC',
    cn2: '87',
    cn2Label: 'Report Score',
    src: '1.2.3.4',
    dst: '10.1.1.1',
    dpt: '3389',
    dhost: 'DC|01',
    suser: 'NT AUTHORITY\\SYSTEM',
    sproc: 'svchost.exe',
    fileHash: 'AB'.repeat(16),
    fname: 'svchost.exe',
    dvchost: 'cb1',
    rt: '1700000001000',
  });
});

test('alerts take their severity from alert_severity; types outside the table keep a printable id of 32 characters at most', () => {
  expect(
    parseCef(cefLine({ type: 'alert.watchlist.hit.query.process', alert_severity: 42.5, report_score: 100 })).severity,
  ).toBe('4');
  expect(parseCef(cefLine({ type: 'watchlist.hit.process', docs: [{ report_score: 3 }] })).severity).toBe('0');
  expect(parseCef(cefLine({ type: 'ingress.event.tamper', tamper_type: 'CoreDriverUnloaded' }))).toMatchObject({
    severity: '8',
    extensions: { act: 'CoreDriverUnloaded' },
  });
  const odd = eventTypeInfo('events.partition.some.very.long.new.kind.of.notification');
  expect(odd.id.length).toBeLessThanOrEqual(32);
  expect(eventTypeInfo('feed.12.storage.hit.process').id).toBe('feed-storage-process');
  const unknown = parseCef(cefLine({ x: 1 }));
  expect(unknown.signatureId).toBe('unknown.event.type');
});

test('process, crossproc and filemod layouts map their own fields; empty and null values are left out', () => {
  const proc = parseCef(
    cefLine({
      type: 'ingress.event.procstart',
      path: 'C:\\Windows\\notepad.exe',
      sha256: 'F'.repeat(64),
      md5: 'A'.repeat(32),
      parent_path: 'explorer.exe',
      pid: 42,
      command_line: '',
      username: null,
    }),
  );
  expect(proc.extensions).toMatchObject({
    sproc: 'notepad.exe',
    fname: 'notepad.exe',
    fileHash: 'F'.repeat(64),
    cs4: 'explorer.exe',
    spid: '42',
  });
  expect(proc.extensions).not.toHaveProperty('cs2');
  expect(proc.extensions).not.toHaveProperty('suser');
  const cross = parseCef(
    cefLine({
      type: 'ingress.event.remotethread',
      process_path: '/usr/bin/a',
      target_path: 'C:\\x\\lsass.exe',
      target_pid: 600,
      cross_process_type: 'remote_thread',
    }),
  );
  expect(cross).toMatchObject({ signatureId: 'remote-thread', severity: '5' });
  expect(cross.extensions).toMatchObject({ sproc: 'a', dproc: 'lsass.exe', dpid: '600', act: 'remote_thread' });
  const file = parseCef(
    cefLine({
      type: 'ingress.event.filemod',
      path: '/tmp/x y.txt',
      file_md5: 'B'.repeat(32),
      md5: 'C'.repeat(32),
      action: 'write',
      process_path: '/bin/sh',
    }),
  );
  expect(file.extensions).toMatchObject({
    filePath: '/tmp/x y.txt',
    fname: 'x y.txt',
    fileHash: 'B'.repeat(32),
    act: 'write',
    sproc: 'sh',
  });
});
