// One collection of the content model: its names (schema name, Content key, folder, labels) and
// its zod schema. Everything else (types, validation, references, JSON Schema, docs) is derived.
import type { z } from 'zod';

export interface CollectionMeta {
  /** Schema name: singular, Italian, kebab-case (`servizio`, `unita-organizzativa`, `site`). */
  readonly name: string;
  /** Folder of the Markdown source (`servizi`); for the site settings, the file (`site.yml`). */
  readonly folder: string;
  readonly kind: 'collection' | 'settings';
  /** Title of the collection (docs, CMS menus). */
  readonly label: { readonly it: string; readonly en: string };
  /** One item, as named in messages ("un elemento esistente di tipo servizio"). */
  readonly noun: { readonly it: string; readonly en: string };
}

export interface Collection<S extends z.ZodType = z.ZodType> extends CollectionMeta {
  readonly schema: S;
}

export const defineCollection = <S extends z.ZodType>(
  meta: CollectionMeta,
  schema: S,
): Collection<S> => ({
  ...meta,
  schema,
});
