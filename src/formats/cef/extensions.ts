import type { EventRecord, FieldValue } from '../../event/event-model';
import type { FieldLayout } from '../../event/event-types';

/** How a field's value becomes an extension value. */
export type Conversion = 'text' | 'basename' | 'epoch_ms' | 'protocol';

/**
 * One CEF extension: `key` takes the first of `fields` the event has (converted), with `label`
 * written beside it as `<key>Label` for the custom slots (cs1-cs6, cn1-cn3, cfp1).
 */
export interface ExtensionRule {
  key: string;
  fields: readonly string[];
  as?: Conversion;
  label?: string;
}

const rule = (
  key: string,
  fields: string | readonly string[],
  extra: Omit<ExtensionRule, 'key' | 'fields'> = {},
): ExtensionRule => ({ key, fields: typeof fields === 'string' ? [fields] : fields, ...extra });

/** Extensions every event gets (after its layout's, which win where both set a key). */
const COMMON: readonly ExtensionRule[] = [
  rule('rt', 'timestamp', { as: 'epoch_ms' }),
  rule('cat', 'type'),
  rule('dvchost', 'cb_server'),
  rule('shost', ['computer_name', 'hostname']),
  rule('suser', 'username'),
  rule('spid', 'pid'),
  rule('sproc', ['process_name', 'process_path'], { as: 'basename' }),
  rule('cn1', 'sensor_id', { label: 'Sensor ID' }),
  rule('cs1', 'process_guid', { label: 'Process GUID' }),
  rule('cs2', ['command_line', 'cmdline'], { label: 'Command Line' }),
  rule('cs6', 'link_process', { label: 'Process Link' }),
];

const NETWORK_BY_DIRECTION = {
  outbound: [
    rule('src', 'local_ip'),
    rule('spt', 'local_port'),
    rule('dst', 'remote_ip'),
    rule('dpt', 'remote_port'),
    rule('shost', ['computer_name', 'hostname']),
    rule('dhost', 'domain'),
  ],
  inbound: [
    rule('dst', 'local_ip'),
    rule('dpt', 'local_port'),
    rule('src', 'remote_ip'),
    rule('spt', 'remote_port'),
    rule('dhost', ['computer_name', 'hostname']),
    rule('shost', 'domain'),
  ],
} as const;

/** Per layout: the extensions of the event types that share it (see formats/event-types). */
const LAYOUTS: Readonly<Record<FieldLayout, readonly ExtensionRule[]>> = {
  process: [
    rule('sproc', ['process_name', 'process_path', 'path'], { as: 'basename' }),
    rule('filePath', 'path'),
    rule('fname', 'path', { as: 'basename' }),
    rule('fileHash', ['sha256', 'md5']),
    rule('cs4', 'parent_path', { label: 'Parent Process' }),
    rule('act', ['mitigation', 'blocked_event']),
    rule('outcome', 'blocked_result'),
    rule('reason', 'blocked_reason'),
    rule('msg', 'log_message'),
  ],
  file: [
    rule('filePath', 'path'),
    rule('fname', 'path', { as: 'basename' }),
    rule('fileHash', ['file_sha256', 'file_md5']),
    rule('fileType', 'filetype_name'),
    rule('act', 'action'),
  ],
  netconn: [rule('proto', 'protocol', { as: 'protocol' })],
  regmod: [rule('cs3', 'path', { label: 'Registry Path' }), rule('act', 'action')],
  childproc: [
    rule('dproc', 'path', { as: 'basename' }),
    rule('dpid', 'child_pid'),
    rule('filePath', 'path'),
    rule('fname', 'path', { as: 'basename' }),
    rule('fileHash', ['sha256', 'md5']),
    rule('cs3', 'childproc_type', { label: 'Child Process Type' }),
  ],
  crossproc: [
    rule('dproc', 'target_path', { as: 'basename' }),
    rule('dpid', 'target_pid'),
    rule('filePath', 'target_path'),
    rule('fileHash', ['target_sha256', 'target_md5']),
    rule('act', 'cross_process_type'),
    rule('cs3', 'requested_access', { label: 'Requested Access' }),
  ],
  hit: [
    rule('cs3', 'watchlist_name', { label: 'Watchlist' }),
    rule('cs4', 'feed_name', { label: 'Feed' }),
    rule('cs5', 'ioc_value', { label: 'IOC' }),
    rule('cn2', 'report_score', { label: 'Report Score' }),
    rule('cfp1', 'alert_severity', { label: 'Alert Severity' }),
    rule('externalId', ['unique_id', 'report_id']),
    rule('filePath', ['path', 'process_path']),
    rule('fname', ['path', 'process_path', 'observed_filename'], { as: 'basename' }),
    rule('fileHash', ['md5', 'process_md5']),
    rule('act', 'status'),
    rule('sproc', ['process_name', 'process_path', 'path'], { as: 'basename' }),
  ],
  binary: [
    rule('fileHash', 'md5'),
    rule('filePath', ['file_path', 'observed_filename']),
    rule('fname', ['file_path', 'observed_filename', 'original_filename'], { as: 'basename' }),
    rule('fsize', ['size', 'orig_mod_len']),
    rule('cs3', ['digsig_publisher', 'company_name'], { label: 'Publisher' }),
    rule('cs4', ['product_name', 'internal_name'], { label: 'Product' }),
  ],
  plain: [rule('act', 'tamper_type'), rule('msg', ['message', 'error', 'log_message'])],
};

/** The IP protocol numbers CEF's `proto` names. */
const PROTOCOLS: Readonly<Record<number, string>> = { 1: 'ICMP', 6: 'TCP', 17: 'UDP', 58: 'IPv6-ICMP' };

/** The rule lists, made once per layout and network direction. */
const RULE_LISTS = new Map<string, readonly ExtensionRule[]>();

/** The rules for an event of a layout, layout first: for a key set twice, the first rule with a value wins. */
export function rulesFor(
  layout: FieldLayout,
  flat: EventRecord,
  ioc: Record<string, FieldValue> | null,
): readonly ExtensionRule[] {
  const netFields = layout === 'netconn' ? flat : ioc;
  const direction =
    layout === 'netconn' || (layout === 'hit' && ioc)
      ? netFields?.direction === 'inbound'
        ? 'inbound'
        : 'outbound'
      : 'none';
  const key = `${layout}/${direction}`;
  let rules = RULE_LISTS.get(key);
  if (!rules) {
    rules = [...(direction === 'none' ? [] : NETWORK_BY_DIRECTION[direction]), ...LAYOUTS[layout], ...COMMON];
    RULE_LISTS.set(key, rules);
  }
  return rules;
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}

function epochMs(v: FieldValue): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(Math.round(v * 1000));
  if (typeof v === 'bigint') return String(v * 1000n);
  if (typeof v === 'string') {
    const n = Number(v);
    if (v.trim() !== '' && Number.isFinite(n)) return String(Math.round(n * 1000));
    const parsed = Date.parse(v);
    if (Number.isFinite(parsed)) return String(parsed);
  }
  return undefined;
}

/** A value as plain text: scalars as they print, a one-item list as its item, other lists and objects as JSON. */
export type Stringify = (v: FieldValue) => string;

/** The converted text of a field value, or undefined when it gives nothing (empty, null, unusable). */
export function convert(v: FieldValue | undefined, as: Conversion, stringify: Stringify): string | undefined {
  if (v === undefined || v === null) return undefined;
  const item = Array.isArray(v) && v.length === 1 ? v[0] : v;
  if (as === 'epoch_ms') return epochMs(item);
  if (as === 'protocol') return typeof item === 'number' ? (PROTOCOLS[item] ?? String(item)) : stringify(item);
  const text = stringify(item);
  if (text === '') return undefined;
  return as === 'basename' ? baseName(text) || undefined : text;
}
