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
  const pa = a.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length, 3); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function cleanVersion(v: string | null | undefined): string | null {
  const s = (v ?? '')
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
  return /^\d+(\.\d+)*/.test(s) ? s : null;
}

/**
 * Version as far as the markup can tell (no CSS files are loaded in jsdom):
 * `window.BOOTSTRAP_ITALIA_VERSION = "…"` in an inline script, or the custom property
 * `--bootstrap-italia-version` in an inline <style> or a style attribute of <html>/<body>.
 */
export function versionFromMarkup(doc: Document): string | null {
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const m = /BOOTSTRAP_ITALIA_VERSION\s*=\s*["'`]([^"'`]+)["'`]/.exec(s.textContent ?? '');
    if (m?.[1]) return cleanVersion(m[1]);
  }
  const cssRx = /--bootstrap-italia-version\s*:\s*["']?\s*(\d[^"';}\s]*)/;
  const sources = [
    ...Array.from(doc.querySelectorAll('style')).map((s) => s.textContent ?? ''),
    doc.documentElement.getAttribute('style') ?? '',
    doc.body?.getAttribute('style') ?? '',
  ];
  for (const src of sources) {
    const m = cssRx.exec(src);
    if (m?.[1]) return cleanVersion(m[1]);
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
    for (const c of (el.getAttribute('class') ?? '').split(/\s+/)) if (c) names.add(c);
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

export function checkBootstrapItalia(ctx: CheckContext): Finding {
  const share = classShare(ctx.doc);
  const version = ctx.browser
    ? (cleanVersion(ctx.biVersion) ?? versionFromMarkup(ctx.doc))
    : versionFromMarkup(ctx.doc);
  const pct = share.percentage.toFixed(1);
  const shareText = `${share.inList}/${share.total} (${pct} %)`;
  const foreign = share.foreign.slice(0, 15).map((c) => `.${c}`);
  if (share.percentage < BI_MIN_PERCENTAGE) {
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
