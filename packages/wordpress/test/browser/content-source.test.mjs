// WordPress as the content source of a Piazza site, for real: WordPress 6.1 + MariaDB + PHP (Debian's
// packages, one start for the file) with the plugin built from @piazza/theme's published schema,
// the demo comune imported (dev/import.mjs), and `piazza build --source wordpress` reading it back
// over the REST API. The built site passes piazza-check and axe; an invalid item fails the build
// naming its wp-admin edit link with the Markdown source's own message; an editor's service is
// refused without a required section (the theme's message), then published and built; more than
// 100 items of a collection are all read (pagination); publishing in WordPress makes `piazza serve
// --source wordpress --rebuild-secret` rebuild the edited service through the plugin's signed webhook.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  IncrementalSite,
  MarkdownContentSource,
  WordPressContentSource,
  formatIssue,
  parseFrontMatter,
  serveSite,
  validateContent,
} from '@piazza/theme';
import { launchChromium, axeViolations } from '../../../../test/lib/browser.mjs';
import { lit, skipReason, startWordPress } from '../lib/setup.mjs';
import { pkgDir } from '../../dev/wordpress.mjs';
import { DEMO_CONTENT, applicationPassword, importContent } from '../../dev/import.mjs';

const THEME = path.join(pkgDir, '..', 'theme');
const CLI = path.join(THEME, 'dist', 'cli.js');
const CONFORMITY_CLI = path.join(pkgDir, '..', 'conformity', 'dist', 'cli.js');
const SITE_FILE = path.join(DEMO_CONTENT, 'site.yml');
const skip = skipReason
  ? `WordPress not available: ${skipReason}`
  : !existsSync(CLI) && '@piazza/theme not built';

let wp;
let tmp;
let appPassword;
let imported;
let browser;

before(async () => {
  if (skip) return;
  const t = Date.now();
  wp = await startWordPress({ evalEndpoint: true, smtp: false });
  imported = await importContent({ wpDir: wp.wp });
  appPassword = applicationPassword(wp.wp);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'piazza-wp-source-'));
  console.log(
    `# WordPress + demo import in ${Date.now() - t} ms (import ${imported.seconds.toFixed(1)} s: ` +
      `${imported.items} items, ${imported.media.uploaded} media)`,
  );
});

after(async () => {
  await browser?.close();
  await wp?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** `piazza build --source wordpress`, as a user runs it. */
function build(out, extra = []) {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        CLI,
        'build',
        '--source',
        'wordpress',
        '--wp-url',
        wp.url,
        '--site',
        SITE_FILE,
        '--media',
        path.join(tmp, 'media'),
        '--out',
        out,
        ...extra,
      ],
      {
        env: { ...process.env, PIAZZA_WP_USER: 'admin', PIAZZA_WP_APP_PASSWORD: appPassword },
        maxBuffer: 64 << 20,
        timeout: 600_000,
      },
      (err, stdout, stderr) =>
        resolve({
          code: err ? (err.code ?? 1) : 0,
          stdout,
          stderr,
          seconds: (Date.now() - started) / 1000,
        }),
    );
  });
}

function source() {
  return new WordPressContentSource({
    url: wp.url,
    auth: { user: 'admin', password: appPassword },
    mediaDir: path.join(tmp, 'media'),
    siteBase: {},
  });
}

/** The path of the built page of an item (`/servizi/<categoria>/<slug>/`), from the sitemap. */
function pagePath(out, section, slug) {
  const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  return locs.find((p) => p.startsWith(`/${section}/`) && p.endsWith(`/${slug}/`));
}

/** The post id of an imported item. */
const idOf = (postType, slug) => imported.ids[`${postType}/${slug}`];

test(
  'the demo imported into WordPress builds a site that passes piazza-check and axe',
  { skip, timeout: 900_000 },
  async () => {
    const out = path.join(tmp, 'site');
    const r = await build(out);
    assert.equal(r.code, 0, `build from WordPress failed:\n${r.stdout}\n${r.stderr}`);
    console.log(`# build from WordPress: ${r.seconds.toFixed(1)} s\n${r.stdout}`);
    // Every item of the demo is a page of the site built from WordPress.
    const demo = await new MarkdownContentSource(DEMO_CONTENT).load();
    for (const [section, items] of [
      ['servizi', demo.servizi],
      ['novita', demo.notizie],
      ['vivere-il-comune', demo.eventi],
    ])
      for (const { slug } of items) {
        const p = pagePath(out, section, slug);
        assert.ok(p && existsSync(path.join(out, p, 'index.html')), `${section}: ${slug}`);
      }
    // The media came from WordPress's uploads into the build.
    const tari = pagePath(out, 'servizi', 'pagamento-tari');
    const service = readFileSync(path.join(out, tari, 'index.html'), 'utf8');
    const pdf = /href="([^"]*pagamento-tari[^"]*\.pdf)"/.exec(service)?.[1];
    assert.ok(pdf, 'the conditions PDF is linked');
    assert.doesNotMatch(pdf, /127\.0\.0\.1|wp-content/, 'the PDF is served by the site itself');
    assert.ok(existsSync(path.join(out, pdf.replace(/^\//, ''))), `${pdf} is in the build`);

    const site = await serveSite(out, { port: 0 });
    try {
      browser = await launchChromium();
      // The site's CSP forbids inline scripts: axe is injected with the CSP bypassed.
      const page = await browser.newPage({ bypassCSP: true });
      for (const p of ['/', tari, '/novita/', pagePath(out, 'novita', demo.notizie[0].slug)]) {
        const res = await page.goto(`${site.url}${p}`);
        assert.equal(res.status(), 200, p);
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${p}:\n${violations.join('\n')}`);
      }
      await page.close();
      if (existsSync(CONFORMITY_CLI)) {
        const check = await new Promise((resolve) => {
          execFile(
            process.execPath,
            [CONFORMITY_CLI, `${site.url}/`, '--json', '--concurrency', '2'],
            {
              env: {
                ...process.env,
                CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
              },
              maxBuffer: 64 << 20,
              timeout: 600_000,
            },
            (err, stdout, stderr) => resolve({ stdout, stderr }),
          );
        });
        assert.ok(check.stdout, `no output from piazza-check: ${check.stderr}`);
        const report = JSON.parse(check.stdout);
        assert.deepEqual(report.errors, [], 'every page found loads');
        // As for the Markdown demo (theme/test/browser/conformity.test.mjs): only the privacy
        // link's http scheme on 127.0.0.1 is a tolerance, which passes on the real https site.
        const notOk = report.criteria.filter(
          (c) =>
            c.outcome !== 'pass' &&
            !(
              c.outcome === 'tolerance' &&
              c.criterion === 'C.SI.3.3' &&
              c.findings
                .filter((f) => f.outcome !== 'pass')
                .every((f) => /servito in locale|served locally|http/i.test(f.message.it))
            ),
        );
        assert.deepEqual(
          notOk.map((c) => `${c.criterion} ${c.outcome}`),
          [],
          'piazza-check criteria not passed on the site built from WordPress',
        );
      }
    } finally {
      await site.close();
    }
  },
);

test('importing again changes nothing: same posts, no new uploads', { skip }, async () => {
  const again = await importContent({ wpDir: wp.wp });
  assert.equal(again.created, 0);
  assert.equal(again.updated, imported.items);
  assert.equal(again.media.uploaded, 0);
  assert.deepEqual(again.ids, imported.ids);
});

test(
  'an invalid item fails the build naming its edit link, with the Markdown source’s message',
  { skip },
  async () => {
    const id = idOf('pz_servizio', 'pagamento-tari');
    const saved = await wp.php(`return get_post_meta( ${id}, 'comeFare', true );`);
    await wp.php(`delete_post_meta( ${id}, 'comeFare' ); return true;`);
    try {
      const r = await build(path.join(tmp, 'invalid'), ['--no-precompress']);
      assert.equal(r.code, 1, r.stdout);
      // The same item without the same field, read from Markdown: the message to expect.
      const raw = await new MarkdownContentSource(DEMO_CONTENT).read();
      const item = raw.collections.servizi.find((i) => i.data.slug === 'pagamento-tari');
      delete item.data.comeFare;
      const markdown = validateContent(raw).errors.find((e) => e.field === 'comeFare');
      const expected = formatIssue({
        ...markdown,
        file: `${wp.url}/wp-admin/post.php?post=${id}&action=edit`,
      });
      assert.ok(
        r.stderr.includes(expected),
        `expected the line\n  ${expected}\nin\n${r.stderr.slice(0, 3000)}`,
      );
    } finally {
      await wp.php(
        `update_post_meta( ${id}, 'comeFare', wp_slash( ${lit(saved)} ) ); return true;`,
      );
    }
  },
);

test(
  'an editor saving a service without "Come fare" sees the theme’s message; completed and published, it is on the rebuilt site',
  { skip, timeout: 300_000 },
  async () => {
    const password = `pw-redazione-${Date.now()}`;
    await wp.php(
      `return wp_insert_user( array( 'user_login' => 'redazione', 'user_pass' => ${lit(password)}, 'user_email' => 'redazione@comune.example.it', 'role' => 'editor' ) );`,
    );
    browser ??= await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30000);
    await page.goto(
      `${wp.url}/wp-login.php?redirect_to=${encodeURIComponent(`${wp.url}/wp-admin/profile.php`)}`,
    );
    await page.fill('#user_login', 'redazione');
    await page.fill('#user_pass', password);
    await Promise.all([page.waitForURL(/wp-admin\/profile\.php/), page.click('#wp-submit')]);

    const pdf = imported.urls['media/condizioni/pagamento-tari.pdf'];
    await page.goto(`${wp.url}/wp-admin/post-new.php?post_type=pz_servizio`);
    await page.fill('#title', 'Contributo per la mensa scolastica');
    await page
      .getByLabel('Descrizione breve')
      .fill('Il contributo del Comune alle famiglie per la mensa scolastica.');
    await page.getByRole('checkbox', { name: 'Educazione e formazione', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Istruzione', exact: true }).check();
    await page.getByLabel(/^A chi è rivolto/).fill('Alle famiglie residenti con figli a scuola.');
    await page.getByLabel(/^Cosa serve/).fill("L'ISEE in corso di validità.");
    await page.getByLabel(/^Cosa si ottiene/).fill('Una riduzione della retta della mensa.');
    await page.getByLabel(/^Tempi e scadenze/).fill('{ "text": "Domande entro il 30 settembre." }');
    await page
      .getByLabel(/^Accedi al servizio/)
      .fill('{ "generic": "Ufficio Scuola, Palazzo Comunale, dal lunedì al venerdì 9-12." }');
    await page
      .getByLabel(/^Condizioni di servizio/)
      .fill(JSON.stringify({ title: 'Condizioni del contributo', url: pdf }));
    await page.getByLabel(/^Contatti/).fill('ufficio-tributi');
    await page.click('#publish');
    const alert = page.getByRole('alert').filter({ hasText: 'Non pubblicato' });
    await alert.waitFor();
    // The theme's own message for the missing section, as `piazza build` gives it.
    const raw = await new MarkdownContentSource(DEMO_CONTENT).read();
    const item = raw.collections.servizi.find((i) => i.data.slug === 'pagamento-tari');
    delete item.data.comeFare;
    const theme = validateContent(raw).errors.find((e) => e.field === 'comeFare').message;
    assert.ok(
      (await alert.innerText()).includes(`«Come fare» (comeFare): ${theme}`),
      await alert.innerText(),
    );
    assert.equal(await page.locator('#original_post_status').inputValue(), 'draft');

    await page.getByLabel(/^Come fare/).fill('Compilare la domanda online o allo sportello.');
    await page.click('#publish');
    await page.locator('#original_post_status[value="publish"]').waitFor({ state: 'attached' });
    const slug = await page.locator('#post_name').inputValue();
    await context.close();

    const out = path.join(tmp, 'rebuilt');
    const r = await build(out, ['--no-precompress']);
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
    const built = pagePath(out, 'servizi', slug);
    assert.ok(built, `no page for the service "${slug}" in the sitemap`);
    const html = readFileSync(path.join(out, built, 'index.html'), 'utf8');
    assert.match(html, /<h1[^>]*>[^<]*Contributo per la mensa scolastica/);
    assert.match(html, /Compilare la domanda online o allo sportello\./);
  },
);

test(
  'more than 100 items of one collection are all read (X-WP-TotalPages)',
  { skip, timeout: 300_000 },
  async () => {
    const auth = `Basic ${Buffer.from(`admin:${appPassword}`).toString('base64')}`;
    const extra = 130;
    const made = [];
    try {
      for (let i = 0; i < extra; i++) {
        const res = await fetch(`${wp.url}/wp-json/wp/v2/faq`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({
            status: 'publish',
            slug: `domanda-${i}`,
            title: `Domanda numero ${i}?`,
            content: `Risposta numero ${i}.`,
            meta: { question: `Domanda numero ${i}?`, category: 'Tributi' },
          }),
        });
        const body = await res.json();
        assert.equal(res.status, 201, JSON.stringify(body).slice(0, 500));
        made.push(body.id);
      }
      const src = source();
      const { content, errors } = await src.check();
      const demoFaq = (await new MarkdownContentSource(DEMO_CONTENT).load()).faq.length;
      // Only the site settings may be incomplete here (no site file given).
      assert.deepEqual(
        errors.filter((e) => !e.file.includes('piazza-settings')).map(formatIssue),
        [],
      );
      const faq = content?.faq ?? (await src.read()).collections.faq.map((i) => i.data);
      assert.equal(faq.length, demoFaq + extra);
      assert.ok(faq.some((f) => f.slug === `domanda-${extra - 1}`));
      assert.ok(faq.some((f) => f.slug === 'domanda-0'));
    } finally {
      if (made.length)
        await wp.php(
          `foreach ( array( ${made.join(', ')} ) as $id ) { wp_delete_post( $id, true ); } return true;`,
        );
    }
  },
);

test(
  'publish to live: an edit in WordPress reaches the served site through the signed webhook',
  { skip, timeout: 900_000 },
  async () => {
    const secret = 'segreto-del-webhook-di-prova-123';
    const live = path.join(tmp, 'live');
    // The site settings WordPress does not hold come from the demo's site.yml, as with --site.
    const issues = [];
    const siteBase = parseFrontMatter(
      `---\n${readFileSync(SITE_FILE, 'utf8')}\n---\n`,
      SITE_FILE,
      issues,
    )?.data;
    assert.deepEqual(issues, []);
    const site = await IncrementalSite.create({
      source: new WordPressContentSource({
        url: wp.url,
        auth: { user: 'admin', password: appPassword },
        mediaDir: path.join(tmp, 'media'),
        siteBase,
        siteBaseDir: DEMO_CONTENT,
      }),
      out: live,
      purge: false,
      precompress: false,
    });
    const served = await serveSite(live, { rebuild: { secret, site } });
    const settings = `$s = get_option( 'piazza_settings', array() ); $s['webhook_url'] = ${lit(
      `${served.url}/__piazza/rebuild`,
    )}; $s['webhook_secret'] = ${lit(secret)}; update_option( 'piazza_settings', $s ); return true;`;
    try {
      await wp.php(settings);
      const at = pagePath(live, 'servizi', 'agevolazioni-tari');
      assert.ok(at, 'the service page is in the sitemap');
      const before = await (await fetch(`${served.url}${at}`)).text();
      assert.match(before, /Richiedere una riduzione della TARI/);
      const title = 'Richiedere una riduzione della TARI (modificato in WordPress)';
      const auth = `Basic ${Buffer.from(`admin:${appPassword}`).toString('base64')}`;
      const started = Date.now();
      const res = await fetch(
        `${wp.url}/wp-json/wp/v2/servizi/${idOf('pz_servizio', 'agevolazioni-tari')}`,
        {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({ title }),
        },
      );
      assert.equal(res.status, 200, (await res.text()).slice(0, 500));
      let html = '';
      while (Date.now() - started < 120_000) {
        html = await (await fetch(`${served.url}${at}`)).text();
        if (html.includes('modificato in WordPress')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const ms = Date.now() - started;
      assert.match(html, /<h1[^>]*>[^<]*modificato in WordPress/, 'the new title is served');
      console.log(`# publish to live (WordPress REST save → page served): ${ms} ms`);
      // The lists that show the service follow: its category page.
      await served.rebuilds.idle();
      const category = at.split('/').slice(0, 3).join('/') + '/';
      const list = await (await fetch(`${served.url}${category}`)).text();
      assert.match(list, /modificato in WordPress/);
    } finally {
      await wp.php(
        `$s = get_option( 'piazza_settings', array() ); $s['webhook_url'] = ''; update_option( 'piazza_settings', $s ); return true;`,
      );
      await served.close();
    }
  },
);
