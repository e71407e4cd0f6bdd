// `piazza serve` / serveSite: security headers, 404 page, directory URLs; `piazza export partials`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PACKAGE, cleanup, piazza, tempDir } from './helpers.mjs';

const { serveSite, SECURITY_HEADERS } = await import(path.join(PACKAGE, 'dist', 'index.js'));

let dir;
let site;
before(async () => {
  dir = tempDir();
  mkdirSync(path.join(dir, 'servizi'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(path.join(dir, 'servizi', 'index.html'), '<!doctype html><title>servizi</title>');
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Pagina non trovata</title>');
  site = await serveSite(dir, { port: 0 });
});
after(async () => {
  await site.close();
  cleanup(dir);
});

test('every response carries the security headers', async () => {
  for (const p of ['/', '/servizi/', '/nope/']) {
    const res = await fetch(site.url + p);
    for (const name of [
      'content-security-policy',
      'referrer-policy',
      'permissions-policy',
      'x-content-type-options',
    ]) {
      assert.ok(res.headers.get(name), `${p}: ${name}`);
    }
    const csp = res.headers.get('content-security-policy');
    assert.match(csp, /default-src 'self'/);
    // Scripts from the site only, plus the one inline consent probe allowed by its sha256 hash.
    assert.match(csp, /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  }
  assert.equal(Object.keys(SECURITY_HEADERS).length >= 4, true);
});

test('directories serve index.html, missing pages the 404 page with status 404', async () => {
  const ok = await fetch(`${site.url}/servizi/`);
  assert.equal(ok.status, 200);
  assert.match(await ok.text(), /servizi/);
  const redirect = await fetch(`${site.url}/servizi`, { redirect: 'manual' });
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.get('location'), '/servizi/');
  const missing = await fetch(`${site.url}/non-esiste/`);
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /Pagina non trovata/);
  const escape = await fetch(`${site.url}/..%2f..%2fetc/passwd`);
  assert.equal(escape.status, 404);
});

/** GET with an Accept-Encoding (fetch would decompress on its own): status, headers, raw body. */
function get(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('text is sent compressed (brotli first, else gzip), fonts and images as they are', async () => {
  const page = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const br = await get(`${site.url}/`, 'gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(brotliDecompressSync(br.body).toString('utf8'), page);
  const gz = await get(`${site.url}/`, 'gzip, br;q=0');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.body).toString('utf8'), page);
  const plain = await get(`${site.url}/`, 'identity');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString('utf8'), page);
  writeFileSync(path.join(dir, 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  const font = await get(`${site.url}/font.woff2`, 'gzip, br');
  assert.equal(font.headers['content-encoding'], undefined, 'woff2 is compressed already');
});

test('export partials writes header, footer, rating and cookie bar with placeholders', () => {
  const out = tempDir();
  try {
    const res = piazza(['export', 'partials', '--out', out]);
    assert.equal(res.code, 0, res.stderr);
    for (const f of ['header.html', 'footer.html', 'rating.html', 'cookie-bar.html', 'README.md']) {
      assert.ok(existsSync(path.join(out, f)), f);
    }
    const header = readFileSync(path.join(out, 'header.html'), 'utf8');
    assert.match(header, /\{\{site_name\}\}/);
    assert.match(header, /data-element="main-navigation"/);
    assert.match(header, /<script type="module" src="\/assets\/js\/header-[^"]+\.js">/);
    const footer = readFileSync(path.join(out, 'footer.html'), 'utf8');
    assert.match(footer, /<footer/);
    assert.match(footer, /\{\{privacy_url\}\}/);
    assert.match(footer, /data-element="faq"/);
    const rating = readFileSync(path.join(out, 'rating.html'), 'utf8');
    assert.match(rating, /data-element="feedback"/);
    // where the CMS puts the site's rating endpoint (empty: the widget says nothing was sent)
    assert.match(rating, /"endpoint":"\{\{rating_endpoint\}\}"/);
    assert.match(readFileSync(path.join(out, 'README.md'), 'utf8'), /\{\{rating_endpoint\}\}/);
    assert.match(readFileSync(path.join(out, 'cookie-bar.html'), 'utf8'), /\{\{privacy_url\}\}/);
    const css = readFileSync(path.join(out, 'assets', 'css', 'piazza.css'), 'utf8');
    assert.ok(css.startsWith('/*! @piazza/theme v'));
    assert.match(css, /--bootstrap-italia-version:\s*"\d+\.\d+\.\d+"/, 'C.SI.1.2: double quotes');
    assert.doesNotMatch(css, /--bootstrap-italia-version:\s*'/);
  } finally {
    cleanup(out);
  }
});
