import type { Page } from 'playwright-core';
import { ALLOWED_FONTS } from './data/fonts.js';
import { finding } from './criteria.js';
import { judgeToggle, ratingCriterion, type ToggleState } from './checks/feedback.js';
import { bareHost } from './dom.js';
import { parseHtml } from './html.js';
import { detectKind } from './kind.js';
import { makeReport, runMarkupChecks } from './markup.js';
import type { Finding, PageCheckOptions, Report } from './types.js';

interface FontScan {
  checked: number;
  bad: string[];
  badDescendants: string[];
  version: string | null;
  thirdParty: string[];
}

/* Runs in the page: computed fonts, Bootstrap Italia version, third-party resources. */
function scanInPage(allowed: string[]): FontScan {
  const first = (ff: string): string => (ff.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');
  const describe = (el: Element, font: string): string => {
    const cls = (el.getAttribute('class') ?? '')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 3)
      .join('.');
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}> font-family: ${font}${t ? ` — «${t}»` : ''}`;
  };
  const bad: string[] = [];
  const badDescendants: string[] = [];
  const seen = new Set<Element>();
  const heads = Array.from(document.body.querySelectorAll('h1,h2,h3,h4,h5,h6,p'));
  for (const el of heads) {
    const f = first(getComputedStyle(el).fontFamily);
    if (!allowed.includes(f)) bad.push(describe(el, f));
    for (const d of Array.from(el.querySelectorAll('*'))) {
      if (seen.has(d) || /^(h[1-6]|p)$/i.test(d.tagName)) continue;
      seen.add(d);
      const fd = first(getComputedStyle(d).fontFamily);
      if (!allowed.includes(fd)) badDescendants.push(describe(d, fd));
    }
  }
  // As the official validator (src/audits/municipality_bootstrap/index.ts): the window variable
  // first; when it is empty once trimmed and stripped of double quotes, the computed custom
  // property on body (not on html). A non-string window value is reported as its String().
  const w = window as unknown as { BOOTSTRAP_ITALIA_VERSION?: unknown };
  const fromWindow = w.BOOTSTRAP_ITALIA_VERSION ? String(w.BOOTSTRAP_ITALIA_VERSION) : '';
  const raw = fromWindow.trim().replaceAll('"', '')
    ? fromWindow
    : getComputedStyle(document.body).getPropertyValue('--bootstrap-italia-version');
  const thirdParty: string[] = [];
  for (const el of Array.from(document.querySelectorAll('script[src],iframe[src]'))) {
    try {
      const u = new URL(el.getAttribute('src') ?? '', location.href);
      if (u.hostname.replace(/^www\./, '') !== location.hostname.replace(/^www\./, ''))
        thirdParty.push(`<${el.tagName.toLowerCase()} src="${u.href}">`);
    } catch {
      // ignore unparsable src
    }
  }
  return { checked: heads.length, bad, badDescendants, version: raw || null, thirdParty };
}

/* Runs in the page: clicks each star and reads which follow-up container is visible. */
async function toggleInPage(): Promise<ToggleState[]> {
  const root = document.querySelector('[data-element="feedback"]');
  if (!root) return [];
  const visible = (el: Element | null): boolean => {
    if (!el) return false;
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') return false;
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.height > 0 &&
      ((el as HTMLElement).offsetParent !== null || s.position === 'fixed')
    );
  };
  const read = (): { positive: boolean; negative: boolean } => ({
    positive: visible(root.querySelector('[data-element="feedback-rating-positive"]')),
    negative: visible(root.querySelector('[data-element="feedback-rating-negative"]')),
  });
  const out: ToggleState[] = [];
  for (let rate = 1; rate <= 5; rate++) {
    const star = root.querySelector(`[data-element="feedback-rate-${rate}"]`) as HTMLElement | null;
    if (!star) continue;
    star.click();
    const sync = read();
    const right = rate <= 3 ? sync.negative && !sync.positive : sync.positive && !sync.negative;
    if (right) {
      out.push({ rate, sync, later: sync });
      continue;
    }
    await new Promise<void>((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 30));
      setTimeout(resolve, 120);
    });
    out.push({ rate, sync, later: read() });
  }
  return out;
}

function fontsFinding(scan: FontScan): Finding {
  if (scan.bad.length) {
    return finding(
      'C.SI.1.1',
      'fail',
      `${scan.bad.length} titoli o paragrafi non usano Titillium Web, Lora o Roboto Mono come primo font.`,
      `${scan.bad.length} headings or paragraphs do not use Titillium Web, Lora or Roboto Mono as first font.`,
      [...scan.bad, ...scan.badDescendants].slice(0, 15),
    );
  }
  if (scan.badDescendants.length) {
    return finding(
      'C.SI.1.1',
      'tolerance',
      `${scan.badDescendants.length} elementi dentro titoli o paragrafi usano altri font (icone, code…).`,
      `${scan.badDescendants.length} elements inside headings or paragraphs use other fonts (icons, code…).`,
      scan.badDescendants.slice(0, 15),
    );
  }
  return finding(
    'C.SI.1.1',
    'pass',
    `Font corretti in ${scan.checked} titoli e paragrafi.`,
    `Right fonts in ${scan.checked} headings and paragraphs.`,
  );
}

/** C.SI.3.1: cookies present before any consent must belong to the page's host. */
async function cookiesFinding(page: Page, thirdParty: string[]): Promise<Finding> {
  const host = bareHost(new URL(page.url()).hostname);
  const cookies = await page.context().cookies();
  const foreign = cookies.filter((c) => {
    const d = bareHost(c.domain.replace(/^\./, ''));
    return !(d === host || d.endsWith(`.${host}`));
  });
  if (foreign.length) {
    return finding(
      'C.SI.3.1',
      'fail',
      `Cookie di terze parti prima del consenso: ${foreign.map((c) => `${c.name} (${c.domain})`).join(', ')}.`,
      `Third-party cookies before consent: ${foreign.map((c) => `${c.name} (${c.domain})`).join(', ')}.`,
    );
  }
  if (thirdParty.length) {
    return finding(
      'C.SI.3.1',
      'tolerance',
      'Nessun cookie di terze parti rilevato, ma la pagina carica script o iframe di terze parti prima del consenso.',
      'No third-party cookie found, but the page loads third-party scripts or iframes before consent.',
      thirdParty.slice(0, 10),
    );
  }
  return finding(
    'C.SI.3.1',
    'pass',
    `Solo cookie del dominio del sito (${cookies.length}).`,
    `Only cookies of the site's domain (${cookies.length}).`,
  );
}

/** @internal Checks a loaded page and returns the report with the parsed snapshot. */
export async function analysePage(
  page: Page,
  opts: PageCheckOptions = {},
): Promise<{ report: Report; doc: Document }> {
  const url = page.url();
  const html = await page.content();
  const doc = parseHtml(html);
  const kind = opts.kind ?? detectKind(doc, url);
  const want = (c: string): boolean => !opts.criteria || opts.criteria.includes(c);
  const scan = await page.evaluate(scanInPage, [...ALLOWED_FONTS]);
  const ctx = { doc, url, kind, browser: true, biVersion: scan.version };
  const findings = runMarkupChecks(ctx, opts.criteria);
  if (want('C.SI.1.1')) findings.push(fontsFinding(scan));
  const rating = ratingCriterion(ctx);
  const idx = findings.findIndex((f) => f.criterion === rating);
  if (idx >= 0) {
    const toggle = judgeToggle(rating, await page.evaluate(toggleInPage));
    const prev = findings[idx];
    if (toggle && prev && toggle.outcome !== 'pass') {
      const worse = prev.outcome === 'fail' || toggle.outcome === 'fail' ? 'fail' : 'tolerance';
      findings[idx] = {
        criterion: rating,
        outcome: worse,
        message:
          prev.outcome === 'pass'
            ? toggle.message
            : {
                it: `${prev.message.it} ${toggle.message.it}`,
                en: `${prev.message.en} ${toggle.message.en}`,
              },
        elements: [...(prev.elements ?? []), ...(toggle.elements ?? [])],
      };
    }
  }
  if (want('C.SI.3.1')) findings.push(await cookiesFinding(page, scan.thirdParty));
  return { report: makeReport(ctx, findings), doc };
}

/**
 * Checks one page loaded in a real browser (Playwright): every markup criterion plus the
 * computed fonts (C.SI.1.1), the Bootstrap Italia version from CSS, the rating toggle after a
 * click on each star, and the cookies present before any consent (C.SI.3.1).
 * Clicking the stars changes the page's state.
 */
export async function checkPage(page: Page, opts: PageCheckOptions = {}): Promise<Report> {
  return (await analysePage(page, opts)).report;
}
