// The components' own styles (styled-components) on the theme's pages, in real Chromium: they
// come from the page's CSS file (the CSP forbids inline <style>), with the comune's colour, and
// hydrating an island injects nothing (no <style>, no new rule, no CSP violation).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../../../test/lib/browser.mjs';
import { PACKAGE, cleanup, demoCopy, pageFile, piazza, tempDir } from '../node/helpers.mjs';

const PRIMARY = '#8a1538';
let content, out, server, base, browser;

before(async () => {
  content = demoCopy();
  const site = path.join(content, 'site.yml');
  writeFileSync(
    site,
    readFileSync(site, 'utf8').replace(/^primaryColor: .*$/m, `primaryColor: '${PRIMARY}'`),
  );
  out = tempDir('piazza-styled-');
  const build = piazza(['build', '--content', content, '--out', out, '--no-precompress'], {
    timeout: 600_000,
  });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  const { serveSite } = await import(path.join(PACKAGE, 'dist', 'index.js'));
  server = await serveSite(out, { port: 0 });
  base = server.url;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close?.();
  cleanup(content, out);
});

/** The page's stylesheets and rules, and what could have been injected. */
const styleState = (page) =>
  page.evaluate(() => {
    let rules = 0;
    for (const sheet of document.styleSheets) rules += sheet.cssRules.length;
    return {
      sheets: document.styleSheets.length,
      rules,
      styleTags: document.querySelectorAll('style').length,
      styledTags: document.querySelectorAll('[data-styled]').length,
      violations: window.__violations,
    };
  });

async function open(width, p) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${base}${p}`, { waitUntil: 'load' });
  return { context, page, errors };
}

test('the search icon takes the comune colour from the page CSS file, no inline style', async () => {
  const { context, page, errors } = await open(1280, '/');
  const button = page.locator('.it-search-wrapper button.rounded-icon');
  const fill = await button.locator('svg').evaluate((svg) => getComputedStyle(svg).fill);
  assert.equal(fill, 'rgb(138, 21, 56)', 'the icon is drawn in the primary colour');
  const state = await styleState(page);
  assert.equal(state.styleTags, 0);
  assert.deepEqual(state.violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('hydrating the header and rating islands injects no style a second time', async () => {
  const { context, page, errors } = await open(1280, '/');
  const before = await styleState(page);
  const search = page.locator('.it-search-wrapper button.rounded-icon');
  const classBefore = await search.evaluate(
    (b) => b.closest('.it-header-center-wrapper').className,
  );
  // the header island hydrates on the first interaction
  await search.hover();
  await page.locator('[data-island="header"][data-live]').waitFor({ state: 'attached' });
  // the rating island: a star chosen before hydration
  const star = page.locator('[data-island="rating"] label').first();
  await star.scrollIntoViewIfNeeded();
  await star.click();
  await page.locator('[data-island="rating"][data-live]').waitFor({ state: 'attached' });
  const after = await styleState(page);
  assert.deepEqual(after, before, 'same stylesheets and rules, no <style>, no CSP violation');
  assert.equal(after.styleTags, 0);
  // the hydrated header kept the server's class names (same theme, same componentId)
  assert.equal(
    await search.evaluate((b) => b.closest('.it-header-center-wrapper').className),
    classBefore,
  );
  assert.equal(
    await search.locator('svg').evaluate((svg) => getComputedStyle(svg).fill),
    'rgb(138, 21, 56)',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('each page CSS file carries only the component styles it needs (purged per page)', () => {
  const cssOf = (p) => {
    const html = readFileSync(pageFile(out, p), 'utf8');
    const href = /<link rel="stylesheet" href="([^"]+)"\/?>/.exec(html)[1];
    return { html, css: readFileSync(path.join(out, href), 'utf8') };
  };
  const home = cssOf('/');
  const booking = cssOf('/prenota-appuntamento/');
  for (const { html, css } of [home, booking]) {
    assert.doesNotMatch(html, /<style/);
    assert.doesNotMatch(css, /data-styled|\/\*!sc\*\//, 'no styled-components markers');
    assert.match(css, /button\.rounded-icon svg\{fill:#8a1538;?\}/);
  }
  // the stepper's rules: on the booking page (its island renders a Stepper), not on the home page
  assert.match(booking.css, /\.steppers-header ul li:not\(\.active\):focus-within/);
  assert.doesNotMatch(home.css, /steppers-header/);
  assert.doesNotMatch(home.css + booking.css, /#06c[;}]/i);
});

test('no page loads styled-components before the first interaction, and every page stays within 3 KB of JS', async () => {
  const { gzipSync } = await import('node:zlib');
  const { sitemapPaths } = await import('../node/helpers.mjs');
  // the module scripts of a page and the chunks they import statically (dynamic imports wait
  // for an interaction with an island)
  const initial = (p) => {
    const html = readFileSync(pageFile(out, p), 'utf8');
    const seen = new Set();
    const follow = (u) => {
      if (seen.has(u)) return;
      seen.add(u);
      const code = readFileSync(path.join(out, u), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g))
        follow(path.posix.join(path.posix.dirname(u), m[1]));
    };
    for (const m of html.matchAll(/<script type="module" src="([^"]+)">/g)) follow(m[1]);
    return [...seen];
  };
  const withIslandsOnly = [];
  for (const p of sitemapPaths(out)) {
    const files = initial(p);
    const code = files.map((u) => readFileSync(path.join(out, u), 'utf8'));
    // styled-components' runtime names its attribute "data-styled"
    if (code.some((c) => c.includes('data-styled'))) withIslandsOnly.push(p);
  }
  // only the booking and the assistance request hydrate their island at once (it is the page's
  // content)
  assert.deepEqual(withIslandsOnly.sort(), ['/prenota-appuntamento/', '/richiesta-assistenza/']);
  // ≤ 3 KB gzip on every page but those whose island is the page's content (the booking, the
  // assistance request, the search, the service flows, the segnalazione, the area personale)
  const islandIsContent =
    /^\/(prenota-appuntamento|richiesta-assistenza|ricerca|segnalazione-disservizio|area-personale)\/$|\/richiesta\/$/;
  const over = [];
  let pages = 0;
  for (const p of sitemapPaths(out)) {
    if (islandIsContent.test(p)) continue;
    pages += 1;
    const bytes = initial(p).reduce(
      (a, u) => a + gzipSync(readFileSync(path.join(out, u)), { level: 9 }).length,
      0,
    );
    if (bytes > 3 * 1024) over.push(`${p}: ${bytes} bytes`);
  }
  assert.ok(pages > 50, `only ${pages} pages measured`);
  assert.deepEqual(over, [], 'pages over 3 KB of JS before the first interaction');
});
