// The <head> of every built page, rendered with React (render.tsx renders the document with it):
// charset, the Content-Security-Policy, the consent probe (the one inline script, allowed by its
// hash), title, description, generator, canonical or noindex, Open Graph, theme colour, favicon,
// the LCP image and font preloads, the stylesheet, the islands' module scripts and the JSON-LD.
//
// React 19 hoists <meta>, <title> and <link href> of a render ahead of the rest (charset and
// viewport first), so the order of the elements below is the order React 18 writes; React 19
// keeps what matters here: the policy precedes every script, the LCP image preload (it carries an
// href for this reason) precedes the fonts, the stylesheet precedes the module scripts.
import { CONSENT_PROBE_SCRIPT } from '../security.js';
import { THEME_VERSION } from '../paths.js';

/** The attributes of the preload of the page's LCP image (see `lcpImagePreload`). */
export interface ImagePreload {
  href: string;
  type?: string;
  imageSrcSet?: string;
  imageSizes?: string;
}

export interface HeadProps {
  /** The document title. */
  title: string;
  description: string;
  /** Absolute URL of the page; `null`: the page is not indexed (`robots: noindex`). */
  canonical: string | null;
  og: {
    type: 'website' | 'article';
    title: string;
    url: string;
    siteName: string;
    /** Absolute URL of the page's image. */
    image?: string | undefined;
  };
  themeColor: string;
  lcpImage: ImagePreload | null;
  /** Font files to preload (site URLs). */
  fonts: string[];
  /** Site URL of the page's stylesheet. */
  css: string;
  /** Module scripts (site URLs). */
  scripts: string[];
  /** Structured data (schema.org), written as an `application/ld+json` data block. */
  jsonLd?: object | undefined;
  /** The Content-Security-Policy of the `<meta>` (metaContentSecurityPolicy, with the back offices). */
  csp: string;
}

/**
 * The text of a JSON-LD block: every `<` escaped as `\u003c` (still the same JSON), so the data
 * can never close the script element (`</script>`) or open a comment (`<!--`).
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function Head(p: HeadProps) {
  return (
    <head>
      <meta charSet="utf-8" />
      {/* The policy travels with the page (any web server, a file opened from disk); piazza serve
          sends it as a header too, with frame-ancestors, which a <meta> cannot carry. */}
      <meta httpEquiv="Content-Security-Policy" content={p.csp} />
      {/* Before the first paint: a stored cookie choice hides the bar (no jump); allowed by its hash. */}
      <script dangerouslySetInnerHTML={{ __html: CONSENT_PROBE_SCRIPT }} />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{p.title}</title>
      <meta name="description" content={p.description} />
      <meta name="generator" content={`Piazza @piazza/theme ${THEME_VERSION}`} />
      {p.canonical === null ? (
        <meta name="robots" content="noindex" />
      ) : (
        <link rel="canonical" href={p.canonical} />
      )}
      <meta property="og:type" content={p.og.type} />
      <meta property="og:title" content={p.og.title} />
      <meta property="og:description" content={p.description} />
      <meta property="og:url" content={p.og.url} />
      <meta property="og:site_name" content={p.og.siteName} />
      <meta property="og:locale" content="it_IT" />
      {p.og.image ? <meta property="og:image" content={p.og.image} /> : null}
      <meta name="twitter:card" content="summary" />
      <meta name="theme-color" content={p.themeColor} />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      {p.lcpImage ? (
        <link
          rel="preload"
          as="image"
          type={p.lcpImage.type}
          href={p.lcpImage.href}
          imageSrcSet={p.lcpImage.imageSrcSet}
          imageSizes={p.lcpImage.imageSizes}
          fetchPriority="high"
        />
      ) : null}
      {p.fonts.map((f) => (
        <link key={f} rel="preload" href={f} as="font" type="font/woff2" crossOrigin="" />
      ))}
      <link rel="stylesheet" href={p.css} />
      {p.scripts.map((s) => (
        <script key={s} type="module" src={s} />
      ))}
      {p.jsonLd ? (
        <script
          type="application/ld+json"
          data-element="metatag"
          dangerouslySetInnerHTML={{ __html: jsonLdText(p.jsonLd) }}
        />
      ) : null}
    </head>
  );
}
