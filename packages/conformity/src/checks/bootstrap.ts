import {
  BI_MIN_PERCENTAGE,
  BI_MIN_VERSION,
  BOOTSTRAP_ITALIA_CLASSES,
} from '../data/bootstrap-italia-classes.js';
import { finding } from '../criteria.js';
import type { Finding } from '../types.js';
import type { CheckContext } from './context.js';

const C = 'C.SI.1.2';
let classSet: Set<string> | undefined;

/** Compares dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string): string[] =>
    v
      .replace(/^[v^~<>=]+/i, '')
      .replace(/\+.*$/, '')
      .split(/[.-]/);
  const pa = parts(a).map((x) => parseInt(x, 10) || 0);
  const pb = parts(b).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length, 3); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The version string as the official validator reads it (italia/pa-website-validator-ng,
 * src/audits/municipality_bootstrap/index.ts): trimmed, **only double quotes** removed. A
 * single-quoted value (Bootstrap Italia's own compiled CSS writes `'2.18.3'`) stays quoted and is
 * not valid semver. Returns null when nothing is left (the validator then tries the next source).
 */
export function validatorVersion(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim().replaceAll('"', '');
  return s ? s : null;
}

// What the `compare-versions` package used by the validator accepts (it throws otherwise):
// optional v/^/~/</>/= prefix, 1 to 4 numeric (or x/*) parts, optional -pre-release and +build.
const SEMVER =
  /^[v^~<>=]*?(\d+)(?:\.([x*]|\d+)(?:\.([x*]|\d+)(?:\.([x*]|\d+))?(?:-([\da-z-]+(?:\.[\da-z-]+)*))?(?:\+[\da-z-]+(?:\.[\da-z-]+)*)?)?)?$/i;

/** True when the validator's semver comparison accepts the string. */
export function isValidatorSemver(v: string): boolean {
  return SEMVER.test(v);
}

/**
 * Version as far as the markup can tell (no CSS files are loaded in jsdom), as the raw string the
 * browser would give: `window.BOOTSTRAP_ITALIA_VERSION = "…"` in an inline script (the JavaScript
 * string's value), else the custom property `--bootstrap-italia-version` (its value as written,
 * quotes included) in an inline <style> or a style attribute of <html>/<body>.
 */
export function versionFromMarkup(doc: Document): { source: 'window' | 'css'; raw: string } | null {
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const m = /BOOTSTRAP_ITALIA_VERSION\s*=\s*(["'`])([^"'`]*)\1/.exec(s.textContent ?? '');
    if (m?.[2] !== undefined && validatorVersion(m[2])) return { source: 'window', raw: m[2] };
  }
  const cssRx = /--bootstrap-italia-version\s*:\s*([^;}]*)/;
  const sources = [
    ...Array.from(doc.querySelectorAll('style')).map((s) => s.textContent ?? ''),
    doc.documentElement.getAttribute('style') ?? '',
    doc.body?.getAttribute('style') ?? '',
  ];
  for (const src of sources) {
    const m = cssRx.exec(src);
    if (m?.[1] !== undefined && validatorVersion(m[1])) return { source: 'css', raw: m[1] };
  }
  return null;
}

/** Distinct class names used on the page and those in the Bootstrap Italia list. */
export function classShare(doc: Document): {
  total: number;
  inList: number;
  percentage: number;
  foreign: string[];
} {
  classSet ??= new Set(BOOTSTRAP_ITALIA_CLASSES);
  const names = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    // The validator splits on the space character only.
    for (const c of (el.getAttribute('class') ?? '').split(' ')) if (c) names.add(c);
  }
  const foreign: string[] = [];
  let inList = 0;
  for (const n of names) {
    if (classSet.has(n)) inList++;
    else foreign.push(n);
  }
  const total = names.size;
  return { total, inList, percentage: total ? (inList / total) * 100 : 0, foreign };
}

const FIX_IT =
  'Il validatore ufficiale toglie solo le virgolette doppie: dichiara la versione tra virgolette doppie, es. :root{--bootstrap-italia-version:"2.18.3"} (il CSS di @piazza/theme lo fa; con @piazza/react includi <BootstrapItaliaVersion /> una volta nel layout), oppure imposta window.BOOTSTRAP_ITALIA_VERSION.';
const FIX_EN =
  'The official validator removes only double quotes: declare the version in double quotes, e.g. :root{--bootstrap-italia-version:"2.18.3"} (the @piazza/theme CSS does; with @piazza/react render <BootstrapItaliaVersion /> once in the layout), or set window.BOOTSTRAP_ITALIA_VERSION.';

export function checkBootstrapItalia(ctx: CheckContext): Finding {
  const share = classShare(ctx.doc);
  // In a browser the page gave the raw window variable / computed value; the markup is the
  // fallback only in jsdom, where linked CSS is not loaded.
  const found = ctx.browser
    ? ctx.biVersion
      ? { source: 'browser', raw: ctx.biVersion }
      : null
    : versionFromMarkup(ctx.doc);
  const version = validatorVersion(found?.raw);
  // The validator rounds the percentage before comparing it with 30.
  const pct = Math.round(share.percentage);
  const shareText = `${share.inList}/${share.total} (${pct} %)`;
  const foreign = share.foreign.slice(0, 15).map((c) => `.${c}`);
  if (share.total === 0 || pct < BI_MIN_PERCENTAGE) {
    return finding(
      C,
      'fail',
      `Solo ${shareText} delle classi distinte della pagina sono di Bootstrap Italia (minimo ${BI_MIN_PERCENTAGE} %). Classi estranee, tra cui:`,
      `Only ${shareText} of the distinct class names on the page are Bootstrap Italia classes (minimum ${BI_MIN_PERCENTAGE} %). Foreign classes include:`,
      foreign,
    );
  }
  if (version === null) {
    if (ctx.browser) {
      return finding(
        C,
        'fail',
        'Versione di Bootstrap Italia non trovata: né window.BOOTSTRAP_ITALIA_VERSION né la proprietà CSS --bootstrap-italia-version su body.',
        'Bootstrap Italia version not found: neither window.BOOTSTRAP_ITALIA_VERSION nor the CSS property --bootstrap-italia-version on body.',
      );
    }
    return finding(
      C,
      'tolerance',
      `Classi Bootstrap Italia: ${shareText}. La versione non è verificabile senza browser (i CSS collegati non vengono caricati): usare checkPage.`,
      `Bootstrap Italia classes: ${shareText}. The version cannot be verified without a browser (linked CSS is not loaded): use checkPage.`,
    );
  }
  if (!isValidatorSemver(version)) {
    return finding(
      C,
      'fail',
      `Versione di Bootstrap Italia illeggibile per il validatore: ${version} non è semver valido (il validatore segnala "Invalid argument not valid semver ('${version}' received)"). ${FIX_IT}`,
      `Bootstrap Italia version unreadable for the validator: ${version} is not valid semver (the validator reports "Invalid argument not valid semver ('${version}' received)"). ${FIX_EN}`,
    );
  }
  if (compareVersions(version, BI_MIN_VERSION) < 0) {
    return finding(
      C,
      'fail',
      `Versione di Bootstrap Italia ${version} inferiore alla ${BI_MIN_VERSION}.`,
      `Bootstrap Italia version ${version} is older than ${BI_MIN_VERSION}.`,
    );
  }
  return finding(
    C,
    'pass',
    `Bootstrap Italia ${version}; classi Bootstrap Italia ${shareText}.`,
    `Bootstrap Italia ${version}; Bootstrap Italia classes ${shareText}.`,
  );
}
