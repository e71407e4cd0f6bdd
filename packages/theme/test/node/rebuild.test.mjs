// `piazza serve --rebuild-secret`: the signed publish webhook (refusals never rebuild) and the
// incremental rebuild (only the pages that changed are written, and they are what a full build of
// the new content gives).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { request } from 'node:http';
import { PACKAGE, cleanup, demoCopy, pageFile, tempDir } from './helpers.mjs';

const { IncrementalSite, MarkdownContentSource, buildSite, serveSite, signRebuild } = await import(
  path.join(PACKAGE, 'dist', 'index.js')
);

const SECRET = 'segreto-di-prova-abbastanza-lungo';
const HOOK = '/__piazza/rebuild';
let content;
let out;
let site;
let served;
const results = [];

before(async () => {
  content = demoCopy();
  out = tempDir('piazza-rebuild-out-');
  site = await IncrementalSite.create({
    source: new MarkdownContentSource(content),
    out,
  });
  served = await serveSite(out, {
    rebuild: { secret: SECRET, site, onResult: (r) => results.push(r) },
  });
  // fetch keeps connections alive across the long steps of a test: the server must not close them
  // under it (a reset of a reused connection is a client-side race, not what is tested here)
  served.server.keepAliveTimeout = 120_000;
});
after(async () => {
  await served?.close();
  cleanup(content, out);
});

/** A raw HTTP request (fetch would refuse some of the bad ones). */
function send({ method = 'POST', headers = {}, body = '' }) {
  return new Promise((resolve, reject) => {
    const u = new URL(served.url + HOOK);
    const req = request(
      // a new connection each time: a kept-alive one may be closed by the server as it is reused
      { host: u.hostname, port: u.port, path: u.pathname, method, headers, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', (err) => {
      // the server may close the connection after refusing an oversized body
      if (err.code === 'ECONNRESET' || err.code === 'EPIPE') resolve({ status: 'reset' });
      else reject(err);
    });
    req.end(body);
  });
}

// Each call is a new edit, with its own `modified` (as the plugin sends it): two publishes within
// the same second must not look like a replay of each other.
let edits = 0;
const event = (over = {}) =>
  JSON.stringify({
    event: 'update',
    collection: 'servizi',
    id: 42,
    slug: 'carta-identita',
    modified: new Date(Date.UTC(2026, 11, 5, 10, 0, edits++)).toISOString(),
    ...over,
  });

function signed(body, { ts = Math.floor(Date.now() / 1000), secret = SECRET } = {}) {
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-piazza-timestamp': String(ts),
      'x-piazza-signature': signRebuild(secret, String(ts), body),
    },
  };
}

/** Every file of the build (no .br/.gz) with its bytes and modification time. */
function snapshot(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (!/\.(br|gz)$/.test(e.name) && !e.name.startsWith('.'))
        files.set(path.relative(dir, abs), {
          text: readFileSync(abs, 'utf8'),
          mtime: statSync(abs).mtimeMs,
        });
    }
  };
  walk(dir);
  return files;
}

/** Where two texts first differ, with a little context. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${i}: …${a.slice(Math.max(0, i - 60), i + 60)}… ≠ …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

const pageOf = (rel) => `/${rel.replace(/index\.html$/, '')}`;

test('refused webhooks answer 4xx and rebuild nothing', async () => {
  const before = served.rebuilds.started;
  const body = event();
  const cases = [
    ['GET', await send({ method: 'GET' }), 405],
    ['no signature', await send({ body, headers: { 'content-type': 'application/json' } }), 401],
    [
      'wrong secret',
      await send(signed(body, { secret: 'un-altro-segreto-lungo-abbastanza' })),
      401,
    ],
    [
      'body changed after signing',
      await send({ ...signed(body), body: event({ slug: 'altro' }) }),
      401,
    ],
    [
      'timestamp 10 minutes old',
      await send(signed(body, { ts: Math.floor(Date.now() / 1000) - 600 })),
      401,
    ],
    ['not JSON', await send(signed('{"event":')), 400],
    ['unknown event', await send(signed(event({ event: 'delete-all' }))), 400],
    ['id of the wrong type', await send(signed(event({ id: { $gt: 1 } }))), 400],
  ];
  for (const [what, res, status] of cases) assert.equal(res.status, status, what);
  // A body over the limit (64 KiB) is refused before it is read whole.
  const big = await send(signed(event({ slug: 'x'.repeat(70 * 1024) })));
  assert.ok(big.status === 413 || big.status === 'reset', `oversized: ${big.status}`);
  // Replay: the same signed request twice; the second is refused.
  const once = signed(event());
  assert.equal((await send(once)).status, 202);
  assert.equal((await send(once)).status, 401, 'replayed');
  await served.rebuilds.idle();
  assert.equal(served.rebuilds.started, before + 1, 'only the one good request rebuilt');
  // The server is still up and serving.
  assert.equal((await fetch(`${served.url}/`)).status, 200);
});

/** Sends a signed webhook and waits for the rebuild; returns its report. */
async function publish(over) {
  const n = results.length;
  const res = await send(signed(event(over)));
  assert.equal(res.status, 202, res.text);
  await served.rebuilds.idle();
  const r = results[results.length - 1];
  assert.ok(results.length > n, 'a rebuild ran');
  if (!r.ok) throw r.error;
  return r.report;
}

/**
 * After a rebuild: every file differs from before only if the report wrote it, and the site is
 * byte for byte what a full build of the new content gives (no page left stale).
 */
async function assertLikeFullBuild(beforeSnap, report) {
  const after = snapshot(out);
  const fresh = tempDir('piazza-rebuild-full-');
  try {
    await buildSite({ content, out: fresh, precompress: false });
    const full = snapshot(fresh);
    const written = new Set([...report.pages, ...report.files.map((f) => `/${f}`)]);
    const stale = [];
    for (const [rel, f] of full) {
      if (!rel.endsWith('.html') && !rel.endsWith('.json') && !rel.endsWith('.xml')) continue;
      const mine = after.get(rel);
      assert.ok(mine, `${rel} is missing after the rebuild`);
      if (mine.text !== f.text) stale.push(`${rel} (at ${firstDifference(mine.text, f.text)})`);
    }
    assert.deepEqual(stale, [], 'pages that differ from a full build of the new content');
    for (const [rel, f] of after) {
      if (!rel.endsWith('.html') && !rel.endsWith('.json') && !rel.endsWith('.xml')) continue;
      const old = beforeSnap.get(rel);
      if (!full.has(rel)) assert.fail(`${rel} should have been removed`);
      const page = pageOf(rel);
      if (!written.has(page) && !written.has(`/${rel}`)) {
        assert.equal(f.mtime, old?.mtime, `${rel} was not to be touched`);
      }
    }
  } finally {
    cleanup(fresh);
  }
}

test('a changed service title rewrites its page, its lists and the search index only', async () => {
  const before = snapshot(out);
  const file = path.join(content, 'servizi', 'carta-identita-elettronica.md');
  const text = readFileSync(file, 'utf8');
  const oldTitle = /^title: (.*)$/m.exec(text)[1];
  writeFileSync(file, text.replace(/^title: .*$/m, 'title: Carta d’identità elettronica (nuova)'));
  const report = await publish();
  assert.equal(report.full, false);
  assert.deepEqual(
    report.changes.map((c) => [c.collection, c.slug, c.fields]),
    [['servizi', 'carta-identita-elettronica', ['title']]],
  );
  const servicePage = report.pages.find((p) => p.endsWith('/carta-identita-elettronica/'));
  assert.ok(servicePage, 'the service page is rewritten');
  assert.ok(report.pages.includes('/servizi/'), 'the services list is rewritten');
  assert.ok(report.files.includes('search-index.json'));
  assert.ok(!report.files.includes('sitemap.xml'), 'the sitemap has not changed');
  const total = [...before.keys()].filter((f) => f.endsWith('.html')).length;
  assert.ok(report.pages.length < total / 2, `${report.pages.length} of ${total} pages rewritten`);
  assert.ok(!report.pages.some((p) => p.startsWith('/novita/')), 'news pages untouched');
  // The new content is served.
  const page = await (await fetch(served.url + servicePage)).text();
  assert.match(page, /<h1[^>]*>[^<]*Carta d’identità elettronica \(nuova\)/);
  const list = await (await fetch(`${served.url}/servizi/`)).text();
  assert.match(list, /Carta d’identità elettronica \(nuova\)/);
  const index = await (await fetch(`${served.url}/search-index.json`)).json();
  assert.ok(index.some((e) => e.t === 'Carta d’identità elettronica (nuova)'));
  assert.ok(!index.some((e) => e.t === oldTitle.replace(/^['"]|['"]$/g, '')));
  await assertLikeFullBuild(before, report);
});

test('a changed Markdown section rewrites the service page, not the whole site', async () => {
  const before = snapshot(out);
  const file = path.join(content, 'servizi', 'carta-identita-elettronica.md');
  const text = readFileSync(file, 'utf8');
  const m = /^(cosaServe|comeFare): [|>]-?\n {2}(.*)$/m.exec(text);
  assert.ok(m, 'the fixture has a Markdown section');
  writeFileSync(file, text.replace(m[0], `${m[0]} Testo aggiunto in redazione.`));
  const report = await publish();
  assert.deepEqual(
    report.changes.map((c) => c.fields),
    [[m[1]]],
  );
  assert.ok(report.pages.some((p) => p.endsWith('/carta-identita-elettronica/')));
  const page = await (
    await fetch(served.url + report.pages.find((p) => p.endsWith('/carta-identita-elettronica/')))
  ).text();
  assert.match(page, /Testo aggiunto in redazione\./);
  assert.ok(!report.pages.some((p) => p.startsWith('/novita/')), 'news pages untouched');
  await assertLikeFullBuild(before, report);
});

test('an added and a removed item: new page, removed page, updated lists', async () => {
  const before = snapshot(out);
  const dir = path.join(content, 'notizie');
  const [first, second] = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const copy = readFileSync(path.join(dir, first), 'utf8').replace(
    /^title: .*$/m,
    'title: Notizia aggiunta dal webhook',
  );
  writeFileSync(path.join(dir, 'notizia-aggiunta.md'), copy);
  const removedSlug = second.slice(0, -3);
  // (a file nobody references: the demo's news are not linked from other items)
  unlinkSync(path.join(dir, second));
  const report = await publish({
    event: 'publish',
    collection: 'notizie',
    slug: 'notizia-aggiunta',
  });
  assert.ok(report.pages.some((p) => p.endsWith('/notizia-aggiunta/')));
  assert.ok(report.removed.some((p) => p.endsWith(`/${removedSlug}/`)));
  assert.ok(report.files.includes('sitemap.xml'));
  const gone = report.removed.find((p) => p.endsWith(`/${removedSlug}/`));
  assert.equal((await fetch(served.url + gone)).status, 404);
  await assertLikeFullBuild(before, report);
});

test('invalid content: the rebuild fails and the old pages stay served', async () => {
  const file = path.join(content, 'servizi', 'carta-identita-elettronica.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^category: .*$/m, 'category: Categoria inesistente'));
  const n = results.length;
  assert.equal((await send(signed(event()))).status, 202);
  await served.rebuilds.idle();
  const r = results[n];
  assert.equal(r.ok, false);
  assert.match(String(r.error.message), /category/);
  assert.equal((await fetch(`${served.url}/servizi/`)).status, 200);
  writeFileSync(file, text);
});

test('webhooks arriving during a rebuild are coalesced into one more', async () => {
  const before = served.rebuilds.started;
  const sends = [];
  for (let i = 0; i < 5; i++) sends.push(send(signed(event({ id: i }))));
  for (const r of await Promise.all(sends)) assert.equal(r.status, 202);
  await served.rebuilds.idle();
  const ran = served.rebuilds.started - before;
  assert.ok(ran >= 1 && ran <= 2, `${ran} rebuilds for 5 webhooks`);
});

test('a site settings change rebuilds everything', async () => {
  const file = path.join(content, 'site.yml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^name: .*$/m, 'name: Comune di Prova Webhook'));
  const report = await publish({ collection: 'site' });
  assert.equal(report.full, true);
  const home = await (await fetch(`${served.url}/`)).text();
  assert.match(home, /Comune di Prova Webhook/);
  assert.ok(existsPage('/servizi/'));
});

function existsPage(p) {
  return readFileSync(pageFile(out, p), 'utf8').includes('Comune di Prova Webhook');
}
