// Reads the JSON Schema that @piazza/theme publishes (dist/schema/index.json and one
// <name>.schema.json per collection; format in docs/wordpress.md, "Modello dei contenuti") and
// turns it into the plugin's content model: one post type per collection, one taxonomy per
// controlled vocabulary, the other properties as post meta with their JSON Schema for the REST API.
// Every problem names the file and the property. Plain Node, no dependencies.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
/** JSON Schema keywords WordPress's REST schema understands (the rest is dropped for it). */
const REST_KEYWORDS = new Set([
  'type',
  'title',
  'description',
  'enum',
  'format',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'pattern',
  'default',
]);
// Not 'date-time': WordPress's is RFC 3339 with seconds and offset, and answers null (and refuses
// writes) for the theme's canonical "AAAA-MM-GG" and "AAAA-MM-GGTHH:MM" (the pattern stays).
const REST_FORMATS = new Set(['email', 'uri', 'ip', 'uuid', 'hex-color']);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);

export class SchemaError extends Error {
  constructor(file, where, message) {
    super(`${file}${where ? ` (${where})` : ''}: ${message}`);
    this.file = file;
    this.where = where;
  }
}

function readJson(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SchemaError(file, '', 'file not found');
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SchemaError(file, '', `not valid JSON: ${e.message}`);
  }
}

const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const snake = (s) => s.replace(/-/g, '_');

/** A WordPress post type key (at most 20 characters) for a collection name. */
export function postTypeKey(name) {
  return `pz_${snake(name)}`.slice(0, 20);
}

/** A WordPress taxonomy key (at most 32 characters) for a vocabulary name. */
export function taxonomyKey(vocabulary) {
  return `pz_${snake(vocabulary)}`.slice(0, 32);
}

function typeOf(prop, file, where) {
  const t = Array.isArray(prop.type) ? prop.type.filter((x) => x !== 'null') : [prop.type];
  if (t.length !== 1 || !TYPES.has(t[0])) {
    throw new SchemaError(file, where, `"type" must be one of ${[...TYPES].join(', ')}`);
  }
  return t[0];
}

/** The property's schema as WordPress's REST API takes it (recursively, unknown keywords out). */
export function restSchema(prop, file, where) {
  const out = {};
  for (const [k, v] of Object.entries(prop)) {
    if (!REST_KEYWORDS.has(k)) continue;
    if (k === 'format' && !REST_FORMATS.has(v)) continue;
    if (k === 'properties') {
      if (!isObject(v)) throw new SchemaError(file, where, '"properties" must be an object');
      out.properties = Object.fromEntries(
        Object.entries(v).map(([key, sub]) => [key, restSchema(sub, file, `${where}.${key}`)]),
      );
    } else if (k === 'items') {
      if (!isObject(v)) throw new SchemaError(file, where, '"items" must be an object');
      out.items = restSchema(v, file, `${where}[]`);
    } else {
      out[k] = v;
    }
  }
  if (!isObject(prop)) throw new SchemaError(file, where, 'a property must be an object');
  out.type = typeOf(prop, file, where);
  if (out.type === 'object' && !out.properties) out.properties = {};
  if (out.type === 'object' && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function field(key, prop, required, file) {
  const where = `properties.${key}`;
  if (!KEY.test(key)) throw new SchemaError(file, where, 'property names must be identifiers');
  if (!isObject(prop)) throw new SchemaError(file, where, 'a property must be an object');
  const type = typeOf(prop, file, where);
  if (typeof prop.title !== 'string' || prop.title.trim() === '') {
    throw new SchemaError(file, where, '"title" (the Italian label) is required');
  }
  const vocabulary = prop['x-piazza-vocabulary'];
  if (vocabulary !== undefined && (typeof vocabulary !== 'string' || !NAME.test(vocabulary))) {
    throw new SchemaError(file, where, '"x-piazza-vocabulary" must be a vocabulary name');
  }
  const values = type === 'array' ? prop.items?.enum : prop.enum;
  if (vocabulary && !Array.isArray(values)) {
    throw new SchemaError(file, where, 'a vocabulary needs its "enum" (or "items.enum")');
  }
  const ref = prop['x-piazza-ref'];
  if (ref !== undefined) {
    const itemType = type === 'array' ? prop.items?.type : type;
    if (typeof ref !== 'string' || !NAME.test(ref) || itemType !== 'string') {
      throw new SchemaError(file, where, '"x-piazza-ref" needs a collection name on a string');
    }
  }
  const body = prop['x-piazza-body'] === true;
  if (body && type !== 'string') {
    throw new SchemaError(file, where, '"x-piazza-body" must be on a string');
  }
  const image = prop['x-piazza-image'] === true;
  // The theme's own message for this field left blank, shown as it is on the edit screen.
  const missing = prop['x-piazza-required-message'];
  if (
    missing !== undefined &&
    (!isObject(missing) || typeof missing.it !== 'string' || typeof missing.en !== 'string')
  ) {
    throw new SchemaError(file, where, '"x-piazza-required-message" must be { "it", "en" } texts');
  }
  return {
    key,
    type,
    required,
    label: { it: prop.title, en: prop['x-piazza-label-en'] ?? prop.title },
    help: { it: prop.description ?? '', en: prop['x-piazza-help-en'] ?? '' },
    ...(vocabulary
      ? { vocabulary, taxonomy: taxonomyKey(vocabulary), multiple: type === 'array' }
      : {}),
    ...(values ? { enum: values } : {}),
    ...(ref ? { ref, multiple: type === 'array' } : {}),
    ...(body ? { body: true } : {}),
    ...(prop.contentMediaType === 'text/markdown' ? { markdown: true } : {}),
    ...(image ? { image: true } : {}),
    ...(required && missing ? { requiredMessage: { it: missing.it, en: missing.en } } : {}),
    ...(typeof prop.format === 'string' ? { format: prop.format } : {}),
    ...(prop.default !== undefined ? { default: prop.default } : {}),
    schema: restSchema(prop, file, where),
  };
}

function collection(entry, dir, indexFile, i) {
  const where = `collections[${i}]`;
  if (!isObject(entry)) throw new SchemaError(indexFile, where, 'must be an object');
  const { name, folder, file, label, kind } = entry;
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new SchemaError(indexFile, `${where}.name`, 'must be a kebab-case name');
  }
  if (kind !== 'collection' && kind !== 'settings') {
    throw new SchemaError(indexFile, `${where}.kind`, 'must be "collection" or "settings"');
  }
  if (
    typeof file !== 'string' ||
    file.includes('/') ||
    file.includes('\\') ||
    !file.endsWith('.json')
  ) {
    throw new SchemaError(indexFile, `${where}.file`, 'must be a file name in the same folder');
  }
  if (!isObject(label) || typeof label.it !== 'string' || label.it.trim() === '') {
    throw new SchemaError(indexFile, `${where}.label.it`, 'the Italian label is required');
  }
  const schemaFile = path.join(dir, file);
  const schema = readJson(schemaFile);
  if (schema.$schema !== DRAFT_2020) {
    throw new SchemaError(schemaFile, '$schema', `must be "${DRAFT_2020}"`);
  }
  if (schema.type !== 'object' || !isObject(schema.properties)) {
    throw new SchemaError(schemaFile, '', 'must be an object schema with "properties"');
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  for (const r of required) {
    if (!(r in schema.properties)) {
      throw new SchemaError(schemaFile, 'required', `"${r}" is not a property`);
    }
  }
  const fields = Object.entries(schema.properties).map(([key, prop]) =>
    field(key, prop, required.has(key), schemaFile),
  );
  if (fields.filter((f) => f.body).length > 1) {
    throw new SchemaError(schemaFile, 'properties', 'more than one "x-piazza-body" property');
  }
  return {
    name,
    kind,
    folder: typeof folder === 'string' && NAME.test(folder) ? folder : name,
    label: { it: label.it, en: typeof label.en === 'string' ? label.en : label.it },
    postType: kind === 'collection' ? postTypeKey(name) : null,
    fields,
  };
}

/**
 * Reads the published schema folder (`index.json` and the files it lists). Throws a SchemaError
 * naming the file and the property on anything outside the contract.
 */
export function readContentModel(dir) {
  const indexFile = path.join(dir, 'index.json');
  const index = readJson(indexFile);
  if (!isObject(index) || !Array.isArray(index.collections)) {
    throw new SchemaError(indexFile, 'collections', 'must be an array');
  }
  const collections = index.collections.map((c, i) => collection(c, dir, indexFile, i));
  const seen = new Map();
  for (const c of collections) {
    for (const [k, v] of [
      ['name', c.name],
      ['postType', c.postType],
      ['folder', c.kind === 'collection' ? c.folder : null],
    ]) {
      if (v === null) continue;
      const id = `${k}:${v}`;
      if (seen.has(id)) throw new SchemaError(indexFile, 'collections', `duplicate ${k} "${v}"`);
      seen.set(id, true);
    }
  }
  const names = new Set(collections.map((c) => c.name));
  for (const c of collections) {
    for (const f of c.fields) {
      if (f.ref && !names.has(f.ref)) {
        throw new SchemaError(
          path.join(dir, `${c.name}.schema.json`),
          `properties.${f.key}`,
          `"x-piazza-ref" names "${f.ref}", which is not a collection`,
        );
      }
    }
  }
  const vocabularies = {};
  for (const c of collections) {
    for (const f of c.fields) {
      if (!f.vocabulary || c.kind !== 'collection') continue;
      const v = (vocabularies[f.vocabulary] ??= {
        name: f.vocabulary,
        taxonomy: f.taxonomy,
        label: f.label,
        postTypes: [],
      });
      if (!v.postTypes.includes(c.postType)) v.postTypes.push(c.postType);
    }
  }
  return { collections, vocabularies: Object.values(vocabularies) };
}

/** Whether a schema folder is there to read. */
export function hasSchema(dir) {
  return existsSync(path.join(dir, 'index.json'));
}
