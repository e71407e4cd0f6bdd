// WordPress (with the Piazza plugin, packages/wordpress) as a content source: every collection is
// read through the REST API (`/wp-json/wp/v2/<folder>`, every page), the site settings through the
// plugin's `/wp-json/piazza/v1/site`, the media the items point at are downloaded into a local
// folder, and the result is validated by validateContent, the same schema and messages as the
// Markdown folder. An invalid item is named by its wp-admin edit link.
//
// The mapping is the plugin's (packages/wordpress/scripts/content-model.mjs, docs/wordpress.md):
// `slug` and `title` are the post's, the body field (`x-piazza-body`) is the post content, a
// vocabulary field is the taxonomy `pz_<vocabulary>` (term ids → term names), every other field is
// post meta. Everything WordPress answers is untrusted: shapes are checked, responses are
// size-capped and timed out, and each failure names the URL.
import { createWriteStream, lstatSync, realpathSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS } from './collections/index.js';
import { ContentValidationError } from './model.js';
import type { Content, ContentSource, LoadResult } from './model.js';
import { isRecord } from './issues.js';
import { validateContent } from './validate.js';
import type { RawContent, RawItem } from './validate.js';
import type { FileResolver } from './files.js';
import {
  MAX_PAGES,
  SAFE_SEGMENT,
  WP_PER_PAGE,
  WordPressSourceError,
  decodeEntities,
  fieldsOf,
  pool,
  type FieldKind,
  type WordPressContentSourceOptions,
} from './wordpress-mapping.js';

export { WP_PER_PAGE, WordPressSourceError, taxonomyKey } from './wordpress-mapping.js';
export type { WordPressContentSourceOptions } from './wordpress-mapping.js';

/**
 * Reads the content of a WordPress site with the Piazza plugin. `check()` returns errors and
 * warnings (every invalid item named by its edit link); `load()` throws ContentValidationError.
 * Transport problems reject with WordPressSourceError.
 */
export class WordPressContentSource implements ContentSource {
  readonly url: string;
  readonly #opts: WordPressContentSourceOptions;
  readonly #mediaDir: string;
  readonly #authHeader: string;
  /** How many items and media were read by the last check(). */
  stats = { requests: 0, items: 0, media: 0, downloaded: 0 };

  constructor(options: WordPressContentSourceOptions) {
    let u: URL;
    try {
      u = new URL(options.url);
    } catch {
      throw new WordPressSourceError(
        options.url,
        'indirizzo di WordPress non valido (invalid URL)',
      );
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
      throw new WordPressSourceError(
        options.url,
        'atteso un indirizzo http(s):// (expected http(s))',
      );
    this.url = `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
    if (!options.auth.user || !options.auth.password)
      throw new WordPressSourceError(
        this.url,
        'servono utente e password applicativa di WordPress (WordPress user and application password needed)',
      );
    this.#opts = options;
    this.#mediaDir = path.resolve(options.mediaDir);
    this.#authHeader = `Basic ${Buffer.from(`${options.auth.user}:${options.auth.password}`).toString('base64')}`;
  }

  /** The wp-admin edit link of a post: how an invalid item is named in messages. */
  editLink(id: number): string {
    return `${this.url}/wp-admin/post.php?post=${String(id)}&action=edit`;
  }

  get #timeout(): number {
    return this.#opts.timeoutMs ?? 30_000;
  }

  async #request(url: string): Promise<Response> {
    this.stats.requests++;
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { authorization: this.#authHeader, accept: 'application/json' },
        redirect: 'error',
        signal: AbortSignal.timeout(this.#timeout),
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const why =
        e.name === 'TimeoutError'
          ? `nessuna risposta in ${String(this.#timeout / 1000)} s (timeout)`
          : `WordPress non raggiungibile (unreachable): ${e.cause?.code ?? e.message}`;
      throw new WordPressSourceError(url, why);
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel();
      throw new WordPressSourceError(
        url,
        `accesso negato (${String(res.status)}): controlla utente e password applicativa, l'utente deve poter modificare i contenuti (access denied: check the user and application password)`,
      );
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new WordPressSourceError(
        url,
        `risposta ${String(res.status)}${res.status === 404 ? ': il plugin Piazza è installato e attivo? (is the Piazza plugin active?)' : ''}`,
      );
    }
    return res;
  }

  /** Reads a body up to `max` bytes (refusing larger ones, declared or not). */
  async #readCapped(res: Response, url: string, max: number): Promise<Buffer> {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    const tooLarge = (): WordPressSourceError =>
      new WordPressSourceError(
        url,
        `risposta troppo grande: più di ${String(Math.round(max / 1024 / 1024))} MB (response too large)`,
      );
    if (Number.isFinite(declared) && declared > max) {
      await res.body?.cancel();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      for await (const chunk of res.body) {
        size += chunk.byteLength;
        if (size > max) throw tooLarge();
        chunks.push(chunk);
      }
    }
    return Buffer.concat(chunks);
  }

  async #json(url: string): Promise<{ body: unknown; res: Response }> {
    const res = await this.#request(url);
    const buf = await this.#readCapped(res, url, this.#opts.maxJsonBytes ?? 16 * 1024 * 1024);
    const type = res.headers.get('content-type') ?? '';
    try {
      if (!/json/i.test(type)) throw new Error(type);
      return { body: JSON.parse(buf.toString('utf8')) as unknown, res };
    } catch {
      throw new WordPressSourceError(
        url,
        `risposta non JSON (${type || 'senza Content-Type'}): è l'indirizzo di un WordPress con l'API REST attiva? (not a JSON response)`,
      );
    }
  }

  /** Every item of a REST list, page after page (`X-WP-TotalPages`). */
  async #all(route: string, query: string): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let total = 1;
    for (let page = 1; page <= total; page++) {
      const url = `${this.url}/wp-json/wp/v2/${route}?${query}&per_page=${String(WP_PER_PAGE)}&page=${String(page)}`;
      const { body, res } = await this.#json(url);
      if (!Array.isArray(body))
        throw new WordPressSourceError(url, 'attesa una lista JSON (expected a JSON array)');
      for (const [i, item] of body.entries()) {
        if (!isRecord(item) || !Number.isInteger(item.id) || (item.id as number) <= 0)
          throw new WordPressSourceError(
            url,
            `elemento ${String(i)}: atteso un oggetto con "id" intero (expected an object with an integer id)`,
          );
        out.push(item);
      }
      if (page === 1) {
        const header = res.headers.get('x-wp-totalpages');
        const n = header === null ? 1 : Number(header);
        if (!Number.isInteger(n) || n < 0 || n > MAX_PAGES)
          throw new WordPressSourceError(
            url,
            `intestazione X-WP-TotalPages non valida: ${JSON.stringify(header)} (invalid header)`,
          );
        total = n;
      }
    }
    return out;
  }

  /** Term id → name of each taxonomy used by the model. */
  async #terms(taxonomies: string[]): Promise<Map<string, Map<number, string>>> {
    const lists = await pool(taxonomies, this.#opts.concurrency ?? 4, (t) =>
      this.#all(t, 'context=view&hide_empty=false&_fields=id,name'),
    );
    const out = new Map<string, Map<number, string>>();
    taxonomies.forEach((t, i) => {
      const names = new Map<number, string>();
      for (const term of lists[i] ?? [])
        if (typeof term.name === 'string') names.set(term.id as number, decodeEntities(term.name));
      out.set(t, names);
    });
    return out;
  }

  /** One post as the raw item the validation reads. */
  #item(
    fields: Map<string, FieldKind>,
    post: Record<string, unknown>,
    terms: Map<string, Map<number, string>>,
  ): RawItem {
    const id = post.id as number;
    const data: Record<string, unknown> = {};
    const meta = isRecord(post.meta) ? post.meta : {};
    const rawOf = (v: unknown): unknown => (isRecord(v) ? v.raw : undefined);
    for (const [key, f] of fields) {
      let v: unknown;
      if (f.kind === 'slug') v = post.slug;
      else if (f.kind === 'title') v = rawOf(post.title);
      else if (f.kind === 'body') v = rawOf(post.content);
      else if (f.kind === 'taxonomy') {
        const ids = Array.isArray(post[f.taxonomy]) ? (post[f.taxonomy] as unknown[]) : [];
        const names = ids.map((i) =>
          typeof i === 'number' ? (terms.get(f.taxonomy)?.get(i) ?? `#${String(i)}`) : i,
        );
        v = f.multiple ? names : names[0];
      } else {
        v = meta[key];
        // WordPress answers 0 or false for an integer, number or boolean meta never set.
        if (
          (f.type === 'integer' || f.type === 'number' || f.type === 'boolean') &&
          (v === 0 || v === false)
        )
          v = undefined;
        if (Array.isArray(v) && v.length === 0) v = undefined;
      }
      if (v !== undefined && v !== null && v !== '') data[key] = v;
    }
    return { file: this.editLink(id), data };
  }

  /** Local file for a WordPress upload URL (`media/wp/2026/12/foto.jpg`), or undefined. */
  #mediaPath(src: string): string | undefined {
    let u: URL;
    try {
      u = new URL(src);
    } catch {
      return undefined;
    }
    const base = new URL(this.url);
    const prefix = `${base.pathname.replace(/\/$/, '')}/wp-content/uploads/`;
    if (u.origin !== base.origin || !u.pathname.startsWith(prefix) || u.search) return undefined;
    const segments = decodeURIComponent(u.pathname.slice(prefix.length)).split('/');
    if (segments.length === 0 || !segments.every((s) => SAFE_SEGMENT.test(s))) return undefined;
    return ['media', 'wp', ...segments].join('/');
  }

  async #download(src: string, rel: string): Promise<void> {
    const to = path.join(this.#mediaDir, rel);
    try {
      if ((await stat(to)).isFile()) return; // uploads never change under the same name
    } catch {
      /* not there yet */
    }
    const res = await this.#request(src);
    const max = this.#opts.maxMediaBytes ?? 64 * 1024 * 1024;
    const buf = await this.#readCapped(res, src, max);
    await mkdir(path.dirname(to), { recursive: true });
    const tmp = `${to}.part`;
    await new Promise<void>((resolve, reject) => {
      const s = createWriteStream(tmp);
      s.on('error', reject);
      s.end(buf, resolve);
    });
    await rename(tmp, to);
    this.stats.downloaded++;
  }

  /** Replaces WordPress upload URLs under `src`/`url` keys with downloaded local files. */
  async #localizeMedia(items: RawItem[]): Promise<void> {
    const jobs = new Map<string, string>();
    const walk = (v: unknown, key: string, set: (x: unknown) => void): void => {
      if (typeof v === 'string') {
        if (key === 'src' || key === 'url') {
          const rel = this.#mediaPath(v);
          if (rel) {
            jobs.set(v, rel);
            set(rel);
          }
        }
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, key, (y) => (v[i] = y)));
      else if (isRecord(v)) for (const [k, x] of Object.entries(v)) walk(x, k, (y) => (v[k] = y));
    };
    for (const item of items) walk(item.data, '', () => undefined);
    this.stats.media = jobs.size;
    await pool([...jobs], this.#opts.concurrency ?? 4, ([src, rel]) => this.#download(src, rel));
  }

  /** Copies the local files of `siteBase` (the logo) into the media folder. */
  async #copySiteFiles(site: Record<string, unknown>): Promise<void> {
    const dir = this.#opts.siteBaseDir;
    if (!dir) return;
    const files: string[] = [];
    const walk = (v: unknown, key: string): void => {
      if (typeof v === 'string' && (key === 'src' || key === 'url')) {
        if (!/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(v) && !v.split('/').includes('..')) files.push(v);
      } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (isRecord(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(site, '');
    const root = realpathSync(dir);
    for (const rel of files) {
      const from = path.join(dir, rel);
      try {
        if (lstatSync(from).isSymbolicLink() || !realpathSync(from).startsWith(root + path.sep))
          continue;
      } catch {
        continue; // the validation reports it as not found
      }
      const to = path.join(this.#mediaDir, rel);
      await mkdir(path.dirname(to), { recursive: true });
      await copyFile(from, to);
    }
  }

  /** The theme's site settings: `siteBase` with what the plugin's settings page holds. */
  async #site(): Promise<RawItem> {
    const url = `${this.url}/wp-json/piazza/v1/site`;
    const { body } = await this.#json(url);
    if (!isRecord(body))
      throw new WordPressSourceError(url, 'atteso un oggetto JSON (expected an object)');
    const site: Record<string, unknown> = structuredClone(this.#opts.siteBase ?? {});
    const str = (v: unknown): string | undefined =>
      typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
    const put = (obj: Record<string, unknown>, key: string, v: unknown): void => {
      const s = str(v);
      if (s !== undefined) obj[key] = s;
    };
    const sub = (key: string): Record<string, unknown> => {
      const v = site[key];
      const o = isRecord(v) ? v : {};
      site[key] = o;
      return o;
    };
    put(site, 'name', body.name);
    put(site, 'primaryColor', body.primaryColor);
    put(site, 'patronDay', body.patronDay);
    if (str(body.region)) put(sub('region'), 'label', body.region);
    if (isRecord(body.contacts)) {
      const c = body.contacts;
      if (['email', 'pec', 'phone', 'address'].some((k) => str(c[k]))) {
        const contacts = sub('contacts');
        for (const k of ['email', 'pec', 'phone', 'address']) put(contacts, k, c[k]);
      }
    }
    if (isRecord(body.legal)) {
      const l = body.legal;
      if (['privacy', 'notes', 'accessibility'].some((k) => str(l[k]))) {
        const legal = sub('legal');
        put(legal, 'privacyUrl', l.privacy);
        put(legal, 'legalNotesUrl', l.notes);
        put(legal, 'accessibilityUrl', l.accessibility);
      }
    }
    if (Array.isArray(body.menuExtra) && body.menuExtra.length > 0)
      site.extraMenu = body.menuExtra.filter(isRecord).map((m) => ({ label: m.label, url: m.url }));
    await this.#copySiteFiles(site);
    return { file: `${this.url}/wp-admin/admin.php?page=piazza-settings`, data: site };
  }

  /** Existence and size of a downloaded file (relative to the media folder). */
  readonly resolveFile: FileResolver = (p) => {
    try {
      const abs = path.join(this.#mediaDir, p);
      const s = lstatSync(abs);
      if (s.isSymbolicLink()) return { size: 0, symlink: true };
      return s.isFile() ? { size: s.size } : undefined;
    } catch {
      return undefined;
    }
  };

  /** Reads everything into raw items (no validation). */
  async read(): Promise<RawContent> {
    this.stats = { requests: 0, items: 0, media: 0, downloaded: 0 };
    const maps = new Map(COLLECTION_NAMES.map((n) => [n, fieldsOf(n)] as const));
    const taxonomies = [
      ...new Set(
        [...maps.values()].flatMap((m) =>
          [...m.values()].flatMap((f) => (f.kind === 'taxonomy' ? [f.taxonomy] : [])),
        ),
      ),
    ];
    const [site, terms, posts] = await Promise.all([
      this.#site(),
      this.#terms(taxonomies),
      pool(COLLECTION_NAMES, this.#opts.concurrency ?? 4, (n) =>
        this.#all(COLLECTION_SCHEMAS[n].folder, 'context=edit&status=publish'),
      ),
    ]);
    // Created once WordPress has answered: the content root of the build, even with no media.
    await mkdir(this.#mediaDir, { recursive: true });
    const raw: RawContent = {
      site,
      siteFile: site.file,
      collections: {},
      root: this.#mediaDir,
      rootLabel: this.url,
    };
    const all: RawItem[] = [site];
    COLLECTION_NAMES.forEach((n, i) => {
      const items = (posts[i] ?? []).map((p) => this.#item(maps.get(n) ?? new Map(), p, terms));
      raw.collections[n] = items;
      all.push(...items);
      this.stats.items += items.length;
    });
    await this.#localizeMedia(all);
    return raw;
  }

  async check(): Promise<LoadResult> {
    const raw = await this.read();
    return validateContent(raw, { resolveFile: this.resolveFile });
  }

  async load(): Promise<Content> {
    const result = await this.check();
    if (!result.content) throw new ContentValidationError([...result.errors, ...result.warnings]);
    return result.content;
  }

  /** Deletes the downloaded media. */
  async clearMedia(): Promise<void> {
    await rm(this.#mediaDir, { recursive: true, force: true });
  }
}
