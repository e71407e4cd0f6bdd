// The header navbar fits its bar in real Chromium, at the desktop widths of Bootstrap Italia's
// lg, xl and xxl breakpoints: every visible link of the first-level menu and of the secondary
// menu (highlighted topics, "Tutti gli argomenti") is inside the navbar and the viewport, its
// label on one line, all links on one row; a link that gives way is not rendered at all
// (display: none), never clipped or pushed out. jsdom has no layout, hence the browser.
// Also at 360 px: the off-canvas menu still lists the topics and "Tutti gli argomenti".
// Reads the built Storybook (STORYBOOK_DIR, default storybook-static).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serveDir } from '../lib/serve.mjs';
import { launchChromium } from '../lib/browser.mjs';
import { openPreviews, showStory } from '../lib/storybook.mjs';

const dir = path.resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');

/** Stories, with how many first-level items and highlighted topics they render. */
const STORIES = [
  { id: 'navigazione-header-headernavbar--default', items: 4, topics: 3 },
  { id: 'navigazione-header-headernavbar--extra-items', items: 5, topics: 3 },
  { id: 'navigazione-header-headernavbar--long-extra-item', items: 5, topics: 3 },
  { id: 'navigazione-header--default', items: 4, topics: 3 },
];

/** lg (992–1199), xl (1200–1399), xxl (≥ 1400): each breakpoint's narrowest width too. */
const DESKTOP = [992, 1024, 1200, 1280, 1400, 1440].map((width) => ({
  name: `w${width}`,
  width,
  height: 800,
}));
const MOBILE = { name: 'mobile', width: 360, height: 740 };

let server, browser, pages, errors;
before(async () => {
  server = await serveDir(dir);
  browser = await launchChromium();
  // One desktop preview resized to each width (a preview costs seconds to open), one mobile.
  ({ pages, errors } = await openPreviews(browser, server.url, STORIES[0].id, [
    { ...DESKTOP[0], name: 'desktop' },
    MOBILE,
  ]));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Layout of the navbar's first-level and secondary links: for each, whether it is rendered,
 * its box, how many lines its label takes; plus the navbar's box and the page's scroll width.
 */
function measure(page) {
  return page.evaluate(() => {
    const nav = document.querySelector('#storybook-root .it-header-navbar-wrapper nav.navbar');
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    /** Distinct line boxes of the element's text. */
    const lines = (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = Array.from(range.getClientRects())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => Math.round(r.top));
      // Rects of nested inline boxes on one line share their top within a pixel or two.
      return tops.filter((t, i) => tops.findIndex((u) => Math.abs(u - t) <= 2) === i).length;
    };
    const links = Array.from(
      nav.querySelectorAll('.menu-wrapper > ul.navbar-nav > li > :is(a, button).nav-link'),
    ).map((el) => ({
      label: el.getAttribute('aria-label') ?? el.textContent.trim(),
      list: el.closest('ul').classList.contains('navbar-secondary') ? 'secondary' : 'main',
      button: el.tagName === 'BUTTON',
      dataElement: el.getAttribute('data-element'),
      visible: el.checkVisibility(),
      rendered: el.getClientRects().length > 0,
      box: box(el),
      lines: el.tagName === 'A' ? lines(el) : 1,
    }));
    return {
      nav: box(nav),
      viewport: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
      links,
    };
  });
}

for (const vp of DESKTOP) {
  describe(`navbar @ ${vp.width}px`, () => {
    for (const story of STORIES) {
      test(`${story.id}: every visible link inside the bar, on one line and one row`, async () => {
        const page = pages.desktop;
        await page.setViewportSize({ width: vp.width, height: vp.height });
        await showStory(page, story.id);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
        const { nav, viewport, scrollWidth, links } = await measure(page);
        const shown = links.filter((l) => l.visible);
        const where = (l) =>
          `${l.label} [${Math.round(l.box.left)}, ${Math.round(l.box.right)}] in navbar [${Math.round(nav.left)}, ${Math.round(nav.right)}]`;

        assert.ok(nav.right <= viewport + 0.5, `navbar ends at ${nav.right}, viewport ${viewport}`);
        assert.ok(scrollWidth <= viewport, `no horizontal scroll (${scrollWidth} > ${viewport})`);

        // What must stay in the bar: every first-level item (with its megamenu button), and
        // from xl the secondary menu ("Tutti gli argomenti"; the topics too without extras).
        const mainLinks = links.filter((l) => l.list === 'main' && !l.button);
        assert.equal(mainLinks.length, story.items);
        assert.ok(
          mainLinks.every((l) => l.visible),
          'every first-level item is shown',
        );
        assert.ok(
          links.filter((l) => l.button).every((l) => l.visible),
          'every megamenu button is shown',
        );
        const allTopics = links.find((l) => l.dataElement === 'all-topics');
        assert.ok(allTopics, 'the all-topics link is in the markup');
        if (vp.width >= 1200) assert.ok(allTopics.visible, '"Tutti gli argomenti" from 1200 px');
        const topics = links.filter((l) => l.list === 'secondary' && !l.dataElement);
        assert.equal(topics.length, story.topics, 'the topics are in the markup');
        if (vp.width >= 1200 && story.items === 4) {
          assert.ok(
            topics.every((l) => l.visible),
            'the highlighted topics from 1200 px, with the four items of the model',
          );
        }

        // A link that gives way is not rendered (display: none), never clipped or overflowing.
        for (const l of links.filter((x) => !x.visible)) {
          assert.equal(l.rendered, false, `${l.label}: hidden links take no box`);
        }
        for (const l of shown) {
          assert.ok(l.box.left >= nav.left - 0.5, `${where(l)}: starts inside`);
          assert.ok(l.box.right <= nav.right + 0.5, `${where(l)}: ends inside`);
          assert.ok(l.box.right <= viewport + 0.5, `${where(l)}: inside the viewport`);
          assert.equal(l.lines, 1, `${l.label}: label on one line`);
        }
        // One row: the links' vertical extents all overlap.
        const top = Math.max(...shown.map((l) => l.box.top));
        const bottom = Math.min(...shown.map((l) => l.box.bottom));
        assert.ok(
          top < bottom,
          `all links on one row: ${shown.map((l) => `${l.label}@${Math.round(l.box.top)}`).join(', ')}`,
        );
      });
    }

    test('no page errors', () => {
      assert.deepEqual(errors.desktop, []);
    });
  });
}

describe('off-canvas menu @ 360px', () => {
  test('lists every item, the topics and "Tutti gli argomenti", each inside the menu', async () => {
    const page = pages.mobile;
    await showStory(page, 'navigazione-header-headernavbar--long-extra-item');
    await page.click('button.custom-navbar-toggler');
    await page.getByRole('dialog').waitFor({ state: 'visible' });
    const found = await page.evaluate(() => {
      const wrapper = document.querySelector('[role="dialog"] .menu-wrapper');
      const w = wrapper.getBoundingClientRect();
      return Array.from(wrapper.querySelectorAll('ul.navbar-nav > li > a.nav-link')).map((a) => {
        const r = a.getBoundingClientRect();
        return {
          label: a.textContent.trim(),
          visible: a.checkVisibility(),
          inside: r.left >= w.left - 0.5 && r.right <= w.right + 0.5,
        };
      });
    });
    assert.deepEqual(
      found.map((l) => l.label),
      [
        'Amministrazione',
        'Novità',
        'Servizi',
        'Vivere il Comune',
        'Amministrazione trasparente',
        'Mobilità sostenibile',
        'Istruzione',
        'Turismo',
        'Tutti gli argomenti',
      ],
    );
    for (const l of found) {
      assert.ok(l.visible, `${l.label}: shown in the menu`);
      assert.ok(l.inside, `${l.label}: inside the menu`);
    }
    await page.keyboard.press('Escape');
    assert.deepEqual(errors.mobile, []);
  });
});
