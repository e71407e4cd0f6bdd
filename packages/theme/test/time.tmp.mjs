import { serveSite } from '/work/main/packages/theme/dist/serve.js';
import { launchChromium, axeSource, axeViolations } from '/work/main/test/lib/browser.mjs';
import { checkPage } from '/work/main/packages/conformity/dist/index.js';
const site = await serveSite(process.argv[2] ?? '/tmp/site1');
const browser = await launchChromium();
for (const w of [1280, 360]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 800 } });
  const page = await ctx.newPage();
  const errs = [];
  page.on('console', (m) => m.type() === 'error' && errs.push(m.text()));
  for (const p of (process.argv[3] ?? '/').split(',')) {
    await page.goto(site.url + p, { waitUntil: 'load' });
    await page.evaluate(axeSource);
    const v = await axeViolations(page);
    const r = w === 1280 ? await checkPage(page) : { findings: [] };
    console.log(
      w,
      p,
      v.join('\n').slice(0, 1500),
      r.findings
        .filter((f) => f.outcome === 'fail')
        .map((f) => f.criterion + ' ' + f.message.it)
        .join('; '),
      errs.splice(0).join('; '),
    );
  }
}
await browser.close();
await site.close();
