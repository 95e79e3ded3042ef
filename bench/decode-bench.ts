/**
 * bench:decode — decode + normalize + serialize to the output string, one core, over the corpus
 * (../shared/corpus when present, else the project's synthetic traffic). Prints messages/s,
 * events/s and MB/s per input kind, a per-stage breakdown, and protobufjs static vs reflection.
 *
 * On a machine with several CPUs it measures once pinned to each (taskset), because the cores of
 * a virtual machine need not be equally fast (one may also take the network interrupts), and an
 * unpinned run lands on either.
 * Each core's figures are printed; the summary holds the fastest core against the targets.
 * BENCH_DECODE_PER_CORE=0 measures once, unpinned.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import { listCorpus } from '../src/sources/captures/capture-folders';
import { decodeMessage } from '../src/codecs/decode-message';
import { DEFAULT_CODEC_LIMITS } from '../src/codecs/codec-limits';
import { NotificationSchemas } from '../src/codecs/json/notification-schemas';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE, type InboundMessage } from '../src/event/inbound-message';
import { CbEventMsgType } from '../src/codecs/protobuf/decode-sensor-event';
import { normalizeResult } from '../src/formats/format-events';
import { renderRecord } from '../src/formats/render';
import type { OutputFormat } from '../src/event/event-model';
import { Random } from '../src/simulate/random';
import {
  syntheticSensorEvent,
  syntheticNotification,
  SYNTHETIC_SENSOR_KINDS,
  SYNTHETIC_JSON_KEYS,
} from '../src/simulate/synthetic-events';
import { writeBundle, writeZip } from '../src/simulate/bundle-writer';
import { measure, fmt, StealMeter } from './bench-util';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
/**
 * Rounds of the headline measurement, half a second each: on a shared host a slow spell lasts a
 * second or more, so many short rounds give the undisturbed speed a better chance to show.
 */
const ROUNDS = Math.max(3, Math.round(SECONDS * 2));
const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const codec = { schemas: new NotificationSchemas(), acceptUnknownRoutingKeys: false, limits: DEFAULT_CODEC_LIMITS };
const opts = { serverName: 'cbserver', serverUrl: 'https://cbtests/', floatTimestamps: false };

type Kind = 'json' | 'protobuf' | 'bundle';

function load(): { source: string; sets: Record<Kind, InboundMessage[]> } {
  const sets: Record<Kind, InboundMessage[]> = { json: [], protobuf: [], bundle: [] };
  if (existsSync(corpus)) {
    for (const e of listCorpus(corpus)) {
      const msg = {
        exchange: e.exchange,
        routingKey: e.routingKey,
        contentType: e.contentType,
        headers: e.headers,
        body: readFileSync(e.path),
        receivedAt: 0,
      };
      sets[e.section === 'rawsensordata' ? 'bundle' : e.section].push(msg);
    }
    return { source: corpus, sets };
  }
  const rng = new Random(9);
  const now = Date.now();
  for (let i = 0; i < 2000; i++) {
    const kind = SYNTHETIC_SENSOR_KINDS[i % SYNTHETIC_SENSOR_KINDS.length];
    sets.protobuf.push({
      exchange: EVENTS_EXCHANGE,
      routingKey: `ingress.event.${kind}`,
      contentType: 'application/protobuf',
      headers: {},
      receivedAt: 0,
      body: Buffer.from(syntheticSensorEvent(kind, rng, { seq: i, now })),
    });
  }
  for (let i = 0; i < 1000; i++) {
    const key = SYNTHETIC_JSON_KEYS[i % SYNTHETIC_JSON_KEYS.length];
    sets.json.push({
      exchange: EVENTS_EXCHANGE,
      routingKey: key,
      contentType: 'application/json',
      headers: {},
      receivedAt: 0,
      body: syntheticNotification(key, rng, { seq: i, now }),
    });
  }
  for (let i = 0; i < 20; i++) {
    const records = Array.from({ length: 80 }, (_, j) =>
      syntheticSensorEvent(SYNTHETIC_SENSOR_KINDS[j % 7], rng, { seq: j, now, withoutEnv: true }),
    );
    sets.bundle.push({
      exchange: RAW_SENSOR_EXCHANGE,
      routingKey: 'ingress.rawsensordata',
      contentType: 'application/zip',
      headers: { sensorId: 1, sensorHostName: 'H' },
      receivedAt: 0,
      body: writeZip([{ name: 'b', data: writeBundle(records) }]),
    });
  }
  return { source: 'synthetic traffic (../shared/corpus absent)', sets };
}

/** One pass over a set; returns events produced. */
function pass(
  set: InboundMessage[],
  stage: 'decode' | 'normalize' | 'full',
  format: OutputFormat = 'normalized',
): number {
  let events = 0;
  let sink = 0;
  for (const m of set) {
    const r = decodeMessage(m, codec);
    if (stage === 'decode') {
      events += r.events.length;
      continue;
    }
    const recs = normalizeResult(r, opts);
    events += recs.length;
    if (stage === 'full') for (const rec of recs) sink += renderRecord(rec, format).length;
  }
  return events + (sink < 0 ? 1 : 0);
}

const TARGETS: Record<Kind, { forwarder: number; target: number; unit: string }> = {
  protobuf: { forwarder: 240_000, target: 240_000, unit: 'events/s' },
  bundle: { forwarder: 280_000, target: 280_000, unit: 'events/s' },
  json: { forwarder: 39_000, target: 78_000, unit: 'messages/s' },
};

type Results = Record<Kind, number>;
const RESULT_PREFIX = 'results per kind: ';

/** Runs this benchmark once pinned to each CPU; false when it cannot (one CPU, no taskset) or was asked not to. */
function perCore(): boolean {
  if (process.env.BENCH_DECODE_CPU !== undefined || process.env.BENCH_DECODE_PER_CORE === '0') return false;
  const count = cpus().length;
  if (count < 2 || spawnSync('taskset', ['--version']).status !== 0) return false;
  const best: Array<{ cpu: number; results: Results }> = [];
  for (let cpu = 0; cpu < count; cpu++) {
    console.log(`── pinned to CPU ${cpu} ──`);
    const run = spawnSync('taskset', ['-c', String(cpu), process.execPath, __filename], {
      env: { ...process.env, BENCH_DECODE_CPU: String(cpu) },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    const lines = run.stdout.split('\n');
    const result = lines.find((l) => l.startsWith(RESULT_PREFIX));
    console.log(
      lines
        .filter((l) => !l.startsWith(RESULT_PREFIX))
        .join('\n')
        .trimEnd(),
    );
    if (run.status !== 0 || !result) throw new Error(`bench:decode on CPU ${cpu} failed (exit ${run.status})`);
    best.push({ cpu, results: JSON.parse(result.slice(RESULT_PREFIX.length)) as Results });
  }
  console.log('\nsummary: each kind on its fastest core');
  for (const kind of ['protobuf', 'bundle', 'json'] as Kind[]) {
    const top = best.reduce((a, b) => (b.results[kind] > a.results[kind] ? b : a));
    const t = TARGETS[kind];
    const others = best
      .filter((b) => b !== top)
      .map((b) => `CPU ${b.cpu}: ${fmt(b.results[kind])}`)
      .join(', ');
    console.log(
      `${kind.padEnd(9)} ${fmt(top.results[kind]).padStart(10)} ${t.unit} on CPU ${top.cpu} (${others}) | target ${fmt(t.target)}: ${top.results[kind] >= t.target ? 'MET' : 'NOT MET'}`,
    );
  }
  return true;
}

function main(): void {
  if (perCore()) return;
  const steal = new StealMeter();
  const results = {} as Results;
  const { source, sets } = load();
  const pinned =
    process.env.BENCH_DECODE_CPU === undefined ? 'one core' : `pinned to CPU ${process.env.BENCH_DECODE_CPU}`;
  console.log(
    `bench:decode  source: ${source}  node ${process.version}  ${SECONDS}s per measurement (best of ${ROUNDS} rounds), ${pinned}`,
  );
  console.log('kind       messages  events  |  msgs/s    events/s   MB/s  | target (CB forwarder Go)');
  for (const kind of ['protobuf', 'bundle', 'json'] as Kind[]) {
    const set = sets[kind];
    const bytes = set.reduce((n, m) => n + m.body.length, 0);
    const events = pass(set, 'full');
    const r = measure(() => pass(set, 'full'), SECONDS, ROUNDS);
    const msgs = r.perSecond * set.length;
    const t = TARGETS[kind];
    const got = t.unit === 'events/s' ? r.unitsPerSecond : msgs;
    results[kind] = got;
    console.log(
      `${kind.padEnd(9)} ${String(set.length).padStart(8)} ${String(events).padStart(7)}  | ${fmt(msgs).padStart(8)} ${fmt(r.unitsPerSecond).padStart(10)} ${((r.perSecond * bytes) / 1e6).toFixed(1).padStart(6)} | ${fmt(t.target)} ${t.unit} (forwarder ${fmt(t.forwarder)}): ${got >= t.target ? 'MET' : 'NOT MET'}`,
    );
  }
  console.log('\nwhere the time goes (microseconds per event):');
  for (const kind of ['protobuf', 'bundle', 'json'] as Kind[]) {
    const set = sets[kind];
    const perEvent = (stage: 'decode' | 'normalize' | 'full'): number =>
      1e6 / measure(() => pass(set, stage), SECONDS / 2).unitsPerSecond;
    const d = perEvent('decode');
    const n = perEvent('normalize');
    const f = perEvent('full');
    console.log(
      `${kind.padEnd(9)} decode ${d.toFixed(2)}  normalize ${(n - d).toFixed(2)}  serialize ${(f - n).toFixed(2)}  total ${f.toFixed(2)}`,
    );
  }
  const pb = sets.protobuf.map((m) => m.body);
  const reflected = protobuf
    .loadSync(join(__dirname, '..', 'src', 'codecs', 'protobuf', 'cb-sensor-events.proto'))
    .lookupType('cbbridge.sensor.CbEventMsg');
  const stat = measure(() => {
    for (const b of pb) CbEventMsgType.decode(b);
    return pb.length;
  }, SECONDS / 2).unitsPerSecond;
  const refl = measure(() => {
    for (const b of pb) reflected.decode(b);
    return pb.length;
  }, SECONDS / 2).unitsPerSecond;
  console.log(
    `\nprotobufjs CbEventMsg decode only: static code ${fmt(stat)}/s, reflection ${fmt(refl)}/s (static is ${(stat / refl).toFixed(2)}x)`,
  );
  const leef = measure(() => pass(sets.protobuf, 'full', 'leef'), SECONDS / 2).unitsPerSecond;
  console.log(`protobuf events to LEEF lines: ${fmt(leef)} events/s`);
  console.log(`during the run: ${steal.report()}`);
  if (process.env.BENCH_DECODE_CPU !== undefined) console.log(`${RESULT_PREFIX}${JSON.stringify(results)}`);
}

main();
