#!/usr/bin/env node
// Benchmark: crawl and check a generated 60-page conforming site on 127.0.0.1.
// Goal: under 30 s on 2 cores. Needs the built package (pnpm -r build) and /usr/bin/chromium.
//   node packages/conformity/bench/crawl.bench.mjs [--concurrency N]
import os from 'node:os';
import { crawl, formatReport } from '../dist/index.js';
import { serveSite } from './site.mjs';
import { CHROMIUM } from '../test/browser/serve.mjs';

const LIMIT_MS = 30_000;
const i = process.argv.indexOf('--concurrency');
const concurrency = i > 0 ? Number(process.argv[i + 1]) : undefined;

const site = await serveSite();
const crawlable = [...site.pages.keys()].filter(
  (p) =>
    !['/faq/', '/privacy/', '/servizi/segnalazione-disservizio/', '/mappa-del-sito/'].includes(p),
).length;
try {
  const t0 = performance.now();
  const report = await crawl(`${site.url}/`, {
    chromiumPath: CHROMIUM,
    ...(concurrency ? { concurrency } : {}),
  });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage();
  const n = report.pages.length;
  process.stdout.write(
    `piazza-check bench: ${n} pages (site has ${crawlable}) in ${(ms / 1000).toFixed(2)} s — ${(n / (ms / 1000)).toFixed(1)} pages/s ` +
      `(${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}), passed=${report.passed}; node CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s\n`,
  );
  if (!report.passed || n !== crawlable)
    process.stdout.write(`${formatReport(report, { lang: 'en' })}\n`);
  if (n !== crawlable) {
    process.stderr.write(`expected to visit ${crawlable} pages, visited ${n}\n`);
    process.exitCode = 1;
  } else if (!report.passed) {
    process.stderr.write('the generated conforming site did not pass\n');
    process.exitCode = 1;
  } else if (ms > LIMIT_MS) {
    process.stderr.write(`over the ${LIMIT_MS / 1000} s budget\n`);
    process.exitCode = 1;
  }
} finally {
  await site.close();
}
