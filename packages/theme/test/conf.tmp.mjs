import { serveSite } from '/work/main/packages/theme/dist/serve.js';
import { launchChromium } from '/work/main/test/lib/browser.mjs';
import { checkPage } from '/work/main/packages/conformity/dist/index.js';
const site = await serveSite('/tmp/site1');
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
for (const p of process.argv[2].split(',')) {
  await page.goto(site.url + p, { waitUntil: 'load' });
  const r = await checkPage(page);
  console.log(p, r.kind, r.passed, r.findings.filter(f=>f.outcome!=='pass').map(f=>`${f.criterion} ${f.outcome}: ${f.message.it} ${(f.elements??[]).slice(0,2).join(' ')}`).join('\n   '));
}
await browser.close(); await site.close();
