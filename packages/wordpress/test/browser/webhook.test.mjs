// The build webhook in a real WordPress (Debian's packages, started by the test): publishing,
// updating and trashing a Piazza item call the receiver of `piazza serve --rebuild-secret` (the
// theme's own, which checks the HMAC signature and the timestamp) and it accepts the call; a
// receiver that fails gets the call again when WP-Cron runs the scheduled retry; the settings page
// shows the last result (axe 0). Skips, saying why, only when WordPress cannot run here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, axeSource, AXE_TAGS } from '../../../../test/lib/browser.mjs';
import { FIXTURE_SCHEMA, lit, skipReason, startWordPress } from '../lib/setup.mjs';

const { serveSite } = await import('@piazza/theme');

const skip = skipReason ? `WordPress not available: ${skipReason}` : false;
const SECRET = 'segreto-condiviso-del-webhook-di-prova';

let wp;
let browser;
let receiver; // piazza serve's webhook, rebuilding a stand-in site that records the calls
let failing; // a receiver that answers 503
let failingUrl;
let served;
const rebuilds = [];
let failed = 0;

before(async () => {
  if (skip) return;
  served = mkdtempSync(path.join(os.tmpdir(), 'piazza-webhook-site-'));
  receiver = await serveSite(served, {
    rebuild: {
      secret: SECRET,
      site: {
        rebuild: async () => {
          rebuilds.push(Date.now());
          return { ok: true };
        },
      },
    },
  });
  failing = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      failed++;
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('build in corso, riprova');
    });
  });
  await new Promise((r) => failing.listen(0, '127.0.0.1', r));
  failingUrl = `http://127.0.0.1:${failing.address().port}/__piazza/rebuild`;
  wp = await startWordPress({
    schemaDir: FIXTURE_SCHEMA,
    evalEndpoint: true,
    smtp: false,
    settings: { webhook_url: `${receiver.url}/__piazza/rebuild`, webhook_secret: SECRET },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await wp?.stop();
  await receiver?.close();
  failing?.close();
  if (served) rmSync(served, { recursive: true, force: true });
});

const last = () => wp.php(`return get_option('piazza_webhook_last');`);

/** Waits until `n` rebuilds were accepted by the receiver. */
let base = 0;
async function rebuildsReach(n) {
  const t = Date.now();
  while (rebuilds.length - base < n) {
    if (Date.now() - t > 20_000) assert.fail(`${rebuilds.length} accepted calls, expected ${n}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await receiver.rebuilds.idle();
}

const setUrl = (url) =>
  wp.php(
    `$s = get_option('piazza_settings'); $s['webhook_url'] = ${lit(url)}; update_option('piazza_settings', $s); return true;`,
  );

test(
  'publish, update and trash call the signed webhook; a failed call is retried',
  { skip },
  async () => {
    // Publish.
    const id = await wp.php(
      `return wp_insert_post( array( 'post_type' => 'pz_servizio', 'post_status' => 'publish', 'post_title' => 'Servizio del webhook', 'post_name' => 'servizio-del-webhook' ) );`,
    );
    assert.ok(Number(id) > 0);
    await rebuildsReach(1);
    let l = await last();
    assert.equal(l.status, 202, JSON.stringify(l));
    assert.equal(l.event, 'publish servizi/servizio-del-webhook');

    // Update (a save of a published item): one call for the request.
    await wp.php(
      `wp_update_post( array( 'ID' => ${Number(id)}, 'post_title' => 'Servizio del webhook (modificato)' ) ); return true;`,
    );
    await rebuildsReach(2);
    l = await last();
    assert.equal(l.event, 'update servizi/servizio-del-webhook');
    assert.equal(l.status, 202);

    // A receiver that fails: the result is kept and a retry is scheduled with backoff.
    await setUrl(failingUrl);
    await wp.php(
      `wp_update_post( array( 'ID' => ${Number(id)}, 'post_title' => 'Servizio del webhook (di nuovo)' ) ); return true;`,
    );
    for (let t = Date.now(); failed < 1 && Date.now() - t < 20_000;)
      await new Promise((r) => setTimeout(r, 50));
    assert.equal(failed, 1);
    l = await last();
    assert.equal(l.status, 503);
    assert.match(l.error, /build in corso/);
    assert.equal(l.attempt, 1);
    assert.ok(l.retry, 'a retry is scheduled');
    const scheduled = await wp.php(`
    foreach ( _get_cron_array() as $ts => $hooks ) {
      foreach ( $hooks['piazza_webhook_retry'] ?? array() as $e ) {
        if ( 'servizio-del-webhook' === $e['args'][0]['slug'] ) return array( 'ts' => $ts, 'args' => $e['args'] );
      }
    }
    return null;`);
    assert.ok(scheduled, 'the retry is in WP-Cron');
    // Backoff: the retry is due a minute after the failed call, not at once.
    assert.equal(scheduled.ts * 1000, Date.parse(l.retry), 'the retry shown is the one scheduled');
    assert.ok(Date.parse(l.retry) - Date.parse(l.time) >= 59_000, `${l.time} → ${l.retry}`);
    assert.equal(scheduled.args[1], 2);

    // The settings page shows the failure (and passes axe).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30000);
    await page.goto(
      `${wp.url}/wp-login.php?redirect_to=${encodeURIComponent(`${wp.url}/wp-admin/admin.php?page=piazza-settings`)}`,
    );
    await page.fill('#user_login', wp.admin.user);
    await page.fill('#user_pass', wp.admin.password);
    await Promise.all([page.waitForURL(/page=piazza-settings/), page.click('#wp-submit')]);
    const table = page.locator('#piazza-webhook-last');
    assert.match(await table.innerText(), /503/);
    assert.match(await table.innerText(), /non riuscita/);
    assert.match(await table.innerText(), /build in corso/);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(
      async ({ tags }) =>
        (
          await window.axe.run(
            {
              include: [['html']],
              exclude: [['#collapse-button'], ['#wpadminbar > .screen-reader-shortcut']],
            },
            { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
          )
        ).violations.map((v) => `${v.id}: ${v.help}`),
      { tags: AXE_TAGS },
    );
    assert.deepEqual(violations, [], 'the settings page with the webhook result');

    // WP-Cron runs the retry (as wp-cron.php would) once the receiver is back: accepted, signed anew.
    await setUrl(`${receiver.url}/__piazza/rebuild`);
    await wp.php(`
    foreach ( _get_cron_array() as $ts => $hooks ) {
      foreach ( $hooks['piazza_webhook_retry'] ?? array() as $e ) {
        wp_unschedule_event( $ts, 'piazza_webhook_retry', $e['args'] );
        do_action_ref_array( 'piazza_webhook_retry', $e['args'] );
      }
    }
    return true;`);
    await rebuildsReach(3);
    l = await last();
    assert.equal(l.status, 202);
    assert.equal(l.attempt, 2);
    await page.reload();
    assert.match(await table.innerText(), /202/);
    assert.match(await table.innerText(), /riuscita/);
    await context.close();

    // Trash: the item leaves the site (its slug without WordPress's __trashed suffix).
    await wp.php(`wp_trash_post( ${Number(id)} ); return true;`);
    await rebuildsReach(4);
    l = await last();
    assert.equal(l.event, 'trash servizi/servizio-del-webhook');
    assert.equal(l.status, 202);
  },
);

test('the secret and the URL are validated on the settings page', { skip }, async () => {
  const res = await wp.php(`
    [ $out, $errors ] = Piazza_Settings::validate( array( 'primary_color' => '#0066CC', 'webhook_url' => 'javascript:alert(1)', 'webhook_secret' => 'corto' ), Piazza_Settings::all() );
    return array( 'errors' => array_keys( $errors ), 'url' => $out['webhook_url'], 'secret' => $out['webhook_secret'] );`);
  assert.deepEqual(res.errors.sort(), ['webhook_secret', 'webhook_url']);
  assert.notEqual(res.url, 'javascript:alert(1)');
  assert.equal(res.secret, SECRET, 'the old secret is kept');
});
