/**
 * The status page at / of the admin server, in Debian's headless Chromium driven by playwright-core,
 * against a real bridge on the real broker: it asks for the token, shows what the API reports
 * (routes, sinks, breaker, queue depths, recent events, dead letters), updates live, pause and
 * resume work from it, and the token stays in the tab. A screenshot goes to out/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CbPublisher } from '../../src/simulate/publisher';
import { SyntheticTraffic } from '../../src/simulate/traffic';
import type { BridgeRuntime } from '../../src/app/bridge-runtime';
import type { AdminServer } from '../../src/admin/server';
import { uniquePrefix } from '../support/broker';
import { TestVhost } from '../support/vhost';
import { tempDir } from '../support/bridge-fixture';
import { HttpReceiver } from '../support/http-receiver';
import { startAdminBridge, TOKEN, type AdminClient } from '../support/admin-fixture';
import { deployTool } from '../support/deploy-tools';

jest.setTimeout(120_000);

const SCREENSHOT_DIR = join(__dirname, '..', '..', 'out', 'screenshots');
const vhost = TestVhost.create(uniquePrefix('vh-status-page'));
const dir = tempDir('status-page');
const receiver = new HttpReceiver();
let runtime: BridgeRuntime;
let admin: AdminServer;
let api: AdminClient;
let browser: Browser;
let page: Page;
let publisher: CbPublisher;

/** The text of every cell of a table body, row by row. */
// Page-side code is passed as text: the tests compile without the DOM library.
const tableText = (id: string): Promise<string[][]> =>
  page.evaluate(
    `Array.from(document.querySelectorAll('#${id} tbody tr'), (r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? ''))`,
  );
/** The text of cell `column` of route `route`'s row. */
const routeCell = (route: string, column: number): string =>
  `document.querySelector('#routes tr[data-route="${route}"]')?.children[${column}]?.textContent`;

/**
 * Polls a page expression until it is true (page.waitForFunction compiles its text inside the
 * page, which the page's CSP rightly forbids; evaluate runs it from outside).
 */
async function waitUntil(expression: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`the page never showed ${expression}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  const executablePath = deployTool('chromium');
  await receiver.start();
  // The webhook refuses every batch for good (400): its events are dead-lettered at once.
  receiver.respond = () => ({ status: 400, body: 'rejected by the test receiver' });
  const routes = `
dead_letter: { type: file, path: ${join(dir, 'dead.jsonl')} }
routes:
  - name: edr
    match: ["ingress.event.#"]
    exchanges: [api.events]
    sinks: [{ type: file, name: archive, path: ${join(dir, 'edr.jsonl')} }]
  - name: hits
    match: ["watchlist.#", "feed.#"]
    sinks:
      - type: webhook
        name: soc
        url: ${receiver.url}/hook
        required: false
        delivery: { batch_max_events: 10, linger_ms: 50 }
`;
  ({ runtime, admin, api } = await startAdminBridge(dir, routes, uniquePrefix('status-page'), {
    CB_BRIDGE_AMQP_URL: vhost.amqpUrl,
  }));
  publisher = new CbPublisher({ url: vhost.amqpUrl, declare: true, persistent: false });
  await publisher.open();
  const events = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 3);
  const hits = new SyntheticTraffic({ protobuf: 0, bundle: 0, json: 1, bundleSize: 1 }, 4);
  for (let i = 0; i < 40; i++) await publisher.publish(events.next());
  for (let i = 0; i < 5; i++) await publisher.publish(hits.next());
  await publisher.flush();
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
}, 600_000); // installing Chromium, when absent, takes minutes

afterAll(async () => {
  await browser?.close();
  await publisher?.close();
  await admin?.close();
  await runtime?.stop();
  await receiver.stop();
  vhost.delete();
});

test('the page is served without the token, as static HTML with its own script and a strict CSP', async () => {
  const res = await fetch(`${admin.url}/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/html');
  expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(await res.text()).toContain('<script src="/status-page/status-page.js"');
  expect((await fetch(`${admin.url}/status-page/status-page.js`)).headers.get('content-type')).toContain('javascript');
  expect((await fetch(`${admin.url}/status-page/nope.js`)).status).toBe(404);
  // The API behind it still needs the token.
  expect((await fetch(`${admin.url}/api/v1/status`)).status).toBe(401);
});

test('asks for the token; a wrong one is refused and asked for again', async () => {
  await page.goto(`${admin.url}/`);
  await page.waitForSelector('#login:not([hidden])');
  await page.fill('#token', 'not-the-token');
  await page.click('#login button[type=submit]');
  await page.waitForSelector('#login-error:has-text("not accepted")');
  expect(await page.isHidden('#dashboard')).toBe(true);
});

test('shows the routes, sinks, breaker, queue depths, recent events and dead letters the API reports, live', async () => {
  await page.fill('#token', TOKEN);
  await page.click('#login button[type=submit]');
  await page.waitForSelector('body[data-loaded="true"]');
  // Wait until the traffic shows: 40 events routed on edr, the hits dead-lettered by the webhook.
  await waitUntil(
    `${routeCell('edr', 5)} === '40' && document.querySelectorAll('#dead-letters tbody tr td').length > 1`,
    30_000,
  );

  const status = (await api.call('GET', '/api/v1/status')).json;
  const sinks = (await api.call('GET', '/api/v1/sinks')).json;
  const routes = await tableText('routes');
  expect(routes.map((r) => [r[0], r[1]])).toEqual(
    status.routes.map((r: { name: string; state: string }) => [r.name, r.state]),
  );
  const edr = routes.find((r) => r[0] === 'edr')!;
  expect(edr[4]).toBe(String(status.routes[0].counters.received));
  expect(edr[5]).toBe('40');

  const sinkRows = await tableText('sinks');
  expect(sinkRows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual(
    sinks.sinks.map((s: { route: string; name: string; type: string; state: string; breaker: string | null }) => [
      `${s.route} / ${s.name}`,
      s.type,
      s.state,
      s.breaker ?? '–',
    ]),
  );
  const soc = sinkRows.find((r) => r[0] === 'hits / soc')!;
  expect(Number(soc[7])).toBeGreaterThan(0); // failed
  expect(soc[10]).toContain('400');

  const letters = await tableText('dead-letters');
  expect(letters.length).toBeGreaterThan(0);
  expect(letters[0].slice(1, 4)).toEqual(['hits', 'soc', 'sink_failed']);

  const events = await tableText('events');
  const recent = (await api.call('GET', '/api/v1/events/recent?limit=15')).json;
  expect(events.map((e) => e[2])).toEqual(recent.events.map((e: { routingKey: string }) => e.routingKey));
  expect(events[0][3]).toContain('"cb_server"');

  // The broker queue depth comes from /metrics (polled every second in this bridge).
  await waitUntil(`${routeCell('edr', 10)} === '0'`, 15_000);
  expect(await page.textContent('#broker')).toBe('broker: connected');

  // Live: more traffic shows up without reloading the page.
  const more = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 5);
  for (let i = 0; i < 10; i++) await publisher.publish(more.next());
  await publisher.flush();
  await waitUntil(`${routeCell('edr', 5)} === '50'`, 15_000);

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'status-page.png'), fullPage: true });
});

test('pause and resume a route from the page', async () => {
  await page.click('#routes tr[data-route="edr"] button[data-action="pause"]');
  await page.waitForSelector('#routes tr[data-route="edr"] [data-state="paused"]');
  expect((await api.call('GET', '/api/v1/routes/edr')).json.state).toBe('paused');
  await page.click('#routes tr[data-route="edr"] button[data-action="resume"]');
  await page.waitForSelector('#routes tr[data-route="edr"] [data-state="running"]');
  expect((await api.call('GET', '/api/v1/routes/edr')).json.state).toBe('running');
});

test('the token lives in this tab only: kept across a reload, not in localStorage, not in a new tab', async () => {
  await page.reload();
  await page.waitForSelector('body[data-loaded="true"]');
  expect(await page.isVisible('#dashboard')).toBe(true);
  expect(await page.evaluate('[sessionStorage.length, localStorage.length, document.cookie]')).toEqual([1, 0, '']);
  const other = await (await browser.newContext()).newPage();
  await other.goto(`${admin.url}/`);
  await other.waitForSelector('#login:not([hidden])');
  await other.close();
  await page.click('#sign-out');
  await page.waitForSelector('#login:not([hidden])');
  expect(await page.evaluate('sessionStorage.length')).toBe(0);
});
