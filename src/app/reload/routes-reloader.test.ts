import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliver, unitBridge, type UnitBridge } from '../../../test/support/admin-fixture';
import { RoutesConfigError } from '../../config/routes-config-error';
import type { RouteSpec } from '../../config/route-config';
import { SyntheticTraffic } from '../../simulate/traffic';
import type { InboundMessage } from '../../event/inbound-message';
import { planReload } from './reload-plan';

const spec = (over: Partial<RouteSpec> & { name: string }): RouteSpec => ({
  match: ['ingress.event.#'],
  sinks: [{ type: 'file', name: 'file', path: '/x' }],
  ...over,
});

describe('planReload', () => {
  test('sorts routes into added, removed, changed (with fields, kept sinks, bindings) and unchanged', () => {
    const before = [
      spec({ name: 'same' }),
      spec({ name: 'gone' }),
      spec({
        name: 'moved',
        match: ['a.#', 'b.#'],
        sinks: [
          { type: 'file', name: 'keep', path: '/k' },
          { type: 'file', name: 'edit', path: '/e' },
          { type: 'file', name: 'drop', path: '/d' },
        ],
      }),
      spec({ name: 'tuned', prefetch: 10 }),
    ];
    const after = [
      spec({ name: 'same' }),
      spec({
        name: 'moved',
        match: ['b.#', 'c.#'],
        sinks: [
          { type: 'file', name: 'keep', path: '/k' },
          { type: 'file', name: 'edit', path: '/e2' },
          { type: 'file', name: 'new', path: '/n' },
        ],
      }),
      spec({ name: 'tuned', prefetch: 20 }),
      spec({ name: 'fresh' }),
    ];
    const plan = planReload(before, after, 'p');
    expect(plan.added.map((r) => r.name)).toEqual(['fresh']);
    expect(plan.removed.map((r) => r.name)).toEqual(['gone']);
    expect(plan.unchanged).toEqual(['same']);
    const [moved, tuned] = plan.changed;
    expect(moved).toMatchObject({
      fields: ['match', 'sinks'],
      keptSinks: ['keep'],
      restartConsumers: false,
      bind: [{ exchange: 'api.events', pattern: 'c.#' }],
      unbind: [{ exchange: 'api.events', pattern: 'a.#' }],
    });
    expect(tuned).toMatchObject({
      fields: ['prefetch'],
      keptSinks: ['file'],
      restartConsumers: true,
      bind: [],
      unbind: [],
    });
  });

  test('restarts consumers when the exchanges change to or from bundles only (their default prefetch differs)', () => {
    const raw = spec({ name: 'r', exchanges: ['api.rawsensordata'] });
    const both = spec({ name: 'r', exchanges: ['api.events', 'api.rawsensordata'] });
    const events = spec({ name: 'r', exchanges: ['api.events'] });
    expect(planReload([raw], [both], 'p').changed[0]).toMatchObject({ fields: ['exchanges'], restartConsumers: true });
    expect(planReload([both], [raw], 'p').changed[0]).toMatchObject({ fields: ['exchanges'], restartConsumers: true });
    expect(planReload([events], [both], 'p').changed[0]).toMatchObject({
      fields: ['exchanges'],
      restartConsumers: false,
    });
  });

  test('key order and absent-vs-undefined do not count as changes', () => {
    const a = spec({ name: 'r', filter: { field: 'x', equals: 1 } });
    const b = { ...spec({ name: 'r', filter: { equals: 1, field: 'x' } as never }), transform: undefined };
    expect(planReload([a], [b], 'p').unchanged).toEqual(['r']);
  });
});

describe('RoutesReloader on a bridge without a broker', () => {
  const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 11);
  const sensor = (): InboundMessage => {
    const m = traffic.next('protobuf');
    return {
      exchange: m.exchange,
      routingKey: m.routingKey,
      contentType: m.contentType,
      headers: m.headers,
      body: m.body,
      receivedAt: Date.now(),
    };
  };
  const routes = (dir: string, aPath: string, extra = ''): string => `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: a
    match: ["ingress.event.#"]
    format: decoded
    sinks:
      - { type: file, name: main, path: ${aPath} }
      - { type: file, name: copy, path: ${join(dir, 'copy.jsonl')} }
${extra}`;
  const routeB = (dir: string): string =>
    `  - name: b\n    match: ["ingress.event.#"]\n    sinks: [{ type: file, path: ${join(dir, 'b.jsonl')} }]\n`;
  let b: UnitBridge;
  const removed: string[] = [];

  beforeEach(async () => {
    removed.length = 0;
    b = await unitBridge((dir) => routes(dir, join(dir, 'a.jsonl'), routeB(dir)));
    const events = (b.runtime.reloader as unknown as { options: { events: { routeRemoved?: (n: string) => void } } })
      .options.events;
    const original = events.routeRemoved;
    events.routeRemoved = (name) => {
      removed.push(name);
      original?.(name);
    };
  });
  afterEach(async () => {
    await b.close();
    rmSync(b.dir, { recursive: true, force: true });
  });

  const lineCount = (p: string): number =>
    existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter(Boolean).length : 0;

  test('a changed sink: in-flight events finish on the old driver, later ones use the new one; the unchanged sink keeps its driver', async () => {
    const pipeline = b.runtime.bridge.routes.pipeline('a')!;
    const [oldMain, copy] = pipeline.drivers;
    const inFlight = deliver(b.runtime, 'a', sensor());
    writeFileSync(b.routesPath, routes(b.dir, join(b.dir, 'a2.jsonl'), routeB(b.dir)));
    const report = await b.runtime.reloader.reload();
    expect(report).toEqual({
      added: [],
      removed: [],
      changed: [{ name: 'a', fields: ['sinks'] }],
      unchanged: ['b'],
      warnings: [],
    });
    expect(await inFlight).toBe('acked');
    expect(await deliver(b.runtime, 'a', sensor())).toBe('acked');
    expect([
      lineCount(join(b.dir, 'a.jsonl')),
      lineCount(join(b.dir, 'a2.jsonl')),
      lineCount(join(b.dir, 'copy.jsonl')),
    ]).toEqual([1, 1, 2]);
    expect(pipeline.drivers[1]).toBe(copy);
    expect(pipeline.drivers[0]).not.toBe(oldMain);
    // The replaced driver was closed once drained: its sink answers "closed" from now on.
    await b.runtime.reloader.idle();
    expect(
      (
        await oldMain.sink.send([
          { id: 'x', text: '{}', record: {}, routingKey: 'k', contentType: undefined, eventKey: 'k', receivedAt: 0 },
        ])
      )[0].status,
    ).toBe('retryable');
  });

  test('a removed route is drained, closed and forgotten; its recent events and stats go with it', async () => {
    expect(await deliver(b.runtime, 'b', sensor())).toBe('acked');
    expect(b.runtime.observability.recent.recent('b', 10)).toHaveLength(1);
    writeFileSync(b.routesPath, routes(b.dir, join(b.dir, 'a.jsonl')));
    const report = await b.runtime.reloader.reload();
    expect(report.removed).toEqual(['b']);
    await b.runtime.reloader.idle();
    expect(removed).toEqual(['b']);
    expect(b.runtime.reloader.retiring()).toEqual([]);
    expect(b.runtime.bridge.routes.pipelines.map((p) => p.name)).toEqual(['a']);
    expect(b.runtime.bridge.routesFile.routes.map((r) => r.name)).toEqual(['a']);
    expect(b.runtime.observability.recent.recent('b', 10)).toEqual([]);
  });

  test('an invalid file or a sink that cannot be created changes nothing', async () => {
    const before = b.runtime.bridge.routesFile;
    writeFileSync(b.routesPath, 'routes: [');
    await expect(b.runtime.reloader.reload()).rejects.toBeInstanceOf(RoutesConfigError);
    writeFileSync(
      b.routesPath,
      routes(
        b.dir,
        join(b.dir, 'a.jsonl'),
        `${routeB(b.dir)}  - name: c\n    match: ["#"]\n    sinks:\n      - type: webhook\n        url: http://127.0.0.1:9/x\n        auth: { bearer: "\${CBB_TEST_SECRET_THAT_IS_NOT_SET}" }\n`,
      ),
    );
    const err = await b.runtime.reloader.reload().catch((e: unknown) => e);
    // The sink's own checks are the routes file's last stage: the problem names line and field.
    expect(err).toBeInstanceOf(RoutesConfigError);
    expect((err as Error).message).toMatch(
      /routes\.yaml:\d+:\d+: routes\[2\]\.sinks\[0\]\.auth\.bearer: .*CBB_TEST_SECRET_THAT_IS_NOT_SET/,
    );
    expect(b.runtime.bridge.routesFile).toBe(before);
    expect(b.runtime.bridge.routes.pipelines.map((p) => p.name)).toEqual(['a', 'b']);
  });

  test('a dead_letter change is reported and not applied', async () => {
    writeFileSync(
      b.routesPath,
      routes(b.dir, join(b.dir, 'a.jsonl'), routeB(b.dir)).replace('dead.jsonl', 'elsewhere.jsonl'),
    );
    const report = await b.runtime.reloader.reload();
    expect(report.warnings).toEqual(['dead_letter changed: not applied until the bridge restarts']);
    expect(b.runtime.bridge.routesFile.dead_letter).toEqual({ type: 'file', path: join(b.dir, 'dead.jsonl') });
  });
});
