/**
 * bench:syslog — the syslog sink (through its real driver: batching, framing, the socket) to a
 * collector on 127.0.0.1, over TCP and over TLS, with CEF events made from synthetic CB traffic.
 *
 * - The collector is a child process (so its CPU is not the sink's): it reads the stream, splits
 *   it by octet counting and counts messages; the run ends when it has every one.
 * - events/s = N / time from the first submit until the collector counted N.
 * - CPU per event = this process's CPU time (user + system) over the run / N: the sink's framing,
 *   header building and writes (the CEF lines are rendered before the clock starts; rendering
 *   one is timed on its own and printed beside).
 *
 * Bounded: BENCH_SYSLOG_N events per transport (default 300,000); each run stops after
 * BENCH_SYSLOG_MAX_S seconds (default 60) whether or not everything arrived, and says so.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { decodeMessage } from '../src/codecs/decode-message';
import { NO_NOTIFICATION_SCHEMAS } from '../src/codecs/json/notification-schemas';
import { DEFAULT_CODEC_LIMITS as DEFAULT_LIMITS } from '../src/codecs/codec-limits';
import { cefLine } from '../src/formats/cef/cef-line';
import { normalizeResult } from '../src/formats/format-events';
import { silentLogger } from '../src/observability/logger';
import { SinkDriver } from '../src/sinks/driver/sink-driver';
import { recordFor } from '../src/event/event-detail';
import { DEFAULT_DELIVERY_POLICY, type SinkRecord } from '../src/sinks/sink';
import { resolveSyslogSinkConfig, type SyslogSinkConfig } from '../src/sinks/syslog/config';
import { syslogSinkFactory } from '../src/sinks/syslog/factory';
import { SyslogSink } from '../src/sinks/syslog/sink';
import { SyntheticTraffic } from '../src/simulate/traffic';
import { fmt, hostSpeedProbe, measure, StealMeter } from './bench-util';

const N = Number(process.env.BENCH_SYSLOG_N ?? 300_000);
const MAX_S = Number(process.env.BENCH_SYSLOG_MAX_S ?? 60);
/** Distinct events rendered; the run cycles through them. */
const DISTINCT = 20_000;

type Protocol = 'tcp' | 'tls';
type ToParent = { port: number } | { count: number; cpuMs: number };

// ---- the collector (child process) -------------------------------------------------------------

function runCollector(protocol: Protocol, pemDir: string): void {
  let count = 0;
  const onSocket = (socket: Socket): void => {
    let pending = Buffer.alloc(0);
    socket.on('data', (data: Buffer) => {
      let buf = pending.length === 0 ? data : Buffer.concat([pending, data]);
      let at = 0;
      for (;;) {
        const space = buf.indexOf(0x20, at);
        if (space < 0) break;
        let length = 0;
        for (let i = at; i < space; i++) length = length * 10 + (buf[i] - 0x30);
        if (buf.length < space + 1 + length) break;
        count++;
        at = space + 1 + length;
      }
      buf = buf.subarray(at);
      pending = Buffer.from(buf);
    });
    socket.on('error', () => undefined);
  };
  const server =
    protocol === 'tls'
      ? createTlsServer(
          { key: readFileSync(join(pemDir, 'server.key')), cert: readFileSync(join(pemDir, 'server.pem')) },
          onSocket,
        )
      : createServer(onSocket);
  server.listen(0, '127.0.0.1', () => {
    process.send!({ port: (server.address() as { port: number }).port } satisfies ToParent);
  });
  const report = (): void => {
    const cpu = process.cpuUsage();
    process.send!({ count, cpuMs: (cpu.user + cpu.system) / 1000 } satisfies ToParent);
  };
  setInterval(report, 25);
  process.on('disconnect', () => process.exit(0));
}

// ---- the sink side -------------------------------------------------------------------------------

function makePki(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cbb-bench-syslog-'));
  const ssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  ssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=bench-ca',
  );
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  ssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '1',
    '-extfile',
    'san.ext',
  );
  return dir;
}

/** DISTINCT synthetic endpoint events as the sink gets them: CEF bytes and the fields its header reads. */
function syntheticRecords(detail: SyslogSink['eventDetail']): SinkRecord[] {
  const traffic = new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 42);
  const codec = { schemas: NO_NOTIFICATION_SCHEMAS, acceptUnknownRoutingKeys: false, limits: DEFAULT_LIMITS };
  const out: SinkRecord[] = [];
  while (out.length < DISTINCT) {
    const m = traffic.next('protobuf');
    for (const record of normalizeResult(decodeMessage({ ...m, receivedAt: Date.now() }, codec), {
      serverName: 'cb-bench',
      serverUrl: '',
      floatTimestamps: false,
    })) {
      const utf8 = Buffer.from(cefLine(record), 'utf8');
      out.push({
        id: `${m.firstSeq}-0`,
        text: utf8.toString('utf8'),
        utf8,
        utf8Length: utf8.length,
        record: recordFor(record, detail),
        routingKey: m.routingKey,
        contentType: m.contentType,
        eventKey: m.routingKey,
        receivedAt: Date.now(),
      });
    }
  }
  return out;
}

interface RunResult {
  protocol: Protocol;
  done: number;
  seconds: number;
  cpuUsPerEvent: number;
  collectorCpuUsPerEvent: number;
  complete: boolean;
}

async function run(protocol: Protocol, pemDir: string, records: readonly SinkRecord[]): Promise<RunResult> {
  const child: ChildProcess = fork(__filename, ['collector', protocol, pemDir], { stdio: 'inherit' });
  let collected = 0;
  let collectorCpuMs = 0;
  const port = await new Promise<number>((resolve) => {
    child.on('message', (m: ToParent) => {
      if ('port' in m) resolve(m.port);
      else {
        collected = m.count;
        collectorCpuMs = m.cpuMs;
      }
    });
  });
  const config: SyslogSinkConfig = {
    address: `127.0.0.1:${port}`,
    protocol,
    framing: 'octet_counting',
    ...(protocol === 'tls' ? { tls: { ca: join(pemDir, 'ca.pem') } } : {}),
  };
  const sink = new SyslogSink('bench', resolveSyslogSinkConfig(config), { route: 'bench' });
  await sink.start();
  const driver = new SinkDriver(
    sink,
    { ...DEFAULT_DELIVERY_POLICY, ...syslogSinkFactory.policy },
    'bench',
    silentLogger(),
  );
  try {
    const collectorCpu0 = await new Promise<number>((resolve) => {
      const t = setInterval(() => {
        if (collectorCpuMs > 0) {
          clearInterval(t);
          resolve(collectorCpuMs);
        }
      }, 10);
    });
    let delivered = 0;
    const onDone = (): void => {
      delivered++;
    };
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) driver.submit(records[i % records.length], onDone);
    const deadline = t0 + MAX_S * 1000;
    while ((collected < N || delivered < N) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const done = Math.min(collected, N);
    return {
      protocol,
      done,
      seconds,
      complete: collected >= N,
      cpuUsPerEvent: (cpu.user + cpu.system) / Math.max(1, done),
      collectorCpuUsPerEvent: ((collectorCpuMs - collectorCpu0) * 1000) / Math.max(1, done),
    };
  } finally {
    await driver.drain(5_000);
    await driver.close();
    child.disconnect();
    child.kill();
  }
}

async function main(): Promise<void> {
  const pemDir = makePki();
  try {
    const probe = hostSpeedProbe();
    const detail = new SyslogSink('detail', resolveSyslogSinkConfig({ address: '127.0.0.1:9' }), {}).eventDetail;
    const records = syntheticRecords(detail);
    const avgBytes = records.reduce((a, r) => a + (r.utf8Length ?? 0), 0) / records.length;
    // Rendering, for scale: the CEF line of a normalized record (the route does this, not the sink).
    const sample = normalizeResult(
      decodeMessage(
        {
          ...new SyntheticTraffic({ protobuf: 1, bundle: 0, json: 0, bundleSize: 1 }, 7).next('protobuf'),
          receivedAt: 0,
        },
        { schemas: NO_NOTIFICATION_SCHEMAS, acceptUnknownRoutingKeys: false, limits: DEFAULT_LIMITS },
      ),
      { serverName: 'cb', serverUrl: '', floatTimestamps: false },
    )[0];
    const render = measure(() => {
      cefLine(sample);
      return 1;
    }, 1.5);
    console.log(
      `bench:syslog  ${fmt(N)} CEF events per transport (${fmt(avgBytes)} bytes of CEF each on average), octet counting, RFC 5424`,
    );
    console.log(
      `host speed probe ${probe.toFixed(0)} ms (lower is faster); CEF rendering alone ${(1e6 / render.unitsPerSecond).toFixed(2)} µs per event`,
    );
    const steal = new StealMeter();
    for (const protocol of ['tcp', 'tls'] as const) {
      steal.start();
      const r = await run(protocol, pemDir, records);
      console.log(
        `${protocol.toUpperCase().padEnd(4)} ${fmt(r.done / r.seconds).padStart(9)} events/s  (${fmt(r.done)} in ${r.seconds.toFixed(2)} s${r.complete ? '' : `, STOPPED after ${MAX_S} s before all arrived`})` +
          `  sink CPU ${r.cpuUsPerEvent.toFixed(2)} µs/event  collector CPU ${r.collectorCpuUsPerEvent.toFixed(2)} µs/event  ${steal.report()}`,
      );
    }
  } finally {
    rmSync(pemDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'collector') runCollector(process.argv[3] as Protocol, process.argv[4]);
else
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
