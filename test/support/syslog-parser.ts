/** An RFC 5424 message taken apart by its ABNF (section 6); NILVALUE fields are null. */
export interface Rfc5424Message {
  pri: number;
  facility: number;
  severity: number;
  version: number;
  timestamp: string | null;
  hostname: string | null;
  appName: string | null;
  procId: string | null;
  msgId: string | null;
  structuredData: Array<{ id: string; params: Array<[string, string]> }>;
  /** Whether MSG started with the UTF-8 BOM (removed from `msg`). */
  bom: boolean;
  msg: string;
}

/** An RFC 3164 (BSD) message. */
export interface Rfc3164Message {
  pri: number;
  facility: number;
  severity: number;
  timestamp: string;
  hostname: string;
  tag: string;
  msg: string;
}

class Cursor {
  i = 0;
  constructor(readonly s: string) {}
  fail(what: string): never {
    throw new Error(`RFC 5424: ${what} at ${this.i} in ${JSON.stringify(this.s.slice(0, 160))}`);
  }
  expect(c: string): void {
    if (this.s[this.i] !== c) this.fail(`expected ${JSON.stringify(c)}`);
    this.i++;
  }
  /** PRINTUSASCII (33-126) up to the next space, 1..max characters; '-' alone is NILVALUE. */
  field(name: string, max: number): string | null {
    const start = this.i;
    while (this.i < this.s.length && this.s[this.i] !== ' ') {
      const c = this.s.charCodeAt(this.i);
      if (c < 33 || c > 126) this.fail(`${name} holds a character outside printable ASCII`);
      this.i++;
    }
    const value = this.s.slice(start, this.i);
    if (value.length === 0) this.fail(`empty ${name}`);
    if (value.length > max) this.fail(`${name} longer than ${max}`);
    return value === '-' ? null : value;
  }
}

const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d{1,6})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function sdName(c: Cursor, what: string): string {
  const start = c.i;
  while (c.i < c.s.length && !'= ]"'.includes(c.s[c.i])) {
    const code = c.s.charCodeAt(c.i);
    if (code < 33 || code > 126) c.fail(`${what} holds a character outside printable ASCII`);
    c.i++;
  }
  const name = c.s.slice(start, c.i);
  if (name.length < 1 || name.length > 32) c.fail(`${what} of ${name.length} characters`);
  return name;
}

function paramValue(c: Cursor): string {
  let out = '';
  for (;;) {
    if (c.i >= c.s.length) c.fail('unterminated PARAM-VALUE');
    const ch = c.s[c.i];
    if (ch === '"') {
      c.i++;
      return out;
    }
    if (ch === ']') c.fail('unescaped ] in PARAM-VALUE');
    if (ch === '\\' && '"\\]'.includes(c.s[c.i + 1])) {
      out += c.s[c.i + 1];
      c.i += 2;
      continue;
    }
    out += ch;
    c.i++;
  }
}

/** Parses one RFC 5424 message (framing already removed); throws on anything the grammar does not allow. */
export function parseRfc5424(text: string): Rfc5424Message {
  const c: Cursor = new Cursor(text);
  c.expect('<');
  const pri = /^(\d{1,3})>/.exec(text.slice(1));
  if (!pri || Number(pri[1]) > 191 || (pri[1].length > 1 && pri[1][0] === '0')) c.fail('bad PRI');
  c.i += pri[1].length + 1;
  const version = /^[1-9]\d{0,2}/.exec(text.slice(c.i));
  if (!version) c.fail('bad VERSION');
  c.i += version[0].length;
  c.expect(' ');
  const timestamp = c.field('TIMESTAMP', 32);
  if (timestamp !== null && !TIMESTAMP.test(timestamp)) c.fail(`bad TIMESTAMP ${timestamp}`);
  c.expect(' ');
  const hostname = c.field('HOSTNAME', 255);
  c.expect(' ');
  const appName = c.field('APP-NAME', 48);
  c.expect(' ');
  const procId = c.field('PROCID', 128);
  c.expect(' ');
  const msgId = c.field('MSGID', 32);
  c.expect(' ');
  const structuredData: Rfc5424Message['structuredData'] = [];
  if (text[c.i] === '-') {
    c.i++;
  } else {
    while (text[c.i] === '[') {
      c.i++;
      const id = sdName(c, 'SD-ID');
      const params: Array<[string, string]> = [];
      while (text[c.i] === ' ') {
        c.i++;
        const name = sdName(c, 'PARAM-NAME');
        c.expect('=');
        c.expect('"');
        params.push([name, paramValue(c)]);
      }
      c.expect(']');
      structuredData.push({ id, params });
    }
    if (structuredData.length === 0) c.fail('bad STRUCTURED-DATA');
  }
  let msg = '';
  if (c.i < text.length) {
    c.expect(' ');
    msg = text.slice(c.i);
  }
  const bom = msg.startsWith('\ufeff');
  const p = Number(pri[1]);
  return {
    pri: p,
    facility: p >> 3,
    severity: p & 7,
    version: Number(version[0]),
    timestamp,
    hostname,
    appName,
    procId,
    msgId,
    structuredData,
    bom,
    msg: bom ? msg.slice(1) : msg,
  };
}

const BSD =
  /^<(\d{1,3})>((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d) ([\x21-\x7e]+) ([A-Za-z0-9._/-]{1,32}): ([\s\S]*)$/;

/** Parses one RFC 3164 message `<PRI>Mmm dd hh:mm:ss HOSTNAME TAG: MSG`; throws when it is not one. */
export function parseRfc3164(text: string): Rfc3164Message {
  const m = BSD.exec(text);
  if (!m || Number(m[1]) > 191)
    throw new Error(`RFC 3164: not a BSD syslog message: ${JSON.stringify(text.slice(0, 120))}`);
  const pri = Number(m[1]);
  return { pri, facility: pri >> 3, severity: pri & 7, timestamp: m[2], hostname: m[6], tag: m[7], msg: m[8] };
}
