// `piazza serve` under hostile requests and broken files (issue 12): the process never dies of a
// request, nothing outside the served folder (or a dotfile) is served, redirects stay on the site,
// text comes precompressed, and conditional and range requests are answered.
//
// The server runs as a child process (`piazza serve`), so that a request that would kill it shows
// as a dead child instead of a dead test runner. As root it runs as `nobody`, so that a file with
// mode 000 really cannot be read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { CLI, cleanup, piazza, tempDir } from './helpers.mjs';

let dir;
let outside;
let child;
let base;
let stderr = '';

before(async () => {
  dir = tempDir('piazza-serve-');
  outside = tempDir('piazza-outside-');
  chmodSync(dir, 0o755);
  chmodSync(outside, 0o755);
  const put = (rel, data, mode = 0o644) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o755 });
    writeFileSync(file, data);
    chmodSync(file, mode);
    return file;
  };
  put('index.html', '<!doctype html><title>home</title>');
  put('servizi/index.html', '<!doctype html><title>servizi</title>');
  put('404.html', '<!doctype html><title>Pagina non trovata</title>');
  put('.piazza-build', '@piazza/theme 0.1.0\n');
  put('.git/config', '[core]\n');
  put('bloccato.html', '<!doctype html><title>segreto</title>', 0o000);
  put('bloccato.pdf', '%PDF-1.4 segreto', 0o000);
  put('dati.txt', 'abcdefghijklmnopqrstuvwxyz');
  // 3 MB of text, larger than the on-the-fly compression cap
  put('grande.txt', 'Comune di Esempio, albo pretorio. '.repeat(90_000));
  // a page whose precompressed sibling is marked, to prove the sibling is what is sent
  put('pagina.html', '<!doctype html><title>pagina</title>');
  put('pagina.html.br', brotliCompressSync('<!doctype html><title>precompressa</title>'));
  writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
  chmodSync(path.join(outside, 'passwd'), 0o644);
  symlinkSync(path.join(outside, 'passwd'), path.join(dir, 'leak.txt'));
  symlinkSync(outside, path.join(dir, 'fuori'));
  mkdirSync(path.join(dir, 'fuga'), { mode: 0o755 });
  symlinkSync(path.join(outside, 'passwd'), path.join(dir, 'fuga', 'index.html'));
  symlinkSync(path.join(dir, 'dati.txt'), path.join(dir, 'alias.txt'));
  // a fixed modification time, so that Last-Modified is known
  utimesSync(
    path.join(dir, 'dati.txt'),
    new Date('2026-01-02T03:04:05Z'),
    new Date('2026-01-02T03:04:05Z'),
  );

  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  child = spawn(process.execPath, [CLI, 'serve', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...asNobody,
  });
  child.stderr.on('data', (d) => (stderr += d));
  base = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`piazza serve exited ${code}: ${stderr}`)));
  });
});

after(() => {
  child?.kill();
  cleanup(dir, outside);
});

/** A raw GET with an exact request target (fetch would normalise it). */
function get(target, headers = {}) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout on ${target}`)));
    req.end();
  });
}

async function assertAlive(after) {
  assert.equal(child.exitCode, null, `piazza serve died after ${after}:\n${stderr}`);
  const res = await get('/');
  assert.equal(res.status, 200, `piazza serve does not answer after ${after}`);
}

test('malformed request targets get 400 (or 404) and the server lives on', async () => {
  for (const [target, status] of [
    ['//[', 404], // a path ("/[") that does not exist
    ['http://[/', 400], // absolute-form with an invalid host
    ['/%E0%A4%A', 400], // broken percent-encoding
    ['/a%00b', 400],
  ]) {
    const res = await get(target);
    assert.equal(res.status, status, `${target}: ${res.status}`);
    assert.match(res.headers['content-security-policy'] ?? '', /default-src 'self'/);
    await assertAlive(target);
  }
});

test('a file that cannot be read is a 500, and the server lives on', async () => {
  for (const [p, enc] of [
    ['/bloccato.html', 'br'],
    ['/bloccato.html', 'identity'],
    ['/bloccato.pdf', 'gzip, br'],
  ]) {
    const res = await get(p, { 'accept-encoding': enc });
    assert.equal(res.status, 500, `${p} (${enc}): ${res.status}`);
    assert.doesNotMatch(res.body.toString(), /segreto/);
    await assertAlive(`${p} (${enc})`);
  }
});

test('symlinks leading outside the folder and dotfiles are not served', async () => {
  for (const p of [
    '/fuga/',
    '/leak.txt',
    '/fuori/passwd',
    '/.piazza-build',
    '/.git/config',
    '/%2egit/config',
  ]) {
    const res = await get(p);
    assert.equal(res.status, 404, `${p}: ${res.status}`);
    assert.doesNotMatch(res.body.toString(), /root:x:0|\[core\]|@piazza\/theme/, p);
  }
  const inside = await get('/alias.txt', { 'accept-encoding': 'identity' });
  assert.equal(inside.status, 200, 'a symlink to a file inside the folder is served');
  assert.equal(inside.body.toString(), 'abcdefghijklmnopqrstuvwxyz');
});

test('directory redirects stay on the site: never a Location starting with //', async () => {
  for (const target of [
    '/.//evil.example/x%2f..%2f..%2fservizi',
    '//evil.example/..%2fservizi',
    '/servizi//',
    '///servizi',
  ]) {
    const res = await get(target);
    if (res.status === 301) {
      const loc = res.headers.location;
      assert.match(loc, /^\/(?!\/)/, `${target} redirects off-site to ${loc}`);
      assert.doesNotMatch(loc, /\\/);
    }
  }
  const res = await get('/.//evil.example/x%2f..%2f..%2fservizi?q=1');
  assert.equal(res.status, 301);
  assert.equal(res.headers.location, '/servizi/?q=1');
});

test('text comes from the precompressed file; large files are never compressed on request', async () => {
  const pre = await get('/pagina.html', { 'accept-encoding': 'gzip, br' });
  assert.equal(pre.headers['content-encoding'], 'br');
  assert.match(brotliDecompressSync(pre.body).toString(), /precompressa/);
  // no .gz beside it: gzip clients get a small file compressed now
  const gz = await get('/pagina.html', { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  const big = await get('/grande.txt', { 'accept-encoding': 'br, gzip' });
  assert.equal(big.status, 200);
  assert.equal(big.headers['content-encoding'], undefined, '3 MB compressed on the request path');
  assert.equal(big.body.length, 34 * 90_000);
});

test('ETag and Last-Modified answer conditional requests with 304', async () => {
  const first = await get('/dati.txt', { 'accept-encoding': 'identity' });
  assert.equal(first.status, 200);
  const etag = first.headers.etag;
  assert.match(etag ?? '', /^"[^"]+"$/);
  assert.equal(first.headers['last-modified'], 'Fri, 02 Jan 2026 03:04:05 GMT');
  const byTag = await get('/dati.txt', { 'if-none-match': etag });
  assert.equal(byTag.status, 304);
  assert.equal(byTag.body.length, 0);
  const byDate = await get('/dati.txt', { 'if-modified-since': first.headers['last-modified'] });
  assert.equal(byDate.status, 304);
  const stale = await get('/dati.txt', { 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' });
  assert.equal(stale.status, 200);
  const otherTag = await get('/dati.txt', { 'if-none-match': '"altro"' });
  assert.equal(otherTag.status, 200);
  // a compressed representation revalidates too
  const br = await get('/', { 'accept-encoding': 'br' });
  assert.equal(
    (await get('/', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag })).status,
    304,
  );
});

test('byte ranges: 206 with the bytes asked, 416 past the end', async () => {
  const part = await get('/dati.txt', { range: 'bytes=2-5' });
  assert.equal(part.status, 206);
  assert.equal(part.body.toString(), 'cdef');
  assert.equal(part.headers['content-range'], 'bytes 2-5/26');
  assert.equal(part.headers['accept-ranges'], 'bytes');
  const tail = await get('/dati.txt', { range: 'bytes=-3' });
  assert.equal(tail.status, 206);
  assert.equal(tail.body.toString(), 'xyz');
  const open = await get('/dati.txt', { range: 'bytes=24-' });
  assert.equal(open.body.toString(), 'yz');
  const past = await get('/dati.txt', { range: 'bytes=26-30' });
  assert.equal(past.status, 416);
  assert.equal(past.headers['content-range'], 'bytes */26');
  const changed = await get('/dati.txt', { range: 'bytes=2-5', 'if-range': '"vecchio"' });
  assert.equal(changed.status, 200, 'If-Range with another validator sends the whole file');
  assert.equal(changed.body.length, 26);
  await assertAlive('ranges');
});

test('a page changed on disk is served changed (what is kept in memory follows the file)', async () => {
  const file = path.join(dir, 'cambia.html');
  writeFileSync(file, '<!doctype html><title>prima</title>');
  chmodSync(file, 0o644);
  const first = await get('/cambia.html', { 'accept-encoding': 'identity' });
  assert.match(first.body.toString(), /prima/);
  writeFileSync(file, '<!doctype html><title>dopo la modifica</title>');
  utimesSync(file, new Date(), new Date(Date.now() + 2000));
  const second = await get('/cambia.html', { 'accept-encoding': 'identity' });
  assert.match(second.body.toString(), /dopo la modifica/);
  assert.notEqual(second.headers.etag, first.headers.etag);
});

test('serving a folder that does not exist exits 1 saying so', () => {
  const res = piazza(['serve', path.join(dir, 'non-esiste'), '--port', '0'], { timeout: 10_000 });
  assert.equal(res.code, 1, res.stdout + res.stderr);
  assert.match(res.stderr, /piazza serve: cartella non trovata: .*non-esiste/);
});
