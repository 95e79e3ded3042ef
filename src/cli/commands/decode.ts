import { Buffer } from 'node:buffer';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { decodeMessage } from '../../codecs/decode-message';
import { DEFAULT_CODEC_LIMITS } from '../../codecs/codec-limits';
import { NotificationSchemas } from '../../codecs/json/notification-schemas';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE, type InboundMessage } from '../../event/inbound-message';
import { listCorpus, readSidecar, sidecarPath, type CorpusEntry } from '../../sources/captures/capture-folders';
import { OUTPUT_FORMATS, type FormatOptions, type OutputFormat } from '../../event/event-model';
import { recordsFor, renderRecord } from '../../formats/render';
import { LineWriter } from '../line-writer';
import { CliError } from '../cli-error';

export const DECODE_USAGE = `Usage:
  cb-event-bridge decode [--routing-key RK] [--content-type CT] [--exchange EX] [--headers JSON] [options] FILE...
  cb-event-bridge decode --corpus DIR [options]
Options:
  --format normalized|decoded|leef|cef  output format (default normalized)
  --server-name NAME                    cb_server value (default cbserver)
  --server-url URL                      CB server URL for link_* fields (default none)
  --float-timestamps                    fractional unix timestamps for sensor events
  --accept-unknown-keys                 decode JSON on routing keys with no schema instead of rejecting it
For each FILE the properties captured beside it (NAME.properties.json: exchange, content type,
routing key, AMQP headers) are used; what neither they nor the flags give is inferred from the
file (.zip: a raw-sensor zip; .json: a JSON notification; a folder named after the routing key, as
in the corpus layout) and said on stderr.
Prints one line per event to stdout, errors to stderr, a summary per routing key to stderr;
exits 1 when any message had an error.`;

const CONTENT_TYPE_BY_EXT: Record<string, string> = { '.json': 'application/json', '.zip': 'application/zip' };
const RAW_ROUTING_KEY = 'ingress.rawsensordata';
/** A folder named like a routing key (the corpus layout: `protobuf/ingress.event.netconn/3.protobuf`). */
const ROUTING_KEY_FOLDER = /^[a-z]+(\.[a-z0-9_]+)+$/;

type Flags = Record<string, string | boolean | undefined>;

function headersFlag(v: Flags): Record<string, unknown> | undefined {
  if (typeof v.headers !== 'string') return undefined;
  let headers: unknown;
  try {
    headers = JSON.parse(v.headers);
  } catch {
    throw new CliError('decode: --headers must be a JSON object');
  }
  if (!headers || typeof headers !== 'object' || Array.isArray(headers))
    throw new CliError('decode: --headers must be a JSON object');
  return headers as Record<string, unknown>;
}

/**
 * How to decode one captured file: the flags given win, then the `.properties.json` beside it
 * (as the capture tool writes it), then what the file says about itself: its extension (.zip is
 * a raw-sensor zip, .json a JSON notification), its folder (named after the routing key in the
 * corpus layout), a raw-sensor folder or a bundle name. `assumed` says what was inferred.
 */
function fileEntry(
  path: string,
  v: Flags,
  headers: Record<string, unknown> | undefined,
): CorpusEntry & { assumed: string[] } {
  let props;
  try {
    props = readSidecar(path);
  } catch (err) {
    throw new CliError(`decode: ${sidecarPath(path)} cannot be used: ${(err as Error).message}`, 1);
  }
  const assumed: string[] = [];
  const folder = basename(dirname(path));
  const rawByPlace = folder === 'rawsensordata' || /^bundle[-_.]/.test(basename(path));
  const ext = extname(path).toLowerCase();

  let contentType = typeof v['content-type'] === 'string' ? v['content-type'] : props?.content_type;
  if (!contentType) {
    contentType = CONTENT_TYPE_BY_EXT[ext] ?? 'application/protobuf';
    assumed.push(`content type ${contentType} (from the ${ext || 'missing'} extension)`);
  }
  let routingKey = typeof v['routing-key'] === 'string' ? v['routing-key'] : props?.routing_key;
  if (!routingKey) {
    if (contentType === 'application/zip' || rawByPlace || props?.exchange === RAW_SENSOR_EXCHANGE) {
      routingKey = RAW_ROUTING_KEY;
      assumed.push(`routing key ${routingKey} (a raw-sensor ${contentType === 'application/zip' ? 'zip' : 'bundle'})`);
    } else if (ROUTING_KEY_FOLDER.test(folder)) {
      routingKey = folder;
      assumed.push(`routing key ${routingKey} (from its folder)`);
    } else {
      throw new CliError(
        `decode: cannot tell the routing key of ${path}: no .properties.json beside it and neither its folder nor its name says; give --routing-key RK`,
      );
    }
  }
  let exchange = typeof v.exchange === 'string' ? v.exchange : props?.exchange;
  if (!exchange) {
    exchange =
      contentType === 'application/zip' || routingKey === RAW_ROUTING_KEY ? RAW_SENSOR_EXCHANGE : EVENTS_EXCHANGE;
    assumed.push(`exchange ${exchange}`);
  }
  const entryHeaders = headers ?? props?.headers ?? {};
  if (!headers && !props?.headers && exchange === RAW_SENSOR_EXCHANGE) {
    assumed.push(
      'no AMQP headers (no .properties.json beside it): sensor id and computer name come only from the bundle itself',
    );
  }
  return {
    relPath: path,
    path,
    section: 'protobuf',
    exchange,
    routingKey,
    contentType,
    headers: entryHeaders,
    assumed,
  };
}

function fileEntries(files: string[], v: Flags, stderr: NodeJS.WritableStream): CorpusEntry[] {
  const headers = headersFlag(v);
  return files.map((path) => {
    const { assumed, ...entry } = fileEntry(path, v, headers);
    if (assumed.length > 0) stderr.write(`decode: ${path}: assumed ${assumed.join('; ')}\n`);
    return entry;
  });
}

interface KeySummary {
  messages: number;
  events: number;
  errors: number;
}

export async function runDecode(
  argv: string[],
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'routing-key': { type: 'string' },
      'content-type': { type: 'string' },
      exchange: { type: 'string' },
      headers: { type: 'string' },
      format: { type: 'string', default: 'normalized' },
      corpus: { type: 'string' },
      'server-name': { type: 'string', default: 'cbserver' },
      'server-url': { type: 'string', default: '' },
      'float-timestamps': { type: 'boolean', default: false },
      'accept-unknown-keys': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    stdout.write(`${DECODE_USAGE}\n`);
    return 0;
  }
  const format = v.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format))
    throw new CliError(`decode: --format must be one of ${OUTPUT_FORMATS.join(', ')}`);
  if (!v.corpus && positionals.length === 0)
    throw new CliError(`decode: give FILE arguments or --corpus DIR (cb-event-bridge decode --help)`);
  const entries = v.corpus ? listCorpus(v.corpus) : fileEntries(positionals, v, stderr);
  if (v.corpus && entries.length === 0) throw new CliError(`decode: no corpus files under ${v.corpus}`);
  const opts: FormatOptions = {
    serverName: v['server-name'] ?? 'cbserver',
    serverUrl: v['server-url'] ? (v['server-url'].endsWith('/') ? v['server-url'] : `${v['server-url']}/`) : '',
    floatTimestamps: !!v['float-timestamps'],
  };
  const codec = {
    schemas: new NotificationSchemas(),
    acceptUnknownRoutingKeys: !!v['accept-unknown-keys'],
    limits: DEFAULT_CODEC_LIMITS,
  };
  const out = new LineWriter(stdout as never);
  const summary = new Map<string, KeySummary>();
  let failed = false;
  for (const entry of entries) {
    const s = summary.get(entry.routingKey) ?? { messages: 0, events: 0, errors: 0 };
    summary.set(entry.routingKey, s);
    s.messages++;
    let body: Buffer;
    try {
      body = readFileSync(entry.path);
    } catch (err) {
      stderr.write(
        `${JSON.stringify({ file: entry.relPath, error: 'unreadable', message: (err as Error).message })}\n`,
      );
      s.errors++;
      failed = true;
      continue;
    }
    const msg: InboundMessage = {
      exchange: entry.exchange,
      routingKey: entry.routingKey,
      contentType: entry.contentType,
      headers: entry.headers,
      body,
      receivedAt: Date.now(),
    };
    const result = decodeMessage(msg, codec);
    for (const record of recordsFor(result, format, opts)) {
      await out.line(renderRecord(record, format));
      s.events++;
    }
    for (const err of result.errors) {
      stderr.write(`${JSON.stringify({ file: entry.relPath, ...err.toJSON() })}\n`);
      s.errors++;
      failed = true;
    }
    for (const w of result.warnings) stderr.write(`${JSON.stringify({ file: entry.relPath, warning: w })}\n`);
  }
  await out.flush();
  for (const [key, s] of [...summary].sort()) {
    stderr.write(`summary routing_key=${key} messages=${s.messages} events=${s.events} errors=${s.errors}\n`);
  }
  return failed ? 1 : 0;
}
