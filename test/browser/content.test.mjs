// The content area's contract in real Chromium, on the built Storybook: the full service page
// (scheda servizio) and the services page, read the way the official checker
// (pa-website-validator-ng v1.1.38) reads them. Run after a Storybook build; STORYBOOK_DIR
// chooses the build (default storybook-static).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveDir } from '../lib/serve.mjs';
import { launchChromium, VIEWPORTS } from '../lib/browser.mjs';
import { openPreview, showStory } from '../lib/storybook.mjs';

const dir = path.resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');
const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
// By file and export (the index holds the export's name, not the example's).
const find = (file, exportId) => {
  const s = stories.find((e) => e.importPath.endsWith(file) && e.id.endsWith(`--${exportId}`));
  assert.ok(s, `story ${exportId} of ${file} not found in ${dir}`);
  return s.id;
};
const SERVICE_PAGE = find('ServicePage/ServicePage.stories.tsx', 'full');
const SERVICES_PAGE = find('CardList/CardList.stories.tsx', 'services-page');

// checker/metatag-service-jsonschema.json, as copied beside ServiceMetatag.
const { schema } = JSON.parse(
  readFileSync(
    path.resolve('packages/react/src/ServicePage/metatag-service-jsonschema.json'),
    'utf8',
  ),
);
/** The keywords the checker's schema uses: type, properties, required, minLength. */
function validate(s, value, at = '$') {
  if (s.type === 'string') {
    if (typeof value !== 'string') return [`${at}: not a string`];
    return value.length < (s.minLength ?? 0) ? [`${at}: too short`] : [];
  }
  if (typeof value !== 'object' || value === null) return [`${at}: not an object`];
  return [
    ...(s.required ?? []).filter((k) => !(k in value)).map((k) => `${at}.${k}: missing`),
    ...Object.entries(s.properties ?? {}).flatMap(([k, sub]) =>
      k in value ? validate(sub, value[k], `${at}.${k}`) : [],
    ),
  ];
}

const INDEX_ORDER = [
  'A chi è rivolto',
  'Come fare',
  'Cosa serve',
  'Cosa si ottiene',
  'Tempi e scadenze',
  'Accedi al servizio',
  'Condizioni di servizio',
  'Contatti',
];

let server, browser;
const pages = {};
const errors = {};
before(async () => {
  server = await serveDir(dir);
  browser = await launchChromium();
  for (const vp of VIEWPORTS) {
    const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
    const page = await context.newPage();
    errors[vp.name] = [];
    page.on('pageerror', (e) => errors[vp.name].push(String(e)));
    await openPreview(page, server.url, SERVICE_PAGE);
    pages[vp.name] = page;
  }
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks star 1…5 with element.click() and reads the follow-ups in the same task, as the checker. */
function clickStarsAndRead() {
  const q = (s) => document.querySelector(`[data-element="${s}"]`);
  // The checker's visibility test (utils/municipality/utils.ts, checkFeedbackComponent).
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const st = window.getComputedStyle(el);
    return !!(
      el.offsetParent &&
      st.visibility !== 'hidden' &&
      r.bottom > 0 &&
      r.top > 0 &&
      r.height > 0 &&
      r.width > 0
    );
  };
  const out = [];
  for (const n of [1, 2, 3, 4, 5, 1]) {
    q(`feedback-rate-${n}`).click();
    out.push([n, visible(q('feedback-rating-positive')), visible(q('feedback-rating-negative'))]);
  }
  return out;
}
const EXPECTED_TOGGLES = [
  [1, false, true],
  [2, false, true],
  [3, false, true],
  [4, true, false],
  [5, true, false],
  [1, false, true],
];

test('service page: C.SI.1.3 header, breadcrumb, page index labels/order and section contents', async () => {
  const page = pages.desktop;
  await showStory(page, SERVICE_PAGE);
  const r = await page.evaluate(() => {
    const all = (s) => Array.from(document.querySelectorAll(s));
    const text = (el) => (el?.textContent ?? '').trim();
    const de = (name) => document.querySelector(`[data-element="${name}"]`);
    const crumbs = all('[data-element="breadcrumb"] li').map((li) =>
      text(li)
        .toLowerCase()
        .replace(/[^a-zA-Z0-9 ]/g, '')
        .trim(),
    );
    return {
      title: [de('service-title')?.tagName, text(de('service-title'))],
      description: text(de('service-description')),
      status: !!de('service-status'),
      topics: all('[data-element="service-topic"]').map(text),
      crumbs,
      index: all('[data-element="page-index"] > li > a').map(text),
      content: Object.fromEntries(
        [
          'service-addressed',
          'service-how-to',
          'service-needed',
          'service-achieved',
          'service-calendar-text',
          'service-area',
        ].map((n) => [n, text(de(n)).length]),
      ),
      exist: [
        'service-calendar-list',
        'service-generic-access',
        'service-online-access',
        'service-booking-access',
        'service-file',
      ].filter((n) => !de(n)),
      h1s: all('#storybook-root h1').length,
    };
  });
  assert.deepEqual(r.title, ['H1', 'Richiedere la carta d’identità elettronica']);
  assert.ok(r.description.length >= 3);
  assert.ok(r.status);
  assert.ok(r.topics.length >= 1 && r.topics.every((t) => t.length > 0));
  const i = r.crumbs.indexOf('servizi');
  assert.ok(i >= 0 && (r.crumbs[i + 1] ?? '').length >= 3, `breadcrumb ${r.crumbs}`);
  assert.deepEqual(
    r.index.filter((l) => INDEX_ORDER.includes(l)),
    INDEX_ORDER,
  );
  assert.ok(r.index.includes('Contatti'));
  for (const [name, length] of Object.entries(r.content)) assert.ok(length >= 3, name);
  assert.deepEqual(r.exist, []);
  assert.equal(r.h1s, 1);
});

test('service page: booking link (C.SI.2.1), contacts (C.SI.2.2), valid JSON-LD metatag (R.SI.1.1)', async () => {
  const page = pages.desktop;
  await showStory(page, SERVICE_PAGE);
  const r = await page.evaluate(() => ({
    booking: Array.from(
      document.querySelectorAll('a[href][data-element="appointment-booking"]'),
    ).map((a) => a.getAttribute('href')),
    contacts: document.querySelectorAll('[data-element="contacts"]').length,
    metatag: Array.from(document.querySelectorAll('[data-element="metatag"]')).map((m) => [
      m.tagName,
      m.getAttribute('type'),
      m.innerHTML,
    ]),
  }));
  assert.ok(r.booking.length >= 1 && r.booking.every((h) => h && h !== '#'), `${r.booking}`);
  assert.equal(r.contacts, 1);
  assert.equal(r.metatag.length, 1);
  const [tag, type, json] = r.metatag[0];
  assert.deepEqual([tag, type], ['SCRIPT', 'application/ld+json']);
  assert.deepEqual(validate(schema, JSON.parse(json)), []);
});

test('rating (C.SI.2.6): click() on each star toggles the follow-ups in the same task, at 360 and 1280 px', async () => {
  for (const vp of VIEWPORTS) {
    const page = pages[vp.name];
    await showStory(page, SERVICE_PAGE);
    const before = await page.evaluate(() => ({
      title: document.querySelector('[data-element="feedback-title"]')?.textContent?.trim(),
      input: !!document.querySelector(
        '[data-element="feedback"] [data-element="feedback-input-text"]',
      ),
      answers: Array.from(document.querySelectorAll('[data-element="feedback-rating-answer"]'))
        .length,
    }));
    assert.deepEqual(before, {
      title: 'Quanto sono chiare le informazioni su questa pagina?',
      input: true,
      answers: 10,
    });
    assert.deepEqual(await page.evaluate(clickStarsAndRead), EXPECTED_TOGGLES, vp.name);
    // A real pointer click on the star (the checker clicks with puppeteer first).
    await page.click('[data-element="feedback-rate-5"]');
    assert.equal(
      await page.getAttribute('[data-element="feedback"]', 'data-rating'),
      '5',
      `${vp.name}: real click on star 5`,
    );
    assert.deepEqual(errors[vp.name], []);
  }
});

test('services page: ≥ 10 service-links after load-other-cards, focus on the first new one; booking, rating', async () => {
  const page = pages.desktop;
  await showStory(page, SERVICES_PAGE);
  const count = () =>
    page.evaluate(() => document.querySelectorAll('a[data-element="service-link"]').length);
  const first = await count();
  assert.ok(first > 0);
  // One click, as the checker does, then the focus must be on the first new service.
  await page.evaluate(() => document.querySelector('[data-element="load-other-cards"]').click());
  await page.waitForFunction(
    (n) => document.querySelectorAll('a[data-element="service-link"]').length > n,
    first,
  );
  const focus = await page.evaluate((n) => {
    const links = document.querySelectorAll('a[data-element="service-link"]');
    return document.activeElement === links[n];
  }, first);
  assert.ok(focus, 'focus moved to the first new service-link');
  // Click until no new card appears (the checker's loop).
  let last = await count();
  for (let i = 0; i < 10; i++) {
    const clicked = await page.evaluate(() => {
      const b = document.querySelector('[data-element="load-other-cards"]');
      if (!b) return false;
      b.click();
      return true;
    });
    if (!clicked) break;
    await page.waitForTimeout(100);
    const now = await count();
    if (now === last) break;
    last = now;
  }
  const r = await page.evaluate(() => ({
    hrefs: [
      ...new Set(
        Array.from(document.querySelectorAll('a[data-element="service-link"]')).map((a) =>
          a.getAttribute('href'),
        ),
      ),
    ],
    categories: document.querySelectorAll('a[href][data-element="service-category-link"]').length,
    booking: document.querySelectorAll('a[href][data-element="appointment-booking"]').length,
    feedback: !!document.querySelector('[data-element="feedback"] [data-element="feedback-title"]'),
    status: document.querySelector('[role="status"]')?.textContent,
  }));
  assert.ok(r.hrefs.length >= 10, `${r.hrefs.length} services`);
  assert.ok(r.categories >= 1);
  assert.equal(r.booking, 1);
  assert.ok(r.feedback);
  assert.match(r.status ?? '', /^\d+ servizi trovati$/);
  assert.deepEqual(await page.evaluate(clickStarsAndRead), EXPECTED_TOGGLES);
  assert.deepEqual(errors.desktop, []);
});
