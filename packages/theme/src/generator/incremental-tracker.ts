// Dependency tracking for the incremental rebuild (see incremental.ts): `Tracker` wraps the content
// and the page definitions in proxies that record, in a `Reads`, what each page (or each section,
// while its page list is made) reads, and turns those reads into dependency keys.
import type { Content } from '../content/index.js';
import type { PageDef } from '../templates/types.js';
import type { ImageMap } from './images.js';
import { ITEM_COLLECTIONS, type ItemCollection } from './incremental-diff.js';
import { sectionedPages, type SectionedPages } from './page-sections.js';

/** Where an item is: its collection and slug. */
type ItemPlace = readonly [ItemCollection, string];

/** What one page (or the making of the page list) read. */
export class Reads {
  /** Item → the fields read. */
  readonly items = new Map<object, Set<string>>();
  /** Other keys: collection lists (`m`), other pages' definitions (`p`, `P`). */
  readonly keys = new Set<string>();

  item(target: object, field: string): void {
    let fields = this.items.get(target);
    if (!fields) this.items.set(target, (fields = new Set()));
    fields.add(field);
  }
}

/**
 * Records what is read of the content: each item's fields, the collection lists (their length,
 * order, iteration) and the page definitions of other pages.
 */
export class Tracker {
  /** Reads of the page being rendered; null: not recording. */
  current: Reads | null = null;
  currentPath = '';
  /** Reads while each section's page list is made (outside any page's body). */
  sections = new Map<string, Reads>();
  section: Reads | null = null;
  readonly places = new WeakMap<object, ItemPlace>();

  #sink(): Reads | null {
    return this.current ?? this.section;
  }

  /** The page list, recording what each section reads while making it. */
  pages(content: Content, images: ImageMap): SectionedPages {
    this.sections = new Map();
    const made = sectionedPages(this.wrap(content), images, (name) => {
      this.section = name === null ? null : new Reads();
      if (name !== null && this.section) this.sections.set(name, this.section);
    });
    this.wrapPages(made.pages);
    return made;
  }

  /** The content with every item and collection list wrapped to record reads. */
  wrap(content: Content): Content {
    const out: Content = { ...content };
    for (const c of ITEM_COLLECTIONS) {
      const items = (content[c] as { slug: string }[]).map((item) => {
        this.places.set(item, [c, item.slug]);
        return new Proxy(item, {
          get: (target, k, receiver) => {
            if (typeof k === 'string') this.#sink()?.item(target, k);
            return Reflect.get(target, k, receiver) as unknown;
          },
        });
      });
      const key = `m\0${c}`;
      (out as unknown as Record<string, unknown>)[c] = new Proxy(items, {
        get: (target, k, receiver) => {
          this.#sink()?.keys.add(key);
          return Reflect.get(target, k, receiver) as unknown;
        },
      });
    }
    return out;
  }

  /** Replaces each page definition by one recording the reads of other pages (mappa del sito). */
  wrapPages(pages: PageDef[]): void {
    for (const [i, def] of pages.entries()) {
      const key = `p\0${def.path}`;
      pages[i] = new Proxy(def, {
        get: (target, k, receiver) => {
          if (this.current && this.currentPath !== target.path) {
            this.current.keys.add(key);
            this.current.keys.add('P');
          }
          return Reflect.get(target, k, receiver) as unknown;
        },
      });
    }
  }

  /**
   * The keys a page depends on: `i` (an item's field), `x` (any field of an item), `a` for the
   * collections it lists (it read an item whose slug is not a segment of its path: those pages
   * may show an item whose grouping or order changed), and the list and page keys it read.
   */
  dependencies(pagePath: string, reads: Reads): Set<string> {
    const segments = new Set(pagePath.split('/'));
    const deps = new Set(reads.keys);
    for (const [target, fields] of reads.items) {
      const place = this.places.get(target);
      if (!place) continue;
      const [c, slug] = place;
      deps.add(`x\0${c}\0${slug}`);
      for (const f of fields) deps.add(`i\0${c}\0${slug}\0${f}`);
      if (!segments.has(slug)) deps.add(`a\0${c}`);
    }
    return deps;
  }
}
