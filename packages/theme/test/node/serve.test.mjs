// `piazza serve` / serveSite: security headers, 404 page, directory URLs; `piazza export partials`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
    assert.match(csp, /script-src 'self'(;|$)/);
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
    assert.match(readFileSync(path.join(out, 'rating.html'), 'utf8'), /data-element="feedback"/);
    assert.match(readFileSync(path.join(out, 'cookie-bar.html'), 'utf8'), /\{\{privacy_url\}\}/);
    const css = readFileSync(path.join(out, 'assets', 'css', 'piazza.css'), 'utf8');
    assert.ok(css.startsWith('/*! @piazza/theme v'));
  } finally {
    cleanup(out);
  }
});
