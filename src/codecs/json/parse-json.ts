/**
 * JSON.parse that keeps integers beyond 2^53 exact (as bigint). CB documents carry 64-bit ids
 * (`parent_id`, `process_id` as numbers) that a plain JSON.parse would round. The fast path is
 * JSON.parse itself; the exact parser runs only when the text holds a run of 16+ digits.
 */
const LONG_DIGIT_RUN = /\d{16,}/;

export interface ParsedJson {
  value: unknown;
  /** True when the exact parser ran (the value may hold bigints). */
  exact: boolean;
}

/**
 * Whether the JSON text in `bytes` nests arrays and objects deeper than `maxDepth`, found by
 * one pass over the bytes (no parsing, no recursion). The bytes looked at (quote, backslash,
 * brackets) are ASCII, which never occurs inside a multi-byte UTF-8 sequence, so the scan is
 * sound on the raw body before it is decoded.
 */
export function jsonNestsDeeperThan(bytes: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

export function parseJsonExact(text: string): ParsedJson {
  if (!LONG_DIGIT_RUN.test(text)) return { value: JSON.parse(text), exact: false };
  const parser = new ExactParser(text);
  const value = parser.value();
  parser.end();
  return { value, exact: true };
}

class ExactParser {
  private i = 0;
  constructor(private readonly s: string) {}

  private fail(what: string): never {
    throw new SyntaxError(`${what} at position ${this.i}`);
  }

  private ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  end(): void {
    this.ws();
    if (this.i !== this.s.length) this.fail('Unexpected trailing text');
  }

  value(): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    return this.fail('Unexpected token');
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('Expected property name');
      const key = this.string();
      this.ws();
      if (this.s[this.i++] !== ':') this.fail('Expected colon');
      out[key] = this.value();
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return out;
      if (c !== ',') this.fail('Expected comma or }');
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return out;
      if (c !== ',') this.fail('Expected comma or ]');
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        return JSON.parse(s.slice(start, this.i)) as string;
      }
      if (c === 92) this.i += 2;
      else this.i++;
    }
    return this.fail('Unterminated string');
  }

  private number(): number | bigint {
    const m = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = this.i;
    const found = m.exec(this.s);
    if (!found) return this.fail('Bad number');
    this.i = m.lastIndex;
    const text = found[0];
    if (found[1] === undefined && found[2] === undefined) {
      const n = Number(text);
      if (!Number.isSafeInteger(n)) return BigInt(text);
      return n;
    }
    return Number(text);
  }
}
