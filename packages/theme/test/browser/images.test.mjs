// The demo's images in real Chromium, at 360 and 1280 px: every image of the pages with images
// loads (naturalWidth > 0, from a format the browser chose in <picture>), no image moves the layout
// (no layout shift whose source is an image; CLS well under 0.1), and the LCP image is not lazy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { builtDemo } from '../node/helpers.mjs';
import { launchChromium, VIEWPORTS } from '../../../../test/lib/browser.mjs';

const demo = await builtDemo('piazza-images-');

const PAGES = [
  '/',
  '/novita/',
  '/novita/notizie/nuovo-asilo-nido-via-dei-tigli/',
  '/vivere-il-comune/eventi/',
  '/vivere-il-comune/eventi/festa-di-san-lorenzo-2026/',
  '/vivere-il-comune/luoghi/',
  '/vivere-il-comune/luoghi/teatro-comunale/',
  '/argomenti/',
  '/argomenti/mobilita-sostenibile/',
];

let site;
let browser;
before(async () => {
  site = await demo.serve();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
  demo.remove();
});

for (const vp of VIEWPORTS) {
  test(`images load and do not shift the layout at ${vp.width} px`, async () => {
    const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (!e.hadRecentInput)
            window.__shifts.push({
              value: e.value,
              sources: e.sources.map((s) => s.node?.nodeName ?? ''),
            });
      }).observe({ type: 'layout-shift', buffered: true });
      window.__lcp = null;
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        window.__lcp = last?.element
          ? { tag: last.element.nodeName, loading: last.element.getAttribute('loading') }
          : null;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const page = await context.newPage();
    try {
      for (const p of PAGES) {
        await page.goto(`${site.url.replace(/\/$/, '')}${p}`, { waitUntil: 'load' });
        const lcp = await page.evaluate(() => window.__lcp);
        if (lcp?.tag === 'IMG') assert.notEqual(lcp.loading, 'lazy', `${p}: the LCP image is lazy`);
        // Scroll down step by step so the lazy images load, as a reader would.
        const height = await page.evaluate(() => document.body.scrollHeight);
        for (let y = 0; y < height; y += vp.height / 2) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(40);
        }
        await page.waitForLoadState('networkidle');
        const images = await page.evaluate(() =>
          [...document.images].map((img) => ({
            src: img.currentSrc || img.src,
            natural: img.naturalWidth,
            complete: img.complete,
            sized: img.hasAttribute('width') && img.hasAttribute('height'),
          })),
        );
        const content = images.filter((i) => /\/assets\/img\//.test(i.src));
        assert.ok(content.length > 0, `${p}: no content image`);
        for (const i of content) {
          assert.ok(i.complete && i.natural > 0, `${p}: ${i.src} did not load`);
          assert.ok(i.sized, `${p}: ${i.src} has no width/height`);
          assert.match(i.src, /\.(avif|webp|jpg|svg)$/, `${p}: ${i.src}`);
        }
        const shifts = await page.evaluate(() => window.__shifts);
        const byImage = shifts.filter((s) => s.sources.some((n) => n === 'IMG' || n === 'PICTURE'));
        assert.deepEqual(byImage, [], `${p}: layout shifts caused by images`);
        const cls = shifts.reduce((sum, s) => sum + s.value, 0);
        assert.ok(cls < 0.05, `${p}: cumulative layout shift ${cls.toFixed(3)}`);
      }
    } finally {
      await context.close();
    }
  });
}
