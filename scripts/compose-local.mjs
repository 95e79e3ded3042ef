// Runs the topology of docker-compose.yml without Docker, on the brokers of scripts/services.sh:
// the same routes file (deploy/compose/routes.yaml), the same bridge, simulator, webhook receiver
// and Live Response server (lr-server on deploy/compose/lr-sensors.yaml) commands and environment,
// with container addresses and paths mapped to this machine. It runs for a bounded time, prints what
// each part did, stops everything it started and exits non-zero when events did not flow end to end
// or the bridge's `lr` commands, with the compose file's Live Response settings, could not use the
// Live Response server.
//
//   npm run build && node scripts/compose-local.mjs [--seconds 30]
//
// What differs from `docker compose up`: RabbitMQ and Kafka are the services script's (a vhost of
// its own with the CB exchanges of deploy/compose/rabbitmq/definitions.json, and its guest user
// instead of the demo user); Node is this machine's; every listener is on 127.0.0.1 and free ports.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { setTimeout as delay } from 'node:timers/promises';
/* global fetch, AbortController */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { parse } = require('yaml');
const amqp = require('amqplib');
const { Admin, Consumer } = require('@platformatic/kafka');

const { values: opts } = parseArgs({ options: { seconds: { type: 'string', default: '30' } } });
const SECONDS = Math.max(5, Math.min(600, Number(opts.seconds)));
const log = (msg) => process.stdout.write(`compose-local: ${msg}\n`);
const sleep = (ms) => delay(ms);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The value after `flag` in a compose command. */
const flagValue = (command, flag) => command[command.indexOf(flag) + 1];

function start(name, command, args, env, cwd = ROOT) {
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.logs = '';
  const keep = (d) => {
    child.logs = (child.logs + d.toString()).slice(-200_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    log(`${name} exited (${code ?? signal})`);
    // A failure nobody asked for: its last lines say why.
    if (code !== 0 && !child.stopping)
      log(`${name}'s last output:\n${child.logs.trim().split('\n').slice(-15).join('\n')}`);
  });
  return child;
}

/** Runs a command to its end: its exit code, its stdout, and stdout and stderr together. */
async function runToEnd(name, command, args, env) {
  const child = start(name, command, args, env);
  let out = '';
  child.stdout.on('data', (d) => {
    out += d.toString();
  });
  const code = await new Promise((r) => child.once('exit', (c) => r(c)));
  return { code, out, logs: child.logs };
}

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.stopping = true;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timeout = new AbortController();
  const killed = await Promise.race([
    exited.then(() => false),
    delay(45_000, true, { signal: timeout.signal }).catch(() => false),
  ]);
  timeout.abort();
  if (killed) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * `lr run` (process list on the first online sensor of the lr-server's sensors file) and `lr sessions`
 * through the bridge's settings; logs what happened and says whether all of it worked.
 */
async function checkLiveResponse(bin, bridgeEnv, lrServer, lrToken, lrArgs) {
  const base = bridgeEnv.CB_BRIDGE_LR_URL;
  const readyBy = Date.now() + 30_000;
  while (
    (await fetch(`${base}/api/v1/cblr/session`, { headers: { 'x-auth-token': lrToken } }).catch(() => null))?.status !==
    200
  ) {
    if (Date.now() > readyBy || lrServer.exitCode !== null)
      throw new Error(`the Live Response server did not answer:\n${lrServer.logs.slice(-3000)}`);
    await sleep(250);
  }
  log(lrServer.logs.trim().split('\n')[0]);
  const sensors = parse(readFileSync(flagValue(lrArgs, '--sensors'), 'utf8')).sensors;
  const sensor = sensors.find((x) => x.online !== false);
  const run = await runToEnd(
    'lr run',
    process.execPath,
    [bin, 'lr', 'run', '--sensor', String(sensor.id), '--command', 'process list', '--timeout', '30'],
    bridgeEnv,
  );
  const processes = run.code === 0 ? (JSON.parse(run.out).processes ?? []) : [];
  log(
    `lr run --sensor ${sensor.id} --command "process list": exit ${run.code}, ${processes.length} processes (the sensors file lists ${(sensor.processes ?? []).length})`,
  );
  if (run.code !== 0) log(`  ${run.logs.trim().slice(-1000)}`);
  const list = await runToEnd('lr sessions', process.execPath, [bin, 'lr', 'sessions', '--json'], bridgeEnv);
  const sessions = list.code === 0 ? JSON.parse(list.out) : [];
  log(
    `lr sessions --json: exit ${list.code}, ${sessions.map((x) => `session ${x.id} sensor ${x.sensor_id} ${x.status}`).join(', ') || 'none'}`,
  );
  const anonymous = (await fetch(`${base}/api/v1/cblr/session`)).status;
  log(`lr-server without the token: HTTP ${anonymous}`);
  return (
    run.code === 0 &&
    processes.length === (sensor.processes ?? []).length &&
    processes.length > 0 &&
    list.code === 0 &&
    sessions.some((x) => x.sensor_id === sensor.id && x.status === 'close') &&
    anonymous === 401
  );
}

async function main() {
  const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
  const services = compose.services;
  const definitions = JSON.parse(readFileSync(join(ROOT, 'deploy', 'compose', 'rabbitmq', 'definitions.json'), 'utf8'));

  log('bash scripts/services.sh up');
  const up = execFileSync('bash', [join(ROOT, 'scripts', 'services.sh'), 'up'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const addresses = Object.fromEntries(
    up
      .trim()
      .split('\n')
      .map((l) => l.split('=')),
  );

  // RabbitMQ: a vhost of our own with the exchanges the compose broker gets from its definitions.
  const vhost = `cb-compose-${randomBytes(3).toString('hex')}`;
  execFileSync('rabbitmqctl', ['add_vhost', vhost], { stdio: 'ignore' });
  execFileSync('rabbitmqctl', ['set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*'], { stdio: 'ignore' });
  const amqpUrl = `${addresses.AMQP_URL}/${vhost}`;
  const conn = await amqp.connect(amqpUrl);
  const ch = await conn.createChannel();
  for (const x of definitions.exchanges)
    await ch.assertExchange(x.name, x.type, { durable: x.durable, autoDelete: x.auto_delete, internal: x.internal });
  await conn.close();

  // The containers' files: /run/secrets, /var/lib/cb-event-bridge, /etc/cb-event-bridge.
  const work = mkdtempSync(join(tmpdir(), 'cb-compose-'));
  const secretsDir = join(work, 'run-secrets');
  const dataDir = join(work, 'var-lib-cb-event-bridge');
  mkdirSync(secretsDir);
  mkdirSync(dataDir);
  const adminToken = randomBytes(24).toString('hex');
  writeFileSync(join(secretsDir, 'admin_token'), `${adminToken}\n`);
  writeFileSync(join(secretsDir, 'webhook_secret'), `whsec_${randomBytes(32).toString('base64')}\n`);
  const lrToken = randomBytes(24).toString('hex');
  writeFileSync(join(secretsDir, 'lr_token'), `${lrToken}\n`);

  const receiverPort = await freePort();
  const adminPort = await freePort();
  const lrPort = await freePort();
  const [kafkaHost] = addresses.KAFKA_BROKERS.split(',');
  const mountOf = (service, target) => services[service].volumes.find((v) => v.split(':')[1] === target).split(':')[0];
  // Container address or path -> this machine's, applied to env values, arguments and the routes file.
  const mapping = [
    ['amqp://cb:cb-demo-password@rabbitmq:5672', amqpUrl],
    ['kafka:9092', kafkaHost],
    ['http://webhook-receiver:8080', `http://127.0.0.1:${receiverPort}`],
    ['/run/secrets', secretsDir],
    ['/var/lib/cb-event-bridge', dataDir],
    ['/etc/cb-event-bridge/routes.yaml', join(work, 'routes.yaml')],
    ['http://lr-server:8443', `http://127.0.0.1:${lrPort}`],
    ['/opt/webhook-receiver.js', join(ROOT, 'deploy', 'compose', 'webhook-receiver.js')],
  ];
  const lrSensorsTarget = flagValue(services['lr-server'].command, '--sensors');
  mapping.push([lrSensorsTarget, join(ROOT, mountOf('lr-server', lrSensorsTarget))]);
  const local = (text) => mapping.reduce((t, [from, to]) => t.split(from).join(to), String(text));
  for (const [from, to] of mapping) log(`maps ${from} -> ${to}`);
  writeFileSync(
    join(work, 'routes.yaml'),
    local(readFileSync(join(ROOT, mountOf('bridge', '/etc/cb-event-bridge/routes.yaml')), 'utf8')),
  );
  const envOf = (service) =>
    Object.fromEntries(Object.entries(services[service].environment ?? {}).map(([k, v]) => [k, local(v)]));

  const children = [];
  let ok = false;
  try {
    const receiverCmd = services['webhook-receiver'].command.map(local);
    const receiver = start('webhook-receiver', process.execPath, receiverCmd.slice(1), {
      ...envOf('webhook-receiver'),
      PORT: String(receiverPort),
      HOST: '127.0.0.1',
    });
    children.push(receiver);

    const bin = join(ROOT, 'bin', 'cb-event-bridge.js');
    // The Live Response server's compose command, on this machine's loopback and a free port.
    const lrArgs = services['lr-server'].command.map(local);
    lrArgs[lrArgs.indexOf('--host') + 1] = '127.0.0.1';
    lrArgs[lrArgs.indexOf('--port') + 1] = String(lrPort);
    const lrServer = start('lr-server', process.execPath, [bin, ...lrArgs], envOf('lr-server'));
    children.push(lrServer);

    const bridge = start(
      'bridge',
      process.execPath,
      [bin, 'run'],
      {
        ...envOf('bridge'),
        CB_BRIDGE_ADMIN_HOST: '127.0.0.1',
        CB_BRIDGE_ADMIN_PORT: String(adminPort),
      },
      dataDir,
    );
    children.push(bridge);
    const api = `http://127.0.0.1:${adminPort}`;
    const auth = { authorization: `Bearer ${adminToken}` };
    const readyBy = Date.now() + 60_000;
    while ((await fetch(`${api}/readyz`).catch(() => null))?.status !== 200) {
      if (Date.now() > readyBy || bridge.exitCode !== null)
        throw new Error(`the bridge did not become ready:\n${bridge.logs.slice(-3000)}`);
      await sleep(250);
    }
    log(`bridge ready; status page ${api}/ (token in ${join(secretsDir, 'admin_token')})`);

    // The simulator's compose command, with its duration bounded by --seconds.
    const simArgs = services.simulator.command.map(local);
    simArgs[simArgs.indexOf('--duration') + 1] = String(SECONDS);
    const simulator = start('simulator', process.execPath, [bin, ...simArgs], {});
    children.push(simulator);

    // While events flow: the bridge's own `lr` commands, with its compose settings (CB_BRIDGE_LR_URL and the
    // lr_token secret), reach the Live Response server, and the server refuses a request without the token.
    const lrOk = await checkLiveResponse(bin, envOf('bridge'), lrServer, lrToken, lrArgs);
    // The lr-server's compose healthcheck, as Docker would run it inside the container.
    const [, ...probe] = services['lr-server'].healthcheck.test.map((w) =>
      local(w).split('127.0.0.1:8443').join(`127.0.0.1:${lrPort}`),
    );
    const health = await runToEnd(
      'lr-server healthcheck',
      probe[0] === 'node' ? process.execPath : probe[0],
      probe.slice(1),
      {},
    );
    log(`lr-server healthcheck: exit ${health.code}`);
    await new Promise((r) => simulator.once('exit', r));
    if (simulator.exitCode !== 0) throw new Error(`the simulator failed:\n${simulator.logs.slice(-3000)}`);
    log(
      `simulator: ${simulator.logs
        .trim()
        .split('\n')
        .filter((l) => !l.includes('\r'))
        .slice(-2)
        .join(' | ')}`,
    );

    // Let the bridge settle: nothing in flight and nothing waiting on the broker.
    let status;
    for (let i = 0; i < 60; i++) {
      status = await (await fetch(`${api}/api/v1/status`, { headers: auth })).json();
      if (status.routes.every((r) => r.inFlight === 0) && i >= 4) break;
      await sleep(500);
    }
    const sinks = (await (await fetch(`${api}/api/v1/sinks`, { headers: auth })).json()).sinks;
    for (const r of status.routes) {
      log(
        `route ${r.name}: received ${r.counters.received} messages, ${r.counters.events} events, routed ${r.counters.routed}, decode errors ${r.counters.decodeErrors}`,
      );
      for (const s of r.sinks)
        log(
          `  sink ${s.name} (${s.type}, ${sinks.find((x) => x.route === r.name && x.name === s.name).state}): delivered ${s.counters.delivered}, retried ${s.counters.retried}, failed ${s.counters.failed}`,
        );
    }
    const stats = await (await fetch(`http://127.0.0.1:${receiverPort}/stats`)).json();
    log(`webhook receiver: ${stats.requests} requests, ${stats.events} events, ${stats.rejected} rejected signatures`);
    const kafkaClient = { clientId: 'compose-local', bootstrapBrokers: addresses.KAFKA_BROKERS.split(',') };
    const admin = new Admin(kafkaClient);
    const offsets = new Consumer({ ...kafkaClient, groupId: 'compose-local-offsets' });
    const topics = (await admin.listTopics()).filter((t) => t.startsWith('cb.ingress.event.')).sort();
    let records = 0;
    if (topics.length > 0) {
      const ends = await offsets.listOffsets({ topics });
      const starts = await offsets.listOffsets({ topics, timestamp: -2n });
      for (const t of topics)
        (ends.get(t) ?? []).forEach((end, p) => {
          records += Number(end - (starts.get(t)?.[p] ?? 0n));
        });
    }
    await offsets.close(true);
    log(`kafka: ${records} records in ${topics.length} topics (${topics.join(', ')})`);
    const archived = readdirSync(join(dataDir, 'archive'))
      .map(
        (f) =>
          readFileSync(join(dataDir, 'archive', f), 'utf8')
            .split('\n')
            .filter(Boolean).length,
      )
      .reduce((a, b) => a + b, 0);
    log(`archive: ${archived} lines in ${join(dataDir, 'archive')}`);

    const failed = status.routes.flatMap((r) => r.sinks).reduce((n, s) => n + s.counters.failed, 0);
    const byRoute = Object.fromEntries(status.routes.map((r) => [r.name, r]));
    const delivered = (route) => byRoute[route].sinks.reduce((n, s) => n + s.counters.delivered, 0);
    ok =
      lrOk &&
      health.code === 0 &&
      delivered('raw-to-kafka') > 0 &&
      delivered('hits-to-webhook') > 0 &&
      delivered('archive') > 0 &&
      stats.events === delivered('hits-to-webhook') &&
      stats.rejected === 0 &&
      failed === 0 &&
      archived === delivered('archive');
    // the services' Kafka is shared: leave it as found
    if (topics.length > 0) await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.close();
  } finally {
    for (const child of children.reverse()) await stop(child);
    execFileSync('rabbitmqctl', ['delete_vhost', vhost], { stdio: 'ignore' });
    rmSync(work, { recursive: true, force: true });
  }
  log(ok ? 'events flowed end to end and Live Response answered: OK' : 'FAILED: see the figures above');
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`compose-local: ${err.message}\n`);
  process.exitCode = 1;
});
