// Content diff for the incremental rebuild (see incremental.ts): the item collections of Content,
// the Markdown fields of each collection, and `diffContent`, which compares two loads of the
// content item by item and field by field.
import { COLLECTION_SCHEMAS } from '../content/collections/index.js';
import type { Content } from '../content/index.js';
import { collectionJsonSchema } from '../content/json-schema.js';

/** The collections of Content, each a list of items with a slug. */
export const ITEM_COLLECTIONS = [
  'servizi',
  'notizie',
  'eventi',
  'luoghi',
  'unitaOrganizzative',
  'persone',
  'incarichi',
  'documenti',
  'argomenti',
  'puntiDiContatto',
  'faq',
  'pagine',
] as const;
export type ItemCollection = (typeof ITEM_COLLECTIONS)[number];

const markdownCache = new Map<ItemCollection, Set<string>>();

/** The top-level Markdown fields of a collection (texts that never group or order a list). */
export function markdownFields(c: ItemCollection): Set<string> {
  let set = markdownCache.get(c);
  if (!set) {
    const schema = collectionJsonSchema(COLLECTION_SCHEMAS[c]) as {
      properties?: Record<string, Record<string, unknown>>;
    };
    set = new Set(
      Object.entries(schema.properties ?? {})
        .filter(([, v]) => v.contentMediaType === 'text/markdown' || v['x-piazza-body'] === true)
        .map(([k]) => k),
    );
    markdownCache.set(c, set);
  }
  return set;
}

/** One item that changed between two loads: `fields` null when it was added or removed. */
export interface ItemChange {
  collection: ItemCollection;
  slug: string;
  fields: string[] | null;
}

export interface ContentDiff {
  /** Site settings or content root changed: everything is built again. */
  site: boolean;
  items: ItemChange[];
  /** Collections whose list of slugs (or its order) changed. */
  membership: ItemCollection[];
}

/** A value as JSON text (`'undefined'` for undefined), to compare two values. */
export const json = (v: unknown) => JSON.stringify(v) ?? 'undefined';

/** What changed from `before` to `after`, item by item and field by field. */
export function diffContent(before: Content, after: Content): ContentDiff {
  const site = before.root !== after.root || json(before.site) !== json(after.site);
  const items: ItemChange[] = [];
  const membership: ItemCollection[] = [];
  for (const c of ITEM_COLLECTIONS) {
    const a = before[c] as { slug: string }[];
    const b = after[c] as { slug: string }[];
    const old = new Map(a.map((x) => [x.slug, x]));
    const neu = new Map(b.map((x) => [x.slug, x]));
    if (a.map((x) => x.slug).join('\0') !== b.map((x) => x.slug).join('\0')) membership.push(c);
    for (const [slug, x] of old) {
      const y = neu.get(slug);
      if (!y) {
        items.push({ collection: c, slug, fields: null });
        continue;
      }
      if (x === y) continue;
      const xo = x as Record<string, unknown>;
      const yo = y as Record<string, unknown>;
      const fields = [...new Set([...Object.keys(xo), ...Object.keys(yo)])].filter(
        (k) => json(xo[k]) !== json(yo[k]),
      );
      if (fields.length > 0) items.push({ collection: c, slug, fields });
    }
    for (const slug of neu.keys())
      if (!old.has(slug)) items.push({ collection: c, slug, fields: null });
  }
  return { site, items, membership };
}
