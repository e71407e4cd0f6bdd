// crawl() and the piazza-check CLI against generated sites on 127.0.0.1.
// Runs against the built package: pnpm -r build && node --test packages/conformity/test/browser/
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crawl } from '../../dist/index.js';
import { serveSite } from '../../bench/site.mjs';
import { page as renderPage, homeMain } from '../fixtures/build.mjs';
import { CHROMIUM } from './serve.mjs';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const good = await serveSite({ services: 12, events: 7 });
const bad = await serveSite({
  services: 9,
  events: 3,
  mutate: (pages) => {
    // a mobile copy of the menu on the home page, and a broken FAQ target
    pages.set('/', renderPage({ main: homeMain(), menuMobileCopy: true }));
    pages.delete('/faq/');
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
  // 1 home + 4 first-level + 7+3+5+1 second-level + events list + 12 services + 7 events + topics + legal + booking + personal area
  assert.equal(report.pages.length, 1 + 4 + 16 + 1 + 12 + 7 + 4);
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
