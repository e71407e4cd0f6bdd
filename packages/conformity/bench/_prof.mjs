import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { checkPage, checkHtml } from '../dist/index.js';
import { serve, CHROMIUM, CHROMIUM_ARGS } from '../test/browser/serve.mjs';
const html = readFileSync('test/fixtures/pages/pass-service.html', 'utf8');
const s = await serve(() => ({ body: html }));
const b = await chromium.launch({
  executablePath: CHROMIUM,
  args: [...CHROMIUM_ARGS, ...(process.argv[2] ? process.argv[2].split(' ') : [])],
});
const ctx = await b.newContext();
for (let i = 0; i < 3; i++) {
  let t = Date.now();
  const p = await ctx.newPage();
  console.log('newPage same ctx', Date.now() - t);
  await p.goto(s.url + '/x');
  console.log('goto', Date.now() - t);
  await p.close();
}
const p = await ctx.newPage();
for (let i = 0; i < 3; i++) {
  let t = Date.now();
  await p.goto(s.url + '/x' + i);
  const a = Date.now() - t;
  const html2 = await p.content();
  const c = Date.now() - t;
  checkHtml(html2);
  const d = Date.now() - t;
  await checkPage(p);
  console.log('goto', a, 'content', c, 'jsdom', d, 'checkPage', Date.now() - t);
}
await b.close();
await s.close();
