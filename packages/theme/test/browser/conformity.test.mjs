// `piazza-check` (the @piazza/conformity CLI, i.e. the whole crawl) over the demo comune, built
// from scratch by `piazza build --demo` and served by `piazza serve`'s server on 127.0.0.1.
// Every criterion must be OK. The only tolerances accepted are those the official validator
// itself would pass on the real, https site; each is explained below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFORMITY = path.join(PACKAGE, '..', 'conformity', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * criterion → why a tolerance is what the validator would give a pass.
 * C.SI.3.3: the footer's privacy link is relative, so on http://127.0.0.1 it resolves to http;
 * piazza-check says "tolerance: passes once served over https" — the validator checks the
 * resolved URL, which is https on the comune's real (https) site.
 */
const TOLERATED = {
  'C.SI.3.3': /servito in locale|served locally|http/i,
};

let out;
let site;
before(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'piazza-conformity-'));
  const build = spawnSync(
    process.execPath,
    [path.join(PACKAGE, 'dist', 'cli.js'), 'build', '--demo', '--out', out],
    { encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`demo build failed:\n${build.stdout}\n${build.stderr}`);
  const { serveSite } = await import(path.join(PACKAGE, 'dist', 'index.js'));
  site = await serveSite(out, { port: 0 });
});
after(async () => {
  await site?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

function piazzaCheck(args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(CONFORMITY, 'cli.js'), ...args],
      { env: { ...process.env, CHROMIUM_PATH: CHROMIUM }, maxBuffer: 64 << 20, timeout: 840_000 },
      (err, stdout, stderr) => resolve({ code: err ? (err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test(
  'piazza-check passes every criterion on the demo site (exit 0)',
  {
    timeout: 900_000,
    skip: !existsSync(path.join(CONFORMITY, 'cli.js')) && 'conformity not built',
  },
  async () => {
    const r = await piazzaCheck([`${site.url}/`, '--json', '--concurrency', '2', '--flows']);
    assert.ok(r.stdout, `no output from piazza-check: ${r.stderr}`);
    const report = JSON.parse(r.stdout);
    const { formatReport } = await import(path.join(CONFORMITY, 'index.js'));
    const table = formatReport(report, { details: true });
    console.log(formatReport(report, { details: false }));
    assert.deepEqual(report.errors, [], 'every page found loads');
    const notOk = report.criteria.filter((c) => {
      if (c.outcome === 'pass') return false;
      if (c.outcome !== 'tolerance' || !TOLERATED[c.criterion]) return true;
      // a tolerated criterion: every non-passing finding must be the explained one
      return !c.findings
        .filter((f) => f.outcome !== 'pass')
        .every((f) => f.outcome === 'tolerance' && TOLERATED[c.criterion].test(f.message.it));
    });
    assert.deepEqual(
      notOk.map(
        (c) =>
          `${c.criterion} ${c.outcome}: ${c.findings[0]?.url ?? ''} ${c.findings[0]?.message.it ?? ''}`,
      ),
      [],
      table,
    );
    // Criteria that must have been exercised by the crawl (not skipped for lack of pages).
    for (const id of ['C.SI.1.2', 'C.SI.1.3', 'C.SI.1.6', 'C.SI.1.7', 'C.SI.2.5', 'C.SI.2.6'])
      assert.equal(report.criteria.find((c) => c.criterion === id)?.outcome, 'pass', id);
    // The extra menu item's page was crawled as a first-level page and has its rating.
    const custom = report.pages.find((p) => p.url?.endsWith('/amministrazione-trasparente/'));
    assert.ok(custom, 'the custom-submenu page is crawled');
    assert.equal(custom.kind, 'first-level');
    assert.equal(custom.findings.find((f) => f.criterion === 'C.SI.2.5')?.outcome, 'pass');
    // Controlli aggiuntivi Piazza (CSE.*, not in the official validator): every request page of
    // the demo that a service card links to passes them, on the first screen and (--flows) when
    // piazza-check fills it in and sends it: every flow reaches its confirmation.
    assert.ok(report.requests.checked.length >= 5, 'the demo request pages are checked');
    assert.deepEqual(
      report.requests.driven.map((d) => [d.url, d.steps.at(-1)]),
      report.requests.checked.map((u) => [u, 'conferma']),
      'every request page of the demo is driven to its confirmation',
    );
    for (const id of ['CSE.1.2', 'CSE.1.6', 'CSE.1.10'])
      assert.deepEqual(
        report.services.find((c) => c.criterion === id)?.pages,
        { pass: report.requests.checked.length, tolerance: 0, fail: 0 },
        id,
      );
    assert.deepEqual(
      report.services
        .filter((c) => c.outcome !== 'pass')
        .map(
          (c) =>
            `${c.criterion} ${c.outcome}: ${c.findings[0]?.url ?? ''} ${c.findings[0]?.message.it ?? ''}`,
        ),
      [],
      table,
    );
    assert.equal(r.code, 0, `piazza-check exit code (stderr: ${r.stderr})`);
  },
);
