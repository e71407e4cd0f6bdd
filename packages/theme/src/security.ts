// The security policy of a Piazza site: sent as headers by `piazza serve` and written into every
// built page as a <meta http-equiv="Content-Security-Policy">, so that the pages stay safe on any
// web server. No Node-only imports: the build and the server both use it.

/**
 * The one inline script of a page, first in `<head>`: when the visitor's cookie choice is already
 * stored (same key and format as `writeCookieConsent` of @piazza/react), it marks `<html>` before
 * the first paint, and theme.css hides the cookie bar. Without it the bar, which sits in the flow
 * at the top of the page, would be painted and then removed by the island's script: the page
 * would jump (CLS 0.32 at 360 px on the home page for a returning visitor).
 */
export const CONSENT_PROBE_SCRIPT =
  'try{if(/"choice":"(accepted|rejected)"/.test(localStorage.getItem("piazza-cookie-consent")||""))document.documentElement.setAttribute("data-cookie-choice","")}catch(e){}';

/** Its hash, the only inline script the policy allows (a test recomputes it from the text). */
export const CONSENT_PROBE_HASH = "'sha256-NEI8zL0xyGzfT2JFJeomI+4Y9nXMZ4SPyFe0RqHeeCY='";

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${CONSENT_PROBE_HASH}`],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self' mailto:"],
  ['frame-ancestors', "'none'"],
];

/** An origin connect-src may name: scheme, host and optional port, nothing else. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

function directives(connect: readonly string[]): ReadonlyArray<readonly [string, string]> {
  const extra = connect.filter((o) => ORIGIN.test(o));
  if (extra.length !== connect.length) {
    throw new TypeError(`connect-src: not an origin: ${connect.find((o) => !ORIGIN.test(o))}`);
  }
  return DIRECTIVES.map(([k, v]) =>
    k === 'connect-src' && extra.length ? [k, [v, ...extra].join(' ')] : [k, v],
  );
}

/**
 * The Content-Security-Policy of a Piazza site: everything from the site's own origin, no inline
 * script but the consent probe above, no inline style (JSON data blocks are not executed, so they
 * need no exception), no framing. `connect` adds the back offices' origins to connect-src (the
 * islands' calls to booking, rating, assistance and online requests: see back-office.ts).
 */
export function contentSecurityPolicy(connect: readonly string[] = []): string {
  return directives(connect)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** The policy of a site without back offices. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * Directives a `<meta>` policy cannot carry (browsers ignore them there, with a console warning):
 * they work only as a response header.
 */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, without header-only directives. */
export function metaContentSecurityPolicy(connect: readonly string[] = []): string {
  return directives(connect)
    .filter(([k]) => !HEADER_ONLY.has(k))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}

/** The meta policy of a site without back offices. */
export const META_CONTENT_SECURITY_POLICY = metaContentSecurityPolicy();

/**
 * The back-office origins a built page's meta policy names in connect-src (beyond 'self'):
 * `piazza serve` reads them from the site's index.html, so that its header policy allows the
 * same calls (a page under two policies obeys both).
 */
export function connectOriginsOf(html: string): string[] {
  const raw = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1];
  // React writes the quotes of 'self' as &#x27; (whose ";" would split the directives).
  const meta = raw
    ?.replace(/&#x27;|&#39;/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const connect = meta?.split(';').find((d) => d.trim().startsWith('connect-src '));
  return (connect?.trim().split(/\s+/).slice(1) ?? []).filter((o) => ORIGIN.test(o));
}

/** The headers of a site whose islands call `connect` (see SECURITY_HEADERS). */
export function securityHeaders(connect: readonly string[] = []): Readonly<Record<string, string>> {
  return Object.freeze({
    ...SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(connect),
  });
}

/** The headers `piazza serve` sends with every response (copy them to your web server). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
