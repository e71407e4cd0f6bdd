// crawl() and the piazza-check CLI against generated sites on 127.0.0.1.
// Runs against the built package: pnpm -r build && node --test packages/conformity/test/browser/
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crawl } from '../../dist/index.js';
import { serveSite } from '../../bench/site.mjs';
import { page as renderPage, homeMain, genericMain } from '../fixtures/build.mjs';
import { CHROMIUM } from './serve.mjs';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
// An extra menu item (custom-submenu) whose page is a first-level page with its rating and no
// second-level links: as for the validator, that passes.
const good = await serveSite({
  services: 12,
  events: 7,
  pageOptions: { menuCustom: ['Trasparenza'] },
  mutate: (pages) => {
    pages.set(
      '/trasparenza/',
      renderPage({ main: genericMain('Trasparenza'), menuCustom: ['Trasparenza'] }),
    );
  },
});
const bad = await serveSite({
  services: 9,
  events: 3,
  // Bootstrap Italia's own compiled CSS: --bootstrap-italia-version: '2.18.3' (single quotes)
  pageOptions: { menuCustom: ['Trasparenza'], biVersionRaw: "'2.18.3'" },
  mutate: (pages) => {
    const o = { menuCustom: ['Trasparenza'], biVersionRaw: "'2.18.3'" };
    // a mobile copy of the menu on the home page, and a broken FAQ target
    pages.set('/', renderPage({ ...o, main: homeMain(), menuMobileCopy: true }));
    pages.delete('/faq/');
    // the extra menu item's page has no rating
    pages.set(
      '/trasparenza/',
      renderPage({ ...o, main: genericMain('Trasparenza'), withFeedback: false }),
    );
  },
});
after(async () => {
  await good.close();
  await bad.close();
});

function run(args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { ...process.env, CHROMIUM_PATH: CHROMIUM }, maxBuffer: 32 << 20 },
      (err, stdout, stderr) => resolve({ code: err ? err.code : 0, stdout, stderr }),
    );
  });
}

test('a conforming site passes, every page found is visited', async () => {
  const report = await crawl(`${good.url}/`, { chromiumPath: CHROMIUM });
  const failing = report.criteria.filter((c) => c.outcome === 'fail');
  assert.deepEqual(
    failing.map((c) => `${c.criterion}: ${c.findings[0]?.message.en}`),
    [],
  );
  assert.deepEqual(report.errors, []);
  assert.equal(report.passed, true);
  // 1 home + 4+1 first-level + 7+3+5+1 second-level + events list + 12 services + 7 events + topics + legal + booking + personal area
  assert.equal(report.pages.length, 1 + 5 + 16 + 1 + 12 + 7 + 4);
  const custom = report.pages.find((p) => p.url === `${good.url}/trasparenza/`);
  assert.equal(custom?.kind, 'first-level', 'the custom-submenu page is a first-level page');
  assert.equal(custom.findings.find((f) => f.criterion === 'C.SI.2.5')?.outcome, 'pass');
  assert.equal(
    custom.findings.find((f) => f.criterion === 'C.SI.1.7'),
    undefined,
    'no second-level links asked of a custom-submenu page',
  );
  assert.equal(
    report.pages.filter((p) => p.kind === 'service').length,
    12,
    'services beyond the first 6 found through load-other-cards',
  );
  assert.equal(report.criteria.find((c) => c.criterion === 'C.SI.1.3').outcome, 'pass');
  assert.equal(report.criteria.find((c) => c.criterion === 'C.SI.1.1').pages.fail, 0);
});

test('a broken site fails the right criteria, with the reason', async () => {
  const report = await crawl(`${bad.url}/`, { chromiumPath: CHROMIUM });
  const outcome = (id) => report.criteria.find((c) => c.criterion === id).outcome;
  assert.equal(report.passed, false);
  assert.equal(outcome('C.SI.1.3'), 'fail');
  assert.match(
    report.site.find((f) => f.criterion === 'C.SI.1.3').message.en,
    /Only 9 service pages/,
  );
  assert.equal(outcome('C.SI.1.6'), 'fail');
  const menu = report.criteria.find((c) => c.criterion === 'C.SI.1.6').findings[0];
  assert.match(menu.message.en, /duplicated/);
  assert.equal(menu.url, `${bad.url}/`);
  assert.equal(outcome('C.SI.2.3'), 'fail');
  assert.equal(outcome('C.SI.2.1'), 'pass');
  // the single-quoted version fails on every page, with the way to fix it
  const bi = report.criteria.find((c) => c.criterion === 'C.SI.1.2');
  assert.equal(bi.outcome, 'fail');
  assert.equal(bi.pages.fail, report.pages.length);
  assert.match(bi.findings[0].message.en, /'2\.18\.3' is not valid semver/);
  assert.match(bi.findings[0].message.en, /double quotes/);
  // the custom-submenu page without rating fails C.SI.2.5, on that page
  const rating = report.criteria.find((c) => c.criterion === 'C.SI.2.5');
  assert.equal(rating.outcome, 'fail');
  assert.deepEqual(
    rating.findings.filter((f) => f.outcome === 'fail').map((f) => f.url),
    [`${bad.url}/trasparenza/`],
  );
});

test('piazza-check: exit 0 on a conforming site with --max-pages, table output', async () => {
  const r = await run([`${good.url}/`, '--max-pages', '15']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /C\.SI\.1\.6/);
  assert.match(r.stdout, /15 pagine/);
  assert.match(r.stdout, /ESITO: conforme/);
});

test('piazza-check: exit 1 and JSON on a broken site', async () => {
  const r = await run([`${bad.url}/`, '--json']);
  assert.equal(r.code, 1, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.equal(json.passed, false);
  assert.ok(json.criteria.some((c) => c.criterion === 'C.SI.1.3' && c.outcome === 'fail'));
});

test('piazza-check: exit 2 on bad usage', async () => {
  const r = await run(['--max-pages', '0']);
  assert.equal(r.code, 2);
});
