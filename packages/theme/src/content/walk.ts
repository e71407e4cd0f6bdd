// Reading the content schema back: the fields of an object with their metadata, whether they are
// required, their defaults and the shorthands that run first. The JSON Schema, the docs tables,
// the reference checks, the body field and the unknown-field warnings are all drawn from here.
import type { z } from 'zod';
import { fieldInfo } from './fields.js';
import type { FieldInfo } from './fields.js';
import { isRecord } from './issues.js';

type Normalizer = (value: unknown, ctx: unknown) => unknown;

/** One node of the schema with the wrappers (optional, default, shorthands) taken off. */
export interface Node {
  info: FieldInfo;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
  normalizers: Normalizer[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  transform?: Normalizer;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const defOf = (s: z.ZodType): Def => s._zod.def as unknown as Def;

export function resolve(schema: z.ZodType): Node {
  const node: Node = { info: {}, optional: false, hasDefault: false, normalizers: [] };
  let s: z.ZodType | undefined = schema;
  while (s) {
    node.info = { ...fieldInfo.get(s), ...node.info };
    const def = defOf(s);
    if (def.type === 'optional') {
      node.optional = true;
      s = def.innerType;
    } else if (def.type === 'default') {
      node.hasDefault = true;
      node.defaultValue = def.defaultValue;
      s = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      const inner = defOf(def.in);
      if (inner.type === 'transform' && inner.transform) {
        node.normalizers.push(inner.transform);
        s = def.out;
      } else if (inner.type === 'unknown') {
        return node; // a leaf: z.unknown() checked by a transform
      } else {
        s = def.in; // an object or a list followed by a derivation
      }
    } else if (def.type === 'object') {
      node.shape = def.shape ?? {};
      return node;
    } else if (def.type === 'array') {
      if (def.element) node.element = def.element;
      return node;
    } else {
      return node;
    }
  }
  return node;
}

const ignore = { issues: [] as unknown[], addIssue: () => undefined };

/** The value after the shorthands of its node (`"Sei giorni."` → `{ text: "Sei giorni." }`). */
export const normalized = (node: Node, value: unknown): unknown =>
  node.normalizers.reduce((v, n) => n(v, ignore), value);

/** A required field: neither optional nor with a default. */
export const isRequired = (node: Node): boolean => !node.optional && !node.hasDefault;

/** The fields of the (object) schema of a collection, in declaration order. */
export function fieldsOf(schema: z.ZodType): [string, Node, z.ZodType][] {
  return Object.entries(resolve(schema).shape ?? {}).map(([k, s]) => [k, resolve(s), s]);
}

/** The field receiving the Markdown body of a file, if any. */
export const bodyFieldOf = (schema: z.ZodType): string | undefined =>
  fieldsOf(schema).find(([, n]) => n.info.body)?.[0];

/** Every reference field: dotted path (inside objects; lists of slugs included) and target schema name. */
export function refsOf(schema: z.ZodType, prefix = ''): [path: string, target: string][] {
  const out: [string, string][] = [];
  for (const [key, node, s] of fieldsOf(schema)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (node.info.ref) out.push([path, node.info.ref]);
    else if (node.shape) out.push(...refsOf(s, path));
  }
  return out;
}

/** Italian spellings and common mistakes mapped to the model's keys, for "did you mean" hints. */
const KEY_HINTS: Record<string, string> = {
  categoria: 'category',
  argomenti: 'topics',
  argomento: 'topics',
  titolo: 'title',
  nome: 'name',
  tipo: 'type',
  data: 'date',
  sommario: 'summary',
  descrizioneBreve: 'description',
  luoghi: 'luogo',
  immagine: 'image',
  indirizzo: 'address',
  telefono: 'phone',
  orari: 'hours',
  stato: 'status',
  domanda: 'question',
  risposta: 'answer',
};

export interface UnknownField {
  path: string;
  hint: string;
}

/** Keys the schema does not know, at any depth, with a "did you mean" or the allowed fields. */
export function unknownFields(schema: z.ZodType, value: unknown, path = ''): UnknownField[] {
  const node = resolve(schema);
  const v = normalized(node, value);
  const out: UnknownField[] = [];
  const at = (k: string | number): string => (path ? `${path}.${String(k)}` : String(k));
  if (node.element && Array.isArray(v)) {
    const element = node.element;
    v.forEach((item, i) => out.push(...unknownFields(element, item, at(i))));
  }
  if (!node.shape || !isRecord(v)) return out;
  const shape = node.shape;
  const keys = Object.keys(shape);
  const aliases = new Map<string, string>();
  for (const k of keys)
    for (const a of resolve(shape[k] as z.ZodType).info.aliases ?? []) aliases.set(a, k);
  for (const k of keys)
    if (v[k] !== undefined && v[k] !== null)
      out.push(...unknownFields(shape[k] as z.ZodType, v[k], at(k)));
  for (const key of Object.keys(v)) {
    if (key in shape) continue;
    const suggestion =
      aliases.get(key) ?? KEY_HINTS[key] ?? keys.find((k) => k.toLowerCase() === key.toLowerCase());
    out.push({
      path: at(key),
      hint:
        suggestion && suggestion in shape
          ? `forse "${suggestion}"? (did you mean "${suggestion}"?)`
          : `campi ammessi (allowed fields): ${keys.join(', ')}`,
    });
  }
  return out;
}
