// checkPage in real Chromium against every fixture page: the browser-only criteria
// (computed fonts, Bootstrap Italia version from CSS, rating toggle, cookies) and the
// markup ones must agree with the expectations each fixture declares.
// Runs against the built package: pnpm -r build && node --test packages/conformity/test/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checkPage } from '../../dist/index.js';
import { expectations, mismatches } from '../fixtures/expect.mjs';
import { serve, CHROMIUM, CHROMIUM_ARGS } from './serve.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();
const BI_CSS =
  ':root{--bootstrap-italia-version:"2.18.3"}body{font-family:"Titillium Web",sans-serif}';

let browser;
let server;
before(async () => {
  server = await serve((p) => {
    if (p === '/bootstrap-italia.css') return { body: BI_CSS, type: 'text/css' };
    if (p === '/linked-css.html') {
      const html = readFileSync(path.join(dir, 'bi-no-version.html'), 'utf8')
        .replace('<meta name="expect-browser" content="C.SI.1.2:fail">', '')
        .replace('</head>', '<link rel="stylesheet" href="/bootstrap-italia.css"></head>');
      return { body: html };
    }
    const f = p.replace(/^\//, '');
    return files.includes(f) ? { body: readFileSync(path.join(dir, f), 'utf8') } : null;
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page in a fresh context; requests to any other host are aborted. */
async function open(pathname, setup) {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  if (setup) await setup(context);
  const page = await context.newPage();
  await page.goto(server.url + pathname, { waitUntil: 'load' });
  return { page, context };
}

let shared;
for (const file of files) {
  test(`fixture ${file}`, async () => {
    const html = readFileSync(path.join(dir, file), 'utf8');
    const { kind, expect } = expectations(html, true);
    // one page reused for all fixtures (fast); cookies cleared so each page is judged alone
    shared ??= await open('/pass-home.html');
    const { page, context } = shared;
    await context.clearCookies();
    await page.goto(`${server.url}/${file}`, { waitUntil: 'load' });
    {
      const report = await checkPage(page, { kind });
      // Served over http on 127.0.0.1: a relative privacy link resolves to http, which the
      // checker reports as a tolerance (it passes only once the site is served over https).
      const errors = mismatches(report, expect, (c) => (c === 'C.SI.3.3' ? 'tolerance' : 'pass'));
      assert.deepEqual(errors, []);
      for (const c of ['C.SI.1.1', 'C.SI.1.2', 'C.SI.3.1'])
        assert.ok(
          report.findings.some((f) => f.criterion === c),
          `${c} reported`,
        );
    }
  });
}

test('Bootstrap Italia version read from a linked stylesheet (computed custom property)', async () => {
  const { page, context } = await open('/linked-css.html');
  try {
    const report = await checkPage(page, { criteria: ['C.SI.1.2'] });
    assert.equal(report.findings.length, 1);
    assert.equal(report.findings[0].outcome, 'pass', report.findings[0].message.en);
    assert.match(report.findings[0].message.en, /2\.18\.3/);
  } finally {
    await context.close();
  }
});

test('a third-party cookie present before consent fails C.SI.3.1', async () => {
  const { page, context } = await open('/pass-second-level.html', (ctx) =>
    ctx.addCookies([{ name: '_ga', value: 'GA1.1', domain: '.tracker.example', path: '/' }]),
  );
  try {
    const report = await checkPage(page, { criteria: ['C.SI.3.1'] });
    assert.equal(report.findings[0].outcome, 'fail');
    assert.match(report.findings[0].message.it, /_ga \(\.tracker\.example\)/);
    assert.equal(report.passed, false);
  } finally {
    await context.close();
  }
});

test('fonts: the offending element is named in the report', async () => {
  const { page, context } = await open('/fonts-paragraph-arial.html');
  try {
    const report = await checkPage(page, { criteria: ['C.SI.1.1'] });
    assert.equal(report.findings[0].outcome, 'fail');
    assert.ok(
      report.findings[0].elements.some((e) => e.includes('<p>') && e.includes('Arial')),
      JSON.stringify(report.findings[0].elements),
    );
  } finally {
    await context.close();
  }
});
