import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadSettings, type Settings } from '../../src/config/settings';
import { loadRoutesFile } from '../../src/config/routes-file';
import { silentLogger } from '../../src/observability/logger';
import { BridgeRuntime } from '../../src/app/bridge-runtime';
import { watchBridge } from '../../src/app/observability';
import { adminContextFor } from '../../src/admin/adapters';
import { AdminServer, buildAdminApp } from '../../src/admin/server';
import { AMQP_URL } from './broker';
import type { AdminServerOptions } from '../../src/admin/admin-options';
import type { Delivery } from '../../src/pipeline/delivery';
import type { InboundMessage } from '../../src/event/inbound-message';

export const TOKEN = 's3cret-token-for-tests';

export interface UnitBridge {
  dir: string;
  routesPath: string;
  settings: Settings;
  runtime: BridgeRuntime;
  app: FastifyInstance;
  close(): Promise<void>;
}

export function adminOptions(over: Partial<AdminServerOptions> = {}): AdminServerOptions {
  return { host: '127.0.0.1', port: 0, token: TOKEN, metricsPublic: false, bodyLimitBytes: 64 * 1024, ...over };
}

/**
 * A bridge whose routes, sinks and dead-letter file are running but whose AMQP source is never
 * started (no broker needed: it stays `disconnected`), with the admin API on top (fastify inject).
 */
export async function unitBridge(
  routesYaml: (dir: string) => string,
  options: Partial<AdminServerOptions> = {},
  env: Record<string, string> = {},
): Promise<UnitBridge> {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-admin-'));
  const routesPath = join(dir, 'routes.yaml');
  writeFileSync(routesPath, routesYaml(dir));
  const settings = loadSettings([], {
    CB_BRIDGE_ROUTES: routesPath,
    CB_BRIDGE_AMQP_URL: 'amqp://127.0.0.1:1',
    CB_BRIDGE_ADMIN_QUEUE_POLL_S: '0',
    ...env,
  });
  const runtime = new BridgeRuntime(settings, loadRoutesFile(routesPath), silentLogger(), { processMetrics: false });
  await runtime.bridge.routes.start();
  watchBridge(runtime.observability, runtime.bridge, silentLogger());
  const app = buildAdminApp(adminContextFor(runtime, '9.9.9-test'), adminOptions(options), silentLogger());
  await app.ready();
  return {
    dir,
    routesPath,
    settings,
    runtime,
    app,
    async close() {
      await app.close();
      await runtime.reloader.close(1000);
      await runtime.bridge.routes.close(1000);
      runtime.observability.metrics.stop();
    },
  };
}

/** Hands a message to a route's pipeline as the source would; resolves when it is acked (or parked). */
export function deliver(rt: BridgeRuntime, route: string, message: InboundMessage): Promise<'acked' | 'parked'> {
  const pipeline = rt.bridge.routes.pipeline(route);
  if (!pipeline) throw new Error(`no route ${route}`);
  return new Promise((resolve) => {
    const d: Delivery = {
      message,
      redelivered: false,
      ack: () => resolve('acked'),
      park: async () => resolve('parked'),
    };
    pipeline.handle(d);
  });
}

export const auth = { authorization: `Bearer ${TOKEN}` };

/** A full bridge runtime on the real broker with the admin API listening on an ephemeral port. */
export async function startAdminBridge(
  dir: string,
  routesYaml: string,
  prefix: string,
  env: Record<string, string> = {},
): Promise<{ runtime: BridgeRuntime; admin: AdminServer; routesPath: string; api: AdminClient }> {
  const routesPath = join(dir, 'routes.yaml');
  writeFileSync(routesPath, routesYaml);
  const settings = loadSettings([], {
    CB_BRIDGE_AMQP_URL: AMQP_URL,
    CB_BRIDGE_ROUTES: routesPath,
    CB_BRIDGE_QUEUE_PREFIX: prefix,
    CB_BRIDGE_DECLARE_EXCHANGES: 'true',
    CB_BRIDGE_RECONNECT_MAX_MS: '2000',
    CB_BRIDGE_ADMIN_QUEUE_POLL_S: '1',
    ...env,
  });
  const runtime = new BridgeRuntime(settings, loadRoutesFile(routesPath), silentLogger(), { processMetrics: false });
  await runtime.start();
  await runtime.bridge.source.connected();
  const admin = await AdminServer.start(adminContextFor(runtime), adminOptions(), silentLogger());
  return { runtime, admin, routesPath, api: new AdminClient(admin.url) };
}

/** Real HTTP calls to the admin API with the test token. */
export class AdminClient {
  constructor(readonly url: string) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of every endpoint
  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any; text: string }> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON (/metrics) */
    }
    return { status: res.status, json, text };
  }
}
