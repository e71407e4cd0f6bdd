// Incremental rebuilds (`piazza serve --rebuild-secret`): after a full build that records, for
// every page, which content it read while rendering, a rebuild reloads the content through the
// same ContentSource, diffs it with the previous content, and renders again only the pages that
// read something that changed (plus new pages, pages whose title/description/breadcrumbs changed,
// sitemap.xml and search-index.json when they differ). A change of the site settings, of the
// primary colour or of the content root is a full rebuild. Every file is written beside its
// target and renamed over it: the server sends the old file until the new one is complete.
//
// The parts: incremental-diff.ts (what changed in the content), incremental-tracker.ts (what
// each page read), incremental-write.ts (atomic writes); this file holds IncrementalSite, which
// joins them.
import path from 'node:path';
import type { Content, ContentSource } from '../content/index.js';
import type { PageDef } from '../templates/types.js';
import {
  buildSiteState,
  contentImageMap,
  copyContentAssets,
  createSiteContext,
  favicon,
  indexFiles,
  loadContent,
  pageFile,
  renderPage,
  spriteFor,
  type BuildOptions,
  type BuildResult,
  type SiteContext,
} from './build.js';
import { normaliseHex, primaryColourProblem } from './color.js';
import { ColourError } from './css.js';
import type { ImageMap } from './images.js';
import {
  diffContent,
  json,
  markdownFields,
  type ItemChange,
  type ItemCollection,
} from './incremental-diff.js';
import { Reads, Tracker } from './incremental-tracker.js';
import { removePage, writeAtomic } from './incremental-write.js';
import { sameAsSitePages } from './page-sections.js';

export {
  ITEM_COLLECTIONS,
  diffContent,
  markdownFields,
  type ContentDiff,
  type ItemChange,
} from './incremental-diff.js';

/** What the head and the site's indexes show of a page (a change renders it again). */
function signature(p: PageDef): string {
  return json([
    p.title,
    p.description,
    p.kind,
    p.section,
    p.breadcrumbs,
    p.rating,
    p.ogType,
    p.image,
    p.jsonLd,
    p.noindex,
  ]);
}

export interface RebuildReport {
  /** True when every page was rendered again (site settings changed, or first build). */
  full: boolean;
  reason: string;
  /** Site paths of the pages written. */
  pages: string[];
  /** Site paths of the pages removed. */
  removed: string[];
  /** Other files written (sitemap.xml, search-index.json, svg/sprites.svg). */
  files: string[];
  changes: ItemChange[];
  seconds: number;
}

export interface IncrementalOptions extends Omit<BuildOptions, 'content' | 'demo'> {
  /** Where the content is reloaded from at each rebuild. */
  source: ContentSource;
}

/**
 * A built site that can be rebuilt in part. `create` does a full build (recording what each page
 * reads); `rebuild` reloads the content and writes only what changed.
 */
export class IncrementalSite {
  #opts: IncrementalOptions;
  #tracker = new Tracker();
  #content!: Content;
  #ctx!: SiteContext;
  #pages!: PageDef[];
  #signatures = new Map<string, string>();
  /** Dependency key → paths of the pages that depend on it. */
  #deps = new Map<string, Set<string>>();
  /** Page path → its dependency keys. */
  #keys = new Map<string, Set<string>>();
  #index: Record<string, string> = {};
  #imageSrcs: string[] = [];
  #images: ImageMap = new Map();
  #spriteSize = 0;
  #sectionOf = new Map<string, string>();
  #sectionsOk = true;
  /** The result of the first, full build. */
  result!: BuildResult;

  private constructor(opts: IncrementalOptions) {
    this.#opts = opts;
  }

  get outDir(): string {
    return path.resolve(this.#opts.out);
  }

  /** Builds the whole site into `opts.out` (emptied first, as `piazza build` does). */
  static async create(opts: IncrementalOptions): Promise<IncrementalSite> {
    const site = new IncrementalSite(opts);
    const t = site.#tracker;
    const state = await buildSiteState(opts, {
      content: (c) => {
        site.#content = c;
        return c;
      },
      sitePages: (c, images) => {
        const made = t.pages(c, images);
        site.#sectionOf = made.sectionOf;
        site.#sectionsOk = sameAsSitePages(c, images, made.pages);
        if (!site.#sectionsOk)
          opts.log?.(
            'avviso: le sezioni del sito non corrispondono a sitePages, ogni ricostruzione sarà completa (sections differ from sitePages: every rebuild is full)',
          );
        return made;
      },
      beforePage: (p) => {
        t.current = new Reads();
        t.currentPath = p.path;
      },
      afterPage: (p) => {
        site.#record(p.path, t.current ?? new Reads());
        t.current = null;
      },
    });
    site.result = state.result;
    site.#ctx = state.ctx;
    site.#pages = state.pages;
    site.#imageSrcs = state.imageSrcs;
    site.#images = state.images;
    for (const p of state.pages) site.#signatures.set(p.path, signature(p));
    site.#index = indexFiles(state.content, state.pages);
    site.#spriteSize = state.ctx.icons.size;
    return site;
  }

  #record(pagePath: string, read: Reads): void {
    for (const key of this.#keys.get(pagePath) ?? []) this.#deps.get(key)?.delete(pagePath);
    const deps = this.#tracker.dependencies(pagePath, read);
    this.#keys.set(pagePath, deps);
    for (const key of deps) {
      let set = this.#deps.get(key);
      if (!set) this.#deps.set(key, (set = new Set()));
      set.add(pagePath);
    }
  }

  #dependents(key: string, into: Set<string>): void {
    for (const p of this.#deps.get(key) ?? []) into.add(p);
  }

  /** The pages that read any of `keys` (for tests and diagnostics). */
  dependentsOf(key: string): string[] {
    return [...(this.#deps.get(key) ?? [])];
  }

  /**
   * Reloads the content and writes what changed. Rejects (leaving the served files as they were)
   * when the content is invalid: ContentValidationError names every problem.
   */
  async rebuild(): Promise<RebuildReport> {
    const started = Date.now();
    const log = this.#opts.log ?? (() => undefined);
    const lap = (what: string) => log(`${what}: ${String(Date.now() - started)} ms`);
    const { content: fresh } = await loadContent({ source: this.#opts.source });
    lap('contenuti ricaricati (content reloaded)');
    const diff = diffContent(this.#content, fresh);
    const t = this.#tracker;
    const out = this.outDir;
    const pre = this.#opts.precompress !== false;

    let full = diff.site;
    let reason = diff.site ? 'impostazioni del sito cambiate (site settings changed)' : '';
    if (full) {
      const problem = primaryColourProblem(fresh.site.primaryColor);
      if (problem) throw new ColourError(problem);
      const colour = normaliseHex(fresh.site.primaryColor);
      if (colour !== this.#ctx.colour) this.#ctx = await createSiteContext(out, colour, this.#opts);
    }
    // Images: processed again only when the set of image files changed.
    const images = await contentImageMap(fresh, out, this.#opts);
    const imagesChanged = images.srcs.join('\0') !== this.#imageSrcs.join('\0');
    this.#imageSrcs = images.srcs;
    this.#images = images.images;
    if (!full && imagesChanged) {
      full = true;
      reason = 'immagini cambiate (images changed)';
    }

    if (!full && !this.#sectionsOk) {
      full = true;
      reason = 'sezioni sconosciute (unknown page sections)';
    }
    const { idx, pages, sectionOf } = t.pages(fresh, this.#images);
    lap('elenco delle pagine (page list)');

    // The pages to render again.
    const affected = new Set<string>();
    const oldPaths = new Set(this.#pages.map((p) => p.path));
    const newPaths = new Set(pages.map((p) => p.path));
    const removed = [...oldPaths].filter((p) => !newPaths.has(p));
    if (full) for (const p of newPaths) affected.add(p);
    else {
      for (const p of pages) {
        const sig = signature(p);
        if (!oldPaths.has(p.path)) affected.add(p.path);
        else if (this.#signatures.get(p.path) !== sig) {
          affected.add(p.path);
          this.#dependents(`p\0${p.path}`, affected);
        }
      }
      if (removed.length > 0 || [...newPaths].some((p) => !oldPaths.has(p)))
        this.#dependents('P', affected);
      for (const c of diff.membership) {
        this.#dependents(`m\0${c}`, affected);
        this.#dependents(`a\0${c}`, affected);
      }
      const bySlug = new Map<ItemCollection, Map<string, object>>();
      const itemsOf = (c: ItemCollection) => {
        let m = bySlug.get(c);
        if (!m)
          bySlug.set(c, (m = new Map((fresh[c] as { slug: string }[]).map((x) => [x.slug, x]))));
        return m;
      };
      const pagesBySection = new Map<string, string[]>();
      for (const [p, name] of [...this.#sectionOf, ...sectionOf]) {
        let list = pagesBySection.get(name);
        if (!list) pagesBySection.set(name, (list = []));
        list.push(p);
      }
      /** The pages of a section that are not an item page of collection `c` (its lists). */
      const listsOf = (section: string, c: ItemCollection) => {
        const slugs = new Set([
          ...itemsOf(c).keys(),
          ...(this.#content[c] as { slug: string }[]).map((x) => x.slug),
        ]);
        for (const p of pagesBySection.get(section) ?? [])
          if (!p.split('/').some((seg) => slugs.has(seg))) affected.add(p);
      };
      const ownPages = (slug: string) => {
        for (const p of [...newPaths, ...oldPaths])
          if (p.split('/').includes(slug)) affected.add(p);
      };
      for (const ch of diff.items) {
        const c = ch.collection;
        if (ch.fields === null) {
          this.#dependents(`x\0${c}\0${ch.slug}`, affected);
          // added or removed: the lists of every section that read the collection
          ownPages(ch.slug);
          this.#dependents(`m\0${c}`, affected);
          this.#dependents(`a\0${c}`, affected);
          for (const [name, reads] of t.sections) {
            const touches =
              reads.keys.has(`m\0${c}`) ||
              [...reads.items.keys()].some((item) => t.places.get(item)?.[0] === c);
            if (touches) listsOf(name, c);
          }
          continue;
        }
        const item = itemsOf(c).get(ch.slug);
        for (const f of ch.fields) {
          this.#dependents(`i\0${c}\0${ch.slug}\0${f}`, affected);
          for (const [name, reads] of t.sections) {
            if (!item || !reads.items.get(item)?.has(f)) continue;
            // Read while the section's pages were made: the item's own pages (their data is made
            // there); unless the field is Markdown text (shown on the item's own pages), it may be
            // shown, group or order the section's lists, which are rendered again.
            ownPages(ch.slug);
            this.#dependents(`x\0${c}\0${ch.slug}`, affected);
            if (!markdownFields(c).has(f)) listsOf(name, c);
          }
        }
      }
      for (const p of removed) affected.delete(p);
    }

    const written: string[] = [];
    const files: string[] = [];
    // Between pages the server answers the requests that came in (the old files, or the new).
    const breathe = () => new Promise((r) => setImmediate(r));
    await breathe();
    // The changed items' own pages first (what the editor opens), then the lists that show them.
    const slugs = new Set(diff.items.map((c) => c.slug));
    const own = (p: PageDef) => p.path.split('/').some((seg) => slugs.has(seg));
    const order = [...pages.filter((p) => own(p)), ...pages.filter((p) => !own(p))];
    for (const page of order) {
      if (!affected.has(page.path)) continue;
      await breathe();
      t.current = new Reads();
      t.currentPath = page.path;
      let html: string;
      try {
        ({ html } = renderPage(this.#ctx, idx, page));
      } finally {
        this.#record(page.path, t.current);
        t.current = null;
      }
      await writeAtomic(pageFile(out, page.path), html, pre);
      written.push(page.path);
    }
    lap(`${String(written.length)} pagine scritte (pages written)`);
    for (const p of removed) {
      removePage(out, p);
      for (const key of this.#keys.get(p) ?? []) this.#deps.get(key)?.delete(p);
      this.#keys.delete(p);
      this.#signatures.delete(p);
    }
    const index = indexFiles(fresh, pages);
    for (const [name, text] of Object.entries(index)) {
      if (this.#index[name] === text) continue;
      await writeAtomic(path.join(out, name), text, pre);
      files.push(name);
    }
    if (this.#ctx.icons.size !== this.#spriteSize) {
      await writeAtomic(path.join(out, 'svg', 'sprites.svg'), spriteFor(this.#ctx), pre);
      this.#spriteSize = this.#ctx.icons.size;
      files.push('svg/sprites.svg');
    }
    if (full) {
      const base = fresh.site.baseUrl.replace(/\/$/, '');
      await writeAtomic(
        path.join(out, 'robots.txt'),
        `User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`,
        pre,
      );
      await writeAtomic(path.join(out, 'favicon.svg'), favicon(this.#ctx.colour), pre);
      files.push('robots.txt', 'favicon.svg');
    }
    if (full || diff.items.length > 0) copyContentAssets(fresh, out);

    this.#index = index;
    this.#content = fresh;
    this.#pages = pages;
    this.#sectionOf = sectionOf;
    for (const p of pages) this.#signatures.set(p.path, signature(p));
    return {
      full,
      reason:
        reason ||
        (written.length ? 'contenuti cambiati (content changed)' : 'nessuna modifica (no change)'),
      pages: written,
      removed,
      files,
      changes: diff.items,
      seconds: (Date.now() - started) / 1000,
    };
  }
}
