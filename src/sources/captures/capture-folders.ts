import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE } from '../../event/inbound-message';

/** One captured message in a corpus folder laid out like ../shared/corpus. */
export interface CorpusEntry {
  /** Path relative to the corpus root, e.g. `protobuf/ingress.event.netconn/3.protobuf`. */
  relPath: string;
  path: string;
  /** The entry's section: json, protobuf or rawsensordata. */
  section: 'json' | 'protobuf' | 'rawsensordata';
  exchange: string;
  routingKey: string;
  contentType: string;
  headers: Record<string, unknown>;
}

/** The AMQP properties captured beside a message, in `<name>.properties.json`. */
export interface CapturedProperties {
  exchange?: string;
  content_type?: string;
  routing_key?: string;
  headers?: Record<string, unknown>;
}

/** The sidecar file of a captured message: `zip-3.zip` -> `zip-3.properties.json`. */
export const sidecarPath = (file: string): string =>
  join(dirname(file), `${basename(file).replace(/\.[^.]+$/, '')}.properties.json`);

/**
 * The captured properties beside a message file; null when there is no sidecar. Throws on one that is not a JSON
 * object.
 */
export function readSidecar(file: string): CapturedProperties | null {
  const path = sidecarPath(file);
  if (!existsSync(path)) return null;
  const props = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!props || typeof props !== 'object' || Array.isArray(props)) throw new Error(`${path} is not a JSON object`);
  return props as CapturedProperties;
}

const byNumber = (a: string, b: string): number => {
  const na = Number.parseInt(a.replace(/^\D+/, ''), 10);
  const nb = Number.parseInt(b.replace(/^\D+/, ''), 10);
  return na === nb ? a.localeCompare(b) : na - nb;
};

function folderEntries(root: string, section: 'json' | 'protobuf', contentType: string): CorpusEntry[] {
  const dir = join(root, section);
  if (!existsSync(dir)) return [];
  const out: CorpusEntry[] = [];
  for (const routingKey of readdirSync(dir).sort()) {
    const keyDir = join(dir, routingKey);
    if (!statSync(keyDir).isDirectory()) continue;
    for (const file of readdirSync(keyDir).sort(byNumber)) {
      out.push({
        relPath: `${section}/${routingKey}/${file}`,
        path: join(keyDir, file),
        section,
        exchange: EVENTS_EXCHANGE,
        routingKey,
        contentType,
        headers: {},
      });
    }
  }
  return out;
}

function rawEntries(root: string): CorpusEntry[] {
  const dir = join(root, 'rawsensordata');
  if (!existsSync(dir)) return [];
  const out: CorpusEntry[] = [];
  for (const file of readdirSync(dir).sort(byNumber)) {
    if (file.endsWith('.properties.json')) continue;
    const props = readSidecar(join(dir, file)) ?? {};
    out.push({
      relPath: `rawsensordata/${file}`,
      path: join(dir, file),
      section: 'rawsensordata',
      exchange: props.exchange ?? RAW_SENSOR_EXCHANGE,
      routingKey: props.routing_key ?? 'ingress.rawsensordata',
      contentType: props.content_type ?? (file.endsWith('.zip') ? 'application/zip' : 'application/protobuf'),
      headers: props.headers ?? {},
    });
  }
  return out;
}

/** Every message of a corpus folder: routing key from the folder name, raw-data facts from `.properties.json`. */
export function listCorpus(root: string): CorpusEntry[] {
  return [
    ...folderEntries(root, 'json', 'application/json'),
    ...folderEntries(root, 'protobuf', 'application/protobuf'),
    ...rawEntries(root),
  ];
}

export const entryFileName = (e: CorpusEntry): string => basename(e.path);
