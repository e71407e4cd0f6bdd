#!/usr/bin/env node
// Lighthouse mobile (performance) on the demo pages with images: home, servizi, a service page, a
// news item, an event and a place; with the page weight (all bytes transferred, and those of images).
// Prints a Markdown table for docs/benchmarks.md ("Immagini").
//   node packages/theme/bench/lighthouse-images.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = [
  ['Home', '/'],
  ['Servizi', '/servizi/'],
  ['Scheda servizio', '/servizi/anagrafe-e-stato-civile/carta-identita-elettronica/'],
  ['Notizia', '/novita/notizie/nuovo-asilo-nido-via-dei-tigli/'],
  ['Evento', '/vivere-il-comune/eventi/festa-di-san-lorenzo-2026/'],
  ['Luogo', '/vivere-il-comune/luoghi/teatro-comunale/'],
];
const only = process.argv[2]?.split(',');
const lhPath = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const out = mkdtempSync(path.join(os.tmpdir(), 'piazza-lh-'));
const built = spawnSync(
  process.execPath,
  [path.join(PACKAGE, 'dist', 'cli.js'), 'build', '--demo', '--out', out],
  {
    encoding: 'utf8',
  },
);
if (built.status !== 0) throw new Error(built.stderr);
const { serveSite } = await import(path.join(PACKAGE, 'dist', 'index.js'));
const site = await serveSite(out, { port: 0 });
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const rows = [];
try {
  for (const [name, p] of PAGES) {
    if (only && !only.includes(name)) continue;
    const report = path.join(out, 'lh.json');
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
    if (status !== 0 || !existsSync(report)) {
      console.log(`${name}: Lighthouse failed`);
      continue;
    }
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const a = lhr.audits;
    const items = a['network-requests']?.details?.items ?? [];
    const images = items
      .filter((i) => i.resourceType === 'Image')
      .reduce((s, i) => s + (i.transferSize ?? 0), 0);
    const row = `| ${name} | ${Math.round(lhr.categories.performance.score * 100)} | ${a['first-contentful-paint'].displayValue} | ${a['largest-contentful-paint'].displayValue} | ${a['total-blocking-time'].displayValue} | ${a['cumulative-layout-shift'].displayValue} | ${kb(a['total-byte-weight'].numericValue)} | ${kb(images)} |`;
    rows.push(row);
    console.log(row);
  }
} finally {
  await site.close();
  rmSync(out, { recursive: true, force: true });
}
console.log('\n| pagina | performance | FCP | LCP | TBT | CLS | peso totale | di cui immagini |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
