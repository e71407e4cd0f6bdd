// One page to HTML: the static part with renderToStaticMarkup, each island on its own with
// renderToString (its own root and useId prefix, as the client hydrates it) where <Island>
// stands, the document with its head (Head.tsx: title, description, Open Graph, generator,
// styles and the islands' scripts) rendered with React too. The styles the
// components write with styled-components are collected (ServerStyleSheet) for the page's CSS file.
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { PiazzaProvider } from '@piazza/react';
import { createPiazzaTheme, type PiazzaTheme } from '@piazza/react/theme';
import { IslandCollector, IslandContext } from '../islands/collector.js';
import { ISLANDS, type IslandName } from '../islands/registry.js';
import { Layout } from '../templates/Layout.js';
import type { SiteIndex } from '../templates/site.js';
import type { PageDef } from '../templates/types.js';
import { backOfficeEndpoints } from '../back-office.js';
import { metaContentSecurityPolicy } from '../security.js';
import { Head, type ImagePreload } from './Head.js';
import { sheetRules, uniqueRules } from './styled.js';

export interface RenderedBody {
  /** Everything inside <body>. */
  body: string;
  /** Islands on the page (their scripts are needed). */
  islands: Set<IslandName>;
  /** True when a list uses the "Carica altri" script. */
  loadMore: boolean;
  /** The styled-components rules the page's markup uses (static part and islands), each once. */
  styles: string[];
}

const islandCache = new Map<string, { html: string; styles: string[] }>();

function renderIsland(
  id: string,
  name: IslandName,
  props: unknown,
  theme: PiazzaTheme,
): { html: string; styles: string[] } {
  const key = `${theme.primary}|${id}|${name}|${JSON.stringify(props)}`;
  let done = islandCache.get(key);
  if (done === undefined) {
    const Component = ISLANDS[name] as React.ComponentType<object>;
    const sheet = new ServerStyleSheet();
    let html: string;
    try {
      html = renderToString(
        sheet.collectStyles(
          <PiazzaProvider theme={theme}>
            <Component {...(props as object)} />
          </PiazzaProvider>,
        ),
        { identifierPrefix: `${id}-` },
      );
      done = {
        html,
        styles: sheetRules(sheet).rules,
      };
    } finally {
      sheet.seal();
    }
    if (islandCache.size > 2000) islandCache.clear();
    islandCache.set(key, done);
  }
  return done;
}

const themes = new Map<string, PiazzaTheme>();

/** The theme of a comune's primary colour (one object per colour). */
export function siteTheme(primary: string): PiazzaTheme {
  let theme = themes.get(primary);
  if (!theme) {
    theme = createPiazzaTheme({ primary });
    themes.set(primary, theme);
  }
  return theme;
}

/**
 * Renders the body of a page with the comune's theme (the colours of the components' own
 * styles); `styles` are the rules its markup uses, for its CSS file.
 */
export function renderBody(
  idx: SiteIndex,
  page: PageDef,
  theme: PiazzaTheme = siteTheme(idx.site.primaryColor),
): RenderedBody {
  const islandRules: string[][] = [];
  const collector = new IslandCollector((inst) => {
    const { html, styles } = renderIsland(inst.id, inst.name, inst.props, theme);
    islandRules.push(styles);
    return html;
  });
  const sheet = new ServerStyleSheet();
  let body: string;
  let pageRules: string[];
  try {
    body = renderToStaticMarkup(
      sheet.collectStyles(
        <IslandContext.Provider value={collector}>
          <PiazzaProvider theme={theme}>
            <Layout idx={idx} breadcrumbs={page.breadcrumbs} rating={page.rating} path={page.path}>
              {page.body()}
            </Layout>
          </PiazzaProvider>
        </IslandContext.Provider>,
      ),
      { identifierPrefix: 'pz-' },
    );
    pageRules = sheetRules(sheet).rules;
  } finally {
    sheet.seal();
  }
  const islands = new Set<IslandName>(collector.instances.map((inst) => inst.name));
  return {
    body,
    islands,
    loadMore: body.includes('data-element="load-other-cards"'),
    styles: uniqueRules(pageRules, ...islandRules),
  };
}

export interface HeadOptions {
  idx: SiteIndex;
  page: PageDef;
  /** Site URL of the page's stylesheet. */
  css: string;
  /** Module scripts (site URLs) and the chunks to preload. */
  scripts: string[];
  preload: string[];
  /** Font files to preload (site URLs). */
  fonts: string[];
  primaryColor: string;
}

/** An attribute value of our own rendered markup, HTML-unescaped. */
function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The attributes of one start tag of our own rendered markup (values unescaped). */
function attributes(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [
      m[1]!.toLowerCase(),
      unescapeAttribute(m[2]!),
    ]),
  );
}

/**
 * The head preload of the page's LCP image: the first `<img fetchpriority="high">` of the body
 * (a `Picture` with `priority`), as its AVIF `<source>` when it is in a `<picture>` (a browser
 * without AVIF skips a preload of that type and finds the image in the body), else the image
 * itself. In the head, before the fonts, its request starts with the stylesheet's instead of
 * after the three fonts: where the image is the largest paint (the place page at 360–412 px,
 * the home's news in evidence) the paint comes earlier. `null` when there is no such image.
 *
 * The AVIF preload's `href` is the first candidate of its `imagesrcset` (browsers that know
 * `imagesrcset` ignore `href`): with an `href` React 19 keeps the link in its place among the
 * head's links, before the fonts.
 */
export function lcpImagePreload(body: string): ImagePreload | null {
  const img = /<img\b[^>]*\sfetchpriority="high"[^>]*>/i.exec(body);
  if (!img) return null;
  const open = body.lastIndexOf('<picture', img.index);
  const inPicture = open >= 0 && body.lastIndexOf('</picture>', img.index) < open;
  const sources = inPicture ? (body.slice(open, img.index).match(/<source\b[^>]*>/g) ?? []) : [];
  const avif = sources.map(attributes).find((a) => a.get('type') === 'image/avif');
  const a = avif ?? attributes(img[0]);
  const srcset = a.get('srcset');
  const sizes = a.get('sizes');
  const href = avif ? srcset?.trim().split(/\s+/)[0] : a.get('src');
  if (!href) return null;
  return {
    href,
    ...(avif ? { type: 'image/avif' } : {}),
    ...(srcset ? { imageSrcSet: srcset } : {}),
    ...(srcset && sizes ? { imageSizes: sizes } : {}),
  };
}

/** The complete document: the `<head>` (Head.tsx) and the rendered body, rendered with React. */
export function renderDocument(head: HeadOptions, body: string): string {
  const { idx, page } = head;
  const site = idx.site;
  const base = site.baseUrl.replace(/\/$/, '');
  const canonical = `${base}${page.path === '/404.html' ? '/' : page.path}`;
  const image = page.image ?? site.logo?.src;
  const abs = (u: string) => (/^https?:/.test(u) ? u : `${base}/${u.replace(/^\//, '')}`);
  const html = renderToStaticMarkup(
    <html lang="it">
      <Head
        title={page.kind === 'home' ? site.name : `${page.title} - ${site.name}`}
        description={page.description}
        canonical={page.noindex ? null : canonical}
        og={{
          type: page.ogType ?? 'website',
          title: page.title,
          url: canonical,
          siteName: site.name,
          image: image ? abs(image) : undefined,
        }}
        themeColor={head.primaryColor}
        lcpImage={lcpImagePreload(body)}
        fonts={head.fonts}
        css={head.css}
        scripts={head.scripts}
        jsonLd={page.jsonLd}
        csp={metaContentSecurityPolicy(backOfficeEndpoints(site).origins)}
      />
      <body dangerouslySetInnerHTML={{ __html: body }} />
    </html>,
  );
  return `<!doctype html>\n${html}\n`;
}
