// @vitest-environment node
// The JSON Schema of each collection (dist/schema/, for CMS adapters such as the WordPress back
// office) and the docs tables are derived from the zod schema: this checks the contract of the
// JSON Schema, that the validated demo content satisfies it, and that docs/content-model.md is
// up to date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SERVICE_PAGE_INDEX,
  SERVICE_PAGE_OPTIONAL_SECTIONS,
  flatten,
  type Term,
} from '@piazza/vocabularies';
import { MarkdownContentSource } from './index.js';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from './collections/index.js';
import { withContentModelTables } from './docs.js';
import { schemaFiles, type JsonSchema } from './json-schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../../../..');
const DEMO = path.resolve(here, '../../demo');
const files = schemaFiles();
const index = files['index.json'] as {
  collections: { name: string; file: string; kind: string }[];
};

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});

/** Every schema node of a property tree, with its path. */
function* nodes(schema: Json, at = ''): Generator<[string, Json]> {
  yield [at, schema];
  for (const [k, p] of Object.entries(asObject(schema.properties)))
    yield* nodes(asObject(p), `${at}/${k}`);
  if (schema.items) yield* nodes(asObject(schema.items), `${at}[]`);
}

/**
 * A small JSON Schema checker for the keywords the content schemas use: enough to tell whether a
 * value fits (type, properties, required, additionalProperties, items, enum, lengths, pattern,
 * minimum/maximum, format date). Returns the paths that do not.
 */
function check(schema: Json, value: unknown, at = ''): string[] {
  const bad = (why: string) => [`${at || '/'}: ${why} (${JSON.stringify(value)?.slice(0, 60)})`];
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return bad('not an object');
      const props = asObject(schema.properties);
      const v = value as Json;
      const out: string[] = [];
      for (const r of (schema.required as string[] | undefined) ?? [])
        if (v[r] === undefined) out.push(`${at}/${r}: required`);
      for (const [k, x] of Object.entries(v)) {
        if (x === undefined) continue;
        if (!(k in props)) out.push(`${at}/${k}: not allowed`);
        else out.push(...check(asObject(props[k]), x, `${at}/${k}`));
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(value)) return bad('not an array');
      if (typeof schema.minItems === 'number' && value.length < schema.minItems)
        return bad('too few');
      if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
        return bad('too many');
      return value.flatMap((x, i) => check(asObject(schema.items), x, `${at}/${String(i)}`));
    }
    case 'string': {
      if (typeof value !== 'string') return bad('not a string');
      if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return bad('not in enum');
      if (typeof schema.minLength === 'number' && value.length < schema.minLength)
        return bad('too short');
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
        return bad('too long');
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
        return bad('pattern');
      if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return bad('not a date');
      if (schema.format === 'uri' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) return bad('not a URI');
      if (schema.format === 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) return bad('not an email');
      return [];
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || (schema.type === 'integer' && !Number.isInteger(value)))
        return bad('not a number');
      if (typeof schema.minimum === 'number' && value < schema.minimum) return bad('below minimum');
      if (typeof schema.maximum === 'number' && value > schema.maximum) return bad('above maximum');
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : bad('not a boolean');
    default:
      return [];
  }
}

describe('JSON Schema of the collections', () => {
  it('lists every collection, the site settings as kind "settings", each with its file', () => {
    expect(index.collections.map((c) => c.name)).toEqual([
      'site',
      'servizio',
      'notizia',
      'evento',
      'luogo',
      'unita-organizzativa',
      'persona',
      'incarico',
      'documento',
      'argomento',
      'punto-di-contatto',
      'faq',
      'pagina',
    ]);
    expect(index.collections.filter((c) => c.kind === 'settings').map((c) => c.name)).toEqual([
      'site',
    ]);
    for (const c of index.collections) expect(files[c.file], c.file).toBeDefined();
  });

  it('follows the contract: draft 2020-12, closed objects, labels in both languages, one body at most', () => {
    for (const c of index.collections) {
      const schema = files[c.file] as JsonSchema;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      let bodies = 0;
      for (const [at, node] of nodes(schema)) {
        if (node.type === 'object') expect(node.additionalProperties, `${c.name}${at}`).toBe(false);
        // one JSON type per property (CMS adapters map it to their own: the WordPress plugin)
        expect(
          ['string', 'number', 'integer', 'boolean', 'array', 'object'],
          `${c.name}${at} type`,
        ).toContain(node.type);
        if (at !== '' && !at.endsWith('[]')) {
          expect(typeof node.title, `${c.name}${at} title`).toBe('string');
          expect(typeof node['x-piazza-label-en'], `${c.name}${at} label en`).toBe('string');
        }
        if (node['x-piazza-body'] === true) {
          bodies += 1;
          expect(node.type).toBe('string');
          expect(at.split('/')).toHaveLength(2); // a top-level property
        }
        if (node['x-piazza-image'] === true)
          expect(Object.keys(asObject(node.properties))).toEqual([
            'src',
            'alt',
            'decorative',
            'focalPoint',
            'credit',
          ]);
      }
      expect(bodies, c.name).toBeLessThanOrEqual(1);
    }
  });

  it('names the referenced collection and the vocabulary file, whose labels are the enum', () => {
    const names = new Set(index.collections.map((c) => c.name));
    for (const c of index.collections) {
      for (const [at, node] of nodes(files[c.file] as Json)) {
        const ref = node['x-piazza-ref'];
        if (ref !== undefined)
          expect(names.has(ref as string), `${c.name}${at} → ${String(ref)}`).toBe(true);
        const vocabulary = node['x-piazza-vocabulary'];
        if (vocabulary === undefined) continue;
        const json = JSON.parse(
          readFileSync(
            path.join(ROOT, 'packages/vocabularies/json', `${String(vocabulary)}.json`),
            'utf8',
          ),
        ) as { data: Term[] };
        const labels = [...new Set(flatten(json.data).map((t) => t.label))];
        const values = node.type === 'array' ? asObject(node.items).enum : node.enum;
        expect(values, `${c.name}${at}`).toEqual(labels);
      }
    }
  });

  it("names the scheda servizio's sections after the anchors of the service page index", () => {
    const camel = (anchor: string) =>
      anchor.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const schema = files['servizio.schema.json'] as Json;
    const props = asObject(schema.properties);
    const required = schema.required as string[];
    for (const s of SERVICE_PAGE_INDEX) {
      expect(props, s.anchor).toHaveProperty(camel(s.anchor));
      expect(required).toContain(camel(s.anchor));
    }
    for (const s of SERVICE_PAGE_OPTIONAL_SECTIONS) {
      expect(props, s.anchor).toHaveProperty(camel(s.anchor));
      expect(required).not.toContain(camel(s.anchor));
    }
  });

  it('is satisfied by the validated demo content, item by item', async () => {
    const { content, errors } = await new MarkdownContentSource(DEMO).check();
    expect(errors).toEqual([]);
    if (!content) return;
    const problems = check(files['site.schema.json'] as Json, content.site, 'site');
    for (const name of COLLECTION_NAMES) {
      const schema = files[`${COLLECTION_SCHEMAS[name].name}.schema.json`] as Json;
      for (const item of content[name])
        problems.push(...check(schema, item, `${name}/${item.slug}`));
    }
    expect(problems).toEqual([]);
    expect(content.servizi.length).toBeGreaterThan(0);
  });

  it('the checker used above does catch a value outside the schema', () => {
    const schema = files['servizio.schema.json'] as Json;
    expect(check(schema, { slug: 'Non Valido', extra: 1 })).toEqual(
      expect.arrayContaining([
        '/slug: pattern ("Non Valido")',
        '/extra: not allowed',
        '/title: required',
      ]),
    );
  });
});

describe('docs/content-model.md', () => {
  it('has the field tables of the current schema (run `pnpm --filter @piazza/theme run docs:content`)', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/content-model.md'), 'utf8');
    expect(
      withContentModelTables(doc) === doc,
      'docs/content-model.md is stale: run pnpm --filter @piazza/theme run docs:content',
    ).toBe(true);
  });
});
