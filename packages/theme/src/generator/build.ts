// `piazza build`: content → validated model → every page as static HTML, per-page CSS, island
// scripts, fonts, sitemap.xml, robots.txt, favicon and the search index.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fontFaceCss, PRELOAD_FILES } from '@piazza/fonts';
import {
  ContentValidationError,
  MarkdownContentSource,
  type Content,
  type ContentIssue,
  type ContentSource,
} from '../content/index.js';
import { DEMO_CONTENT_DIR, PACKAGE_ROOT, THEME_VERSION, packageDir } from '../paths.js';
import { sitePages } from '../templates/index.js';
import type { SiteIndex } from '../templates/site.js';
import type { PageDef } from '../templates/types.js';
import { bundleIslands } from './bundle.js';
import { processImages, type ImageMap, type ImageStats } from './images.js';
import { normaliseHex, primaryColourProblem } from './color.js';
import { ColourError, compileBootstrapItalia, withoutDataFonts } from './css.js';

export { withoutDataFonts };
import { Precompressor } from './precompress.js';
import { Purger, htmlClasses } from './purge.js';
import { renderBody, renderDocument, siteTheme } from './render.js';
import { styledCatalogue, uniqueRules } from './styled.js';

export interface BuildOptions {
  /** Folder of Markdown content. */
  content?: string;
  /** Build the bundled demo comune (`packages/theme/demo`). */
  demo?: boolean;
  /** A content source of its own (a CMS adapter); wins over `content` and `demo`. */
  source?: ContentSource;
  /** Output folder. */
  out: string;
  /** Folder for the compiled-CSS cache. */
  cacheDir?: string;
  /** Folder for the responsive-image cache (survives rebuilds). @default packages/theme/.cache/images */
  imageCacheDir?: string;
  /** Per-page CSS (only the rules each page uses). @default true */
  purge?: boolean;
  /** Progress messages. */
  log?: (message: string) => void;
  /**
   * Write `.br` and `.gz` beside every text file (up to 8 MiB each), served by `piazza serve`
   * and by web servers that look for them (nginx `gzip_static`). @default true
   */
  precompress?: boolean;
}

export interface PageReport {
  path: string;
  /** Stylesheet and scripts of the page (site URLs). */
  css: string;
  scripts: string[];
}

export interface BuildResult {
  outDir: string;
  pages: PageReport[];
  warnings: ContentIssue[];
  seconds: number;
  /** Seconds spent compiling Bootstrap Italia (0 when cached). */
  sassSeconds: number;
  /** The responsive images: from the cache / encoded now, files written, seconds. */
  images: ImageStats;
}

/** Marks a folder as written by `piazza build` (so a rebuild may empty it). */
const MARKER = '.piazza-build';

/** The first line of every stylesheet the theme writes. */
export const CSS_BANNER = `/*! @piazza/theme v${THEME_VERSION} */`;

export async function loadContent(
  opts: Pick<BuildOptions, 'content' | 'demo' | 'source'>,
): Promise<{ content: Content; warnings: ContentIssue[] }> {
  const source =
    opts.source ??
    (opts.demo
      ? new MarkdownContentSource(DEMO_CONTENT_DIR)
      : opts.content
        ? new MarkdownContentSource(opts.content)
        : undefined);
  if (!source)
    throw new Error(
      'indica --content CARTELLA oppure --demo (a content folder or --demo is needed)',
    );
  if (source.check) {
    const result = await source.check();
    if (result.errors.length > 0 || !result.content) {
      throw new ContentValidationError([...result.errors, ...result.warnings]);
    }
    return { content: result.content, warnings: result.warnings };
  }
  return { content: await source.load(), warnings: [] };
}

function prepareOut(out: string): void {
  if (existsSync(out)) {
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(
        `la cartella di destinazione ${out} non è vuota e non contiene una build di Piazza: ` +
          `scegli una cartella vuota (output folder not empty)`,
      );
    }
    for (const e of entries) rmSync(path.join(out, e), { recursive: true, force: true });
  }
  madeDirs.clear();
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, MARKER), `@piazza/theme ${THEME_VERSION}\n`);
}

const madeDirs = new Set<string>();

function write(file: string, data: string | Buffer): void {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  writeFileSync(file, data);
}

export function pageFile(out: string, p: string): string {
  return p.endsWith('/') ? path.join(out, p, 'index.html') : path.join(out, p);
}

/** Local files the content refers to (relative paths under `src`/`url` fields). */
function contentAssets(content: Content): Set<string> {
  const found = new Set<string>();
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') {
      if ((key === 'src' || key === 'url') && !/^([a-z]+:|\/|#)/i.test(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  const { root: _root, ...rest } = content;
  walk(rest, '');
  return found;
}

/** Local image files of the content (every `image` and the logo), as content paths. */
function contentImages(content: Content): string[] {
  const found = new Set<string>();
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if ((key === 'image' || key === 'logo') && typeof o.src === 'string') {
        if (!/^([a-z]+:|\/|#)/i.test(o.src)) found.add(o.src);
        return;
      }
      for (const [k, x] of Object.entries(o)) walk(x, k);
    }
  };
  const { root: _root, ...rest } = content;
  walk(rest, '');
  return [...found];
}

export function favicon(primary: string): string {
  return readFileSync(path.join(PACKAGE_ROOT, 'src', 'assets', 'favicon.svg'), 'utf8').replace(
    '#0066cc',
    primary,
  );
}

function searchEntry(p: PageDef) {
  return {
    t: p.title,
    u: p.path,
    d: p.description.slice(0, 240),
    k: p.searchKind ?? '',
    ...(p.searchText ? { x: p.searchText } : {}),
  };
}

/**
 * What rendering a page needs besides the page itself: the comune's theme and colour, the islands'
 * scripts, the stylesheets (written on demand, by content hash), the fonts to preload. Made once
 * per build; `piazza serve --rebuild-secret` keeps it to render changed pages again.
 */
export interface SiteContext {
  out: string;
  colour: string;
  theme: ReturnType<typeof siteTheme>;
  scripts: Awaited<ReturnType<typeof bundleIslands>>;
  fonts: string[];
  /** The sprite icons the pages rendered so far use. */
  icons: Set<string>;
  /** The stylesheet of a page (written when new). */
  cssFor(htmlClassList: Set<string>, scriptNames: string[], styled: string[]): string;
  cssFiles(): number;
  /** Seconds spent compiling Bootstrap Italia (0 when cached). */
  sassSeconds: number;
  sassCached: boolean;
}

/** Compiles the CSS, bundles the islands and collects the components' styles for `colour`. */
export async function createSiteContext(
  out: string,
  colour: string,
  opts: Pick<BuildOptions, 'cacheDir' | 'purge'>,
): Promise<SiteContext> {
  const [bi, scripts] = await Promise.all([
    compileBootstrapItalia(colour, opts.cacheDir ? { cacheDir: opts.cacheDir } : {}),
    bundleIslands(out),
  ]);
  const theme = siteTheme(colour);
  // The components' own styles (styled-components, with the comune's colours): every styled
  // component once, for those an island may render only after an interaction.
  const catalogue = await styledCatalogue(theme);
  const themeCss = readFileSync(path.join(PACKAGE_ROOT, 'src', 'assets', 'theme.css'), 'utf8');
  const biCss = [fontFaceCss('/assets/fonts/'), withoutDataFonts(bi.css)].join('\n');
  const fullCss = [CSS_BANNER, biCss, catalogue.rules.join('\n'), themeCss].join('\n');
  const purgers =
    opts.purge === false ? null : { bi: new Purger(biCss), theme: new Purger(themeCss) };
  const inCatalogue = new Set(catalogue.rules);
  const cssFiles = new Map<string, string>();
  /**
   * The stylesheet of a page: Bootstrap Italia's and the theme's rules its HTML classes and the
   * words of its islands' scripts need; between them the styled-components rules its markup
   * used (collected at render) and those of the styled components its islands' code names.
   */
  const cssFor = (htmlClassList: Set<string>, scriptNames: string[], styled: string[]): string => {
    const key = `${[...htmlClassList].sort().join(' ')}|${scriptNames.join(' ')}|${styled.join('')}`;
    let href = cssFiles.get(key);
    if (!href) {
      const classes = new Set(htmlClassList);
      for (const n of scriptNames) for (const w of scripts.words.get(n) ?? []) classes.add(w);
      const later: string[][] = [];
      for (const [id, rules] of catalogue.byComponent) if (classes.has(id)) later.push(rules);
      const css = purgers
        ? [
            CSS_BANNER,
            purgers.bi.purge(classes),
            uniqueRules(styled, ...later).join('\n'),
            purgers.theme.purge(classes),
          ].join('\n')
        : // unpurged: one stylesheet, unless a page's markup used a rule the catalogue lacks
          [fullCss, ...styled.filter((r) => !inCatalogue.has(r))].join('\n');
      const hash = createHash('sha256').update(css).digest('hex').slice(0, 10);
      href = `/assets/css/${purgers ? 'p' : 'site'}-${hash}.css`;
      const file = path.join(out, href);
      if (!existsSync(file)) write(file, css);
      cssFiles.set(key, href);
    }
    return href;
  };
  return {
    out,
    colour,
    theme,
    scripts,
    fonts: PRELOAD_FILES.map((f) => `/assets/fonts/${f}`),
    icons: new Set(),
    cssFor,
    cssFiles: () => cssFiles.size,
    sassSeconds: bi.seconds,
    sassCached: bi.cached,
  };
}

/** One page as a complete HTML document, with its stylesheet and scripts. */
export function renderPage(
  ctx: SiteContext,
  idx: SiteIndex,
  page: PageDef,
): { html: string; report: PageReport } {
  const { scripts } = ctx;
  const rendered = renderBody(idx, page, ctx.theme);
  for (const m of rendered.body.matchAll(/sprites\.svg#(it-[\w-]+)/g))
    ctx.icons.add(m[1] as string);
  const names: string[] = [...rendered.islands];
  if (rendered.loadMore) names.push('loadmore');
  const pageScripts = names.map((n) => scripts.entries.get(n)).filter((s): s is string => !!s);
  const preload = [...new Set(names.flatMap((n) => scripts.imports.get(n) ?? []))];
  const css = ctx.cssFor(htmlClasses(rendered.body), names, rendered.styles);
  const html = renderDocument(
    {
      idx,
      page,
      css,
      scripts: pageScripts,
      preload,
      fonts: ctx.fonts,
      primaryColor: ctx.colour,
    },
    rendered.body,
  );
  return { html, report: { path: page.path, css, scripts: [...pageScripts, ...preload] } };
}

/** sitemap.xml and search-index.json of a page list (pages marked noindex left out). */
export function indexFiles(content: Content, pages: PageDef[]): Record<string, string> {
  const base = content.site.baseUrl.replace(/\/$/, '');
  const listed = pages.filter((p) => !p.noindex);
  return {
    'sitemap.xml':
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      listed.map((p) => `  <url><loc>${base}${p.path}</loc></url>`).join('\n') +
      '\n</urlset>\n',
    'search-index.json': JSON.stringify(listed.filter((p) => p.searchKind).map(searchEntry)),
  };
}

/** The icon sprite with only the icons the site can show (see buildSite). */
export function spriteFor(ctx: SiteContext): string {
  const icons = new Set(ctx.icons);
  for (const words of ctx.scripts.words.values()) for (const w of words) icons.add(`it-${w}`);
  const sprite = path.join(packageDir('bootstrap-italia'), 'dist', 'svg', 'sprites.svg');
  return spriteSubset(readFileSync(sprite, 'utf8'), icons);
}

/** The local image files of the content, and their responsive versions. */
export async function contentImageMap(
  content: Content,
  out: string,
  opts: Pick<BuildOptions, 'imageCacheDir'>,
): Promise<{ srcs: string[]; images: ImageMap; stats: ImageStats }> {
  const srcs = content.root ? contentImages(content) : [];
  const { images, stats } = await processImages(srcs, {
    root: content.root ?? out,
    out,
    ...(opts.imageCacheDir ? { cacheDir: opts.imageCacheDir } : {}),
  });
  return { srcs, images, stats };
}

/**
 * Copies the local files the content refers to. Defence in depth (the content source refuses
 * symlinks already): only regular files whose real path is inside the content folder are published.
 */
export function copyContentAssets(content: Content, out: string): void {
  if (!content.root) return;
  const rootReal = realpathSync(content.root);
  for (const rel of contentAssets(content)) {
    const from = path.resolve(content.root, rel);
    const to = path.resolve(out, rel);
    if (!from.startsWith(path.resolve(content.root)) || !to.startsWith(out)) continue;
    if (!existsSync(from) || lstatSync(from).isSymbolicLink()) continue;
    const real = realpathSync(from);
    if (!real.startsWith(rootReal + path.sep) || !statSync(real).isFile()) continue;
    const st = statSync(to, { throwIfNoEntry: false });
    const src = statSync(real);
    if (st && st.size === src.size && st.mtimeMs >= src.mtimeMs) continue;
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(real, to);
  }
}

/** Builds the site; throws ContentValidationError / ColourError with every problem named. */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  return (await buildSiteState(opts)).result;
}

/** What a build leaves for an incremental rebuild (see generator/incremental.ts). */
export interface BuildState {
  result: BuildResult;
  content: Content;
  ctx: SiteContext;
  idx: SiteIndex;
  pages: PageDef[];
  imageSrcs: string[];
  images: ImageMap;
}

/**
 * `buildSite`, keeping the content, the page list and the render context; `hooks.beforePage` and
 * `afterPage` run around each page's render (the incremental rebuild records what each reads).
 */
export async function buildSiteState(
  opts: BuildOptions,
  hooks: {
    content?: (c: Content) => Content;
    sitePages?: (content: Content, images: ImageMap) => { idx: SiteIndex; pages: PageDef[] };
    pages?: (p: PageDef[]) => void;
    beforePage?: (p: PageDef) => void;
    afterPage?: (p: PageDef) => void;
  } = {},
): Promise<BuildState> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  const out = path.resolve(opts.out);
  const loaded = await loadContent(opts);
  const { warnings } = loaded;
  const content = hooks.content ? hooks.content(loaded.content) : loaded.content;
  const primary = content.site.primaryColor;
  const problem = primaryColourProblem(primary);
  if (problem) throw new ColourError(problem);
  const colour = normaliseHex(primary);

  prepareOut(out);
  log(
    `contenuti: ${String(content.servizi.length)} servizi, ${String(content.notizie.length)} novità, ${String(content.eventi.length)} eventi`,
  );
  const ctx = await createSiteContext(out, colour, opts);
  log(
    ctx.sassCached
      ? 'Bootstrap Italia: CSS dalla cache'
      : `Bootstrap Italia compilato in ${ctx.sassSeconds.toFixed(1)} s`,
  );

  const { srcs: imageSrcs, images, stats: imageStats } = await contentImageMap(content, out, opts);
  if (imageSrcs.length > 0)
    log(
      `immagini: ${String(imageStats.hits)} dalla cache, ${String(imageStats.misses)} elaborate, ${String(imageStats.files)} file in ${imageStats.seconds.toFixed(1)} s`,
    );
  const { idx, pages } = (hooks.sitePages ?? sitePages)(content, images);
  hooks.pages?.(pages);
  const reports: PageReport[] = [];
  const pre = opts.precompress === false ? null : new Precompressor();
  for (const [i, page] of pages.entries()) {
    // the pages rendered so far are compressed on the other cores meanwhile
    if (pre && i % 4 === 3) await pre.yieldTo();
    hooks.beforePage?.(page);
    let rendered;
    try {
      rendered = renderPage(ctx, idx, page);
    } finally {
      hooks.afterPage?.(page);
    }
    write(pageFile(out, page.path), rendered.html);
    pre?.add(pageFile(out, page.path), rendered.html);
    reports.push(rendered.report);
  }
  log(`${String(pages.length)} pagine, ${String(ctx.cssFiles())} fogli di stile`);

  // Static files.
  for (const [name, text] of Object.entries(indexFiles(content, pages)))
    write(path.join(out, name), text);
  const base = content.site.baseUrl.replace(/\/$/, '');
  write(path.join(out, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`);
  write(path.join(out, 'favicon.svg'), favicon(colour));
  const fontsDir = path.join(packageDir('@piazza/fonts'), 'files');
  mkdirSync(path.join(out, 'assets', 'fonts'), { recursive: true });
  for (const f of readdirSync(fontsDir)) {
    if (f.endsWith('.woff2'))
      copyFileSync(path.join(fontsDir, f), path.join(out, 'assets', 'fonts', f));
  }
  write(path.join(out, 'assets', 'fonts', 'fonts.css'), fontFaceCss('./'));
  // The icon sprite with only the icons the site can show: those in its pages and those its
  // islands may render at run time (their names are words of the islands' code).
  write(path.join(out, 'svg', 'sprites.svg'), spriteFor(ctx));
  copyContentAssets(content, out);
  if (pre) {
    await pre.addTree(out);
    const done = await pre.finish();
    log(
      `precompressi ${String(done.files)} file di testo (.br e .gz): ${(done.rawBytes / 1e6).toFixed(1)} MB, ${(done.brBytes / 1e6).toFixed(1)} MB con brotli`,
    );
  }
  return {
    result: {
      outDir: out,
      pages: reports,
      warnings,
      seconds: (Date.now() - started) / 1000,
      sassSeconds: ctx.sassSeconds,
      images: imageStats,
    },
    content,
    ctx,
    idx,
    pages,
    imageSrcs,
    images,
  };
}

/** The `<symbol>`s of a sprite whose id is in `ids` (the whole sprite when it has none of them). */
export function spriteSubset(sprite: string, ids: Set<string>): string {
  const open = sprite.indexOf('<symbol');
  if (open < 0) return sprite;
  const symbols = [...sprite.matchAll(/<symbol\b[^>]*\bid="([^"]+)"[^>]*>[^]*?<\/symbol>/g)];
  const kept = symbols.filter((m) => ids.has(m[1] as string)).map((m) => m[0]);
  return `${sprite.slice(0, open)}${kept.join('')}</svg>\n`;
}
