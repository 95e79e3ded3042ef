import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { LrClient } from '../src/liveresponse/client';
import type { LrError } from '../src/liveresponse/errors';
import { SessionPool } from '../src/liveresponse/session-pool';
import { fmt } from './bench-util';

/**
 * bench:lr: 200 jobs over 50 sensors through the session pool (cap 8) against an lr-server in its
 * own process. Sensors check in after 100 to 1,000 ms and take 100 ms per command; each job is a
 * process list and a directory list. Prints jobs/s, p50/p99 job latency (submission to result),
 * the pool's peak of open sessions and the most the server saw open at once.
 */
const SENSORS = 50;
const JOBS = 200;
const CAP = 8;
const TOKEN = 'bench-lr-token';

function sensorsYaml(): string {
  const lines = ['server:', '  command_delay_ms: 100', '  check_in_timeout_s: 60', 'sensors:'];
  for (let i = 0; i < SENSORS; i++) {
    lines.push(
      `  - { id: ${1000 + i}, hostname: bench-${i}, os: windows, checkin_delay_ms: ${100 + ((i * 379) % 901)}, directories: ['C:\\Windows\\Temp'] }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function startServer(file: string): Promise<{ url: string; stop: () => void }> {
  const cli = resolve(__dirname, '..', '..', 'bin', 'cb-event-bridge.js');
  const child = spawn(process.execPath, [cli, 'lr-server', '--port', '0', '--sensors', file, '--token', TOKEN], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`lr-server exited with ${code}`)));
    lines.on('line', (line) => {
      const m = /on (http:\/\/\S+)/.exec(line);
      if (m) ok(m[1]);
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lr-bench-'));
  const file = join(dir, 'sensors.yaml');
  writeFileSync(file, sensorsYaml());
  const server = await startServer(file);
  const client = new LrClient({ url: server.url, token: TOKEN });
  const pool = new SessionPool({ client, maxSessions: CAP, idleCloseMs: 5_000, pollMs: 50, maxPollMs: 200 });
  let serverPeak = 0;
  let sampling = true;
  const sampler = (async () => {
    const watcher = new LrClient({ url: server.url, token: TOKEN });
    while (sampling) {
      const open = (await watcher.listSessions()).filter((s) => s.status === 'pending' || s.status === 'active').length;
      serverPeak = Math.max(serverPeak, open);
      await new Promise((r) => setTimeout(r, 20));
    }
    await watcher.close();
  })();
  try {
    const started = performance.now();
    const latencies: number[] = [];
    const failures: Record<string, number> = {};
    await Promise.all(
      Array.from({ length: JOBS }, (_, j) => {
        const submitted = performance.now();
        return pool
          .run({
            sensorId: 1000 + (j % SENSORS),
            timeoutMs: 120_000,
            steps: [
              { command: { name: 'process list' } },
              { command: { name: 'directory list', object: 'C:\\Windows\\' } },
            ],
          })
          .then(
            () => latencies.push(performance.now() - submitted),
            (err: LrError) => {
              failures[err.kind] = (failures[err.kind] ?? 0) + 1;
            },
          );
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    await pool.close();
    const stats = pool.stats();
    console.log(
      `bench:lr: ${JOBS} jobs (2 commands each) over ${SENSORS} sensors, session cap ${CAP}, check-in 100-1000 ms, 100 ms per command`,
    );
    console.log(
      `  jobs/s            ${(JOBS / seconds).toFixed(1)} (${latencies.length} ok, failed: ${JSON.stringify(failures)}, ${seconds.toFixed(1)} s)`,
    );
    console.log(`  job latency       p50 ${fmt(percentile(sorted, 50))} ms, p99 ${fmt(percentile(sorted, 99))} ms`);
    console.log(`  open sessions     pool peak ${stats.peakOpenSessions} (cap ${CAP}), server peak ${serverPeak}`);
    console.log(
      `  sessions          created ${stats.sessionsCreated}, reused ${stats.sessionsReused}, closed ${stats.sessionsClosed}`,
    );
    if (stats.peakOpenSessions > CAP || serverPeak > CAP) {
      console.log('  FAIL: more sessions open than the cap');
      process.exitCode = 1;
    }
  } finally {
    sampling = false;
    await sampler;
    await pool.close();
    await client.close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench:lr failed: ${(err as Error).message}`);
  process.exitCode = 1;
});
