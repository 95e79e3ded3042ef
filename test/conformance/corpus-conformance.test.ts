import { existsSync, readFileSync } from 'node:fs';
import { listCorpus, type CorpusEntry } from '../../src/sources/captures/capture-folders';
import { decodeMessage } from '../../src/codecs/decode-message';
import { normalizeResult } from '../../src/formats/format-events';
import { decodedRecords } from '../../src/formats/decoded/decoded-record';
import { leefLine } from '../../src/formats/leef/leef-line';
import { toJson } from '../../src/formats/json-writer';
import type { EventRecord } from '../../src/event/event-model';
import { codecOptions } from '../support/codec-fixtures';
import { corpusRoot, loadExpected, compareEvents, type FieldDifference } from '../support/expected-output';
import { DOCUMENTED_DIFFERENCES } from '../support/documented-differences';

/**
 * The compatibility target: the CB forwarder's own normalized output for the real corpus
 * (../shared/corpus/expected, made with server name `cbserver` and URL `https://cbtests/`).
 */
const root = corpusRoot();
const present = existsSync(root);
if (!present) {
  console.warn(`corpus conformance skipped: ${root} is absent (CI and developers have ../shared beside the clone)`);
}
const describeCorpus = present ? describe : describe.skip;
const OPTIONS = { serverName: 'cbserver', serverUrl: 'https://cbtests/', floatTimestamps: false };

interface Decoded {
  entry: CorpusEntry;
  events: EventRecord[];
  errors: string[];
}

describeCorpus('real CB corpus', () => {
  let decoded: Decoded[] = [];
  beforeAll(() => {
    decoded = listCorpus(root).map((entry) => {
      const r = decodeMessage(
        {
          exchange: entry.exchange,
          routingKey: entry.routingKey,
          contentType: entry.contentType,
          headers: entry.headers,
          body: readFileSync(entry.path),
          receivedAt: Date.now(),
        },
        codecOptions(),
      );
      return { entry, events: normalizeResult(r, OPTIONS), errors: r.errors.map((e) => `${e.reason}: ${e.message}`) };
    });
  });

  test('the corpus is all there (about 10,700 messages)', () => {
    expect(decoded.length).toBeGreaterThan(10_000);
  });

  test('every file decodes with no error', () => {
    const failed = decoded.filter((d) => d.errors.length > 0).map((d) => `${d.entry.relPath}: ${d.errors[0]}`);
    expect(failed).toEqual([]);
  });

  test('every event has a type, sensor_id, timestamp and cb_server', () => {
    for (const d of decoded) {
      for (const e of d.events) {
        expect(typeof e.type).toBe('string');
        expect(e.cb_server).toBe('cbserver');
        if (d.entry.section !== 'json') {
          expect(typeof e.sensor_id).toBe('number');
          expect(typeof e.timestamp).toBe('number');
        }
      }
    }
  });

  test('key fields equal the forwarder: type, sensor_id, timestamp, process_guid, hashes', () => {
    const expected = loadExpected(root);
    const key = ['type', 'sensor_id', 'timestamp', 'process_guid', 'md5', 'sha256', 'parent_md5', 'target_md5'];
    let compared = 0;
    const wrong: string[] = [];
    for (const d of decoded) {
      const exp = expected.get(d.entry.relPath) as Record<string, unknown>[] | undefined;
      if (!exp) continue;
      expect(d.events.length).toBe(exp.length);
      exp.forEach((e, i) => {
        compared++;
        for (const k of key) {
          if (k in e && e[k] !== d.events[i][k])
            wrong.push(`${d.entry.relPath}#${i} ${k}: ${String(e[k])} != ${String(d.events[i][k])}`);
        }
      });
    }
    expect(compared).toBeGreaterThan(9_000);
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  test('every field of every event equals the forwarder, except documented differences', () => {
    const expected = loadExpected(root);
    const diffs: FieldDifference[] = [];
    let files = 0;
    for (const d of decoded) {
      const exp = expected.get(d.entry.relPath);
      if (!exp) continue;
      files++;
      diffs.push(...compareEvents(d.entry, exp, d.events));
    }
    const undocumented = diffs.filter((x) => !DOCUMENTED_DIFFERENCES.some((doc) => doc.matches(x)));
    expect(files).toBeGreaterThan(8_000);
    expect(undocumented.slice(0, 20)).toEqual([]);
  });

  test('decoded and LEEF render every corpus event', () => {
    for (const d of decoded.filter((_, i) => i % 7 === 0)) {
      for (const e of d.events) expect(leefLine(e)).toMatch(/^LEEF:1\.0\|CB\|CB\|[^|]+\|[a-z.]+\|/);
    }
    const one = decoded.find((d) => d.entry.section === 'rawsensordata')!;
    const r = decodeMessage(
      {
        exchange: one.entry.exchange,
        routingKey: one.entry.routingKey,
        contentType: one.entry.contentType,
        headers: one.entry.headers,
        body: readFileSync(one.entry.path),
        receivedAt: 0,
      },
      codecOptions(),
    );
    const records = decodedRecords(r);
    expect(records.length).toBe(r.events.length);
    expect(JSON.parse(toJson(records[0]))).toHaveProperty('message.header');
  });
});
