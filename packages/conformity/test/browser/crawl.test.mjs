// crawl() and the piazza-check CLI against generated sites on 127.0.0.1.
// Runs against the built package: pnpm -r build && node --test packages/conformity/test/browser/
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crawl } from '../../dist/index.js';
import { serveSite } from '../../bench/site.mjs';
import {
  page as renderPage,
  homeMain,
  genericMain,
  requestMain,
  serviceMain,
} from '../fixtures/build.mjs';
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
    // CSE.* (controlli aggiuntivi Piazza): two services link to a request page on this site
    // (one conforming, one whose last step is not the recap), one to another platform.
    const service = (n, onlineAccess) =>
      pages.set(
        `/servizi/servizio-${n}/`,
        renderPage({
          title: `Servizio ${n}`,
          main: serviceMain(`Servizio ${n}`, { onlineAccess }),
          menuCustom: ['Trasparenza'],
        }),
      );
    service(1, '/servizi/servizio-1/richiesta/');
    service(2, '/servizi/servizio-2/richiesta/');
    service(3, 'https://servizi.example.org/servizio-3');
    pages.set('/servizi/servizio-1/richiesta/', renderPage({ main: requestMain() }));
    pages.set(
      '/servizi/servizio-2/richiesta/',
      renderPage({ main: requestMain({ steps: ['Dati generali', 'Invio'] }) }),
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

// One crawl of the conforming site, shared by the tests that read it.
let goodReport;
const crawlGood = () => (goodReport ??= crawl(`${good.url}/`, { chromiumPath: CHROMIUM }));

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
  const report = await crawlGood();
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

test('controlli aggiuntivi Piazza: CSE.* on the request pages, apart from the C.SI.* verdict', async () => {
  const report = await crawlGood();
  assert.equal(report.passed, true, 'a failing CSE check does not change the verdict');
  assert.ok(report.criteria.every((c) => /^(C|R)\.SI\./.test(c.criterion)));
  assert.deepEqual(report.requests, {
    checked: [
      `${good.url}/servizi/servizio-1/richiesta/`,
      `${good.url}/servizi/servizio-2/richiesta/`,
    ],
    elsewhere: ['https://servizi.example.org/servizio-3'],
    driven: [],
  });
  const cse = Object.fromEntries(report.services.map((c) => [c.criterion, c]));
  assert.deepEqual(Object.keys(cse), ['CSE.1.1', 'CSE.1.4', 'CSE.1.7', 'CSE.1.8']);
  for (const id of ['CSE.1.1', 'CSE.1.7', 'CSE.1.8'])
    assert.deepEqual(
      [cse[id].outcome, cse[id].pages],
      ['pass', { pass: 2, tolerance: 0, fail: 0 }],
    );
  assert.equal(cse['CSE.1.4'].outcome, 'fail');
  assert.deepEqual(
    cse['CSE.1.4'].findings.map((f) => f.url),
    [`${good.url}/servizi/servizio-2/richiesta/`],
  );
  assert.match(cse['CSE.1.4'].findings[0].message.en, /not the recap \(«Invio»\)/);
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
  assert.match(r.stdout, /Controlli aggiuntivi Piazza/);
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
