// How the Piazza WordPress plugin stores each collection (packages/wordpress/scripts/content-model.mjs),
// read from the published JSON Schema, and the small tools WordPressContentSource uses: its options,
// its error, entity decoding and a bounded pool of requests.
import { COLLECTION_SCHEMAS } from './collections/index.js';
import type { CollectionName } from './collections/index.js';
import { jsonSchemaOf } from './json-schema.js';

/** A transport or protocol problem (WordPress unreachable, 401, not JSON…), naming the URL. */
export class WordPressSourceError extends Error {
  readonly url: string;
  constructor(url: string, message: string) {
    super(`${message} — ${url}`);
    this.name = 'WordPressSourceError';
    this.url = url;
  }
}

export interface WordPressContentSourceOptions {
  /** The WordPress site, e.g. `https://wp.comune.esempio.it` (no `/wp-json`). */
  url: string;
  /**
   * A WordPress user that can edit the content and one of its application passwords: the REST API
   * gives the Markdown text as written (`context=edit`) only to them.
   */
  auth: { user: string; password: string };
  /** Folder the media are downloaded into (the content root of the build); reused between builds. */
  mediaDir: string;
  /**
   * Site settings WordPress does not hold (baseUrl, description, logo, social, …): the plugin's
   * settings page overrides what it has (name, region, colour, contacts, legal pages, menu).
   */
  siteBase?: Record<string, unknown>;
  /** Folder the local files of `siteBase` (the logo) are relative to. */
  siteBaseDir?: string;
  /** Per request. @default 30000 */
  timeoutMs?: number;
  /** Largest JSON response. @default 16 MiB */
  maxJsonBytes?: number;
  /** Largest media file. @default 64 MiB */
  maxMediaBytes?: number;
  /** Requests at once. @default 4 */
  concurrency?: number;
}

/** Items per page: the REST API's maximum. */
export const WP_PER_PAGE = 100;
/** Pages of one collection read at most (100,000 items). */
export const MAX_PAGES = 1000;

export type FieldKind =
  | { kind: 'slug' }
  | { kind: 'title' }
  | { kind: 'body' }
  | { kind: 'taxonomy'; taxonomy: string; multiple: boolean }
  | { kind: 'meta'; type: string };

/** The plugin's taxonomy key of a vocabulary (content-model.mjs `taxonomyKey`). */
export const taxonomyKey = (vocabulary: string): string =>
  `pz_${vocabulary.replace(/-/g, '_')}`.slice(0, 32);

/** How each field of a collection is stored in WordPress, from the published JSON Schema. */
export function fieldsOf(name: CollectionName): Map<string, FieldKind> {
  const schema = jsonSchemaOf(COLLECTION_SCHEMAS[name].schema);
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const out = new Map<string, FieldKind>();
  for (const [key, prop] of Object.entries(props)) {
    const vocabulary = prop['x-piazza-vocabulary'];
    if (key === 'slug' || key === 'title') out.set(key, { kind: key });
    else if (prop['x-piazza-body'] === true) out.set(key, { kind: 'body' });
    else if (typeof vocabulary === 'string')
      out.set(key, {
        kind: 'taxonomy',
        taxonomy: taxonomyKey(vocabulary),
        multiple: prop.type === 'array',
      });
    else out.set(key, { kind: 'meta', type: String(prop.type) });
  }
  return out;
}

/** `&amp;` and the other entities WordPress stores in term names. */
export function decodeEntities(s: string): string {
  return s
    .replace(/&#0*39;|&#x0*27;|&apos;/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d{1,6});/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Runs `fn` on every element with at most `limit` at once. */
export async function pool<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** A path segment safe on every file system. */
export const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/;
