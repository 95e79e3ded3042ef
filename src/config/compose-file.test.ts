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
import { settingsSchema } from './settings';
import { HOST_NAMES } from '../simulate/synthetic-events';
import { loadSensorsFile } from '../liveresponse/server/sensors-file';
import { runCli } from '../../test/support/cli-run';

const ROOT = join(__dirname, '..', '..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const SCHEMA_FILE = join(ROOT, 'node_modules', 'dclint', 'schemas', 'compose.schema.json');

interface Service {
  build?: string;
  image?: string;
  volumes?: string[];
  secrets?: string[];
  environment?: Record<string, string>;
  command?: string[];
  depends_on?: Record<string, unknown>;
  ports?: string[];
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync(COMPOSE_FILE, 'utf8')) as {
  services: Record<string, Service>;
  secrets: Record<string, unknown>;
  volumes: Record<string, unknown>;
};

/** Every CB_BRIDGE_* variable the bridge reads (convict `env`), and its _FILE form. */
function settingEnvNames(node: unknown, out = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    const env = (node as { env?: unknown }).env;
    if (typeof env === 'string') {
      out.add(env);
      out.add(`${env}_FILE`);
    }
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

/** The host-side file a service bind-mounts at `target`. */
function mountedFile(service: Service, target: string): string {
  const volume = service.volumes?.find((v) => v.split(':')[1] === target);
  if (!volume) throw new Error(`nothing is mounted at ${target}`);
  return join(ROOT, volume.split(':')[0]);
}

/** The value following `flag` in a command. */
function flagValue(command: string[] | undefined, flag: string): string | undefined {
  const i = command?.indexOf(flag) ?? -1;
  return i < 0 ? undefined : command![i + 1];
}

test('the topology: brokers, bridge, simulator, webhook receiver and Live Response server; the bridge waits for healthy brokers', () => {
  expect(Object.keys(compose.services).sort()).toEqual([
    'bridge',
    'kafka',
    'lr-server',
    'rabbitmq',
    'simulator',
    'webhook-receiver',
  ]);
  expect(compose.services.bridge.depends_on).toMatchObject({
    rabbitmq: { condition: 'service_healthy' },
    kafka: { condition: 'service_healthy' },
  });
  expect(compose.services.bridge.build).toBe('.');
  expect(compose.services.simulator.command?.[0]).toBe('simulate');
});

test('every bind-mounted file exists and every secret a service uses is declared', () => {
  for (const [name, service] of Object.entries(compose.services)) {
    for (const v of service.volumes ?? []) {
      const source = v.split(':')[0];
      if (source.startsWith('.'))
        expect({ name, source, exists: existsSync(join(ROOT, source)) }).toEqual({ name, source, exists: true });
      else expect(Object.keys(compose.volumes)).toContain(source);
    }
    for (const s of service.secrets ?? []) expect(Object.keys(compose.secrets)).toContain(s);
  }
});

test("the bridge's environment holds real settings only, and its routes pass `check`", async () => {
  const known = settingEnvNames(settingsSchema);
  const unknown = Object.keys(compose.services.bridge.environment ?? {}).filter((k) => !known.has(k));
  expect(unknown).toEqual([]);
  const routes = compose.services.bridge
    .volumes!.find((v) => v.includes(':/etc/cb-event-bridge/routes.yaml'))!
    .split(':')[0];
  const r = await runCli(['check', '--config', join(ROOT, routes), '--skip-secrets']);
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
});

test("the Live Response server: the project's lr-server on its sensors file, and the bridge reaches it with the token of a shared secret", () => {
  const lr = compose.services['lr-server'];
  expect(lr.build).toBe('.');
  expect(lr.command?.[0]).toBe('lr-server');
  expect(flagValue(lr.command, '--host')).toBe('0.0.0.0');
  expect(lr.command).not.toContain('--token'); // a token on the command line is visible in `ps` and `docker inspect`
  const sensors = loadSensorsFile(mountedFile(lr, flagValue(lr.command, '--sensors')!));
  // Sensors the simulator's events name, with the hostnames those events carry.
  for (const s of sensors.sensors)
    expect({ id: s.id, hostname: s.hostname }).toEqual({ id: s.id, hostname: HOST_NAMES[s.id % HOST_NAMES.length] });
  expect(sensors.sensors.some((s) => s.online)).toBe(true);

  const bridge = compose.services.bridge;
  const url = new URL(bridge.environment!.CB_BRIDGE_LR_URL);
  expect([url.protocol, url.hostname, url.port]).toEqual(['http:', 'lr-server', flagValue(lr.command, '--port')]);
  expect(bridge.depends_on).toHaveProperty('lr-server');
  // The token reaches both through the same secret file, never as a value in the compose file.
  const tokenFile = '/run/secrets/lr_token';
  expect(lr.environment).toEqual({ CB_BRIDGE_LR_TOKEN_FILE: tokenFile });
  expect(bridge.environment).toMatchObject({ CB_BRIDGE_LR_TOKEN_FILE: tokenFile });
  expect(bridge.environment).not.toHaveProperty('CB_BRIDGE_LR_TOKEN');
  expect(lr.secrets).toContain('lr_token');
  expect(bridge.secrets).toContain('lr_token');
  expect(compose.secrets.lr_token).toEqual({ environment: expect.any(String) });
  // The image's HEALTHCHECK probes the bridge's admin port; the lr-server needs its own probe.
  expect(lr.healthcheck?.test.join(' ')).toContain(`:${flagValue(lr.command, '--port')}/api/v1/cblr/session`);
});

test('the RabbitMQ definitions declare the CB exchanges as a CB server has them', () => {
  const defs = JSON.parse(readFileSync(join(ROOT, 'deploy', 'compose', 'rabbitmq', 'definitions.json'), 'utf8')) as {
    exchanges: Array<{ name: string; type: string; durable: boolean }>;
  };
  expect(defs.exchanges.map((x) => [x.name, x.type, x.durable])).toEqual([
    ['api.events', 'topic', true],
    ['api.rawsensordata', 'topic', true],
  ]);
});
