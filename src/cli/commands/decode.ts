import { Buffer } from 'node:buffer';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeMessage } from '../../codecs/decode-message';
import { DEFAULT_CODEC_LIMITS } from '../../codecs/codec-limits';
import { NotificationSchemas } from '../../codecs/json/notification-schemas';
import { EVENTS_EXCHANGE, RAW_SENSOR_EXCHANGE, type InboundMessage } from '../../codecs/inbound-message';
import { listCorpus, type CorpusEntry } from '../../captures/corpus-layout';
import { OUTPUT_FORMATS, type FormatOptions, type OutputFormat } from '../../formats/event-model';
import { recordsFor, renderRecord } from '../../formats/render';
import { LineWriter } from '../line-writer';
import { CliError } from '../cli-error';

export const DECODE_USAGE = `Usage:
  cb-event-bridge decode --routing-key RK [--content-type CT] [--exchange EX] [--headers JSON] [options] FILE...
  cb-event-bridge decode --corpus DIR [options]
Options:
  --format normalized|decoded|leef   output format (default normalized)
  --server-name NAME                 cb_server value (default cbserver)
  --server-url URL                   CB server URL for link_* fields (default none)
  --float-timestamps                 fractional unix timestamps for sensor events
  --accept-unknown-keys              decode JSON on routing keys with no schema instead of rejecting it
Prints one line per event to stdout, errors to stderr, a summary per routing key to stderr;
exits 1 when any message had an error.`;

const CONTENT_TYPE_BY_EXT: Record<string, string> = { '.json': 'application/json', '.zip': 'application/zip' };

function fileEntries(files: string[], v: Record<string, string | boolean | undefined>): CorpusEntry[] {
  const routingKey = v['routing-key'];
  if (typeof routingKey !== 'string') throw new CliError('decode: --routing-key is required with FILE arguments');
  let headers: Record<string, unknown> = {};
  if (typeof v.headers === 'string') {
    try {
      headers = JSON.parse(v.headers) as Record<string, unknown>;
    } catch {
      throw new CliError('decode: --headers must be a JSON object');
    }
    if (!headers || typeof headers !== 'object' || Array.isArray(headers)) throw new CliError('decode: --headers must be a JSON object');
  }
  return files.map((path) => {
    const contentType = typeof v['content-type'] === 'string' ? v['content-type'] : CONTENT_TYPE_BY_EXT[extname(path)] ?? 'application/protobuf';
    const raw = contentType === 'application/zip' || routingKey === 'ingress.rawsensordata';
    const exchange = typeof v.exchange === 'string' ? v.exchange : raw ? RAW_SENSOR_EXCHANGE : EVENTS_EXCHANGE;
    return { relPath: path, path, section: 'protobuf', exchange, routingKey, contentType, headers };
  });
}

interface KeySummary { messages: number; events: number; errors: number }

export async function runDecode(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'routing-key': { type: 'string' }, 'content-type': { type: 'string' }, exchange: { type: 'string' },
      headers: { type: 'string' }, format: { type: 'string', default: 'normalized' }, corpus: { type: 'string' },
      'server-name': { type: 'string', default: 'cbserver' }, 'server-url': { type: 'string', default: '' },
      'float-timestamps': { type: 'boolean', default: false }, 'accept-unknown-keys': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) { stdout.write(`${DECODE_USAGE}\n`); return 0; }
  const format = v.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new CliError(`decode: --format must be one of ${OUTPUT_FORMATS.join(', ')}`);
  if (!v.corpus && positionals.length === 0) throw new CliError(`decode: give FILE arguments or --corpus DIR (cb-event-bridge decode --help)`);
  const entries = v.corpus ? listCorpus(v.corpus) : fileEntries(positionals, v);
  if (v.corpus && entries.length === 0) throw new CliError(`decode: no corpus files under ${v.corpus}`);
  const opts: FormatOptions = {
    serverName: v['server-name'] ?? 'cbserver',
    serverUrl: v['server-url'] ? (v['server-url'].endsWith('/') ? v['server-url'] : `${v['server-url']}/`) : '',
    floatTimestamps: !!v['float-timestamps'],
  };
  const codec = { schemas: new NotificationSchemas(), acceptUnknownRoutingKeys: !!v['accept-unknown-keys'], limits: DEFAULT_CODEC_LIMITS };
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
      stderr.write(`${JSON.stringify({ file: entry.relPath, error: 'unreadable', message: (err as Error).message })}\n`);
      s.errors++; failed = true;
      continue;
    }
    const msg: InboundMessage = { exchange: entry.exchange, routingKey: entry.routingKey, contentType: entry.contentType, headers: entry.headers, body, receivedAt: Date.now() };
    const result = decodeMessage(msg, codec);
    for (const record of recordsFor(result, format, opts)) {
      await out.line(renderRecord(record, format));
      s.events++;
    }
    for (const err of result.errors) {
      stderr.write(`${JSON.stringify({ file: entry.relPath, ...err.toJSON() })}\n`);
      s.errors++; failed = true;
    }
    for (const w of result.warnings) stderr.write(`${JSON.stringify({ file: entry.relPath, warning: w })}\n`);
  }
  await out.flush();
  for (const [key, s] of [...summary].sort()) {
    stderr.write(`summary routing_key=${key} messages=${s.messages} events=${s.events} errors=${s.errors}\n`);
  }
  return failed ? 1 : 0;
}
