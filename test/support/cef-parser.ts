/** A CEF line read back as a SIEM's parser reads it: seven header fields, then key=value extensions. */
export interface ParsedCef {
  version: number;
  vendor: string;
  product: string;
  deviceVersion: string;
  signatureId: string;
  name: string;
  severity: string;
  extensions: Record<string, string>;
}

const HEADER_UNESCAPE: Record<string, string> = { '\\': '\\', '|': '|' };
const VALUE_UNESCAPE: Record<string, string> = { '\\': '\\', '=': '=', n: '\n', r: '\r' };

/**
 * Parses `CEF:0|...|...|extensions` by the spec: header fields end at an unescaped `|` (escapes
 * `\\` and `\|`); extension keys are letters and digits before an unescaped `=`, and a value runs
 * to the space before the next key (escapes `\\`, `\=`, `\n`, `\r`). Throws on anything else, so a
 * line the format got wrong fails the test that reads it.
 */
export function parseCef(line: string): ParsedCef {
  if (!line.startsWith('CEF:')) throw new Error(`not a CEF line: ${line.slice(0, 40)}`);
  const header: string[] = [];
  let i = 4;
  let field = '';
  while (header.length < 7) {
    if (i >= line.length) throw new Error(`CEF header ends after ${header.length} fields`);
    const c = line[i];
    if (c === '\\') {
      const next = line[i + 1];
      const plain = HEADER_UNESCAPE[next];
      if (plain === undefined) throw new Error(`bad header escape \\${next} at ${i}`);
      field += plain;
      i += 2;
    } else if (c === '|') {
      header.push(field);
      field = '';
      i++;
    } else {
      if (c === '\n' || c === '\r') throw new Error(`line break in the CEF header at ${i}`);
      field += c;
      i++;
    }
  }
  const extensions: Record<string, string> = {};
  const rest = line.slice(i);
  // Split at unescaped '=': each key is the last word before one.
  const equals: number[] = [];
  for (let k = 0; k < rest.length; k++) {
    if (rest[k] === '\\') {
      k++;
      continue;
    }
    if (rest[k] === '=') equals.push(k);
  }
  const keys: Array<{ key: string; start: number; eq: number }> = equals.map((eq) => {
    let start = eq;
    while (start > 0 && /[A-Za-z0-9]/.test(rest[start - 1])) start--;
    const key = rest.slice(start, eq);
    if (key === '' || (start > 0 && rest[start - 1] !== ' '))
      throw new Error(
        `unescaped '=' in an extension value near ${JSON.stringify(rest.slice(Math.max(0, eq - 20), eq + 5))}`,
      );
    return { key, start, eq };
  });
  keys.forEach((k, n) => {
    const end = n + 1 < keys.length ? keys[n + 1].start - 1 : rest.length;
    const raw = rest.slice(k.eq + 1, end);
    let value = '';
    for (let j = 0; j < raw.length; j++) {
      if (raw[j] !== '\\') {
        if (raw[j] === '\n' || raw[j] === '\r') throw new Error('raw line break in an extension value');
        value += raw[j];
        continue;
      }
      const plain = VALUE_UNESCAPE[raw[j + 1]];
      if (plain === undefined) throw new Error(`bad extension escape \\${raw[j + 1]}`);
      value += plain;
      j++;
    }
    if (k.key in extensions) throw new Error(`extension key ${k.key} twice`);
    extensions[k.key] = value;
  });
  const [version, vendor, product, deviceVersion, signatureId, name, severity] = header;
  if (version !== '0') throw new Error(`CEF version ${version}`);
  return { version: 0, vendor, product, deviceVersion, signatureId, name, severity, extensions };
}
