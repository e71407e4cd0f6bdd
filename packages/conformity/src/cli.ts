#!/usr/bin/env node
import { crawl, type CrawlOptions } from './crawl.js';
import { formatReport } from './format.js';

const USAGE = `Uso / usage: piazza-check <url> [--max-pages N] [--json] [--lang it|en] [--flows]
                    [--chromium PATH] [--concurrency N] [--criteria C.SI.1.6,C.SI.2.3]

Verifica i criteri del Modello Comuni su tutte le pagine trovate da <url> (contatta solo quell'host).
Checks the Modello Comuni criteria on every page found from <url> (contacts only that host).
--flows: compila e invia ogni richiesta online del sito (CSE.1.2, 1.6, 1.7, 1.8, 1.10).
--flows: fills in and sends every online request of the site (CSE.1.2, 1.6, 1.7, 1.8, 1.10).
Exit: 0 = every criterion passes (tolerance counts as passed), 1 = at least one fails, 2 = error.`;

async function main(argv: string[]): Promise<number> {
  let url: string | undefined;
  let json = false;
  let lang: 'it' | 'en' = 'it';
  const opts: CrawlOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--flows') opts.flows = true;
    else if (a === '--max-pages') opts.maxPages = Number(value());
    else if (a === '--concurrency') opts.concurrency = Number(value());
    else if (a === '--chromium') opts.chromiumPath = value();
    else if (a === '--criteria')
      opts.criteria = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (a === '--lang') lang = value() === 'en' ? 'en' : 'it';
    else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (!a.startsWith('-') && !url) url = a;
    else throw new Error(`unknown argument: ${a}`);
  }
  if (
    !url ||
    (opts.maxPages !== undefined && !(opts.maxPages >= 1)) ||
    (opts.concurrency !== undefined && !(opts.concurrency >= 1))
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const report = await crawl(url, opts);
  process.stdout.write(
    json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, { lang })}\n`,
  );
  return report.passed ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`piazza-check: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
