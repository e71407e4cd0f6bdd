// The admin side of the Piazza plugin in a real WordPress 6.1 + MariaDB 10.11 + PHP 8.2: the
// screens (axe 0), roles and capabilities, the required sections of the content model, the model
// in the REST API, retention, and activation/uninstall keeping data.
// Skips, saying why, only when the Debian packages cannot be installed here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { HttpBookingProvider } from '@piazza/react';
import { lit, skipReason } from '../lib/setup.mjs';
import {
  MONTH,
  addUserTo,
  applicant,
  axeViolations,
  countRows,
  json,
  key,
  loginAs,
  startBackOffice,
} from '../lib/back-office.mjs';

const skip = skipReason ? `WordPress not available: ${skipReason}` : false;

let wp;
let browser;
let stop;

before(async () => {
  if (skip) return;
  ({ wp, browser, stop } = await startBackOffice());
  await seed();
});

after(async () => {
  await stop?.();
});

const count = (table, where) => countRows(wp, table, where);
const login = (user, password) => loginAs(browser, wp, user, password);
const addUser = (name, role) => addUserTo(wp, name, role);

/** What the screens list: a booking, two ratings of one page, a segnalazione. */
async function seed() {
  const provider = new HttpBookingProvider({ baseUrl: wp.api });
  const reasons = await provider.reasons('anagrafe-municipio');
  const slots = await provider.slots('anagrafe-municipio', MONTH);
  await provider.submit({
    idempotencyKey: key(),
    officeId: 'anagrafe-municipio',
    reasonId: reasons[0].id,
    details: 'Rinnovo della carta scaduta',
    slot: slots[0],
    applicant,
  });
  for (const [rating, answer] of [
    [2, 'Poco chiara'],
    [5, null],
  ]) {
    const res = await fetch(
      `${wp.api}/feedback`,
      json({ page: '/servizi/carta-identita/', rating, answer, details: '' }),
    );
    if (res.status !== 201) throw new Error(`rating not stored: ${await res.text()}`);
  }
  const res = await fetch(
    `${wp.api}/segnalazioni`,
    json({
      categoria: 'Illuminazione pubblica',
      luogo: 'Via Garibaldi 12',
      titolo: 'Lampione spento',
      descrizione: 'Spento da una settimana.',
      email: 'luca.rossi@example.com',
    }),
  );
  if (res.status !== 201) throw new Error(`segnalazione not stored: ${await res.text()}`);
}

test(
  'admin screens: bookings by office and day, ratings report, segnalazioni with status, settings; axe 0 on each',
  { skip },
  async () => {
    const booked = await wp.php(
      `global $wpdb; return $wpdb->get_row( "SELECT code, slot_start FROM {$wpdb->prefix}piazza_bookings WHERE office_id = 'anagrafe-municipio' AND seat IS NOT NULL ORDER BY slot_start LIMIT 1", ARRAY_A );`,
    );
    const day = await wp.php(`return get_date_from_gmt( ${lit(booked.slot_start)}, 'Y-m-d' );`);
    const { page, context } = await login(wp.admin.user, wp.admin.password);
    /** Opens an admin screen and checks it with axe (every screen is opened this way). */
    const screen = async (path, heading) => {
      await page.goto(`${wp.url}/wp-admin/${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${path}:\n${violations.join('\n')}`);
    };
    // The booking is listed for its office and day; the CSV has it; cancelling frees the slot.
    await screen(
      `admin.php?page=piazza-bookings&office=anagrafe-municipio&day=${day}`,
      'Prenotazioni',
    );
    await page.getByRole('cell', { name: booked.code, exact: true }).waitFor();
    const csvHref = await page.getByRole('link', { name: 'Scarica CSV' }).getAttribute('href');
    const csv = await page.evaluate(async (u) => (await fetch(u)).text(), csvHref);
    assert.match(csv, new RegExp(`${booked.code},anagrafe-municipio,`));
    assert.match(csv, /maria\.bianchi@example\.com/);
    await page.getByRole('button', { name: `Annulla ${booked.code}` }).click();
    await page.getByText('Prenotazione annullata').waitFor();
    const status = await wp.php(
      `global $wpdb; return $wpdb->get_var( "SELECT status FROM {$wpdb->prefix}piazza_bookings WHERE code = '${booked.code}'" );`,
    );
    assert.equal(status, 'cancelled');
    const slots = (
      await (await fetch(`${wp.api}/offices/anagrafe-municipio/slots?month=${MONTH}`)).json()
    ).items;
    const startIso = new Date(booked.slot_start.replace(' ', 'T') + 'Z').getTime();
    assert.ok(
      slots.some((s) => Date.parse(s.start) === startIso),
      'the cancelled slot is not free again',
    );

    // Ratings report per page.
    await screen('admin.php?page=piazza-feedback', 'Valutazioni delle pagine');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '/servizi/carta-identita/' }) });
    await row.getByText('Poco chiara: 1').waitFor();
    assert.match(await row.innerText(), /\b2\b[\s\S]*3[.,]50/);
    const fcsv = await page.evaluate(
      async (u) => (await fetch(u)).text(),
      await page.getByRole('link', { name: 'Scarica CSV' }).getAttribute('href'),
    );
    assert.match(fcsv, /\/servizi\/carta-identita\/,2,3\.5,"?Poco chiara: 1"?/);

    // Segnalazione status.
    await screen('admin.php?page=piazza-reports', 'Segnalazioni di disservizio');
    const code = await wp.php(
      `global $wpdb; return $wpdb->get_var( "SELECT code FROM {$wpdb->prefix}piazza_reports ORDER BY id LIMIT 1" );`,
    );
    await page.getByLabel(`Stato di ${code}`).selectOption('in-lavorazione');
    await page.getByRole('button', { name: `Salva stato di ${code}` }).click();
    await page.getByText('Stato aggiornato').waitFor();
    assert.equal(
      await wp.php(
        `global $wpdb; return $wpdb->get_var( "SELECT status FROM {$wpdb->prefix}piazza_reports WHERE code = '${code}'" );`,
      ),
      'in-lavorazione',
    );

    // Settings: a primary colour below 4.5:1 on white is refused with the reason, the rest saved.
    await screen('admin.php?page=piazza-settings', 'Impostazioni di Piazza');
    await page.getByLabel('Nome del Comune').fill('Comune di Prova Alta');
    await page.getByLabel(/Colore primario/).fill('#66B2FF');
    await page.getByLabel('Informativa privacy (indirizzo)').fill('/privacy/');
    await page
      .getByLabel(/Voci di menu aggiuntive/)
      .fill('Albo pretorio | https://albo.example.it/');
    await page.getByRole('button', { name: 'Salva le impostazioni' }).click();
    await page.getByRole('alert').filter({ hasText: '4,5:1' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the settings screen with its error');
    const saved = await wp.php(`return get_option('piazza_settings');`);
    assert.equal(saved.comune, 'Comune di Prova Alta');
    assert.equal(saved.primary_color, '#0066CC');
    assert.equal(saved.smtp_port, wp.smtpPort, 'the SMTP port was lost on save');
    // What the Piazza site reads: the public settings, nothing secret.
    const pub = await (await fetch(`${wp.api}/site`)).json();
    assert.equal(pub.name, 'Comune di Prova Alta');
    assert.equal(pub.primaryColor, '#0066CC');
    assert.equal(pub.legal.privacy, '/privacy/');
    assert.deepEqual(pub.menuExtra, [{ label: 'Albo pretorio', url: 'https://albo.example.it/' }]);
    assert.doesNotMatch(JSON.stringify(pub), /smtp|127\.0\.0\.1|retention|rate/i);
    await context.close();
  },
);

test(
  'roles: an editor edits content but sees no bookings or reports; the URP operator does',
  { skip },
  async () => {
    const editorPw = await addUser('redattrice', 'editor');
    const urpPw = await addUser('urp', 'piazza_urp');
    // Logged in through Chromium; the screens then fetched with the same cookies (no assets).
    const get = async (who, p) => {
      const res = await who.context.request.get(`${wp.url}/wp-admin/${p}`, { maxRedirects: 0 });
      return { status: res.status(), text: await res.text() };
    };
    const editor = await login('redattrice', editorPw);
    for (const p of ['piazza-bookings', 'piazza-feedback', 'piazza-reports', 'piazza-settings']) {
      const res = await get(editor, `admin.php?page=${p}`);
      assert.equal(res.status, 403, `${p} open to an editor`);
      assert.doesNotMatch(res.text, /maria\.bianchi@example\.com|luca\.rossi@example\.com/);
    }
    const csv = await get(editor, 'admin-post.php?action=piazza_bookings_csv');
    assert.equal(csv.status, 403, 'the bookings CSV is open to an editor');
    assert.doesNotMatch(csv.text, /maria\.bianchi@example\.com/);
    // Vocabularies are controlled: the editor assigns their terms but cannot add or rename them.
    const caps = await wp.php(
      `$u = get_user_by( 'login', 'redattrice' ); wp_set_current_user( $u->ID ); $t = get_taxonomy( 'pz_argomenti' )->cap; return array( current_user_can( $t->assign_terms ), current_user_can( $t->edit_terms ) );`,
    );
    assert.deepEqual(caps, [true, false]);
    // The editor can write a service (the model's post type).
    assert.equal((await get(editor, 'post-new.php?post_type=pz_servizio')).status, 200);
    await editor.context.close();
    const urp = await login('urp', urpPw);
    for (const p of ['piazza-bookings', 'piazza-feedback', 'piazza-reports']) {
      const res = await get(urp, `admin.php?page=${p}`);
      assert.equal(res.status, 200, `${p} closed to the URP operator`);
    }
    assert.match((await get(urp, 'admin.php?page=piazza-bookings')).text, /<h1>Prenotazioni<\/h1>/);
    assert.equal((await get(urp, 'admin.php?page=piazza-settings')).status, 403);
    await urp.context.close();
  },
);

test(
  'an editor saving a service without a required section sees the error; completed, it is published',
  { skip },
  async () => {
    const password = await addUser('redattore2', 'editor');
    const { page, context } = await login('redattore2', password);
    // Saving a post renders the whole edit screen again: slow when the machine is loaded.
    page.setDefaultTimeout(90_000);
    await page.goto(`${wp.url}/wp-admin/post-new.php?post_type=pz_servizio`);
    await page.fill('#title', 'Carta d’identità elettronica');
    await page.getByLabel('Descrizione breve').fill('Richiedere la carta d’identità elettronica');
    await page.getByRole('checkbox', { name: 'Anagrafe e stato civile' }).check();
    await page.getByRole('checkbox', { name: 'Anagrafe', exact: true }).check();
    await page.getByLabel('Ufficio responsabile').fill('anagrafe');
    // The edit screen's scripts must be running before Pubblica submits (slow on a loaded machine).
    await page.waitForLoadState('load');
    await page.click('#publish');
    const alert = page.getByRole('alert').filter({ hasText: 'Non pubblicato' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /A chi è rivolto/);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `the service edit screen:\n${violations.join('\n')}`);
    assert.equal(await page.locator('#original_post_status').inputValue(), 'draft');
    await page.getByLabel(/A chi è rivolto/).fill('A chi risiede nel Comune.');
    await page.click('#publish');
    await page.locator('#original_post_status[value="publish"]').waitFor({ state: 'attached' });
    const items = await (await fetch(`${wp.url}/wp-json/wp/v2/servizi`)).json();
    const item = items.find((i) => i.title.rendered.includes('Carta'));
    assert.ok(item, 'the service is not published in the REST API');
    assert.equal(item.meta.aChiERivolto, 'A chi risiede nel Comune.');
    await context.close();
  },
);

test(
  'the model from the schema in the REST API: post types, meta with their schema, vocabulary terms',
  { skip },
  async () => {
    const types = await (await fetch(`${wp.url}/wp-json/wp/v2/types`)).json();
    assert.equal(types.pz_servizio.rest_base, 'servizi');
    assert.equal(types.pz_unita_organizzati.name, 'Unità organizzativa');
    const schema = await (
      await fetch(`${wp.url}/wp-json/wp/v2/servizi`, { method: 'OPTIONS' })
    ).json();
    const meta = schema.schema.properties.meta.properties;
    assert.equal(meta.maxDays.type, 'integer');
    assert.equal(meta.tempiEScadenze.properties.calendar.items.properties.label.type, 'string');
    const terms = await (await fetch(`${wp.url}/wp-json/wp/v2/pz_argomenti?per_page=100`)).json();
    assert.ok(terms.some((t) => t.name === 'Anagrafe'));
    const total = await wp.php(
      `return (int) wp_count_terms( array( 'taxonomy' => 'pz_argomenti', 'hide_empty' => false ) );`,
    );
    assert.equal(total, 64);
  },
);

test(
  'personal data: retention deletes old bookings; nothing personal in the server log',
  { skip },
  async () => {
    await wp.php(
      `global $wpdb; $wpdb->insert( $wpdb->prefix . 'piazza_bookings', array( 'code' => 'PRN-OLD', 'office_id' => 'anagrafe-municipio', 'slot_start' => '2020-01-07 08:00:00', 'slot_end' => '2020-01-07 08:30:00', 'seat' => 1, 'reason_id' => 'x', 'details' => '', 'name' => 'Vecchio', 'surname' => 'Dato', 'email' => 'vecchio@example.com', 'idempotency_key' => 'old-key-000', 'created_at' => '2020-01-01 00:00:00' ) ); return true;`,
    );
    const before = await count('piazza_bookings');
    const result = await wp.php('return Piazza_Retention::run();');
    assert.equal(result.bookings, 1);
    assert.equal(await count('piazza_bookings', "code = 'PRN-OLD'"), 0);
    assert.equal(await count('piazza_bookings'), before - 1);
    const log = wp.serverLog();
    assert.doesNotMatch(log, /maria\.bianchi|luca\.rossi|Bianchi/);
  },
);

test(
  'deactivation and reactivation keep settings, terms edited by editors and data; uninstall deletes only when asked',
  { skip },
  async () => {
    const before = {
      settings: await wp.php(`return get_option('piazza_settings');`),
      bookings: await count('piazza_bookings'),
    };
    await wp.php(
      `$t = get_term_by( 'slug', 'anagrafe', 'pz_argomenti' ); wp_update_term( $t->term_id, 'pz_argomenti', array( 'name' => 'Anagrafe e documenti' ) ); return true;`,
    );
    // An update of the plugin files (older schema version stored): the upgrade only adds.
    await wp.php(
      `update_option( 'piazza_db_version', '0' ); Piazza_Install::maybe_upgrade(); return get_option( 'piazza_db_version' );`,
    );
    assert.equal(await count('piazza_bookings'), before.bookings);
    await wp.php(`deactivate_plugins( 'piazza/piazza.php' ); return true;`);
    await wp.php(
      `$r = activate_plugin( 'piazza/piazza.php' ); return is_wp_error( $r ) ? $r->get_error_message() : true;`,
    );
    assert.deepEqual(await wp.php(`return get_option('piazza_settings');`), before.settings);
    assert.equal(await count('piazza_bookings'), before.bookings);
    assert.equal(
      await wp.php(`return get_term_by( 'slug', 'anagrafe', 'pz_argomenti' )->name;`),
      'Anagrafe e documenti',
    );
    assert.equal(
      await wp.php(
        `return (int) wp_count_terms( array( 'taxonomy' => 'pz_argomenti', 'hide_empty' => false ) );`,
      ),
      64,
    );
    // Uninstall without the opt-in: everything stays.
    await wp.php(
      `deactivate_plugins( 'piazza/piazza.php' ); uninstall_plugin( 'piazza/piazza.php' ); return true;`,
    );
    assert.equal(await count('piazza_bookings'), before.bookings);
    assert.ok(await wp.php(`return (bool) get_option('piazza_settings');`));
    // With the opt-in: the tables and settings go.
    await wp.php(
      `$s = get_option('piazza_settings'); $s['delete_on_uninstall'] = true; update_option('piazza_settings', $s); uninstall_plugin( 'piazza/piazza.php' ); return true;`,
    );
    assert.equal(
      await wp.php(
        `global $wpdb; return $wpdb->get_var( "SHOW TABLES LIKE '{$wpdb->prefix}piazza_bookings'" );`,
      ),
      null,
    );
    assert.equal(await wp.php(`return get_option('piazza_settings', 'gone');`), 'gone');
  },
);
