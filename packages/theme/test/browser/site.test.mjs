// The demo comune in real Chromium, every page at 360 and 1280 px: axe (WCAG 2.1 A/AA and best
// practice), no Content-Security-Policy violation and no script error under the headers of
// `piazza serve`, and the @piazza/conformity checks of the criteria.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtDemo } from '../node/helpers.mjs';
import {
  launchChromium,
  axeSource,
  axeViolations,
  VIEWPORTS,
} from '../../../../test/lib/browser.mjs';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// @piazza/conformity, when it is built.
const conformityEntry = path.join(PACKAGE, '..', 'conformity', 'dist', 'index.js');
const conformity = existsSync(conformityEntry) ? await import(conformityEntry) : null;

const demo = await builtDemo('piazza-site-');
const { out } = demo;
const xml = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
const paths = [...xml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
paths.push('/404.html');

let site;
let browser;
const tabs = {};

before(async () => {
  site = await demo.serve();
  browser = await launchChromium();
  await Promise.all(
    VIEWPORTS.map(async (vp) => {
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height },
      });
      // Every CSP violation of every document lands in the console as an error.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      const page = await context.newPage();
      const problems = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/404.html') && !r.url().includes('/non-esiste'))
          problems.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      tabs[vp.name] = { page, problems };
    }),
  );
});

after(async () => {
  await browser?.close();
  await site?.close();
  demo.remove();
});

/** The page kind when the URL tells it better than the markup (a category page lists services). */
function kindOf(p) {
  if (p.startsWith('/argomenti/') && p !== '/argomenti/') return 'generic';
  if (/^\/(amministrazione|novita|servizi|vivere-il-comune)\/[^/]+\/$/.test(p)) {
    return p === '/vivere-il-comune/eventi/' ? 'events' : 'second-level';
  }
  return undefined;
}

async function visit(vp, p) {
  const tab = tabs[vp.name];
  tab.problems.length = 0;
  const res = await tab.page.goto(site.url + p, { waitUntil: 'load' });
  // islands hydrate on module load; give React a tick to report hydration errors
  await tab.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return res;
}

test('the demo site has its pages', () => {
  assert.ok(paths.length > 100, `${paths.length} pages`);
});

for (const p of paths) {
  test(`${p}`, async () => {
    await Promise.all(
      VIEWPORTS.map(async (vp) => {
        const tab = tabs[vp.name];
        const res = await visit(vp, p);
        assert.equal(res.status(), p === '/404.html' ? 200 : 200, `${vp.name}: HTTP status`);
        // axe goes in through DevTools (page.evaluate), which the page's CSP does not govern;
        // the shared helper's <script> injection would be (rightly) blocked.
        await tab.page.evaluate(axeSource);
        const violations = await axeViolations(tab.page);
        assert.deepEqual(violations, [], `${vp.name} ${p}: axe\n${violations.join('\n')}`);
        assert.deepEqual(tab.problems, [], `${vp.name} ${p}: console`);
        if (conformity && vp.name === 'desktop') {
          const report = await conformity.checkPage(tab.page, kindOf(p) ? { kind: kindOf(p) } : {});
          const failed = report.findings.filter((f) => f.outcome === 'fail');
          assert.deepEqual(
            failed.map((f) => `${f.criterion}: ${f.message.it}`),
            [],
            `${p}: conformity (${report.kind})`,
          );
        }
      }),
    );
  });
}

test('a missing page gets the 404 page', async () => {
  const res = await visit(VIEWPORTS[1], '/non-esiste/');
  assert.equal(res.status(), 404);
  assert.match(await tabs.desktop.page.title(), /Pagina non trovata/);
});

/** Clicks each star as the official checker does and reads which follow-up is visible. */
function crawlerToggle(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-element="feedback"]');
    const visible = (sel) => {
      const el = root.querySelector(sel);
      return (
        !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0
      );
    };
    return [1, 2, 3, 4, 5].map((n) => {
      root.querySelector(`[data-element="feedback-rate-${n}"]`).click();
      return [
        visible('[data-element="feedback-rating-positive"]'),
        visible('[data-element="feedback-rating-negative"]'),
      ];
    });
  });
}
const TOGGLE = [
  [false, true],
  [false, true],
  [false, true],
  [true, false],
  [true, false],
];
const live = (page, name) =>
  page.evaluate((n) => document.querySelector(`[data-island="${n}"]`)?.dataset.live ?? null, name);

test('the rating shows the matching follow-up synchronously before it is hydrated (no JS needed)', async () => {
  await visit(VIEWPORTS[1], '/servizi/');
  const page = tabs.desktop.page;
  assert.equal(await live(page, 'rating'), null, 'the rating was hydrated on load');
  assert.deepEqual(await crawlerToggle(page), TOGGLE);
  // the choice is handed to the component once it is live
  await page.waitForFunction(() => document.querySelector('[data-island="rating"]')?.dataset.live);
  const state = await page.$eval('[data-element="feedback"]', (el) => [
    el.dataset.step,
    el.dataset.rating,
  ]);
  assert.deepEqual(state, ['answer', '5']);
  assert.deepEqual(tabs.desktop.problems, []);
});

test('the rating shows the matching follow-up synchronously once hydrated', async () => {
  await visit(VIEWPORTS[1], '/servizi/');
  const page = tabs.desktop.page;
  await page.hover('[data-element="feedback-title"]');
  await page.waitForFunction(() => document.querySelector('[data-island="rating"]')?.dataset.live);
  assert.deepEqual(await crawlerToggle(page), TOGGLE);
  assert.deepEqual(tabs.desktop.problems, []);
});

test('what the citizen chose in the rating before it was live is kept: stars, answer, Avanti', async () => {
  const page = tabs.desktop.page;
  // once the page is loaded, the component's code arrives late (a slow network): everything
  // below happens before it
  let holding = false;
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\/assets\/js\/chunk-/, async (route) => {
    if (holding) await held;
    await route.continue().catch(() => undefined); // the page may have gone meanwhile
  });
  try {
    await visit(VIEWPORTS[1], '/');
    await page
      .locator('.cookiebar')
      .getByRole('button', { name: /accetta/i })
      .click();
    holding = true;
    await page.click('[data-element="feedback-rate-2"]');
    const negative = page.locator('[data-element="feedback-rating-negative"]');
    assert.equal(await negative.isVisible(), true);
    const answer = negative.locator('input[type="radio"]').nth(1);
    await negative.locator('label').nth(1).click();
    assert.equal(await answer.isChecked(), true);
    await page.getByRole('button', { name: 'Avanti' }).click();
    assert.equal(await live(page, 'rating'), null, 'hydrated too early for this test');
    release();
    await page.waitForFunction(
      () => document.querySelector('[data-island="rating"]')?.dataset.live,
    );
    const details = page.getByRole('heading', { name: 'Vuoi aggiungere altri dettagli?' });
    await details.waitFor();
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.equal(focused, 'Vuoi aggiungere altri dettagli?');
    const state = await page.$eval('[data-element="feedback"]', (el) => [
      el.dataset.step,
      el.dataset.rating,
    ]);
    assert.deepEqual(state, ['details', '2']);
    await page.getByRole('button', { name: 'Indietro' }).last().click();
    assert.equal(await answer.isChecked(), true, 'the answer chosen before hydration was lost');
    assert.deepEqual(tabs.desktop.problems, []);
  } finally {
    release();
    await page.evaluate(() => localStorage.clear());
    await page.unroute(/\/assets\/js\/chunk-/);
  }
});

test('the header and rating islands hydrate on demand without error; search and booking load clean', async () => {
  const page = tabs.desktop.page;
  for (const p of ['/', '/servizi/', '/prenota-appuntamento/', '/ricerca/?q=tari']) {
    await visit(VIEWPORTS[1], p);
    const names = await page.$$eval('[data-island]', (els) => [
      ...new Set(els.map((el) => el.dataset.island)),
    ]);
    for (const name of names.filter((n) => n === 'header' || n === 'rating')) {
      await page.dispatchEvent(`[data-island="${name}"]`, 'focusin');
      await page.waitForFunction(
        (n) => document.querySelector(`[data-island="${n}"]`)?.dataset.live,
        name,
      );
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    assert.deepEqual(tabs.desktop.problems, [], p);
  }
});

test('the booking page offers the offices of the content, with their hours and reasons', async () => {
  await visit(VIEWPORTS[1], '/prenota-appuntamento/');
  const page = tabs.desktop.page;
  const type = page.getByRole('combobox', { name: 'Tipo di ufficio' });
  await type.waitFor();
  const types = await type.locator('option').allTextContents();
  for (const t of ['Anagrafe e stato civile', 'Tributi', 'Servizi sociali']) {
    assert.ok(types.includes(t), `${t} not in ${types.join(', ')}`);
  }
  await type.selectOption({ label: 'Servizi sociali' });
  const office = page.getByRole('radio', { name: 'Servizi Sociali' });
  await office.focus();
  await page.keyboard.press('Space');
  assert.equal(await office.isChecked(), true);
  await page.getByRole('button', { name: 'Avanti' }).click();
  await page.getByRole('radiogroup', { name: 'Orari disponibili' }).waitFor();
  // the schedule of demo/uffici/servizi-sociali.md
  assert.match(
    await page.locator('main').innerText(),
    /Lunedì e mercoledì 09:00–12:00; giovedì 15:00–17:00/,
  );
  const slot = page.getByRole('radiogroup', { name: 'Orari disponibili' }).getByRole('radio');
  await slot.first().focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Avanti' }).click();
  const reason = page.getByRole('combobox', { name: 'Motivo dell’appuntamento' });
  await reason.waitFor();
  assert.ok(
    (await reason.locator('option').allTextContents()).includes(
      "Colloquio con l'assistente sociale",
    ),
  );
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(tabs.desktop.problems, []);
});

test('the search page finds a service from the client-side index, without React', async () => {
  const page = tabs.desktop.page;
  const scripts = [];
  const onRequest = (r) => r.resourceType() === 'script' && scripts.push(r.url());
  page.on('request', onRequest);
  try {
    await visit(VIEWPORTS[1], '/ricerca/?q=carta+identita');
    await page.waitForSelector('main ul li a');
    const links = await page.$$eval('main ul li a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(
      links.some((h) => h.startsWith('/servizi/')),
      links.join(', '),
    );
    const search = page.getByRole('searchbox', { name: 'Cerca nel sito' });
    assert.equal(await search.inputValue(), 'carta identita', 'the query is back in the field');
    assert.match(
      await page.getByRole('status').first().innerText(),
      /risultat.* per «carta identita»/,
    );
    // a new search on the page: no reload, the URL follows
    await search.fill('tari');
    await search.press('Enter');
    await page.waitForFunction(() => location.search === '?q=tari');
    assert.match(await page.getByRole('status').first().innerText(), /per «tari»/);
    await search.fill('zzzqqq');
    await search.press('Enter');
    await page.getByText('Nessun risultato per «zzzqqq».').waitFor();
    assert.equal(await page.locator('main ul.list-unstyled').isHidden(), true);
    // the page's own scripts are small: React is not loaded for the search
    const own = scripts.filter((u) => u.includes('/assets/js/'));
    const bytes = await page.evaluate(
      (urls) =>
        Promise.all(urls.map((u) => fetch(u).then((r) => r.text()))).then((t) =>
          t.reduce((a, x) => a + x.length, 0),
        ),
      own,
    );
    assert.ok(bytes < 10_000, `${bytes} bytes of script: ${own.join(', ')}`);
    assert.deepEqual(tabs.desktop.problems, []);
  } finally {
    page.off('request', onRequest);
  }
});

test('"Carica altri" reveals more cards on the services page', async () => {
  await visit(VIEWPORTS[1], '/servizi/');
  const page = tabs.desktop.page;
  const count = () =>
    page.$$eval(
      'a[data-element="service-link"]',
      (as) => as.filter((a) => a.offsetParent !== null).length,
    );
  const total = await page.$$eval('a[data-element="service-link"]', (as) => as.length);
  const button = page.locator('[data-element="load-other-cards"]').first();
  const before = await count();
  if (total > before) {
    await button.click();
    assert.ok((await count()) > before);
  } else {
    // Every service fits in the first page: all visible, no button to press (as CardList).
    assert.equal(await button.isVisible(), false);
  }
});

test('the mobile menu opens on the first tap, while the header hydrates on demand', async () => {
  await visit(VIEWPORTS[0], '/');
  const page = tabs.mobile.page;
  const hydrated = () =>
    page.evaluate(() => document.querySelector('[data-island="header"]').dataset.hydrated ?? null);
  assert.equal(await hydrated(), null, 'the header hydrated before any interaction');
  await page.click('header .custom-navbar-toggler');
  await page.waitForSelector('header [data-menu-open="true"]', { timeout: 5000 });
  assert.equal(await hydrated(), 'true');
  assert.deepEqual(tabs.mobile.problems, []);
});

test('the cookie bar is painted with the page and goes away once a choice is stored', async () => {
  await visit(VIEWPORTS[1], '/');
  const page = tabs.desktop.page;
  const bar = page.locator('.cookiebar');
  assert.equal(await bar.isVisible(), true);
  await bar.getByRole('button', { name: /accetta/i }).click();
  assert.equal(await bar.count(), 0);
  await visit(VIEWPORTS[1], '/servizi/');
  assert.equal(await page.locator('.cookiebar').count(), 0, 'the bar came back after the choice');
  await page.evaluate(() => localStorage.clear());
});
