#!/usr/bin/env node
// Screenshots of the demo comune at 1280 and 360 px, one per page type, for docs/compositions.md.
// Builds the demo, serves it with `piazza serve`, and writes small JPEGs to docs/screens/.
//   node packages/theme/bench/screens.mjs [--out DIR] [--only home,evento]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../test/lib/browser.mjs';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(PACKAGE, '..', '..');
const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const outDir = path.resolve(arg('--out') ?? path.join(ROOT, 'docs', 'screens'));
const only = arg('--only')?.split(',');

/** Page type → a demo page of that type (the kit's template name in docs/compositions.md). */
export const PAGES = {
  home: '/',
  amministrazione: '/amministrazione/',
  'unita-organizzativa': '/amministrazione/organi-di-governo/giunta-comunale/',
  persona: '/amministrazione/politici/anna-marchetti/',
  'documenti-dati': '/amministrazione/documenti-e-dati/',
  documento: '/amministrazione/documenti-e-dati/delibera-bilancio-previsione-2026/',
  novita: '/novita/',
  'novita-tipo': '/novita/notizie/',
  'novita-dettaglio': '/novita/notizie/nuovo-asilo-nido-via-dei-tigli/',
  servizi: '/servizi/',
  'servizi-categoria': '/servizi/anagrafe-e-stato-civile/',
  'servizio-dettaglio': '/servizi/anagrafe-e-stato-civile/carta-identita-elettronica/',
  vivere: '/vivere-il-comune/',
  eventi: '/vivere-il-comune/eventi/',
  'evento-dettaglio': '/vivere-il-comune/eventi/festa-di-san-lorenzo-2026/',
  luoghi: '/vivere-il-comune/luoghi/',
  'luogo-dettaglio': '/vivere-il-comune/luoghi/teatro-comunale/',
  argomenti: '/argomenti/',
  argomento: '/argomenti/mobilita-sostenibile/',
  'domande-frequenti': '/domande-frequenti/',
  'risultati-ricerca': '/ricerca/?q=tari',
  'prenota-appuntamento': '/prenota-appuntamento/',
  'segnalazione-disservizio': '/segnalazione-disservizio/',
  'pagina-generica': '/note-legali/',
  'mappa-del-sito': '/mappa-del-sito/',
  'richiesta-assistenza': '/richiesta-assistenza/',
};

const site = mkdtempSync(path.join(os.tmpdir(), 'piazza-screens-'));
const built = spawnSync(
  process.execPath,
  [path.join(PACKAGE, 'dist', 'cli.js'), 'build', '--demo', '--out', site],
  { encoding: 'utf8' },
);
if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
const { serveSite } = await import(path.join(PACKAGE, 'dist', 'index.js'));
const server = await serveSite(site, { port: 0 });
const browser = await launchChromium();
mkdirSync(outDir, { recursive: true });
let total = 0;
const shots = [];
try {
  for (const width of [1280, 360]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    for (const [name, p] of Object.entries(PAGES)) {
      if (only && !only.includes(name)) continue;
      const page = await context.newPage();
      page.on('crash', () => console.log(`${name}: the page crashed`));
      const res = await page.goto(`${server.url.replace(/\/$/, '')}${p}`, { waitUntil: 'load' });
      if (!res || res.status() >= 400) {
        console.log(`${name}: ${p} → ${String(res?.status())}, skipped`);
        continue;
      }
      // The cookie bar covers the page on small screens: refuse once, the choice is remembered.
      const refuse = page.getByRole('button', { name: 'Rifiuta' });
      if (await refuse.isVisible()) {
        await refuse.click();
        await page
          .locator('.cookiebar')
          .waitFor({ state: 'hidden', timeout: 5000 })
          .catch(() => {});
      }
      // Lazy images below the fold: scroll through so they load before the full-page shot.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      // Lazy images still waiting: load them now, so the full-page shot shows them.
      await page.evaluate(() => {
        for (const img of document.querySelectorAll('img[loading="lazy"]')) img.loading = 'eager';
      });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => window.scrollTo(0, 0));
      shots.push({ name, width, png: await page.screenshot({ fullPage: true }) });
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
// sharp is loaded only once Chromium is closed: with libvips at work in this process the browser
// was seen to crash.
const { default: sharp } = await import('sharp');
for (const { name, width, png } of shots) {
  const file = path.join(outDir, `${name}-${String(width)}.webp`);
  // Reduced (1280 → 600 px, 360 → 320 px wide), WebP at a low quality: the whole set stays < 3 MB.
  const info = await sharp(png, { limitInputPixels: false })
    .resize({ width: width === 1280 ? 600 : 320 })
    .webp({ quality: 38 })
    .toFile(file);
  total += info.size;
  console.log(`${path.basename(file)} ${String(Math.round(info.size / 1024))} KB`);
}
console.log(`${String(Math.round(total / 1024))} KB in ${outDir}`);
