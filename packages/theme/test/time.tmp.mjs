import { serveSite } from '/work/main/packages/theme/dist/serve.js';
import { launchChromium, axeSource, axeViolations } from '/work/main/test/lib/browser.mjs';
const site = await serveSite(process.argv[2] ?? '/tmp/site1');
const browser = await launchChromium();
for (const w of [1280, 360]) {
const ctx = await browser.newContext({ viewport: { width: w, height: 800 } });
const page = await ctx.newPage();
for (const p of (process.argv[3] ?? '/').split(',')) {
  await page.goto(site.url + p, { waitUntil: 'load' });
  await page.evaluate(axeSource);
  const v = await axeViolations(page);
  console.log(w, p, v.join('\n').slice(0, 3000));
}}
await browser.close(); await site.close();
