import { worstOf, type CriterionInfo } from './criteria.js';
import type { CriterionSummary } from './crawl-types.js';
import type { Finding, Outcome, Report } from './types.js';

const wanted = (all: readonly CriterionInfo[], only?: readonly string[]): CriterionInfo[] =>
  all.filter((c) => !only || only.includes(c.id));

/** One row per criterion: the worst outcome over the site and its pages, pages counted. */
export function summarise(
  all: readonly CriterionInfo[],
  only: readonly string[] | undefined,
  pages: readonly Report[],
  site: readonly Finding[],
): CriterionSummary[] {
  return wanted(all, only).map((c) => {
    const pageFindings = pages.flatMap((p) =>
      p.findings
        .filter((f) => f.criterion === c.id)
        .map((f) => ({ ...f, ...(p.url ? { url: p.url } : {}) })),
    );
    const siteFindings = site.filter((f) => f.criterion === c.id);
    const every = [...siteFindings, ...pageFindings];
    const counts: Record<Outcome, number> = { pass: 0, tolerance: 0, fail: 0 };
    for (const f of pageFindings) counts[f.outcome]++;
    return {
      criterion: c.id,
      title: c.title,
      outcome: every.length ? worstOf(every.map((f) => f.outcome)) : 'not-run',
      pages: counts,
      findings: [...siteFindings, ...pageFindings.filter((f) => f.outcome !== 'pass')],
    };
  });
}

/**
 * The CSE rows: one per criterion; each request page counted once, with its worst outcome (the
 * first screen and, with `flows`, the screens after it may each give a finding).
 */
export function summariseRequests(
  all: readonly CriterionInfo[],
  only: readonly string[] | undefined,
  findings: readonly (Finding & { url: string })[],
): CriterionSummary[] {
  const sorted = [...findings].sort((a, b) => a.url.localeCompare(b.url));
  return wanted(all, only).map((c) => {
    const fs = sorted.filter((f) => f.criterion === c.id);
    const counts: Record<Outcome, number> = { pass: 0, tolerance: 0, fail: 0 };
    for (const url of new Set(fs.map((f) => f.url)))
      counts[worstOf(fs.filter((f) => f.url === url).map((f) => f.outcome))]++;
    return {
      criterion: c.id,
      title: c.title,
      outcome: fs.length ? worstOf(fs.map((f) => f.outcome)) : 'not-run',
      pages: counts,
      findings: fs.filter((f) => f.outcome !== 'pass'),
    };
  });
}
