// The navigation contract in real Chromium, on the full-page PageFrame story, at 360 and
// 1280 px: what the official checker reads (C.SI.1.1 fonts, C.SI.1.2 Bootstrap Italia,
// C.SI.1.6 first-level menu, footer links) and the keyboard behaviour of the off-canvas menu
// dialog and of the megamenu, which jsdom cannot lay out.
// Reads the built Storybook (STORYBOOK_DIR, default storybook-static) and the checker's
// Bootstrap Italia class list, kept once in packages/conformity/data (provenance in the file).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALLOWED_FONTS, MENU, SITE_LINKS } from '@piazza/vocabularies';
import { serveDir } from '../lib/serve.mjs';
import { launchChromium, VIEWPORTS } from '../lib/browser.mjs';
import { openPreviews, showStory } from '../lib/storybook.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');
const BI = JSON.parse(
  readFileSync(
    path.join(here, '../../packages/conformity/data/bootstrap-italia-css-classes.json'),
    'utf8',
  ),
);
const BI_CLASSES = BI.cssClasses;
const STORY = 'navigazione-pageframe--first-level-page';
const FIRST_LEVEL = MENU.map((m) => m.dataElement);
const FIRST_LEVEL_SELECTOR = FIRST_LEVEL.map((d) => `[data-element="${d}"]`).join(',');
const FOOTER_LINKS = [
  ['faq', SITE_LINKS.faq.label],
  ['report-inefficiency', SITE_LINKS.reportInefficiency.label],
  ['privacy-policy-link', SITE_LINKS.privacyPolicy.label],
  ['legal-notes', SITE_LINKS.legalNotes.label],
  ['accessibility-link', SITE_LINKS.accessibility.label],
];

let server, browser, pages, errors;
before(async () => {
  server = await serveDir(dir);
  browser = await launchChromium();
  ({ pages, errors } = await openPreviews(browser, server.url, STORY, VIEWPORTS));
  await Promise.all(Object.values(pages).map((page) => showStory(page, STORY)));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Re-renders the story from scratch (fresh state), at every viewport. */
async function fresh(page) {
  await page.evaluate(() => localStorage.clear());
  await showStory(page, 'navigazione-pageframe--legal-notes-page');
  await showStory(page, STORY);
}

for (const vp of VIEWPORTS) {
  describe(`PageFrame @ ${vp.width}px`, () => {
    test('the four first-level items, in order, exact labels, and no other copy', async () => {
      const page = pages[vp.name];
      const found = await page.evaluate((selector) => {
        const all = Array.from(document.querySelectorAll(selector));
        const list = document.querySelectorAll('ul[data-element="main-navigation"]');
        return {
          count: all.length,
          lists: list.length,
          inList: all.every((el) => list[0]?.contains(el)),
          items: all.map((el) => [el.getAttribute('data-element'), el.textContent.trim()]),
          custom: document.querySelectorAll('[data-element="custom-submenu"]').length,
          hrefs: all.map((el) => el.tagName === 'A' && !!el.getAttribute('href')),
        };
      }, FIRST_LEVEL_SELECTOR);
      assert.equal(found.count, 4, 'exactly four elements carry the first-level data-elements');
      assert.equal(found.lists, 1, 'one main-navigation list');
      assert.ok(found.inList, 'all inside ul[data-element="main-navigation"]');
      assert.deepEqual(
        found.items,
        MENU.map((m) => [m.dataElement, m.label]),
      );
      assert.equal(found.custom, 0);
      assert.ok(found.hrefs.every(Boolean), 'each is an <a href>');
      // The checker's patterns on the trimmed text.
      for (const [dataElement, text] of found.items) {
        const entry = MENU.find((m) => m.dataElement === dataElement);
        assert.match(text, new RegExp(entry.pattern, 'i'));
      }
    });

    test('every footer link inside <footer>, with its exact label', async () => {
      const page = pages[vp.name];
      const links = await page.evaluate((wanted) => {
        return wanted.map(([dataElement]) => {
          const all = Array.from(document.querySelectorAll(`[data-element="${dataElement}"]`));
          return {
            dataElement,
            count: all.length,
            inFooter: all.every((el) => el.closest('footer') !== null),
            text: all[0]?.textContent.trim(),
            href: all[0]?.getAttribute('href'),
          };
        });
      }, FOOTER_LINKS);
      for (const [i, [dataElement, label]] of FOOTER_LINKS.entries()) {
        const link = links[i];
        assert.equal(link.count, 1, `${dataElement}: one link`);
        assert.ok(link.inFooter, `${dataElement}: inside <footer>`);
        assert.equal(link.text, label, `${dataElement}: label`);
        assert.ok(link.href, `${dataElement}: href`);
      }
      const plan = await page.evaluate(() =>
        Array.from(document.querySelectorAll('footer a')).some(
          (a) => a.textContent.trim() === 'Piano di miglioramento del sito',
        ),
      );
      assert.ok(plan, '"Piano di miglioramento del sito" in the footer');
      const accessibility = links.find((l) => l.dataElement === 'accessibility-link');
      assert.match(accessibility.href, /^https:\/\/form\.agid\.gov\.it\//);
    });

    test('C.SI.1.1: the first font family of every h1–h6, p and descendant is allowed', async () => {
      const page = pages[vp.name];
      const fonts = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll(
          '#storybook-root :is(h1,h2,h3,h4,h5,h6,p), #storybook-root :is(h1,h2,h3,h4,h5,h6,p) *',
        )) {
          const first = getComputedStyle(el)
            .fontFamily.split(',')[0]
            .trim()
            .replace(/^["']|["']$/g, '');
          out.push([el.tagName.toLowerCase(), first]);
        }
        return out;
      });
      assert.ok(fonts.length > 20, `checked ${fonts.length} elements`);
      const bad = fonts.filter(([, f]) => !ALLOWED_FONTS.includes(f));
      assert.deepEqual(bad, [], 'elements with a font family the checker refuses');
    });

    test('C.SI.1.2: --bootstrap-italia-version ≥ 2.0.0 on :root and body', async () => {
      const page = pages[vp.name];
      const versions = await page.evaluate(() => [
        getComputedStyle(document.documentElement).getPropertyValue('--bootstrap-italia-version'),
        getComputedStyle(document.body).getPropertyValue('--bootstrap-italia-version'),
      ]);
      for (const raw of versions) {
        const version = raw.trim().replace(/^["']|["']$/g, '');
        assert.match(version, /^\d+\.\d+\.\d+$/, `version "${raw}"`);
        const [major] = version.split('.').map(Number);
        assert.ok(major >= 2, `Bootstrap Italia ${version} ≥ 2.0.0`);
      }
    });

    test('C.SI.1.2: at least 50 % of the distinct class names are Bootstrap Italia classes', async () => {
      const page = pages[vp.name];
      const classes = await page.evaluate(() => {
        const set = new Set();
        // The page is the story: Storybook's own chrome (sb-*) is not part of a comune's site.
        for (const el of document.querySelectorAll('#storybook-root, #storybook-root *')) {
          for (const c of el.classList) set.add(c);
        }
        return [...set];
      });
      const known = new Set(BI_CLASSES);
      const ours = classes.filter((c) => !known.has(c));
      const share = (classes.length - ours.length) / classes.length;
      assert.ok(
        share >= 0.5,
        `${(share * 100).toFixed(1)} % of ${classes.length} classes; not Bootstrap Italia: ${ours.join(' ')}`,
      );
      assert.ok(share * 100 >= BI.minPercentage);
    });

    test('no page errors', () => {
      assert.deepEqual(errors[vp.name], []);
    });
  });
}

describe('off-canvas menu dialog @ 360px', () => {
  const toggler = 'button.custom-navbar-toggler';

  test('closed: the list is hidden, no dialog; the toggler opens a labelled modal dialog', async () => {
    const page = pages.mobile;
    await fresh(page);
    assert.equal(await page.locator('[role="dialog"]').count(), 0);
    assert.equal(await page.locator('ul[data-element="main-navigation"]').isVisible(), false);
    await page.focus(toggler);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Menu principale' });
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await dialog.getAttribute('aria-modal'), 'true');
    assert.equal(await page.locator('ul[data-element="main-navigation"]').isVisible(), true);
    assert.equal(await page.locator(FIRST_LEVEL_SELECTOR).count(), 4, 'still four items');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(focused, 'Chiudi il menu', 'focus moved to the close button');
  });

  test('focus is trapped in the dialog, forwards and backwards', async () => {
    const page = pages.mobile;
    const inside = () => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));
    const tabbables = await page.evaluate(
      () => document.querySelectorAll('[role="dialog"] a[href], [role="dialog"] button').length,
    );
    for (let i = 0; i < tabbables + 3; i++) {
      await page.keyboard.press('Tab');
      assert.ok(await inside(), `Tab ${i + 1}: focus still inside the dialog`);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab');
      assert.ok(await inside(), `Shift+Tab ${i + 1}: focus still inside the dialog`);
    }
  });

  test('the rest of the page is inert while the dialog is open', async () => {
    const page = pages.mobile;
    const state = await page.evaluate(() => {
      const dialog = document.querySelector('[role="dialog"]');
      const main = document.querySelector('main');
      const footer = document.querySelector('footer');
      const toggler = document.querySelector('button.custom-navbar-toggler');
      const skip = document.querySelector('.skiplinks a');
      return {
        main: !!main.closest('[inert]'),
        footer: !!footer.closest('[inert]'),
        toggler: !!toggler.closest('[inert]'),
        skip: !!skip.closest('[inert]'),
        dialog: !!dialog.closest('[inert]'),
      };
    });
    assert.deepEqual(state, { main: true, footer: true, toggler: true, skip: true, dialog: false });
    // A click on the page behind reaches nothing: the main content link is not focusable.
    const focusable = await page.evaluate(() => {
      const link = document.querySelector('main a[href]');
      link.focus();
      return document.activeElement === link;
    });
    assert.equal(focusable, false);
  });

  test('Escape closes the dialog, focus returns to the toggler, nothing stays inert', async () => {
    const page = pages.mobile;
    await page.keyboard.press('Escape');
    await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
    const state = await page.evaluate(() => ({
      focus: document.activeElement?.classList.contains('custom-navbar-toggler'),
      expanded: document
        .querySelector('button.custom-navbar-toggler')
        .getAttribute('aria-expanded'),
      inert: document.querySelectorAll('#storybook-root [inert]').length,
      listVisible: !!document.querySelector('ul[data-element="main-navigation"]').offsetParent,
    }));
    assert.deepEqual(state, { focus: true, expanded: 'false', inert: 0, listVisible: false });
  });

  test('the close button closes it too', async () => {
    const page = pages.mobile;
    await page.click(toggler);
    await page.getByRole('button', { name: 'Chiudi il menu' }).click();
    await page.locator('[role="dialog"]').waitFor({ state: 'detached' });
    assert.ok(
      await page.evaluate(() =>
        document.activeElement?.classList.contains('custom-navbar-toggler'),
      ),
    );
  });
});

describe('menu @ 1280px', () => {
  test('inline: no toggler, no dialog, the list is visible', async () => {
    const page = pages.desktop;
    await fresh(page);
    assert.equal(await page.locator('button.custom-navbar-toggler').isVisible(), false);
    assert.equal(await page.locator('[role="dialog"]').count(), 0);
    assert.equal(await page.locator('ul[data-element="main-navigation"]').isVisible(), true);
    for (const m of MENU) {
      assert.ok(await page.locator(`[data-element="${m.dataElement}"]`).isVisible(), m.label);
    }
  });

  test('megamenu: Enter opens the panel, Tab moves into it, Escape closes and returns focus', async () => {
    const page = pages.desktop;
    const button = page.getByRole('button', { name: 'Sottomenu Servizi' });
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const panel = page.locator(
      `#${await button.getAttribute('aria-controls')}`.replace(/:/g, '\\:'),
    );
    assert.ok(await panel.isVisible());
    await page.keyboard.press('Tab');
    const inPanel = await page.evaluate(
      () => document.activeElement?.closest('.dropdown-menu')?.classList.contains('show') ?? false,
    );
    assert.ok(inPanel, 'Tab moves into the open panel');
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.ok(
      (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ===
        'Sottomenu Servizi',
    );
    assert.equal(await panel.isVisible(), false);
  });
});
