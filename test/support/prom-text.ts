/** One sample line of the Prometheus text exposition format. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: string;
  samples: Sample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const SUFFIXES = ['_bucket', '_sum', '_count', '_total', '_created'];

/** Go's ParseFloat (which Prometheus uses) reads NaN and Inf in any case; prom-client writes `Nan`. */
function parseValue(text: string, line: string): number {
  const lower = text.toLowerCase();
  if (lower === '+inf' || lower === 'inf') return Infinity;
  if (lower === '-inf') return -Infinity;
  if (lower === 'nan') return NaN;
  const v = Number(text);
  if (text === '' || Number.isNaN(v)) throw new Error(`bad sample value in: ${line}`);
  return v;
}

/** `a="x",b="y\"z"` (the text inside the braces) -> labels. */
function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let i = 0;
  while (i < text.length) {
    const name = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(text.slice(i));
    if (!name) throw new Error(`bad label name in: ${line}`);
    i += name[0].length;
    if (text[i] !== '=' || text[i + 1] !== '"') throw new Error(`expected =" after label ${name[0]} in: ${line}`);
    i += 2;
    let value = '';
    for (;;) {
      if (i >= text.length) throw new Error(`unterminated label value in: ${line}`);
      const c = text[i++];
      if (c === '"') break;
      if (c === '\\') {
        const e = text[i++];
        value += e === 'n' ? '\n' : e;
      } else {
        value += c;
      }
    }
    labels[name[0]] = value;
    if (text[i] === ',') i++;
    else if (i < text.length) throw new Error(`expected , between labels in: ${line}`);
  }
  return labels;
}

function familyOf(sample: string, families: Map<string, MetricFamily>): MetricFamily | undefined {
  if (families.has(sample)) return families.get(sample);
  for (const s of SUFFIXES)
    if (sample.endsWith(s) && families.has(sample.slice(0, -s.length))) return families.get(sample.slice(0, -s.length));
  return undefined;
}

/**
 * Parses the text exposition format (version 0.0.4): HELP and TYPE comments, then samples
 * `name{label="value",...} value [timestamp]`. Throws on any line it cannot read, on a sample
 * with no TYPE before it, and on a sample name seen twice with the same labels.
 */
export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const m = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) ?(.*)$/.exec(line);
      if (!m) continue; // other comments are allowed
      const [, kind, name, rest] = m;
      const f = families.get(name) ?? { name, help: '', type: 'untyped', samples: [] };
      if (kind === 'HELP') f.help = rest;
      else f.type = rest;
      families.set(name, f);
      continue;
    }
    const name = NAME.exec(line);
    if (!name) throw new Error(`bad sample line: ${line}`);
    let rest = line.slice(name[0].length);
    let labels: Record<string, string> = {};
    if (rest.startsWith('{')) {
      const close = rest.lastIndexOf('}');
      if (close < 0) throw new Error(`unterminated labels in: ${line}`);
      labels = parseLabels(rest.slice(1, close), line);
      rest = rest.slice(close + 1);
    }
    const parts = rest.trim().split(/\s+/);
    if (parts.length < 1 || parts.length > 2) throw new Error(`bad sample line: ${line}`);
    const family = familyOf(name[0], families);
    if (!family) throw new Error(`sample ${name[0]} has no TYPE before it`);
    const key = `${name[0]}${JSON.stringify(Object.entries(labels).sort())}`;
    if (seen.has(key)) throw new Error(`duplicate sample: ${line}`);
    seen.add(key);
    family.samples.push({ name: name[0], labels, value: parseValue(parts[0], line) });
  }
  return families;
}

/** The value of the sample with this name and (at least) these labels; summed when several match; 0 when none. */
export function sampleValue(
  families: Map<string, MetricFamily>,
  name: string,
  labels: Record<string, string> = {},
): number {
  let total = 0;
  for (const f of families.values()) {
    for (const s of f.samples) {
      if (s.name !== name) continue;
      if (Object.entries(labels).every(([k, v]) => s.labels[k] === v)) total += s.value;
    }
  }
  return total;
}
