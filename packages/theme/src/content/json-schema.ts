// The JSON Schema (draft 2020-12) of every collection, for CMS adapters in any language: the
// contract is docs/content-model.md#json-schema. Written by the build to dist/schema/.
import type { z } from 'zod';
import { ALL_SCHEMAS } from './collections/index.js';
import type { Collection } from './collections/index.js';
import { isRequired, resolve } from './walk.js';

export type JsonSchema = Record<string, unknown>;

function labels(info: ReturnType<typeof resolve>['info']): JsonSchema {
  const out: JsonSchema = {};
  if (info.label !== undefined) out.title = info.label;
  if (info.help !== undefined) out.description = info.help;
  if (info.labelEn !== undefined) out['x-piazza-label-en'] = info.labelEn;
  if (info.helpEn !== undefined) out['x-piazza-help-en'] = info.helpEn;
  // The validation's own message for a required field left blank, for CMS edit screens.
  if (info.missing !== undefined) out['x-piazza-required-message'] = info.missing;
  return out;
}

/** The JSON Schema of one node of the content schema (the canonical form: no shorthands). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const node = resolve(schema);
  const { info } = node;
  let out: JsonSchema;
  if (node.shape) {
    const entries = Object.entries(node.shape);
    const required = entries.filter(([, s]) => isRequired(resolve(s))).map(([k]) => k);
    out = {
      type: 'object',
      properties: Object.fromEntries(entries.map(([k, s]) => [k, jsonSchemaOf(s)])),
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
    };
  } else if (node.element) {
    const items = jsonSchemaOf(node.element);
    out = { type: 'array', items, ...info.json };
    if (items['x-piazza-vocabulary'] !== undefined)
      out['x-piazza-vocabulary'] = items['x-piazza-vocabulary'];
  } else {
    out = { ...info.json };
  }
  if (info.vocabulary !== undefined) out['x-piazza-vocabulary'] = info.vocabulary;
  if (info.ref !== undefined) out['x-piazza-ref'] = info.ref;
  if (info.image) out['x-piazza-image'] = true;
  if (info.body) {
    // The body is plain `type: string` with the flag; other Markdown fields carry the media type.
    delete out.contentMediaType;
    out['x-piazza-body'] = true;
  }
  if (node.hasDefault) out.default = node.defaultValue;
  return { ...labels(info), ...out };
}

/** The schema file of one collection: `<name>.schema.json`. */
export function collectionJsonSchema(c: Collection): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://piazza.comune/schema/${c.name}.schema.json`,
    $comment: 'Generato da @piazza/theme (src/content/collections): non modificare a mano.',
    title: c.label.it,
    'x-piazza-label-en': c.label.en,
    'x-piazza-collection': c.name,
    'x-piazza-folder': c.folder,
    'x-piazza-kind': c.kind,
    ...jsonSchemaOf(c.schema),
  };
}

/** `index.json`: the list of collections and their schema files. */
export function schemaIndex(): JsonSchema {
  return {
    $comment:
      'Generato da @piazza/theme (src/content/collections): i JSON Schema delle raccolte del modello dei contenuti. Generated: do not edit.',
    collections: ALL_SCHEMAS.map((c) => ({
      name: c.name,
      folder: c.folder,
      file: `${c.name}.schema.json`,
      label: { it: c.label.it, en: c.label.en },
      kind: c.kind,
    })),
  };
}

/** Every file of dist/schema/, by name. */
export function schemaFiles(): Record<string, JsonSchema> {
  return {
    'index.json': schemaIndex(),
    ...Object.fromEntries(
      ALL_SCHEMAS.map((c) => [`${c.name}.schema.json`, collectionJsonSchema(c)]),
    ),
  };
}
