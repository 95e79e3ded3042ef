import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { parseRoutes } from '../../config/routes-file';
import { RoutesConfigError } from '../../config/routes-config-error';
import { silentLogger } from '../../observability/logger';
import { ResponseActions } from '../../liveresponse/actions/response-actions';
import type { ActionJob } from '../../liveresponse/actions/action-job';
import type { SinkRecord } from '../sink';
import { liveResponseSinkFactory } from './index';
import type { LiveResponseSinkConfig } from './config';

const ROUTES = (sink: string): string => `
routes:
  - name: contain
    match: [watchlist.hit.process]
    sinks:
${sink}
`;

function problems(yaml: string): string[] {
  try {
    parseRoutes(yaml, 'routes.yaml');
  } catch (err) {
    if (err instanceof RoutesConfigError) return err.message.split('\n');
    throw err;
  }
  return [];
}

describe('check', () => {
  test('refuses a destructive command without allow_destructive, naming file, line and field', () => {
    const out = problems(
      ROUTES(`      - type: liveresponse
        actions:
          - command: process list
          - command: kill
            object: '{docs.0.process_pid}'`),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^routes\.yaml:9:\d+: routes\[0\]\.sinks\[0\]\.actions\[1\]\.command: 'kill' changes the endpoint: it runs only when the sink says allow_destructive: true/,
    );
  });

  test('accepts it with allow_destructive; reports bad templates, regexes and missing objects', () => {
    expect(
      problems(
        ROUTES(`      - type: liveresponse
        allow_destructive: true
        actions:
          - { command: kill, object: '{docs.0.process_pid}' }`),
      ),
    ).toEqual([]);
    const out = problems(
      ROUTES(`      - type: liveresponse
        deny_objects: ['(']
        actions:
          - { command: get file, object: '{docs.0.path' }
          - { command: directory list }`),
    );
    expect(out.join('\n')).toMatch(/actions\[0\]\.object: template: unclosed '\{'/);
    expect(out.join('\n')).toMatch(/deny_objects\[0\]: not a regular expression/);
    expect(out.join('\n')).toMatch(/actions\[1\]: 'directory list' needs an object/);
    expect(
      problems(
        ROUTES(`      - type: liveresponse
        actions: [{ command: format disk }]`),
      ).join('\n'),
    ).toMatch(/actions\[0\]\.command/);
  });
});

describe('the sink', () => {
  let dir: string;
  let actions: ResponseActions;
  let registry: Registry;
  const published: ActionJob[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cbb-lr-sink-'));
    registry = new Registry();
    published.length = 0;
    // Nothing is started: jobs stay queued in the ledger, which is what the sink answers for.
    actions = new ResponseActions({
      settings: {
        url: 'http://127.0.0.1:9',
        token: 't',
        ca_file: '',
        verify_tls: true,
        request_timeout_s: 1,
        actions: true,
        data_dir: dir,
        max_sessions: 0,
        api_allow_destructive: false,
        file_max_bytes: 100,
        file_retention_h: 0,
      },
      registry,
      logger: silentLogger(),
      publish: async (job) => {
        published.push(job);
        return true;
      },
    });
    (actions.runner as unknown as { options: { maxConcurrent: number } }).options.maxConcurrent = 0;
  });

  afterEach(async () => {
    await actions.close(0);
    rmSync(dir, { recursive: true, force: true });
  });

  const hit = (id: string, doc: Record<string, unknown>): SinkRecord => ({
    id,
    text: '{}',
    routingKey: 'watchlist.hit.process',
    contentType: 'application/json',
    eventKey: 'watchlist.hit.process',
    receivedAt: 0,
    record: {
      type: 'watchlist.hit.process',
      docs: [{ sensor_id: 10, process_pid: 3120, path: 'c:\\temp\\evil.exe', group: 'Default Group', ...doc }],
    } as never,
  });

  function sink(config: Partial<LiveResponseSinkConfig> = {}) {
    return liveResponseSinkFactory.create(
      {
        allow_destructive: true,
        actions: [{ command: 'kill', object: '{docs.0.process_pid}' }],
        ...config,
      } as LiveResponseSinkConfig,
      {
        route: 'contain',
        name: 'kill',
        logger: silentLogger(),
        secret: () => undefined,
        services: { liveResponse: actions },
      },
    );
  }

  test('one job per event, written to the ledger before it answers; a redelivered event makes none; dedupe and rate limits drop', async () => {
    const s = sink({ dedupe_window_s: 600, rate_limit: { per_sensor_per_minute: 2, per_minute: 100 } });
    expect(await s.send([hit('m1-0', {}), hit('m1-0', {})])).toEqual([{ status: 'accepted' }, { status: 'accepted' }]);
    expect(actions.ledger.all()).toHaveLength(1);
    const [job] = actions.ledger.all();
    expect(job).toMatchObject({
      sensorId: 10,
      status: 'queued',
      key: 'contain/kill:m1-0',
      steps: [{ command: { name: 'kill', object: '3120' } }],
    });
    expect(job.origin).toEqual({
      kind: 'route',
      route: 'contain',
      sink: 'kill',
      eventId: 'm1-0',
      eventType: 'watchlist.hit.process',
    });
    // The same event again (a redelivery): nothing new. The same process from another event: dedupe window.
    await s.send([hit('m1-0', {}), hit('m2-0', {})]);
    expect(actions.ledger.all()).toHaveLength(1);
    // Other processes: the per-sensor limit (2 a minute) drops the third, with a dropped result.
    await s.send([hit('m3-0', { process_pid: 4000 }), hit('m4-0', { process_pid: 4001 })]);
    const jobs = actions.ledger.all();
    expect(jobs.map((j) => j.status)).toEqual(['queued', 'queued', 'dropped']);
    expect(jobs[2].dropped).toMatch(/^rate_limit_sensor/);
    expect(published.map((j) => j.id)).toEqual([jobs[2].id]);
    // The dropped one does not hold the dedupe window; a liveresponse.result event never makes a job.
    await s.send([{ ...hit('m5-0', { process_pid: 4001 }), eventKey: 'liveresponse.result' }]);
    expect(actions.ledger.all()).toHaveLength(3);
    expect(actions.seenWithin('contain/kill|10|kill:4001', 600_000, Date.now())).toBe(false);
    const text = await registry.metrics();
    expect(text).toMatch(/cb_bridge_lr_action_drops_total\{reason="dedupe"\} 1/);
    expect(text).toMatch(/cb_bridge_lr_action_drops_total\{reason="rate_limit_sensor"\} 1/);
  });

  test('deny list, pid floor, allow-list, dry run; events without a sensor or field fail (dead letter)', async () => {
    const s = sink({ sensors: [10], dedupe_window_s: 0 });
    const out = await s.send([
      hit('a', { process_pid: 4, path: 'c:\\windows\\system32\\smss.exe' }),
      hit('b', { process_pid: 700, path: 'C:\\Windows\\System32\\lsass.exe' }),
      hit('c', { sensor_id: 11 }),
      hit('d', { sensor_id: undefined }),
      hit('e', { process_pid: undefined }),
    ]);
    expect(out.map((o) => o.status)).toEqual(['accepted', 'accepted', 'accepted', 'failed', 'failed']);
    expect(out[3]).toMatchObject({ error: expect.stringMatching(/no sensor id/) });
    expect(out[4]).toMatchObject({ error: expect.stringMatching(/no value for \{docs\.0\.process_pid\}/) });
    const jobs = actions.ledger.all();
    expect(jobs.map((j) => [j.status, j.dropped?.split(':')[0]])).toEqual([
      ['dropped', 'object_denied'],
      ['dropped', 'object_denied'],
    ]);
    expect(jobs[0].dropped).toMatch(/pids below 10/);
    expect(jobs[1].dropped).toMatch(/lsass/);

    const dry = sink({ dry_run: true, dedupe_window_s: 0 });
    await dry.send([hit('f', { process_pid: 5000 })]);
    const last = actions.ledger.all().at(-1)!;
    expect(last.status).toBe('dry_run');
    expect(published.at(-1)!.id).toBe(last.id);
  });

  test('without Live Response settings the sink cannot be made, and says what to set', () => {
    expect(() =>
      liveResponseSinkFactory.create({ actions: [{ command: 'process list' }] } as LiveResponseSinkConfig, {
        route: 'r',
        name: 's',
        logger: silentLogger(),
        secret: () => undefined,
      }),
    ).toThrow(/set CB_BRIDGE_LR_URL and CB_BRIDGE_LR_TOKEN/);
  });
});
