import { serveSite } from '/work/main/packages/theme/dist/serve.js';
import { launchChromium } from '/work/main/test/lib/browser.mjs';
const site = await serveSite('/tmp/site1');
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.addInitScript(() =>
  document.addEventListener('securitypolicyviolation', (e) =>
    console.error('CSP', e.violatedDirective, e.blockedURI),
  ),
);
for (const p of (process.argv[2] ?? '/').split(',')) {
  await page.goto(site.url + p, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await page.screenshot({
    path: `/tmp/shot${p.replace(/\//g, '_')}.png`,
    fullPage: process.argv[3] === 'full',
  });
}
console.log(logs.join('\n'));
await browser.close();
await site.close();
