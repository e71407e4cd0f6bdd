// The built Piazza site talking to a real WordPress back office (issue 14, wiring): the demo
// comune built with `backOffice` pointing at the plugin (and a stand-in SPID/CIE gateway and
// pagoPA checkout for what WordPress is not), served by `piazza serve`; in Chromium a citizen
// sends a ZTL permit request (Permessi e autorizzazioni, with its payment), a segnalazione, a
// request for assistance and a rating, and each one is in WordPress; the request's status is
// read by its code on the site. Skips, saying why, only when the Debian packages cannot be
// installed here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../../../test/lib/browser.mjs';
import { freePort, pkgDir } from '../../dev/wordpress.mjs';
import { FIXTURE_SCHEMA, lit, skipReason, startWordPress } from '../lib/setup.mjs';
import { startGateway } from '../lib/gateway.mjs';

const skip = skipReason ? `WordPress not available: ${skipReason}` : false;
const URP = 'urp@comune.example.it';
const THEME = path.join(pkgDir, '..', 'theme');

let wp;
let gateway;
let site;
let siteUrl;
let browser;
let work;
let ztlFlow; // the page of the ZTL permit's online request

before(async () => {
  if (skip) return;
  const t = Date.now();
  const port = await freePort();
  siteUrl = `http://127.0.0.1:${port}`;
  gateway = await startGateway({ origin: siteUrl, pagoPA: true });
  wp = await startWordPress({
    schemaDir: FIXTURE_SCHEMA,
    evalEndpoint: true,
    settings: {
      site_origin: siteUrl,
      urp_email: URP,
      mail_from: 'noreply@comune.example.it',
      rate_limit: 1000,
    },
  });
  await wp.php(
    `update_option( 'piazza_services_settings', array( 'identity_url' => ${lit(gateway.url)} ) ); return true;`,
  );
  // The demo comune, with one more setting: its back office is this WordPress.
  work = mkdtempSync(path.join(tmpdir(), 'piazza-wp-site-'));
  const content = path.join(work, 'content');
  cpSync(path.join(THEME, 'demo'), content, { recursive: true });
  const yml = readFileSync(path.join(content, 'site.yml'), 'utf8').replace(
    /^baseUrl: .*$/m,
    `baseUrl: ${siteUrl}`,
  );
  writeFileSync(
    path.join(content, 'site.yml'),
    `${yml}
backOffice: ${wp.api}
servicesApi:
  identity: ${gateway.url}
  payments: ${gateway.url}
  spidProviders:
    - { id: prova, name: Identità di prova }
`,
  );
  const out = path.join(work, 'out');
  const build = spawnSync(
    process.execPath,
    [path.join(THEME, 'dist', 'cli.js'), 'build', '--content', content, '--out', out],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (build.status !== 0) throw new Error(`site build failed:\n${build.stdout}\n${build.stderr}`);
  ztlFlow = readdirSync(out, { recursive: true })
    .map((f) => `/${String(f).split(path.sep).join('/')}`)
    .find((f) => /permesso-ztl\/richiesta\/index\.html$/.test(f))
    ?.replace(/index\.html$/, '');
  if (!ztlFlow) throw new Error('no online request page for the ZTL permit in the built site');
  const { serveSite } = await import(path.join(THEME, 'dist', 'index.js'));
  site = await serveSite(out, { port });
  browser = await launchChromium();
  console.log(`# WordPress, gateway and the built site ready in ${Date.now() - t} ms`);
});

after(async () => {
  await browser?.close();
  await site?.close();
  await wp?.stop();
  await gateway?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const row = (table, where) =>
  wp.php(
    `global $wpdb; return $wpdb->get_row( "SELECT * FROM {$wpdb->prefix}${table} WHERE ${where} ORDER BY id DESC LIMIT 1", ARRAY_A );`,
  );

async function open() {
  // The pagoPA stand-in's certificate is self-signed: accepted for this context only.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
  });
  context.setDefaultTimeout(20000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // GET /me answers 401 before the sign-in (the contract's "nobody"): the browser logs it, it
  // is not an error of the page.
  page.on(
    'console',
    (m) => m.type() === 'error' && !/status of 401/.test(m.text()) && errors.push(m.text()),
  );
  return { context, page, errors };
}

/** Checks a checkbox or radio by keyboard (its label covers it). */
async function tick(locator) {
  await locator.focus();
  await locator.page().keyboard.press('Space');
}

/** Rethrows `e` with what the page shows and the browser said: a failure explains itself. */
async function explain(page, errors, what, e) {
  const text = await page
    .locator('main')
    .innerText()
    .catch(() => '');
  throw new Error(`${what} on ${page.url()}: ${text.slice(-1200)}\n${errors.join('\n')}`, {
    cause: e,
  });
}

/** The access step's CIE link: to the gateway's login, and back signed in. */
async function signIn(page, errors) {
  const cie = page.locator(`a[href^="${gateway.url}/login/cie"]`);
  await cie.waitFor().catch((e) => explain(page, errors, 'no CIE link', e));
  await cie.click();
}

/** Waits until the flow (`selector`: its [data-step]) leaves `from`; returns the new step. */
async function nextStep(page, selector, from, errors) {
  try {
    await page.waitForFunction(
      ([sel, prev]) => {
        const at = document.querySelector(sel)?.getAttribute('data-step');
        return at && at !== prev && at !== 'loading';
      },
      [selector, from],
    );
  } catch (e) {
    await explain(page, errors, `still at ${from}`, e);
  }
  return page.locator(selector).getAttribute('data-step');
}

test(
  'the pages name the back office in their policy, and piazza serve sends the same',
  { skip },
  async () => {
    const res = await fetch(`${siteUrl}/`);
    const origin = new URL(wp.api).origin;
    const header = res.headers.get('content-security-policy');
    assert.match(header, new RegExp(`connect-src 'self'[^;]* ${origin.replace(/[.:/]/g, '\\$&')}`));
    // React writes the quotes of 'self' as &#x27;: decoded, as the browser reads the attribute.
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(await res.text())[1]
      .replace(/&#x27;/g, "'");
    assert.match(meta, new RegExp(`connect-src 'self'[^;]* ${origin.replace(/[.:/]/g, '\\$&')}`));
  },
);

test(
  'a rating and a request for assistance sent on the site are in WordPress',
  { skip },
  async () => {
    const { context, page, errors } = await open();
    try {
      await page.goto(`${siteUrl}/servizi/`);
      await page.locator('[data-element="feedback-rate-2"]').click();
      await page.waitForFunction(
        () => document.querySelector('[data-island="rating"]')?.dataset.live,
      );
      await page.getByRole('button', { name: 'Avanti' }).click();
      await page.getByRole('textbox', { name: 'Dettaglio' }).fill('Mancano gli orari');
      await page.getByRole('button', { name: 'Invia' }).click();
      await page.getByRole('heading', { name: /Grazie/ }).waitFor();
      const rating = await row('piazza_feedback', "page = '/servizi/'");
      assert.equal(rating?.rating, '2');
      assert.equal(rating.details, 'Mancano gli orari');

      await page.goto(`${siteUrl}/richiesta-assistenza/`);
      assert.equal(
        await page.locator('[data-demo-notice]').count(),
        0,
        'a demo notice with a back office',
      );
      await page.waitForFunction(() => document.querySelector('[data-live="true"]'));
      await page.getByRole('textbox', { name: /^Nome/ }).fill('Luca');
      await page.getByRole('textbox', { name: /^Cognome/ }).fill('Rossi');
      await page.getByRole('textbox', { name: /^Email/ }).fill('luca.rossi@example.com');
      await page
        .getByRole('combobox', { name: /Categoria di servizio/ })
        .selectOption({ index: 1 });
      await page.getByRole('combobox', { name: /^Servizio/ }).selectOption({ index: 1 });
      await page.getByRole('textbox', { name: /Dettagli/ }).fill('Quando posso ritirare la carta?');
      await tick(page.getByRole('checkbox', { name: /Ho letto e compreso/ }));
      await page.getByRole('button', { name: 'Invia' }).click();
      await page
        .getByRole('heading', { name: 'Richiesta inviata' })
        .waitFor()
        .catch((e) => explain(page, errors, 'the request for assistance was not sent', e));
      const code = (await page.locator('[data-request-code]').innerText()).trim();
      assert.match(code, /^ASS-\d{4}-[0-9A-F]{8}$/);
      const stored = await row('piazza_assistance', `code = '${code}'`);
      assert.equal(stored?.email, 'luca.rossi@example.com');
      assert.equal(stored.mail_status, 'inviata');
      assert.ok(
        wp.mails().some((m) => m.includes(code)),
        'no mail to the URP',
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  },
);

test(
  'signed in through the gateway, a citizen sends a ZTL request (paid) and a segnalazione; both are in WordPress, the status is read by code',
  { skip },
  async () => {
    const { context, page, errors } = await open();
    try {
      // ZTL: Permessi e autorizzazioni, its online request page (the scheda's "Accedi al servizio").
      await page.goto(`${siteUrl}${ztlFlow}`);
      await signIn(page, errors);
      const flow = '[data-island="serviceflow"] [data-step]';
      let step = await nextStep(page, flow, 'access', errors);
      for (let i = 0; step !== 'recap' && i < 8; i++) {
        if (step === 'privacy') {
          await tick(page.getByRole('checkbox', { name: /Ho letto e compreso/ }));
        } else if (step === 'payment') {
          await page.getByRole('button', { name: /^Paga .*con pagoPA$/ }).click();
          // to the (stand-in) pagoPA page and back to the draft kept in the browser, resumed;
          // the outcome is read from the gateway
          await page.getByRole('button', { name: 'Riprendi la richiesta' }).click();
          await page
            .locator('p', { hasText: /eseguito il/ })
            .waitFor()
            .catch((e) => explain(page, errors, 'no payment outcome', e));
        } else if (step === 'specific') {
          await tick(page.getByRole('radio', { name: 'Residente nella ZTL' }));
          await page.getByRole('textbox', { name: /Targa del veicolo/ }).fill('AB123CD');
        }
        await page.getByRole('button', { name: 'Avanti' }).click();
        step = await nextStep(page, flow, step, errors);
      }
      assert.equal(step, 'recap');
      await page.getByRole('button', { name: 'Invia' }).click();
      assert.equal(await nextStep(page, flow, 'recap', errors), 'confirmed');
      const text = await page.locator('[data-island="serviceflow"]').textContent();
      const code = /[A-Z]{3}-\d{4}-[0-9A-F]{8}/.exec(text)?.[0];
      assert.ok(code, `no request code in: ${text.slice(0, 300)}`);
      const ztl = await row('piazza_applications', `code = '${code}'`);
      assert.equal(ztl?.service_id, 'permesso-ztl');
      assert.equal(ztl.fiscal_code, 'BNCMRA80A41H501X');
      assert.equal(JSON.parse(ztl.field_values).targa, 'AB123CD');
      assert.match(ztl.payment_id, /^PAY-/);

      // The segnalazione, same session (signed in already: no access step).
      await page.goto(`${siteUrl}/segnalazione-disservizio/`);
      const seg = '[data-island="segnalazione"] [data-step]';
      // the server renders the access step; the gateway's session moves it on
      step = await nextStep(page, seg, 'access', errors);
      assert.equal(step, 'privacy');
      await tick(page.getByRole('checkbox', { name: /Ho letto e compreso/ }));
      await page.getByRole('button', { name: 'Avanti' }).click();
      assert.equal(await nextStep(page, seg, 'privacy', errors), 'specific');
      await page
        .getByRole('combobox', { name: /Categoria del disservizio/ })
        .selectOption('Illuminazione pubblica');
      await page.getByRole('textbox', { name: /^Luogo/ }).fill('Piazza Garibaldi');
      await page.getByRole('textbox', { name: /^Titolo/ }).fill('Lampione spento');
      await page.getByRole('textbox', { name: /^Descrizione/ }).fill('Spento da tre sere');
      await page.getByRole('button', { name: 'Avanti' }).click();
      assert.equal(await nextStep(page, seg, 'specific', errors), 'recap');
      await page.getByRole('button', { name: 'Invia' }).click();
      assert.equal(await nextStep(page, seg, 'recap', errors), 'confirmed');
      const segCode = /SEG-\d{4}-[0-9A-F]{8}/.exec(
        await page.locator('[data-island="segnalazione"]').textContent(),
      )?.[0];
      assert.ok(segCode, 'no segnalazione code');
      const report = await row('piazza_reports', `code = '${segCode}'`);
      assert.equal(report?.title, 'Lampione spento');
      assert.equal(report.place, 'Piazza Garibaldi');
      assert.ok(
        wp.mails().some((m) => m.includes(segCode)),
        'the segnalazione was not mailed',
      );

      // The status by code, in another browser with nobody signed in (CSE.1.9).
      const anon = await open();
      try {
        await anon.page.goto(`${siteUrl}/area-personale/?codice=${code}`);
        await anon.page.getByRole('heading', { name: `Stato della richiesta ${code}` }).waitFor();
        assert.match(
          await anon.page.locator('main').textContent(),
          /Richiesta inviata \(completata\)[^]*Presa in carico \(in corso\)/,
        );
      } finally {
        await anon.context.close();
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  },
);
