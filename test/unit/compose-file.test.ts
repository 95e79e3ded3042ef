/**
 * docker-compose.yml against the Compose Specification's JSON schema (the copy dclint ships, from
 * the npm registry) and dclint's own rules; and what the schema cannot see: every file it mounts
 * exists, every secret it uses is declared, the bridge's settings are real ones, the routes pass
 * `check`. (scripts/compose-local.mjs runs the same topology on the services script's brokers.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { settingsSchema } from '../../src/config/settings';
import { runCli } from '../support/cli-run';

const ROOT = join(__dirname, '..', '..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const SCHEMA_FILE = join(ROOT, 'node_modules', 'dclint', 'schemas', 'compose.schema.json');

interface Service { build?: string; image?: string; volumes?: string[]; secrets?: string[]; environment?: Record<string, string>; command?: string[]; depends_on?: Record<string, unknown> }
const compose = parse(readFileSync(COMPOSE_FILE, 'utf8')) as { services: Record<string, Service>; secrets: Record<string, unknown>; volumes: Record<string, unknown> };

/** Every CB_BRIDGE_* variable the bridge reads (convict `env`), and its _FILE form. */
function settingEnvNames(node: unknown, out = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    const env = (node as { env?: unknown }).env;
    if (typeof env === 'string') { out.add(env); out.add(`${env}_FILE`); }
    for (const v of Object.values(node)) settingEnvNames(v, out);
  }
  return out;
}

/** The schema (draft-07; its $schema URI lacks the '#' ajv registers draft-07 under). */
function composeValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  expect(schema.$schema).toMatch(/draft-07/);
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile({ ...schema, $schema: 'http://json-schema.org/draft-07/schema#' });
}

test('valid against the Compose Specification schema', () => {
  const validate = composeValidator();
  const ok = validate(compose);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
});

test('the schema catches a mistake (the check is not vacuous)', () => {
  const validate = composeValidator();
  const broken = structuredClone(compose) as unknown as { services: Record<string, Record<string, unknown>> };
  broken.services.bridge.depends_on = { kafka: { condition: 'service_happy' } };
  expect(validate(broken)).toBe(false);
});

test('dclint finds nothing to report', () => {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'dclint'), [COMPOSE_FILE], { encoding: 'utf8' });
  expect({ status: r.status, out: r.stdout.trim() }).toEqual({ status: 0, out: '' });
});

test('the topology: brokers, bridge, simulator and webhook receiver; the bridge waits for healthy brokers', () => {
  expect(Object.keys(compose.services).sort()).toEqual(expect.arrayContaining(['bridge', 'kafka', 'rabbitmq', 'simulator', 'webhook-receiver']));
  expect(compose.services.bridge.depends_on).toMatchObject({ rabbitmq: { condition: 'service_healthy' }, kafka: { condition: 'service_healthy' } });
  expect(compose.services.bridge.build).toBe('.');
  expect(compose.services.simulator.command?.[0]).toBe('simulate');
});

test('every bind-mounted file exists and every secret a service uses is declared', () => {
  for (const [name, service] of Object.entries(compose.services)) {
    for (const v of service.volumes ?? []) {
      const source = v.split(':')[0];
      if (source.startsWith('.')) expect({ name, source, exists: existsSync(join(ROOT, source)) }).toEqual({ name, source, exists: true });
      else expect(Object.keys(compose.volumes)).toContain(source);
    }
    for (const s of service.secrets ?? []) expect(Object.keys(compose.secrets)).toContain(s);
  }
});

test('the bridge\'s environment holds real settings only, and its routes pass `check`', async () => {
  const known = settingEnvNames(settingsSchema);
  const unknown = Object.keys(compose.services.bridge.environment ?? {}).filter((k) => !known.has(k));
  expect(unknown).toEqual([]);
  const routes = compose.services.bridge.volumes!.find((v) => v.includes(':/etc/cb-event-bridge/routes.yaml'))!.split(':')[0];
  const r = await runCli(['check', '--config', join(ROOT, routes), '--skip-secrets']);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
});

test('the RabbitMQ definitions declare the CB exchanges as a CB server has them', () => {
  const defs = JSON.parse(readFileSync(join(ROOT, 'deploy', 'compose', 'rabbitmq', 'definitions.json'), 'utf8')) as { exchanges: Array<{ name: string; type: string; durable: boolean }> };
  expect(defs.exchanges.map((x) => [x.name, x.type, x.durable])).toEqual([['api.events', 'topic', true], ['api.rawsensordata', 'topic', true]]);
});
