/**
 * Validates answers against the published OParl 1.1 JSON schemas (../shared/standards is outside the repository
 * in development; tests that need it are skipped when it is absent). The schemas' `{{…}}` description
 * placeholders are dropped, `schema: "X.json"` becomes a `$ref`, and their documentary keywords (`references`,
 * `backreference`, `cardinality`) are accepted as annotations. Deleted objects need only `id` and `type`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

export const SCHEMA_DIR = path.resolve(process.env.OPARL_SCHEMA_DIR ?? path.join(process.cwd(), '../shared/standards/oparl-1.1.1/schema'));
export const schemasAvailable = fs.existsSync(SCHEMA_DIR);

type Node = Record<string, unknown>;

function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!node || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'description' && typeof value === 'string') continue;
    if (key === 'schema' && typeof value === 'string') { out.$ref = value; continue; }
    out[key] = rewrite(value);
  }
  // A `$ref` replaces the inline object type in this draft; keep the reference alone.
  if (out.$ref) return { $ref: out.$ref };
  return out;
}

export function oparlValidator(): (object: Node) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  for (const keyword of ['references', 'backreference', 'backref', 'cardinality']) ajv.addKeyword({ keyword });
  ajv.addFormat('url', /^https?:\/\/[^\s]+$/);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  const full = new Map<string, ValidateFunction>();
  const deleted = new Map<string, ValidateFunction>();
  const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    const schema = rewrite(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))) as Node;
    ajv.addSchema({ ...schema, $id: file });
  }
  for (const file of files) {
    const name = file.replace(/\.json$/, '');
    full.set(name, ajv.getSchema(file)!);
    const schema = rewrite(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))) as Node;
    deleted.set(name, ajv.compile({ ...schema, $id: `${file}#deleted`, required: ['id', 'type'] }));
  }
  return (object) => {
    const type = String(object.type ?? '').replace('https://schema.oparl.org/1.1/', '');
    const validate = (object.deleted === true ? deleted : full).get(type);
    const id = String(object.id);
    if (!validate) return [`unknown type ${String(object.type)}`];
    return validate(object) ? [] : (validate.errors ?? []).map((e) => `${type} ${id} ${e.instancePath} ${e.message ?? ''}`);
  };
}
