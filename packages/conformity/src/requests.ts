// Piazza's additional checks (CSE.*) in a crawl: the request pages that the visited service
// cards link to ("Accedi al servizio", [data-element="service-online-access"]). Each is read as
// the server sends it (the first screen: checks/services.ts) and, with `flows`, driven in
// Chromium to its confirmation (flows.ts).
import type { Browser } from 'playwright-core';
import { restrictedContext } from './browser.js';
import { mapLimit } from './concurrency.js';
import { finding } from './criteria.js';
import type { CrawlOptions, SiteReport } from './crawl-types.js';
import { byDataElement, usableHref } from './dom.js';
import { checkRequestDocument, SERVICE_CRITERIA } from './checks/services.js';
import { driveFlow, maxDaysOf } from './flows.js';
import { parseHtml } from './html.js';
import type { Finding } from './types.js';

export interface RequestChecks {
  findings: (Finding & { url: string })[];
  requests: SiteReport['requests'];
}

/** The first screen of each request page and, with `opts.flows`, the whole flow. */
export async function checkRequests(
  browser: Browser,
  services: readonly { url: string; doc: Document }[],
  opts: CrawlOptions & { concurrency: number; timeoutMs: number },
  site: { resolve: (href: string, base: string) => string | null; sameSite: (u: URL) => boolean },
): Promise<RequestChecks> {
  const findings: RequestChecks['findings'] = [];
  const requests: SiteReport['requests'] = { checked: [], elsewhere: [], driven: [] };
  const wanted = SERVICE_CRITERIA.map((c) => c.id).filter(
    (c) => !opts.criteria || opts.criteria.includes(c),
  );
  if (!wanted.length) return { findings, requests };
  /** request page → the scheda's maximum time in days */
  const maxDays = new Map<string, number | undefined>();
  for (const s of services) {
    for (const el of byDataElement(s.doc, 'service-online-access')) {
      const href = usableHref(el.matches('a') ? el : (el.querySelector('a[href]') ?? el));
      if (!href) continue;
      const inside = site.resolve(href, s.url);
      if (inside) {
        if (!maxDays.has(inside)) maxDays.set(inside, maxDaysOf(s.doc));
        continue;
      }
      try {
        requests.elsewhere.push(new URL(href, s.url).href);
      } catch {
        // not a URL: C.SI.1.3 reports the service card
      }
    }
  }
  const targets = [...maxDays.keys()];
  requests.checked.push(...targets);
  await mapLimit(targets, opts.concurrency, async (url) => {
    const html = await fetch(url, {
      headers: { accept: 'text/html' },
      signal: AbortSignal.timeout(opts.timeoutMs),
    }).then(
      async (r) => (r.ok ? r.text() : `HTTP ${r.status}`),
      (e: unknown) => `${(e as Error).message}`,
    );
    if (!/^\s*</.test(html)) {
      findings.push({
        ...finding(
          'CSE.1.1',
          'fail',
          `Il link «Accedi al servizio» porta a una pagina che non risponde (${html}).`,
          `The «Accedi al servizio» link leads to a page that does not respond (${html}).`,
        ),
        url,
      });
      return;
    }
    for (const f of checkRequestDocument(parseHtml(html), wanted)) findings.push({ ...f, url });
  });
  if (opts.flows) {
    // Each flow in a fresh context (no draft, nobody signed in); at most two at a time.
    await mapLimit(targets, Math.min(2, opts.concurrency), async (url) => {
      const context = await restrictedContext(browser, site.sameSite);
      try {
        const days = maxDays.get(url);
        const run = await driveFlow(context, url, {
          timeoutMs: opts.timeoutMs,
          criteria: wanted,
          ...(days !== undefined ? { maxDays: days } : {}),
        });
        requests.driven.push({ url, steps: run.steps });
        for (const f of run.findings) findings.push({ ...f, url });
      } finally {
        await context.close().catch(() => undefined);
      }
    });
  }
  return { findings, requests };
}
