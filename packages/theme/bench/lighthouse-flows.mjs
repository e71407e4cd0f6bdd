#!/usr/bin/env node
// The pages of the digital services (issue 15): the JavaScript each loads before the first
// interaction (its module scripts and their static imports, gzip -9) and Lighthouse mobile
// (performance) on them. Prints a Markdown table for docs/benchmarks.md ("Servizi digitali").
//   node packages/theme/bench/lighthouse-flows.mjs [--no-lighthouse] [--only=ZTL,Home]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = [
  ['Richiesta: permesso ZTL', '/servizi/mobilita-e-trasporti/permesso-ztl/richiesta/'],
  [
    'Richiesta: iscrizione asilo nido',
    '/servizi/educazione-e-formazione/iscrizione-asilo-nido/richiesta/',
  ],
  ['Richiesta: mensa scolastica', '/servizi/educazione-e-formazione/mensa-scolastica/richiesta/'],
  [
    'Richiesta: agevolazioni TARI',
    '/servizi/tributi-finanze-e-contravvenzioni/agevolazioni-tari/richiesta/',
  ],
  [
    'Richiesta: pagamento TARI',
    '/servizi/tributi-finanze-e-contravvenzioni/pagamento-tari/richiesta/',
  ],
  ['Segnalazione disservizio', '/segnalazione-disservizio/'],
  ['Area personale', '/area-personale/'],
  ['Scheda servizio (permesso ZTL)', '/servizi/mobilita-e-trasporti/permesso-ztl/'],
  ['Home', '/'],
];
const lighthouse = !process.argv.includes('--no-lighthouse');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const out = mkdtempSync(path.join(os.tmpdir(), 'piazza-lh-flows-'));
const built = spawnSync(
  process.execPath,
  [path.join(PACKAGE, 'dist', 'cli.js'), 'build', '--demo', '--out', out],
  { encoding: 'utf8' },
);
if (built.status !== 0) throw new Error(built.stderr);

/** Gzip bytes of the page's module scripts and of the chunks they import statically. */
function initialJs(p) {
  const html = readFileSync(path.join(out, p, 'index.html'), 'utf8');
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(out, file), 'utf8');
    // static imports only: `import{a}from"./chunk-X.js"` and `import"./chunk-X.js"`
    for (const m of code.matchAll(/import(?:[^"'()]*?from)?\s*["'](\.\/[^"']+\.js)["']/g))
      walk(path.posix.join(path.posix.dirname(file), m[1]));
  };
  for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g)) walk(m[1]);
  let bytes = 0;
  for (const f of seen) bytes += gzipSync(readFileSync(path.join(out, f)), { level: 9 }).length;
  return bytes;
}

const { serveSite } = await import(path.join(PACKAGE, 'dist', 'index.js'));
const site = await serveSite(out, { port: 0 });
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const rows = [];
try {
  for (const [name, p] of PAGES) {
    if (only && !only.some((o) => name.includes(o))) continue;
    const js = initialJs(p);
    let cells = '| | | | | |';
    if (lighthouse) {
      const lhPath = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
      const report = path.join(out, 'lh.json');
      rmSync(report, { force: true });
      const status = await new Promise((resolve) => {
        const child = spawn(
          process.execPath,
          [
            lhPath,
            site.url.replace(/\/$/, '') + p,
            '--only-categories=performance',
            '--form-factor=mobile',
            '--output=json',
            `--output-path=${report}`,
            '--quiet',
            '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking',
          ],
          { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'ignore' },
        );
        child.on('close', resolve);
      });
      if (status === 0 && existsSync(report)) {
        const lhr = JSON.parse(readFileSync(report, 'utf8'));
        const a = lhr.audits;
        cells = `| ${Math.round(lhr.categories.performance.score * 100)} | ${a['first-contentful-paint'].displayValue} | ${a['largest-contentful-paint'].displayValue} | ${a['total-blocking-time'].displayValue} | ${a['cumulative-layout-shift'].displayValue} |`;
      } else cells = '| Lighthouse non riuscito | | | | |';
    }
    const row = `| ${name} | ${kb(js)} ${cells}`;
    rows.push(row);
    console.log(row);
  }
} finally {
  await site.close();
  rmSync(out, { recursive: true, force: true });
}
console.log(
  '\n| pagina | JS prima dell’interazione (gzip) | performance | FCP | LCP | TBT | CLS |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
