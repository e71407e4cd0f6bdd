// @piazza/fonts in real Chromium: each family, weight and style the package ships loads from the
// package's own files, and no request leaves the page's own host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveDir } from '../lib/serve.mjs';
import { launchChromium } from '../lib/browser.mjs';
import { FONT_FACES } from '@piazza/fonts';

const filesDir = path.resolve(import.meta.dirname, '../../packages/fonts/files');
const variants = [
  ...new Map(FONT_FACES.map((f) => [`${f.family}|${f.weight}|${f.style}`, f])).values(),
];

let dir, server, browser, page;
const requests = [];
before(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'piazza-fonts-'));
  cpSync(filesDir, path.join(dir, 'fonts'), { recursive: true });
  // One paragraph per variant, with Italian accented letters and latin-ext letters (ł, ő).
  const body = variants
    .map(
      (f) =>
        `<p style="font-family:'${f.family}';font-weight:${f.weight};font-style:${f.style}">` +
        `Città, perché è così — Łódź, Győr (${f.family} ${f.weight} ${f.style})</p>`,
    )
    .join('\n');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Font</title>` +
      `<link rel="stylesheet" href="/fonts/fonts.css"></head><body>${body}</body></html>`,
  );
  server = await serveDir(dir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('every shipped variant is loaded by the browser from the package files', async () => {
  const loaded = await page.evaluate(() =>
    [...document.fonts]
      .filter((f) => f.status === 'loaded')
      .map((f) => `${f.family.replace(/"/g, '')}|${f.weight}|${f.style}`),
  );
  for (const f of variants) {
    assert.ok(
      loaded.includes(`${f.family}|${f.weight}|${f.style}`),
      `${f.family} ${f.weight} ${f.style} not loaded`,
    );
  }
  const fontRequests = requests.filter((u) => u.endsWith('.woff2'));
  assert.ok(fontRequests.length >= variants.length, `${fontRequests.length} woff2 requests`);
  for (const u of fontRequests)
    assert.match(u, /\/fonts\/[a-z-]+-latin(-ext)?-\d{3}-(normal|italic)\.woff2$/);
});

test('the latin-ext subset is fetched for latin-ext text (unicode-range works)', () => {
  assert.ok(requests.some((u) => /-latin-ext-\d{3}-normal\.woff2$/.test(u)));
});

test('no request leaves the page’s own host', () => {
  const host = new URL(server.url).host;
  const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).host !== host);
  assert.deepEqual(foreign, []);
});
