import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { listCorpus, type CorpusEntry } from '../sources/captures/capture-folders';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE } from '../event/inbound-message';
import { Random } from './random';
import { writeBundle, writeZip } from './bundle-writer';
import {
  syntheticSensorEvent,
  syntheticNotification,
  SYNTHETIC_SENSOR_KINDS,
  SYNTHETIC_JSON_KEYS,
  ROUTING_KEY_OF,
  HOST_NAMES,
} from './synthetic-events';

/** One message to publish, as a CB server would. */
export interface OutgoingMessage {
  exchange: string;
  routingKey: string;
  contentType: string;
  headers: Record<string, unknown>;
  body: Buffer;
  /** Events the message carries (a bundle carries many). */
  events: number;
  /** First sequence number it carries (synthetic traffic only). */
  firstSeq: number;
}

export type TrafficKind = 'protobuf' | 'bundle' | 'json';

export interface SyntheticMix {
  /** Relative weights of single protobuf events, zipped bundles and JSON notifications. */
  protobuf: number;
  bundle: number;
  json: number;
  /** Records per bundle. */
  bundleSize: number;
}

export const DEFAULT_MIX: SyntheticMix = { protobuf: 6, bundle: 1, json: 2, bundleSize: 50 };

/** Endless synthetic CB traffic with consecutive sequence numbers across all events. */
export class SyntheticTraffic {
  private readonly rng: Random;
  private seq = 0;
  private readonly total: number;

  constructor(
    private readonly mix: SyntheticMix = DEFAULT_MIX,
    seed = 1,
    private readonly now: () => number = Date.now,
    private readonly runId?: number,
  ) {
    this.rng = new Random(seed);
    this.total = mix.protobuf + mix.bundle + mix.json;
  }

  /** The next sequence number to be handed out (= events generated so far). */
  get generated(): number {
    return this.seq;
  }

  next(kind?: TrafficKind): OutgoingMessage {
    const k = kind ?? this.pickKind();
    const firstSeq = this.seq;
    if (k === 'protobuf') {
      const sensorKind = SYNTHETIC_SENSOR_KINDS[this.seq % SYNTHETIC_SENSOR_KINDS.length];
      const body = Buffer.from(
        syntheticSensorEvent(sensorKind, this.rng, { seq: this.seq++, now: this.now(), runId: this.runId }),
      );
      return {
        exchange: EVENTS_EXCHANGE,
        routingKey: ROUTING_KEY_OF[sensorKind],
        contentType: 'application/protobuf',
        headers: {},
        body,
        events: 1,
        firstSeq,
      };
    }
    if (k === 'bundle') {
      const sensorId = 1 + this.rng.int(40);
      const records = Array.from({ length: this.mix.bundleSize }, () =>
        syntheticSensorEvent(SYNTHETIC_SENSOR_KINDS[this.seq % SYNTHETIC_SENSOR_KINDS.length], this.rng, {
          seq: this.seq++,
          now: this.now(),
          withoutEnv: true,
          runId: this.runId,
        }),
      );
      const body = writeZip([{ name: `EventLog_${firstSeq}.log`, data: writeBundle(records) }]);
      return {
        exchange: RAW_SENSOR_EXCHANGE,
        routingKey: 'ingress.rawsensordata',
        contentType: 'application/zip',
        headers: { sensorId, sensorHostName: HOST_NAMES[sensorId % HOST_NAMES.length], hostId: sensorId, nodeId: 0 },
        body,
        events: records.length,
        firstSeq,
      };
    }
    const routingKey = SYNTHETIC_JSON_KEYS[this.seq % SYNTHETIC_JSON_KEYS.length];
    const body = syntheticNotification(routingKey, this.rng, { seq: this.seq++, now: this.now(), runId: this.runId });
    return {
      exchange: EVENTS_EXCHANGE,
      routingKey,
      contentType: 'application/json',
      headers: {},
      body,
      events: 1,
      firstSeq,
    };
  }

  private pickKind(): TrafficKind {
    const x = this.rng.next() * this.total;
    if (x < this.mix.protobuf) return 'protobuf';
    if (x < this.mix.protobuf + this.mix.bundle) return 'bundle';
    return 'json';
  }
}

/** The real corpus, replayed in order and cycled. */
export class CorpusTraffic {
  private readonly entries: CorpusEntry[];
  private i = 0;
  private readonly cache = new Map<string, Buffer>();

  constructor(root: string) {
    this.entries = listCorpus(root);
    if (this.entries.length === 0) throw new Error(`no corpus files under ${root}`);
  }

  get size(): number {
    return this.entries.length;
  }

  next(): OutgoingMessage {
    const e = this.entries[this.i++ % this.entries.length];
    let body = this.cache.get(e.path);
    if (!body) {
      body = readFileSync(e.path);
      this.cache.set(e.path, body);
    }
    return {
      exchange: e.exchange,
      routingKey: e.routingKey,
      contentType: e.contentType,
      headers: e.headers,
      body,
      events: 1,
      firstSeq: -1,
    };
  }
}
