import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRoutesFile, parseRoutes } from './routes-file';
import { RoutesConfigError } from './routes-config-error';
import { compileFilter } from '../transforms/filter';
import { compileTransform } from '../transforms/transform';
import { compileMatcher } from '../transforms/topic-pattern';
import { bindingsFor } from '../sources/amqp/bindings';
import { SINK_FACTORIES } from '../sinks/registry';

const EXAMPLE = join(__dirname, '..', '..', 'config', 'routes.example.yaml');

describe('config/routes.example.yaml', () => {
  const file = loadRoutesFile(EXAMPLE);
  const [activity, hits] = file.routes;

  test('passes against the registered sink types', () => {
    expect(file.routes.map((r) => r.name)).toEqual(['endpoint-activity', 'intel-hits']);
    expect(file.dead_letter).toMatchObject({ type: 'file' });
    expect(activity.sinks.map((s) => [s.type, s.name])).toEqual([['file', 'archive']]);
    expect(hits.sinks.map((s) => [s.type, s.name])).toEqual([['stdout', 'stdout']]);
    expect(hits.format).toBe('leef');
  });

  test('binds raw bundles with # and the hits route with its patterns', () => {
    const [q1, q2] = bindingsFor(file.routes, 'cb-event-bridge');
    expect(q1.bindings).toContainEqual({ exchange: 'api.rawsensordata', pattern: '#' });
    expect(q2.bindings.map((b) => b.pattern)).toEqual([
      'feed.*.storage.hit.process',
      'feed.ingress.hit.process',
      'watchlist.#',
    ]);
    const m = compileMatcher(hits.match);
    expect(m('feed.12.storage.hit.process')).toBe(true);
    expect(m('watchlist.12.hit.process')).toBe(true);
    expect(m('ingress.event.netconn')).toBe(false);
  });

  test('its filters and transform do what the comments say', () => {
    const keep = compileFilter(activity.filter!);
    const base = {
      type: 'ingress.event.netconn',
      sensor_id: 12,
      computer_name: 'WS-1',
      link_process: 'https://cb/#analyze/x/0',
      process_path: 'c:\\windows\\system32\\svchost.exe',
    };
    expect(keep(base)).toBe(true);
    expect(keep({ ...base, sensor_id: '9001' })).toBe(false);
    expect(keep({ ...base, process_path: 'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\MsMpEng.exe' })).toBe(
      false,
    );
    expect(compileTransform(activity.transform!)(base)).toEqual({
      type: 'ingress.event.netconn',
      sensor_id: 12,
      hostname: 'WS-1',
      process_path: 'c:\\windows\\system32\\svchost.exe',
      environment: 'production',
    });
    const rare = compileFilter(hits.filter!);
    expect(rare({ type: 'watchlist.hit.process', docs: [{ host_count: 3 }] })).toBe(true);
    expect(rare({ type: 'watchlist.hit.process', docs: [{ host_count: 300 }] })).toBe(false);
    expect(rare({ type: 'watchlist.hit.process', docs: [{ process_name: 'x' }] })).toBe(true);
  });
});

test('parseRoutes and loadRoutesFile use the registered sink types', () => {
  const types = SINK_FACTORIES.map((f) => f.type).join(', ');
  expect(types).toMatch(/^file, stdout, /);
  expect(() =>
    parseRoutes('routes:\n  - name: a\n    match: ["#"]\n    sinks: [{type: no_such_sink}]\n', 'x.yaml'),
  ).toThrow(`x.yaml:4:20: routes[0].sinks[0].type: sink type 'no_such_sink' is not one of: ${types}`);
  expect(() => loadRoutesFile(join(__dirname, 'no-such-routes.yaml'))).toThrow(RoutesConfigError);
});

describe('config/routes.siem.yaml', () => {
  const file = loadRoutesFile(join(__dirname, '..', '..', 'config', 'routes.siem.yaml'));

  test('passes against the registered sink types: LEEF to QRadar over TLS, CEF to ArcSight over TCP, CEF over UDP', () => {
    expect(
      file.routes.map((r) => [r.name, r.format, r.sinks.map((s) => `${s.type}/${s.name}/${String(s.protocol)}`)]),
    ).toEqual([
      ['qradar-detections', 'leef', ['syslog/qradar/tls']],
      ['arcsight-events', 'cef', ['syslog/arcsight/tcp']],
      ['local-alerts', 'cef', ['syslog/syslog/udp']],
    ]);
  });

  test('the QRadar sink verifies the collector by name against the system CAs; a CA file that cannot be read would be reported at its line', () => {
    expect(file.routes[0].sinks[0].tls).toEqual({ server_name: 'qradar-ec.example.net', verify: true });
    const text = readFileSync(join(__dirname, '..', '..', 'config', 'routes.siem.yaml'), 'utf8').replace(
      '          server_name: qradar-ec.example.net',
      '          ca: /nonexistent/qradar-ca.pem',
    );
    expect(() => parseRoutes(text, 'routes.siem.yaml')).toThrow(
      /^routes\.siem\.yaml:\d+:\d+: routes\[0\]\.sinks\[0\]\.tls\.ca: tls\.ca: cannot read \/nonexistent\/qradar-ca\.pem: ENOENT$/,
    );
  });
});
