// One page to HTML: the static part with renderToStaticMarkup, each island on its own with
// renderToString (its own root and useId prefix, as the client hydrates it), the head with
// title, description, Open Graph, generator, styles and the islands' scripts. The styles the
// components write with styled-components are collected (ServerStyleSheet) for the page's CSS file.
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { PiazzaProvider } from '@piazza/react';
import { createPiazzaTheme, type PiazzaTheme } from '@piazza/react/theme';
import { IslandCollector, IslandContext, jsonScript } from '../islands/collector.js';
import { ISLANDS, type IslandName } from '../islands/registry.js';
import { Layout } from '../templates/Layout.js';
import { resetCounters } from '../templates/parts.js';
import type { SiteIndex } from '../templates/site.js';
import type { PageDef } from '../templates/types.js';
import { THEME_VERSION } from '../paths.js';
import { backOfficeEndpoints } from '../back-office.js';
import { CONSENT_PROBE_SCRIPT, metaContentSecurityPolicy } from '../security.js';
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
  const collector = new IslandCollector();
  resetCounters();
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
  const islands = new Set<IslandName>();
  const islandRules: string[][] = [];
  for (const inst of collector.instances) {
    islands.add(inst.name);
    const { html, styles } = renderIsland(inst.id, inst.name, inst.props, theme);
    islandRules.push(styles);
    body = body.replace(
      `<div data-island-marker="${inst.id}"></div>`,
      () =>
        `<div data-island="${inst.name}" data-island-id="${inst.id}">${html}</div>` +
        jsonScript(`${inst.id}-props`, inst.props),
    );
  }
  return {
    body,
    islands,
    loadMore: body.includes('data-element="load-other-cards"'),
    styles: uniqueRules(pageRules, ...islandRules),
  };
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
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

/** The attributes of one start tag of our own rendered markup (values stay HTML-escaped). */
function attributes(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]),
  );
}

/**
 * The head preload of the page's LCP image: the first `<img fetchpriority="high">` of the body
 * (a `Picture` with `priority`), as its AVIF `<source>` when it is in a `<picture>` (a browser
 * without AVIF skips a preload of that type and finds the image in the body), else the image
 * itself. In the head, before the fonts, its request starts with the stylesheet's instead of
 * after the three fonts: where the image is the largest paint (the place page at 360–412 px,
 * the home's news in evidence) the paint comes earlier. Empty when there is no such image.
 */
export function lcpImagePreload(body: string): string {
  const img = /<img\b[^>]*\sfetchpriority="high"[^>]*>/i.exec(body);
  if (!img) return '';
  const open = body.lastIndexOf('<picture', img.index);
  const inPicture = open >= 0 && body.lastIndexOf('</picture>', img.index) < open;
  const sources = inPicture ? (body.slice(open, img.index).match(/<source\b[^>]*>/g) ?? []) : [];
  const avif = sources.map(attributes).find((a) => a.get('type') === 'image/avif');
  const a = avif ?? attributes(img[0]);
  const srcset = a.get('srcset');
  const sizes = a.get('sizes');
  const href = avif ? undefined : a.get('src');
  if (!srcset && !href) return '';
  return [
    '<link rel="preload" as="image"',
    avif ? ' type="image/avif"' : '',
    href ? ` href="${href}"` : '',
    srcset ? ` imagesrcset="${srcset}"` : '',
    srcset && sizes ? ` imagesizes="${sizes}"` : '',
    ' fetchpriority="high">',
  ].join('');
}

/** The complete document. */
export function renderDocument(head: HeadOptions, body: string): string {
  const { idx, page } = head;
  const site = idx.site;
  const base = site.baseUrl.replace(/\/$/, '');
  const title = page.kind === 'home' ? site.name : `${page.title} - ${site.name}`;
  const canonical = `${base}${page.path === '/404.html' ? '/' : page.path}`;
  const image = page.image ?? site.logo?.src;
  const abs = (u: string) => (/^https?:/.test(u) ? u : `${base}/${u.replace(/^\//, '')}`);
  const e = escapeHtml;
  const lines = [
    '<!doctype html>',
    '<html lang="it">',
    '<head>',
    '<meta charset="utf-8">',
    // The policy travels with the page (any web server, a file opened from disk); piazza serve
    // sends it as a header too, with frame-ancestors, which a <meta> cannot carry.
    `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(backOfficeEndpoints(site).origins)}">`,
    // Before the first paint: a stored cookie choice hides the bar (no jump); allowed by its hash.
    `<script>${CONSENT_PROBE_SCRIPT}</script>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<meta name="description" content="${e(page.description)}">`,
    `<meta name="generator" content="Piazza @piazza/theme ${THEME_VERSION}">`,
    page.noindex
      ? '<meta name="robots" content="noindex">'
      : `<link rel="canonical" href="${e(canonical)}">`,
    `<meta property="og:type" content="${page.ogType ?? 'website'}">`,
    `<meta property="og:title" content="${e(page.title)}">`,
    `<meta property="og:description" content="${e(page.description)}">`,
    `<meta property="og:url" content="${e(canonical)}">`,
    `<meta property="og:site_name" content="${e(site.name)}">`,
    '<meta property="og:locale" content="it_IT">',
    image ? `<meta property="og:image" content="${e(abs(image))}">` : '',
    '<meta name="twitter:card" content="summary">',
    `<meta name="theme-color" content="${e(head.primaryColor)}">`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    lcpImagePreload(body),
    ...head.fonts.map(
      (f) => `<link rel="preload" href="${f}" as="font" type="font/woff2" crossorigin>`,
    ),
    `<link rel="stylesheet" href="${head.css}">`,
    ...head.scripts.map((s) => `<script type="module" src="${s}"></script>`),
    page.jsonLd
      ? `<script type="application/ld+json" data-element="metatag">${JSON.stringify(page.jsonLd).replace(/</g, '\\u003c')}</script>`
      : '',
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
  ];
  return lines.filter(Boolean).join('\n') + '\n';
}
