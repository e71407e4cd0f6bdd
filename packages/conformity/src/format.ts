import { CRITERIA } from './criteria.js';
import type { SiteReport } from './crawl.js';
import type { Outcome, Report } from './types.js';

export interface FormatOptions {
  lang?: 'it' | 'en';
  /** Print every non-passing finding with its elements (default true). */
  details?: boolean;
}

const LABEL: Record<Outcome | 'not-run', { it: string; en: string }> = {
  pass: { it: 'OK', en: 'PASS' },
  tolerance: { it: 'TOLLERANZA', en: 'TOLERANCE' },
  fail: { it: 'NON CONFORME', en: 'FAIL' },
  'not-run': { it: 'NON ESEGUITO', en: 'NOT RUN' },
};

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function isSite(r: Report | SiteReport): r is SiteReport {
  return 'criteria' in r;
}

/** Human-readable table: one row per criterion, then the details of what does not pass. */
export function formatReport(report: Report | SiteReport, opts: FormatOptions = {}): string {
  const lang = opts.lang ?? 'it';
  const details = opts.details ?? true;
  const out: string[] = [];
  if (isSite(report)) {
    out.push(
      `${lang === 'it' ? 'Sito' : 'Site'}: ${report.startUrl} — ${report.pages.length} ${lang === 'it' ? 'pagine' : 'pages'}, ${(report.durationMs / 1000).toFixed(1)} s`,
    );
    const rows = [
      [
        lang === 'it' ? 'Criterio' : 'Criterion',
        lang === 'it' ? 'Esito' : 'Outcome',
        lang === 'it' ? 'Pagine ok/toll./ko' : 'Pages ok/tol./fail',
        lang === 'it' ? 'Dettaglio' : 'Detail',
      ],
    ];
    for (const c of report.criteria) {
      const first = c.findings.find((f) => f.outcome !== 'pass') ?? c.findings[0];
      rows.push([
        `${c.criterion} ${cut(c.title[lang], 34)}`,
        LABEL[c.outcome][lang],
        `${c.pages.pass}/${c.pages.tolerance}/${c.pages.fail}`,
        first && c.outcome !== 'pass' ? cut(first.message[lang], 90) : '',
      ]);
    }
    out.push(table(rows));
    if (details) {
      for (const c of report.criteria.filter(
        (x) => x.outcome === 'fail' || x.outcome === 'tolerance',
      )) {
        out.push('', `■ ${c.criterion} ${c.title[lang]} — ${LABEL[c.outcome][lang]}`);
        for (const f of c.findings.filter((x) => x.outcome !== 'pass').slice(0, 30)) {
          out.push(
            `  [${LABEL[f.outcome][lang]}] ${f.url ?? (lang === 'it' ? '(sito)' : '(site)')}`,
            `    ${f.message[lang]}`,
          );
          for (const e of (f.elements ?? []).slice(0, 5)) out.push(`      · ${e}`);
        }
      }
    }
    const services = report.services ?? [];
    if (services.length) {
      out.push(
        '',
        lang === 'it'
          ? 'Controlli aggiuntivi Piazza (CSE.*: il validatore ufficiale non li verifica; non cambiano l’esito)'
          : 'Piazza’s additional checks (CSE.*: the official validator does not check them; they do not change the result)',
      );
      const srows = [
        [
          lang === 'it' ? 'Criterio' : 'Criterion',
          lang === 'it' ? 'Esito' : 'Outcome',
          lang === 'it' ? 'Richieste ok/toll./ko' : 'Requests ok/tol./fail',
          lang === 'it' ? 'Dettaglio' : 'Detail',
        ],
      ];
      for (const c of services) {
        const first = c.findings.find((f) => f.outcome !== 'pass');
        srows.push([
          `${c.criterion} ${cut(c.title[lang], 34)}`,
          LABEL[c.outcome][lang],
          `${c.pages.pass}/${c.pages.tolerance}/${c.pages.fail}`,
          first ? cut(first.message[lang], 90) : '',
        ]);
      }
      out.push(table(srows));
      const req = report.requests ?? { checked: [], elsewhere: [], driven: [] };
      out.push(
        lang === 'it'
          ? `${req.checked.length} pagine di richiesta verificate (il primo passo, come lo invia il server); ${req.elsewhere.length} link «Accedi al servizio» portano ad altri siti, non verificati.`
          : `${req.checked.length} request pages checked (the first step, as the server sends it); ${req.elsewhere.length} «Accedi al servizio» links lead to other sites, not checked.`,
      );
      const driven = req.driven ?? [];
      if (driven.length) {
        const done = driven.filter((d) => d.steps.at(-1) === 'conferma').length;
        out.push(
          lang === 'it'
            ? `--flows: ${done} di ${driven.length} richieste compilate e inviate fino alla conferma.`
            : `--flows: ${done} of ${driven.length} requests filled in and sent up to the confirmation.`,
        );
      }
      if (details) {
        for (const c of services.filter((x) => x.findings.length)) {
          out.push('', `■ ${c.criterion} ${c.title[lang]} — ${LABEL[c.outcome][lang]}`);
          for (const f of c.findings.slice(0, 30)) {
            out.push(`  [${LABEL[f.outcome][lang]}] ${f.url ?? ''}`, `    ${f.message[lang]}`);
            for (const e of (f.elements ?? []).slice(0, 5)) out.push(`      · ${e}`);
          }
        }
      }
    }
    if (report.errors.length) {
      out.push('', lang === 'it' ? 'Pagine non caricate:' : 'Pages not loaded:');
      for (const e of report.errors) out.push(`  ${e.url}: ${e.error}`);
    }
    out.push(
      '',
      report.passed
        ? lang === 'it'
          ? 'ESITO: conforme'
          : 'RESULT: conforming'
        : lang === 'it'
          ? 'ESITO: non conforme'
          : 'RESULT: not conforming',
    );
    return out.join('\n');
  }
  out.push(`${report.url ?? '(html)'} [${report.kind}]`);
  const rows = [
    [
      lang === 'it' ? 'Criterio' : 'Criterion',
      lang === 'it' ? 'Esito' : 'Outcome',
      lang === 'it' ? 'Messaggio' : 'Message',
    ],
  ];
  for (const f of report.findings) {
    const title = CRITERIA.find((c) => c.id === f.criterion)?.title[lang] ?? '';
    rows.push([
      `${f.criterion} ${cut(title, 34)}`,
      LABEL[f.outcome][lang],
      cut(f.message[lang], 110),
    ]);
  }
  out.push(table(rows));
  if (details) {
    for (const f of report.findings.filter((x) => x.outcome !== 'pass' && x.elements?.length)) {
      out.push(`  ${f.criterion}:`);
      for (const e of (f.elements ?? []).slice(0, 5)) out.push(`    · ${e}`);
    }
  }
  return out.join('\n');
}
