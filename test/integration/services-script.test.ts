import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * scripts/services.sh manages one RabbitMQ node, known by its name and pid file. With another
 * node on the host (another name, another port, started by hand), `up`, `restart` and `down`
 * act on their own node only and leave the other one running, untouched.
 *
 * Both nodes are test-only (their own names, ports and folders): the shared broker the other
 * integration tests use is never addressed.
 */
jest.setTimeout(300_000);

const SERVICES = join(__dirname, '..', '..', 'scripts', 'services.sh');
const host = hostname().split('.')[0];
const suffix = randomBytes(3).toString('hex');
const ownNode = `cbbsvc-own-${suffix}@${host}`;
const foreignNode = `cbbsvc-foreign-${suffix}@${host}`;

const asRoot = (cmd: string, args: string[], env: Record<string, string> = {}): string => {
  const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const [file, argv] =
    process.getuid?.() === 0 ? ['env', [...envArgs, cmd, ...args]] : ['sudo', ['--', 'env', ...envArgs, cmd, ...args]];
  return execFileSync(file, argv, { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
};

/** A TCP port nothing listens on, whose Erlang distribution port (+20000) is free too. */
async function freePort(): Promise<number> {
  const free = (port: number): Promise<boolean> =>
    new Promise((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    if ((await free(port)) && (await free(port + 20_000))) return port;
  }
}

const ping = (node: string): boolean =>
  spawnSync('rabbitmq-diagnostics', ['-q', '-n', node, 'ping', '--timeout', '10'], { timeout: 60_000, stdio: 'ignore' })
    .status === 0;
const pidOf = (pidFile: string): string => (existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim() : '');
const alive = (pid: string): boolean => pid !== '' && existsSync(`/proc/${pid}`);

let dir = '';
let ownEnv: Record<string, string> = {};
let foreignEnv: Record<string, string> = {};
let foreignPidFile = '';

function services(action: string): { code: number | null; out: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, ...ownEnv };
  const run = spawnSync('bash', [SERVICES, action, 'rabbitmq'], { env, encoding: 'utf8', timeout: 240_000 });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

function expectForeignUntouched(pid: string): void {
  expect(pidOf(foreignPidFile)).toBe(pid);
  expect(alive(pid)).toBe(true);
  expect(ping(foreignNode)).toBe(true);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cbb-services-'));
  chmodSync(dir, 0o755); // the broker's user reads the node folders below
  const [ownPort, ownMgmt, foreignPort] = [await freePort(), await freePort(), await freePort()];
  ownEnv = {
    CB_SERVICES_RABBIT_NODE: ownNode,
    CB_SERVICES_RABBIT_AMQP_PORT: String(ownPort),
    CB_SERVICES_RABBIT_MGMT_PORT: String(ownMgmt),
    CB_SERVICES_RABBIT_BASE: join(dir, 'own'),
    CB_SERVICES_LOCK_FILE: join(dir, 'services.lock'),
    CB_SERVICES_RABBIT_ERL_ARGS: '+S 1:1',
  };
  // The other node, started by hand as any developer might: no management plugin, its own port.
  const base = join(dir, 'foreign');
  asRoot('install', ['-d', '-o', 'rabbitmq', '-g', 'rabbitmq', base]);
  writeFileSync(join(dir, 'foreign-plugins'), '[].\n');
  foreignPidFile = join(base, 'node.pid');
  foreignEnv = {
    RABBITMQ_NODENAME: foreignNode,
    RABBITMQ_NODE_PORT: String(foreignPort),
    RABBITMQ_DIST_PORT: String(foreignPort + 20_000),
    RABBITMQ_MNESIA_BASE: join(base, 'mnesia'),
    RABBITMQ_LOG_BASE: join(base, 'log'),
    RABBITMQ_PID_FILE: foreignPidFile,
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'foreign-plugins'),
    RABBITMQ_CONFIG_FILE: join(base, 'none.conf'),
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '+S 1:1',
  };
  asRoot('rabbitmq-server', ['-detached'], foreignEnv);
  const until = Date.now() + 120_000;
  while (!ping(foreignNode)) {
    if (Date.now() > until)
      throw new Error(`the other node ${foreignNode} did not start; its logs are in ${join(base, 'log')}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
});

afterAll(() => {
  for (const [node, env] of [
    [ownNode, ownEnv],
    [foreignNode, foreignEnv],
  ] as const) {
    if (ping(node))
      spawnSync('env', [...Object.entries(env).map(([k, v]) => `${k}=${v}`), 'rabbitmqctl', '-q', '-n', node, 'stop'], {
        timeout: 120_000,
        stdio: 'ignore',
      });
  }
  if (dir) asRoot('rm', ['-rf', dir]);
});

test('up, restart and down act on their own node and leave another node on the host alone', () => {
  const foreignPid = pidOf(foreignPidFile);
  expect(alive(foreignPid)).toBe(true);

  const up = services('up');
  expect(up).toMatchObject({ code: 0 });
  expect(up.out).toContain(`AMQP_URL=amqp://guest:guest@127.0.0.1:${ownEnv.CB_SERVICES_RABBIT_AMQP_PORT}`);
  expect(ping(ownNode)).toBe(true);
  const ownPid = pidOf(join(ownEnv.CB_SERVICES_RABBIT_BASE, `${ownNode}.pid`));
  expect(alive(ownPid)).toBe(true);
  expectForeignUntouched(foreignPid);

  expect(services('up').out).toContain(`node ${ownNode} is already running`);

  const restart = services('restart');
  expect(restart).toMatchObject({ code: 0 });
  expect(ping(ownNode)).toBe(true);
  expect(alive(ownPid)).toBe(false); // a new VM
  expectForeignUntouched(foreignPid);

  const down = services('down');
  expect(down).toMatchObject({ code: 0 });
  expect(ping(ownNode)).toBe(false);
  expect(services('status')).toMatchObject({ code: 3, out: `rabbitmq: stopped (node ${ownNode})\n` });
  expect(services('down').out).toContain(`node ${ownNode} is already stopped`);
  expectForeignUntouched(foreignPid);
});

test('Kafka under its own folder and ports: down and status never touch a broker started elsewhere', async () => {
  const open = (port: number): Promise<boolean> =>
    new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  const sharedBefore = await open(9092);
  const [port, sasl, ctrl] = [await freePort(), await freePort(), await freePort()];
  const env = {
    ...process.env,
    CB_SERVICES_KAFKA_HOME: join(dir, 'kafka'),
    CB_SERVICES_KAFKA_PORT: String(port),
    CB_SERVICES_KAFKA_SASL_PORT: String(sasl),
    CB_SERVICES_KAFKA_CTRL_PORT: String(ctrl),
    CB_SERVICES_LOCK_FILE: join(dir, 'services.lock'),
  };
  const down = spawnSync('bash', [SERVICES, 'down', 'kafka'], { env, encoding: 'utf8', timeout: 60_000 });
  expect(down.status).toBe(0);
  expect(down.stderr).toContain('Kafka is already stopped');
  const status = spawnSync('bash', [SERVICES, 'status', 'kafka'], { env, encoding: 'utf8', timeout: 60_000 });
  expect([status.status, status.stdout]).toEqual([3, 'kafka: stopped\n']);
  expect(await open(9092)).toBe(sharedBefore);
});
