// The built pages carry their own Content-Security-Policy (issue 12): served by a plain static
// server that sends no security header at all, an inline script slipped into a page does not run,
// while the islands still hydrate and the page reports no CSP violation of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../../test/lib/browser.mjs';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let out;
let server;
let base;
let browser;

before(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'piazza-csp-'));
  const build = spawnSync(
    process.execPath,
    [path.join(PACKAGE, 'dist', 'cli.js'), 'build', '--demo', '--out', out, '--no-precompress'],
    { encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`demo build failed:\n${build.stdout}\n${build.stderr}`);
  // A page with an inline script and an inline handler, as a missed sanitiser bug would leave it.
  const home = path.join(out, 'index.html');
  writeFileSync(
    home,
    readFileSync(home, 'utf8').replace(
      '<body>',
      '<body><script>window.__inlineRan = true</script><img src="/favicon.svg" alt="" onload="window.__handlerRan = true">',
    ),
  );
  // The plainest static server: files as they are, no header but the content type.
  server = createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(out, p);
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
  if (out) rmSync(out, { recursive: true, force: true });
});

test('without any header, inline script is blocked by the page meta and islands still hydrate', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const violations = [];
  await context.exposeBinding('__violation', (_src, v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(`${base}/`, { waitUntil: 'load' });
  assert.equal(res.headers()['content-security-policy'], undefined, 'the server sends no CSP');
  await page.dispatchEvent('[data-island="header"]', 'focusin');
  await page.waitForFunction(() => document.querySelector('[data-island="header"]')?.dataset.live);
  assert.equal(await page.evaluate(() => window.__inlineRan), undefined, 'inline script ran');
  assert.equal(await page.evaluate(() => window.__handlerRan), undefined, 'inline handler ran');
  assert.ok(
    violations.some((v) => v.startsWith('script-src')),
    `no script-src violation reported: ${violations.join(', ')}`,
  );
  // nothing else of the page is blocked: only the two planted inline scripts
  assert.deepEqual(
    violations.filter((v) => !/^script-src(-elem|-attr)? inline$/.test(v)),
    [],
    violations.join('\n'),
  );
  assert.deepEqual(errors, []);

  // a page as built (no planted script): no violation at all, its islands live
  violations.length = 0;
  await page.goto(`${base}/servizi/`, { waitUntil: 'load' });
  await page.dispatchEvent('[data-island="rating"]', 'focusin');
  await page.waitForFunction(() => document.querySelector('[data-island="rating"]')?.dataset.live);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});
