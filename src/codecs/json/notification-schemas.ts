import Ajv, { type ValidateFunction, type ErrorObject } from 'ajv';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { schemaIdFor } from './routing-key';

/** The folder holding the project's JSON Schemas, found from this file in src/ or dist/src/. */
export function schemasDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas'))) return join(dir, 'schemas');
    dir = dirname(dir);
  }
  throw new Error(`schemas/ not found above ${__dirname}`);
}

/** ajv knows no bigint: exact 64-bit integers are checked as the (integer) numbers they are. */
function withBigIntsAsNumbers(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(withBigIntsAsNumbers);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = withBigIntsAsNumbers(x);
    return out;
  }
  return v;
}

function formatError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(root)' : e.instancePath;
  return `${where} ${e.message ?? 'is invalid'}`;
}

/** What the JSON decoder asks of a schema set. */
export interface NotificationSchemaSet {
  has(type: string): boolean;
  check(type: string, doc: unknown, hasBigInts?: boolean): string[] | null;
}

/** A set with no schemas, for decoders that never see JSON (the raw-sensor decode workers): every type is unknown. */
export const NO_NOTIFICATION_SCHEMAS: NotificationSchemaSet = {
  has: () => false,
  check: (type) => {
    throw new Error(`no schema for ${type}`);
  },
};

/** Every notification schema, compiled once at start-up, looked up by folded routing key. */
export class NotificationSchemas implements NotificationSchemaSet {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(dir: string = join(schemasDir(), 'notifications')) {
    const ajv = new Ajv({ allErrors: true });
    const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
    const schemas = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { $id: string });
    for (const schema of schemas) ajv.addSchema(schema);
    for (const schema of schemas) {
      if (schema.$id === 'common') continue;
      const validate = ajv.getSchema(schema.$id);
      if (validate) this.validators.set(schema.$id, validate);
    }
  }

  has(type: string): boolean {
    return this.validators.has(schemaIdFor(type));
  }

  types(): string[] {
    return [...this.validators.keys()].sort();
  }

  /** null when the document conforms; the violations otherwise. Throws for an unknown type. */
  check(type: string, doc: unknown, hasBigInts = false): string[] | null {
    const validate = this.validators.get(schemaIdFor(type));
    if (!validate) throw new Error(`no schema for ${type}`);
    if (validate(hasBigInts ? withBigIntsAsNumbers(doc) : doc)) return null;
    return (validate.errors ?? []).map(formatError);
  }
}
