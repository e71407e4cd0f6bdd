import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MIN_NUMBER_OF_SERVICES } from './data/service.js';
import { PRIMARY_MENU_ITEMS } from './data/menu.js';
import { CRITERIA, finding } from './criteria.js';
import { byDataElement, usableHref } from './dom.js';
import { scoreSecondLevel, secondLevelLinks, type SecondLevelLink } from './checks/navigation.js';
import { analysePage } from './page.js';
import { SERVICE_CRITERIA } from './checks/services.js';
import { launchChromium, restrictedContext } from './browser.js';
import { mapLimit } from './concurrency.js';
import type { CrawlOptions, SiteReport } from './crawl-types.js';
import { checkRequests } from './requests.js';
import { summarise, summariseRequests } from './summary.js';
import type { Finding, PageKind, Report } from './types.js';

export type { CrawlOptions, CriterionSummary, FlowSummary, SiteReport } from './crawl-types.js';

/** Evenly spread, deterministic sample of n items. */
export function sample<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  if (n <= 0) return [];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)] as T);
  return out;
}

interface Visit {
  report: Report;
  doc: Document;
}

/** Crawls a site the way the official checker does, but visits every page it finds. */
export async function crawl(startUrl: string, opts: CrawlOptions = {}): Promise<SiteReport> {
  const t0 = Date.now();
  const start = new URL(startUrl);
  const sameSite = (u: URL): boolean =>
    u.host.replace(/^www\./, '') === start.host.replace(/^www\./, '') &&
    /^https?:$/.test(u.protocol);
  const errors: SiteReport['errors'] = [];
  const pages: Report[] = [];
  const site: Finding[] = [];
  const visited = new Set<string>();
  const requestFindings: (Finding & { url: string })[] = [];
  const requests: SiteReport['requests'] = { checked: [], elsewhere: [], driven: [] };
  const concurrency = opts.concurrency ?? 4;
  const timeout = opts.timeoutMs ?? 30000;

  const browser: Browser = await launchChromium(opts.chromiumPath);

  /** Absolute same-site URL of an href, without fragment; null otherwise. */
  const resolve = (href: string | null | undefined, base: string): string | null => {
    if (!href) return null;
    try {
      const u = new URL(href, base);
      u.hash = '';
      return sameSite(u) ? u.href : null;
    } catch {
      return null;
    }
  };
  const hrefsOf = (doc: Document, de: string, base: string): string[] => [
    ...new Set(
      byDataElement(doc, de)
        .map((el) =>
          resolve(usableHref(el.matches('a') ? el : (el.querySelector('a[href]') ?? el)), base),
        )
        .filter((u): u is string => !!u),
    ),
  ];

  async function loadAll(page: Page, linkDataElement: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const before = await page.evaluate(
        ([de]) => {
          const btn = document.querySelector(
            '[data-element="load-other-cards"]',
          ) as HTMLButtonElement | null;
          const n = document.querySelectorAll(`[data-element="${de}"]`).length;
          if (
            !btn ||
            btn.disabled ||
            btn.getAttribute('aria-disabled') === 'true' ||
            getComputedStyle(btn).display === 'none' ||
            btn.offsetParent === null
          )
            return -1;
          btn.click();
          return n;
        },
        [linkDataElement] as const,
      );
      if (before < 0) return;
      const grew = await page
        .waitForFunction(
          ([de, n]) => document.querySelectorAll(`[data-element="${de}"]`).length > Number(n),
          [linkDataElement, before] as const,
          { timeout: 3000, polling: 20 },
        )
        .then(
          () => true,
          () => false,
        );
      if (!grew) return;
    }
  }

  // One reusable context + page per worker; cookies are cleared before each page so that the
  // cookies read after load belong to that page only (C.SI.3.1).
  interface Slot {
    context: BrowserContext;
    page: Page;
  }
  const free: Slot[] = [];
  const waiting: ((s: Slot) => void)[] = [];
  let created = 0;
  async function acquire(): Promise<Slot> {
    const s = free.pop();
    if (s) return s;
    if (created < concurrency) {
      created++; // counted before the await: parallel callers never open more than `concurrency`
      // Only the given host is ever contacted.
      const context = await restrictedContext(browser, sameSite);
      return { context, page: await context.newPage() };
    }
    return new Promise((resolve) => waiting.push(resolve));
  }
  function release(s: Slot): void {
    const w = waiting.shift();
    if (w) w(s);
    else free.push(s);
  }

  async function visit(
    url: string,
    kind: PageKind,
    before?: (page: Page) => Promise<void>,
    skip: readonly string[] = [],
  ): Promise<Visit | null> {
    if (visited.has(url)) return null;
    visited.add(url);
    let slot = await acquire();
    try {
      await slot.context.clearCookies();
      const resp = await slot.page.goto(url, { waitUntil: 'load', timeout });
      if (!resp || resp.status() >= 400) {
        errors.push({ url, error: `HTTP ${resp?.status() ?? 'no response'}` });
        return null;
      }
      if (before) await before(slot.page);
      const wanted = opts.criteria ?? (skip.length ? CRITERIA.map((c) => c.id) : undefined);
      const criteria = wanted?.filter((c) => !skip.includes(c));
      const res = await analysePage(slot.page, { kind, ...(criteria ? { criteria } : {}) });
      pages.push(res.report);
      opts.onPage?.(res.report);
      return res;
    } catch (e) {
      errors.push({ url, error: (e as Error).message.split('\n')[0] ?? String(e) });
      // the page may be unusable: replace it
      const page = await slot.context.newPage().catch(() => null);
      if (page) {
        await slot.page.close().catch(() => undefined);
        slot = { context: slot.context, page };
      }
      return null;
    } finally {
      release(slot);
    }
  }

  /** Status of a same-site link target (GET, redirects followed). */
  async function targetStatus(url: string): Promise<number> {
    try {
      const r = await fetch(url, {
        headers: { accept: 'text/html' },
        signal: AbortSignal.timeout(timeout),
      });
      await r.body?.cancel();
      return r.status;
    } catch {
      return 0;
    }
  }

  try {
    // A. home page
    const homeUrl = resolve(start.href, start.href) ?? start.href;
    const home = await visit(homeUrl, 'home');
    if (!home) throw new Error(`home page not reachable: ${errors.at(-1)?.error ?? ''}`);
    const hdoc = home.doc;
    const menu = new Map<string, string>();
    for (const item of PRIMARY_MENU_ITEMS) {
      const u = hrefsOf(hdoc, item.dataElement, homeUrl)[0];
      if (u) menu.set(item.key, u);
    }
    const custom = hrefsOf(hdoc, 'custom-submenu', homeUrl);
    const topicsUrl = hrefsOf(hdoc, 'all-topics', homeUrl)[0];
    const legalUrl = resolve(
      usableHref(
        hdoc.querySelector('footer [data-element="legal-notes"]') ?? hdoc.createElement('a'),
      ),
      homeUrl,
    );
    const leaves: { url: string; kind: PageKind }[] = [];
    for (const u of [
      ...hrefsOf(hdoc, 'personal-area-login', homeUrl),
      ...hrefsOf(hdoc, 'appointment-booking', homeUrl),
    ])
      leaves.push({ url: u, kind: 'generic' });

    // Footer link targets on this host must respond (C.SI.2.3, 2.4, 3.3, 3.4).
    for (const [criterion, de] of [
      ['C.SI.2.3', 'faq'],
      ['C.SI.2.4', 'report-inefficiency'],
      ['C.SI.3.3', 'privacy-policy-link'],
      ['C.SI.3.4', 'legal-notes'],
    ] as const) {
      if (opts.criteria && !opts.criteria.includes(criterion)) continue;
      const href = usableHref(
        hdoc.querySelector(`footer [data-element="${de}"]`) ?? hdoc.createElement('a'),
      );
      const target = resolve(href, homeUrl);
      if (!target) continue;
      const status = await targetStatus(target);
      if (status < 200 || status >= 400) {
        site.push(
          finding(
            criterion,
            'fail',
            `Il link footer [data-element="${de}"] porta a una pagina che non risponde (${target}: HTTP ${status || 'errore'}).`,
            `The footer link [data-element="${de}"] leads to a page that does not respond (${target}: HTTP ${status || 'error'}).`,
          ),
        );
      }
    }

    // B. first-level pages, services page (all cards loaded), topics, legal notes
    const firstLevel: { key: string; url: string }[] = [...menu.entries()].map(([key, url]) => ({
      key,
      url,
    }));
    for (const u of custom) firstLevel.push({ key: 'custom', url: u });
    const b = await mapLimit(
      [
        ...firstLevel.map((f) => ({
          ...f,
          kind: (f.key === 'services' ? 'services-list' : 'first-level') as PageKind,
        })),
        ...(topicsUrl ? [{ key: 'topics', url: topicsUrl, kind: 'topics' as PageKind }] : []),
        ...(legalUrl ? [{ key: 'legal', url: legalUrl, kind: 'legal-notes' as PageKind }] : []),
      ],
      concurrency,
      async (t) => ({
        ...t,
        res: await visit(
          t.url,
          t.kind,
          t.key === 'services' ? (p) => loadAll(p, 'service-link') : undefined,
          // A custom-submenu page is a first-level page (rating, fonts, Bootstrap Italia…), but
          // the validator asks it for no second-level link: its custom-category-link titles count
          // only in the site-wide C.SI.1.7 score below
          // (src/audits/municipality_second_level_pages_audit/index.ts).
          t.key === 'custom' ? ['C.SI.1.7'] : [],
        ),
      }),
    );
    const byKey = (k: string): Visit | null | undefined => b.find((x) => x.key === k)?.res;

    // Second-level titles over the whole site (C.SI.1.7)
    const allLinks: SecondLevelLink[] = [];
    const missingSections: string[] = [];
    for (const item of PRIMARY_MENU_ITEMS) {
      const v = byKey(item.key);
      const links = v ? secondLevelLinks(v.doc).filter((l) => l.section === item.key) : [];
      if (!links.length) missingSections.push(item.name);
      allLinks.push(...links);
    }
    for (const x of b.filter((y) => y.key === 'custom'))
      if (x.res)
        allLinks.push(...secondLevelLinks(x.res.doc).filter((l) => l.section === 'custom'));
    if (!opts.criteria || opts.criteria.includes('C.SI.1.7')) {
      if (missingSections.length) {
        site.push(
          finding(
            'C.SI.1.7',
            'fail',
            `Nessun link di secondo livello trovato per: ${missingSections.join(', ')}.`,
            `No second-level link found for: ${missingSections.join(', ')}.`,
          ),
        );
      }
      const s = scoreSecondLevel(allLinks, []);
      site.push({ ...s, message: { it: `Sito: ${s.message.it}`, en: `Site: ${s.message.en}` } });
    }
    for (const l of allLinks) {
      const u = resolve(l.href, byKey(l.section)?.report.url ?? homeUrl);
      if (u && !/^live-button-events$/.test(l.el.getAttribute('data-element') ?? ''))
        leaves.push({ url: u, kind: 'second-level' });
    }
    if (topicsUrl && !byKey('topics') && (!opts.criteria || opts.criteria.includes('C.SI.1.5'))) {
      site.push(
        finding(
          'C.SI.1.5',
          'fail',
          `La pagina degli argomenti non è raggiungibile (${topicsUrl}).`,
          `The topics page cannot be reached (${topicsUrl}).`,
        ),
      );
    }
    if (!legalUrl && (!opts.criteria || opts.criteria.includes('C.SI.3.4'))) {
      site.push(
        finding(
          'C.SI.3.4',
          'fail',
          'Pagina delle note legali non trovata (nessun link footer legal-notes).',
          'Legal notes page not found (no legal-notes footer link).',
        ),
      );
    }

    // C. services (pager), events list
    const services = byKey('services');
    const serviceUrls: string[] = [];
    const c: Promise<Visit | null>[] = [];
    if (services) {
      serviceUrls.push(...hrefsOf(services.doc, 'service-link', services.report.url ?? homeUrl));
      for (const u of hrefsOf(services.doc, 'appointment-booking', services.report.url ?? homeUrl))
        leaves.push({ url: u, kind: 'generic' });
      const pager = hrefsOf(services.doc, 'pager-link', services.report.url ?? homeUrl)[0];
      if (pager) c.push(visit(pager, 'generic'));
    }
    const live = byKey('live');
    const eventsUrl = live
      ? (hrefsOf(live.doc, 'live-button-events', live.report.url ?? homeUrl)[0] ??
        resolve(
          /'(.*)'/.exec(
            byDataElement(live.doc, 'live-button-events')[0]?.getAttribute('onclick') ?? '',
          )?.[1],
          live.report.url ?? homeUrl,
        ))
      : null;
    if (eventsUrl) c.push(visit(eventsUrl, 'events', (p) => loadAll(p, 'event-link')));
    const cres = await Promise.all(c);
    const eventUrls: string[] = [];
    for (const v of cres) {
      if (!v) continue;
      if (v.report.kind === 'events')
        eventUrls.push(...hrefsOf(v.doc, 'event-link', v.report.url ?? homeUrl));
      else serviceUrls.push(...hrefsOf(v.doc, 'service-link', v.report.url ?? homeUrl));
    }
    const uniqueServices = [...new Set(serviceUrls)];
    if (!opts.criteria || opts.criteria.includes('C.SI.1.3')) {
      site.push(
        uniqueServices.length >= MIN_NUMBER_OF_SERVICES
          ? finding(
              'C.SI.1.3',
              'pass',
              `${uniqueServices.length} schede servizio trovate (minimo ${MIN_NUMBER_OF_SERVICES}).`,
              `${uniqueServices.length} service pages found (minimum ${MIN_NUMBER_OF_SERVICES}).`,
            )
          : finding(
              'C.SI.1.3',
              'fail',
              `Solo ${uniqueServices.length} schede servizio [data-element="service-link"] trovate (minimo ${MIN_NUMBER_OF_SERVICES}, dopo aver cliccato "load-other-cards").`,
              `Only ${uniqueServices.length} service pages [data-element="service-link"] found (minimum ${MIN_NUMBER_OF_SERVICES}, after clicking "load-other-cards").`,
            ),
      );
    }

    // D. leaf pages: second-level, services, events, booking, personal area
    const seen = new Set(visited);
    const uniq = (xs: { url: string; kind: PageKind }[]): { url: string; kind: PageKind }[] =>
      xs.filter((x) => !seen.has(x.url) && (seen.add(x.url), true));
    const groups = [
      uniq(leaves.filter((l) => l.kind === 'second-level')),
      uniq(uniqueServices.map((url) => ({ url, kind: 'service' as PageKind }))),
      uniq(eventUrls.map((url) => ({ url, kind: 'generic' as PageKind }))),
      uniq(leaves.filter((l) => l.kind === 'generic')),
    ];
    let chosen = groups.flat();
    if (opts.maxPages !== undefined) {
      let budget = Math.max(0, opts.maxPages - visited.size);
      const per = groups.map(() => 0);
      // round-robin the budget over the groups, then sample each group evenly
      while (budget > 0 && per.some((n, i) => n < (groups[i]?.length ?? 0))) {
        for (let i = 0; i < groups.length && budget > 0; i++) {
          if ((per[i] ?? 0) < (groups[i]?.length ?? 0)) {
            per[i] = (per[i] ?? 0) + 1;
            budget--;
          }
        }
      }
      chosen = groups.flatMap((g, i) => sample(g, per[i] ?? 0));
    }
    const leafVisits = await mapLimit(chosen, concurrency, (l) => visit(l.url, l.kind));

    // E. Piazza's additional checks (CSE.*) on the request pages of the visited service cards.
    const cards = leafVisits.filter((v): v is Visit => !!v && v.report.kind === 'service');
    const r = await checkRequests(
      browser,
      cards.map((v) => ({ url: v.report.url ?? homeUrl, doc: v.doc })),
      { ...opts, concurrency, timeoutMs: timeout },
      { resolve, sameSite },
    );
    requestFindings.push(...r.findings);
    Object.assign(requests, r.requests);
  } finally {
    await browser.close();
  }

  const order = (u?: string): number => [...visited].indexOf(u ?? '');
  pages.sort((a, b) => order(a.url) - order(b.url));
  const criteria = summarise(CRITERIA, opts.criteria, pages, site);
  // The rows that need the flow driven in the browser are reported only with `flows`.
  const services = summariseRequests(
    SERVICE_CRITERIA.filter((c) => opts.flows || c.mode === 'markup'),
    opts.criteria,
    requestFindings,
  );
  return {
    startUrl,
    pages,
    site,
    criteria,
    services,
    requests: {
      checked: [...requests.checked].sort(),
      elsewhere: [...new Set(requests.elsewhere)].sort(),
      driven: [...requests.driven].sort((a, b) => a.url.localeCompare(b.url)),
    },
    errors,
    passed: !errors.length && criteria.every((c) => c.outcome !== 'fail'),
    durationMs: Date.now() - t0,
  };
}
