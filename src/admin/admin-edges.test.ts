import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RoutesConfigError } from '../config/routes-config-error';
import { loadSettings } from '../config/settings';
import { loadRoutesFile } from '../config/routes-file';
import { silentLogger } from '../observability/logger';
import { BridgeRuntime } from '../app/bridge-runtime';
import { ReloadApplyError, ReloadBuildError } from '../app/reload/reload-errors';
import { DeadLetterCursorError } from '../dead-letters/dead-letter-store';
import { AdminConfigError, adminOptionsFromSettings, checkAdminOptions, isLoopback } from './admin-options';
import { tokenMatches } from './bearer-auth';
import { adminContextFor } from './adapters';
import { errorAnswer } from './error-answers';
import { buildAdminApp } from './server';
import { adminOptions, auth } from '../../test/support/admin-fixture';

jest.mock('cookie', () => ({ stringifySetCookie: () => '', parseCookie: () => ({}) }));

test('tokens compare by digest, whatever their lengths', () => {
  expect(tokenMatches('abc', 'abc')).toBe(true);
  expect(tokenMatches('abc', 'abd')).toBe(false);
  expect(tokenMatches('', 'abc')).toBe(false);
  expect(tokenMatches('a'.repeat(1000), 'a')).toBe(false);
});

test('an empty token is refused unless the server binds to loopback', () => {
  expect(['127.0.0.1', '127.3.2.1', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([
    true,
    true,
    true,
    true,
    true,
    true,
  ]);
  expect(['0.0.0.0', '::', '10.0.0.1', 'bridge.example'].map(isLoopback)).toEqual([false, false, false, false]);
  expect(() => checkAdminOptions(adminOptions({ token: '', host: '0.0.0.0' }))).toThrow(AdminConfigError);
  expect(() => checkAdminOptions(adminOptions({ token: '', host: '127.0.0.1' }))).not.toThrow();
  expect(() => checkAdminOptions(adminOptions({ token: 't', host: '0.0.0.0' }))).not.toThrow();
});

test('settings: port 0 disables the API; TLS files both or neither; the token may come from a _FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-admin-opts-'));
  try {
    expect(adminOptionsFromSettings(loadSettings([], { CB_BRIDGE_ADMIN_PORT: '0' }).admin)).toBeNull();
    expect(() => adminOptionsFromSettings(loadSettings([], { CB_BRIDGE_ADMIN_TLS_CERT_FILE: '/x.pem' }).admin)).toThrow(
      /both/,
    );
    expect(() =>
      adminOptionsFromSettings(
        loadSettings([], { CB_BRIDGE_ADMIN_TLS_CERT_FILE: '/nope.pem', CB_BRIDGE_ADMIN_TLS_KEY_FILE: '/nope.key' })
          .admin,
      ),
    ).toThrow(/cannot read the TLS certificate/);
    expect(() => adminOptionsFromSettings(loadSettings([], { CB_BRIDGE_ADMIN_HOST: '0.0.0.0' }).admin)).toThrow(
      /no token/,
    );
    writeFileSync(join(dir, 'token'), 'from-a-file\n');
    const o = adminOptionsFromSettings(
      loadSettings([], {
        CB_BRIDGE_ADMIN_HOST: '0.0.0.0',
        CB_BRIDGE_ADMIN_TOKEN_FILE: join(dir, 'token'),
        CB_BRIDGE_METRICS_PUBLIC: 'true',
      }).admin,
    );
    expect(o).toMatchObject({
      host: '0.0.0.0',
      port: 9464,
      token: 'from-a-file',
      metricsPublic: true,
      bodyLimitBytes: 1024 * 1024,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('errors map to stable codes; unexpected ones do not leak', () => {
  expect(
    errorAnswer(new RoutesConfigError([{ file: 'r.yaml', line: 3, column: 5, path: 'routes[0]', message: 'bad' }])),
  ).toEqual({
    status: 400,
    body: {
      code: 'invalid_routes_file',
      message: expect.any(String),
      problems: [{ file: 'r.yaml', line: 3, column: 5, path: 'routes[0]', message: 'bad' }],
    },
  });
  expect(errorAnswer(new ReloadBuildError('r', 's', new Error('secret X is not set')))).toEqual({
    status: 400,
    body: { code: 'routes_not_applicable', message: expect.stringMatching(/route r, sink s: secret X is not set/) },
  });
  expect(errorAnswer(new ReloadApplyError(new Error('channel closed')))).toMatchObject({
    status: 500,
    body: { code: 'reload_incomplete' },
  });
  expect(errorAnswer(new DeadLetterCursorError('c', 'gone'))).toMatchObject({
    status: 400,
    body: { code: 'invalid_cursor' },
  });
  expect(errorAnswer(new Error('secret detail'))).toEqual({
    status: 500,
    body: { code: 'internal_error', message: 'internal error; the bridge log has the details' },
  });
  expect(errorAnswer(Object.assign(new Error('too big'), { statusCode: 413 }))).toMatchObject({
    status: 413,
    body: { code: 'body_too_large' },
  });
});

test('with an AMQP dead-letter destination, listing, replay and delete answer 409', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-admin-amqp-dl-'));
  const path = join(dir, 'routes.yaml');
  writeFileSync(
    path,
    `dead_letter: { type: amqp, exchange: cb.dead }\nroutes:\n  - name: a\n    match: ["#"]\n    sinks: [{ type: file, path: ${join(dir, 'a.jsonl')} }]\n`,
  );
  const settings = loadSettings([], { CB_BRIDGE_ROUTES: path });
  const runtime = new BridgeRuntime(settings, loadRoutesFile(path), silentLogger(), { processMetrics: false });
  const app = buildAdminApp(adminContextFor(runtime), adminOptions(), silentLogger());
  try {
    for (const [method, url, payload] of [
      ['GET', '/api/v1/deadletters', undefined],
      ['POST', '/api/v1/deadletters/replay', { all: true }],
      ['DELETE', '/api/v1/deadletters', { all: true }],
    ] as const) {
      const res = await app.inject({ method, url, headers: auth, ...(payload ? { payload } : {}) });
      expect({ url, status: res.statusCode, code: res.json().code }).toEqual({
        url,
        status: 409,
        code: 'dead_letters_not_browsable',
      });
    }
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/status', headers: auth })).json().deadLetters,
    ).toMatchObject({ destination: 'amqp', browsable: false });
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
