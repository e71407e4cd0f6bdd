// The online services' back office in a real WordPress 6.1 + MariaDB + PHP (issue 14 with issue
// 15): the applications contract (docs/applications-api.yaml) through @piazza/react's own
// HttpApplicationsApi, the citizen identified by a stand-in SPID/CIE gateway's GET /me, the
// segnalazione of the flow landing in the segnalazioni (and its mail), the assistance contract
// through HttpAssistanceProvider, and hostile input on every new endpoint refused with nothing
// stored. Skips, saying why, only when the Debian packages cannot be installed here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { HttpBookingProvider } from '@piazza/react';
import {
  HttpApplicationsApi,
  HttpAssistanceProvider,
  isServiceError,
} from '@piazza/react/services';
import { launchChromium } from '../../../../test/lib/browser.mjs';
import { FIXTURE_SCHEMA, lit, nextMonth, skipReason, startWordPress } from '../lib/setup.mjs';
import { startGateway, CITIZENS } from '../lib/gateway.mjs';
import { addUserTo, axeViolations, loginAs } from '../lib/back-office.mjs';

const skip = skipReason ? `WordPress not available: ${skipReason}` : false;
const URP = 'urp@comune.example.it';

let wp;
let gateway;
let browser;

before(async () => {
  if (skip) return;
  gateway = await startGateway();
  wp = await startWordPress({
    schemaDir: FIXTURE_SCHEMA,
    evalEndpoint: true,
    settings: { urp_email: URP, mail_from: 'noreply@comune.example.it', rate_limit: 1000 },
  });
  await wp.php(
    `update_option( 'piazza_services_settings', array( 'identity_url' => ${lit(gateway.url)} ) ); return true;`,
  );
});

after(async () => {
  await browser?.close();
  await wp?.stop();
  await gateway?.close();
});

const count = (table, where = '1=1') =>
  wp.php(
    `global $wpdb; return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}${table} WHERE ${where}" );`,
  );
/** HttpApplicationsApi as the citizen's browser would use it: with the gateway's cookie. */
const apiAs = (cookie) =>
  new HttpApplicationsApi({ baseUrl: wp.api, headers: cookie ? { Cookie: cookie } : {} });
let keyN = 0;
const key = () => `k-${Date.now()}-${++keyN}`;
const ztl = {
  serviceId: 'permesso-ztl',
  serviceName: 'Richiedere il permesso di accesso alla ZTL',
  values: { privacy: true, motivo: 'residente', targa: 'AB123CD', name: 'Maria' },
};

test(
  'drafts, submission and status through HttpApplicationsApi of @piazza/react unchanged',
  { skip },
  async () => {
    const maria = apiAs(gateway.session('maria'));
    // A draft is kept at least a year (CSE.1.6) and can be replaced.
    const draft = await maria.saveDraft({ ...ztl, step: 'specific', values: { motivo: 'lavoro' } });
    assert.match(draft.id, /^[a-f0-9]{32}$/);
    const year = Date.parse(draft.expiresAt) - Date.parse(draft.savedAt);
    assert.ok(year >= 365 * 86_400_000, `kept ${year / 86_400_000} days`);
    const again = await maria.saveDraft({ ...draft, step: 'recap', values: ztl.values });
    assert.equal(again.id, draft.id);
    assert.equal(again.step, 'recap');
    assert.deepEqual(
      (await maria.drafts()).map((d) => [d.id, d.values.targa]),
      [[draft.id, 'AB123CD']],
    );
    // Another citizen sees none of Maria's drafts and cannot replace them.
    const luca = apiAs(gateway.session('luca'));
    assert.deepEqual(await luca.drafts(), []);
    await assert.rejects(luca.saveDraft({ ...draft, step: 'recap' }), (e) =>
      isServiceError(e, 'not-found'),
    );

    // Submitting twice with the same Idempotency-Key records once; the draft is consumed.
    const k = key();
    const sent = await maria.submit({ ...ztl, draftId: draft.id, idempotencyKey: k });
    assert.match(sent.code, /^PER-\d{4}-[0-9A-F]{8}$/);
    assert.equal(sent.status, 'Processo in corso');
    assert.deepEqual(
      sent.stages.map((s) => [s.label, s.state]),
      [
        ['Richiesta inviata', 'done'],
        ['Presa in carico', 'current'],
        ['Esito', 'pending'],
      ],
    );
    const twice = await maria.submit({ ...ztl, draftId: draft.id, idempotencyKey: k });
    assert.equal(twice.code, sent.code);
    assert.equal(await count('piazza_applications', `service_id = 'permesso-ztl'`), 1);
    assert.deepEqual(await maria.drafts(), []);
    const row = await wp.php(
      `global $wpdb; return $wpdb->get_row( "SELECT fiscal_code, citizen_name, field_values FROM {$wpdb->prefix}piazza_applications WHERE code = '${sent.code}'", ARRAY_A );`,
    );
    assert.equal(row.fiscal_code, CITIZENS.maria.fiscalCode);
    assert.equal(row.citizen_name, 'Maria Bianchi');
    assert.equal(JSON.parse(row.field_values).targa, 'AB123CD');

    // The status by code needs no sign-in (CSE.1.9) and shows nothing personal.
    const anyone = apiAs(null);
    const status = await anyone.status(sent.code);
    assert.equal(status.code, sent.code);
    assert.equal(status.serviceName, ztl.serviceName);
    const raw = await (await fetch(`${wp.api}/applications/${sent.code}`)).text();
    assert.doesNotMatch(raw, /BNCMRA|Bianchi|AB123CD/);
    await assert.rejects(anyone.status('PER-2026-00000000'), (e) => isServiceError(e, 'not-found'));

    // The citizen's own lists; Luca sees nothing of Maria's.
    assert.deepEqual(
      (await maria.applications()).map((a) => a.code),
      [sent.code],
    );
    assert.match((await maria.messages())[0].subject, /Richiesta ricevuta/);
    assert.deepEqual(await luca.applications(), []);

    // Without a session, or once it has expired: session-expired, nothing stored.
    const before = await count('piazza_applications');
    await assert.rejects(anyone.applications(), (e) => isServiceError(e, 'session-expired'));
    await assert.rejects(apiAs('gw_session=ffff').submit({ ...ztl, idempotencyKey: key() }), (e) =>
      isServiceError(e, 'session-expired'),
    );
    assert.equal(await count('piazza_applications'), before);

    // The office changes the status: the citizen reads it by code and gets a message.
    await wp.php(
      `global $wpdb; $t = $wpdb->prefix . 'piazza_applications'; $id = (int) $wpdb->get_var( "SELECT id FROM $t WHERE code = '${sent.code}'" ); $wpdb->update( $t, array( 'status' => 'Processo concluso', 'stages' => wp_json_encode( Piazza_Applications::stages( '2026-01-01T00:00:00+01:00', 3 ) ) ), array( 'id' => $id ) ); return $id;`,
    );
    const done = await anyone.status(sent.code);
    assert.equal(done.status, 'Processo concluso');
    assert.ok(done.stages.every((s) => s.state === 'done'));
  },
);

test(
  'a segnalazione sent through the flow is a segnalazione: stored, mailed, its status by code',
  { skip },
  async () => {
    const maria = apiAs(gateway.session('maria'));
    const sent = await maria.submit({
      serviceId: 'segnalazione-disservizio',
      serviceName: 'Segnalazione di disservizio',
      values: {
        privacy: true,
        categoria: 'Illuminazione pubblica',
        luogo: 'Via Garibaldi 12',
        titolo: 'Lampione spento',
        descrizione: 'Spento da una settimana.',
      },
      idempotencyKey: key(),
    });
    assert.match(sent.code, /^SEG-\d{4}-[0-9A-F]{8}$/);
    const report = await wp.php(
      `global $wpdb; return $wpdb->get_row( "SELECT * FROM {$wpdb->prefix}piazza_reports WHERE code = '${sent.code}'", ARRAY_A );`,
    );
    assert.equal(report.place, 'Via Garibaldi 12');
    assert.equal(report.email, CITIZENS.maria.email);
    assert.equal(report.mail_status, 'inviata');
    assert.ok(wp.mails().some((m) => m.includes(sent.code) && m.includes('Lampione spento')));
    // The URP marks it resolved on the Segnalazioni screen: the status by code follows.
    await wp.php(
      `global $wpdb; return Piazza_Reports::set_status( (int) $wpdb->get_var( "SELECT id FROM {$wpdb->prefix}piazza_reports WHERE code = '${sent.code}'" ), 'risolta' );`,
    );
    assert.equal((await apiAs(null).status(sent.code)).status, 'Processo concluso');
    const before = await count('piazza_reports');
    await assert.rejects(
      maria.submit({
        serviceId: 'segnalazione-disservizio',
        serviceName: 'Segnalazione di disservizio',
        values: { categoria: 'Inventata', luogo: 'x', titolo: 'x', descrizione: 'x' },
        idempotencyKey: key(),
      }),
      (e) => isServiceError(e, 'invalid') && /categoria/.test(e.message),
    );
    assert.equal(await count('piazza_reports'), before);
  },
);

test(
  'a request for assistance through HttpAssistanceProvider: stored with a code, mailed to the URP',
  { skip },
  async () => {
    const provider = new HttpAssistanceProvider({ baseUrl: `${wp.api}/assistance` });
    const request = {
      name: 'Luca',
      surname: 'Rossi',
      email: 'luca.rossi@example.com',
      categoryId: 'Anagrafe e stato civile',
      message: 'Come rinnovo la carta d’identità?',
      privacyAccepted: true,
      idempotencyKey: key(),
    };
    const receipt = await provider.submit(request);
    assert.match(receipt.code, /^ASS-\d{4}-[0-9A-F]{8}$/);
    assert.equal((await provider.submit(request)).code, receipt.code, 'idempotent');
    assert.equal(await count('piazza_assistance'), 1);
    const mail = wp.mails().find((m) => m.includes(receipt.code));
    assert.ok(mail, 'no mail to the URP');
    assert.match(mail, new RegExp(`^To: ${URP}`, 'mi'));
    assert.match(mail, /Reply-To: luca.rossi@example.com/i);
  },
);

test(
  'hostile input on every new endpoint: a clear 4xx naming the field, nothing stored',
  { skip },
  async () => {
    const cookie = gateway.session('maria');
    const maria = apiAs(cookie);
    const draft = await maria.saveDraft({ ...ztl, step: 'specific' });
    const sent = await maria.submit({ ...ztl, idempotencyKey: key() });
    const tables = ['piazza_applications', 'piazza_drafts', 'piazza_assistance', 'piazza_reports'];
    const counts = async () => Promise.all(tables.map((t) => count(t)));
    const before = await counts();
    const call = (method, path, body, headers = {}) =>
      fetch(`${wp.api}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          cookie,
          'idempotency-key': key(),
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const assistance = {
      name: 'Luca',
      surname: 'Rossi',
      email: 'luca.rossi@example.com',
      categoryId: 'Tributi',
      message: 'Una domanda',
      privacyAccepted: true,
    };
    const big = 'x'.repeat(17_000);
    const cases = [
      // [method, path, body, status, message pattern, extra headers]
      ['POST', '/applications', { ...ztl, values: { note: big } }, 413, /16384 byte/],
      ['PUT', `/drafts/${draft.id}`, { ...ztl, step: 'recap', values: { n: big } }, 413, /byte/],
      ['POST', '/assistance/requests', { ...assistance, message: big }, 413, /byte/],
      ['POST', '/applications', { ...ztl, serviceId: 42 }, 422, /serviceId/],
      ['POST', '/applications', { ...ztl, values: 'tutto' }, 422, /values.*oggetto/],
      ['POST', '/applications', { ...ztl, values: { n: 3 } }, 422, /values\.n/],
      [
        'POST',
        '/applications',
        { ...ztl, values: { targa: '<script>alert(1)</script>' } },
        422,
        /values\.targa.*HTML/,
      ],
      ['POST', '/applications', { ...ztl, admin: true }, 422, /body\.admin.*non previsto/],
      ['POST', '/applications', ztl, 422, /Idempotency-Key/, { 'idempotency-key': '' }],
      ['POST', '/drafts', { ...ztl, step: 'pagamento' }, 422, /step/],
      ['PUT', `/drafts/${draft.id}`, { ...ztl, step: 'recap', values: [1, 2] }, 422, /values/],
      [
        'POST',
        `/applications/${sent.code}/completion`,
        { values: { a: { b: 1 } } },
        422,
        /values\.a/,
      ],
      [
        'POST',
        '/assistance/requests',
        { ...assistance, privacyAccepted: 'sì' },
        422,
        /privacyAccepted/,
      ],
      ['POST', '/assistance/requests', { ...assistance, email: 'non-una-mail' }, 422, /email/],
      [
        'POST',
        '/assistance/requests',
        { ...assistance, message: '<img src=x onerror=alert(1)>' },
        422,
        /message.*HTML/,
      ],
      ['POST', '/assistance/requests', { ...assistance, name: 'Luca\r\nBcc: a@b.c' }, 422, /name/],
      ['POST', '/assistance/requests', assistance, 415, /JSON/, { 'content-type': 'text/plain' }],
      ['POST', '/assistance/requests', '{"name":', 400, /JSON/],
      ['POST', '/applications', ztl, 403, /Origine/, { origin: 'https://evil.example' }],
      [
        'POST',
        '/assistance/requests',
        assistance,
        403,
        /Origine/,
        { origin: 'https://evil.example' },
      ],
      [
        'GET',
        `/applications/${sent.code}`,
        undefined,
        403,
        /Origine/,
        { origin: 'https://evil.example' },
      ],
    ];
    for (const [method, path, body, status, pattern, headers] of cases) {
      const res = await call(method, path, body, headers);
      const text = await res.text();
      assert.equal(
        res.status,
        status,
        `${method} ${path} ${JSON.stringify(body)?.slice(0, 80)}: ${text}`,
      );
      assert.match(JSON.parse(text).message, pattern, `${method} ${path}`);
      if (status === 403) assert.equal(res.headers.get('access-control-allow-origin'), null);
    }
    assert.deepEqual(await counts(), before, 'something hostile was stored');
    // The draft was not touched by the refused replacements.
    assert.equal((await maria.drafts())[0].step, 'specific');

    // Bursts: past the per-IP limit a 429 with Retry-After, and nothing past the limit stored.
    await wp.php(
      `$s = get_option('piazza_settings'); $s['rate_limit'] = 3; update_option('piazza_settings', $s); return true;`,
    );
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        const res = await call('POST', '/assistance/requests', assistance);
        statuses.push(res.status);
        if (res.status === 429) assert.equal(res.headers.get('retry-after'), '60');
      }
      assert.ok(statuses.filter((s) => s === 429).length >= 3, `statuses ${statuses}`);
      assert.equal(
        (await count('piazza_assistance')) - before[2],
        statuses.filter((s) => s === 201).length,
      );
    } finally {
      await wp.php(
        `$s = get_option('piazza_settings'); $s['rate_limit'] = 1000; update_option('piazza_settings', $s); return true;`,
      );
    }
  },
);

test(
  'admin: the requests and the requests for assistance, axe 0; the status reaches the citizen; only the back-office roles see them',
  { skip },
  async () => {
    const maria = apiAs(gateway.session('maria'));
    const sent = await maria.submit({ ...ztl, idempotencyKey: key() });
    browser = await launchChromium();
    const { page, context } = await loginAs(browser, wp, wp.admin.user, wp.admin.password);
    const screen = async (slug, heading) => {
      await page.goto(`${wp.url}/wp-admin/admin.php?page=${slug}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${slug}:\n${violations.join('\n')}`);
    };
    await screen('piazza-applications', 'Richieste online');
    await page.getByRole('rowheader', { name: sent.code, exact: true }).waitFor();
    assert.match(await page.locator('table').innerText(), /BNCMRA80A41H501X[\s\S]*AB123CD/);
    await page.getByLabel(`Stato di ${sent.code}`).selectOption('Processo concluso');
    await page.getByLabel('Messaggio al cittadino').first().fill('Il permesso è attivo.');
    await page.getByRole('button', { name: `Salva stato di ${sent.code}` }).click();
    await page.getByText('Stato aggiornato').waitFor();
    const done = await apiAs(null).status(sent.code);
    assert.equal(done.status, 'Processo concluso');
    assert.ok(done.stages.every((s) => s.state === 'done'));
    assert.equal((await maria.messages())[0].body, 'Il permesso è attivo.');
    await screen('piazza-assistance', 'Richieste di assistenza');
    assert.match(await page.locator('table').innerText(), /ASS-\d{4}-/);
    await screen('piazza-services', 'Servizi online: identità');
    assert.equal(await page.getByLabel(/gateway SPID\/CIE/).inputValue(), gateway.url);
    await context.close();

    const editorPw = await addUserTo(wp, 'redattrice', 'editor');
    const urpPw = await addUserTo(wp, 'urp', 'piazza_urp');
    const get = async (who, slug) => {
      const res = await who.context.request.get(`${wp.url}/wp-admin/admin.php?page=${slug}`, {
        maxRedirects: 0,
      });
      return { status: res.status(), text: await res.text() };
    };
    const editor = await loginAs(browser, wp, 'redattrice', editorPw);
    for (const slug of ['piazza-applications', 'piazza-assistance', 'piazza-services']) {
      const res = await get(editor, slug);
      assert.equal(res.status, 403, `${slug} open to an editor`);
      assert.doesNotMatch(res.text, /BNCMRA80A41H501X|luca\.rossi@example\.com/);
    }
    await editor.context.close();
    const urp = await loginAs(browser, wp, 'urp', urpPw);
    assert.equal((await get(urp, 'piazza-applications')).status, 200);
    assert.equal((await get(urp, 'piazza-assistance')).status, 200);
    assert.equal((await get(urp, 'piazza-services')).status, 403);
    await urp.context.close();
  },
);

test(
  'retention: old requests lose their personal data, expired drafts go, nothing personal in the server log',
  { skip },
  async () => {
    await wp.php(
      `global $wpdb; $p = $wpdb->prefix; $wpdb->query( "UPDATE {$p}piazza_applications SET created_at = '2020-01-01 00:00:00'" ); $wpdb->query( "UPDATE {$p}piazza_assistance SET created_at = '2020-01-01 00:00:00'" ); $wpdb->query( "UPDATE {$p}piazza_drafts SET expires_at = '2020-01-01 00:00:00'" ); return true;`,
    );
    const result = await wp.php('return Piazza_Services_Install::retention();');
    assert.ok(
      result.applications > 0 && result.assistance > 0 && result.drafts > 0,
      JSON.stringify(result),
    );
    const left = await wp.php(
      `global $wpdb; $p = $wpdb->prefix; return array( $wpdb->get_var( "SELECT COUNT(*) FROM {$p}piazza_applications WHERE fiscal_code <> '' OR field_values <> '{}'" ), $wpdb->get_var( "SELECT COUNT(*) FROM {$p}piazza_assistance WHERE email <> '' OR message <> ''" ), $wpdb->get_var( "SELECT COUNT(*) FROM {$p}piazza_drafts" ), $wpdb->get_var( "SELECT COUNT(*) FROM {$p}piazza_applications" ) );`,
    );
    assert.deepEqual(left.slice(0, 3).map(Number), [0, 0, 0]);
    assert.ok(Number(left[3]) > 0, 'the requests themselves (code, status) stay');
    assert.doesNotMatch(wp.serverLog(), /BNCMRA80A41H501X|maria\.bianchi|luca\.rossi|AB123CD/);
  },
);

test(
  'offices for booking come from the organisational units’ booking section of the content',
  { skip },
  async () => {
    const type = await wp.php(`return Piazza_Unit_Offices::post_type();`);
    assert.ok(type, 'no post type for unita-organizzativa');
    await wp.php(`
      $id = wp_insert_post( array( 'post_type' => ${lit(type)}, 'post_status' => 'publish', 'post_title' => 'Ufficio Tributi', 'post_name' => 'ufficio-tributi' ) );
      update_post_meta( $id, 'booking', array( 'type' => 'Tributi', 'schedule' => array( array( 'days' => array( 'lunedì', 'mercoledì' ), 'from' => '09:00', 'to' => '10:00' ) ), 'reasons' => array( 'IMU', 'TARI' ) ) );
      $no = wp_insert_post( array( 'post_type' => ${lit(type)}, 'post_status' => 'publish', 'post_title' => 'Ufficio senza appuntamenti', 'post_name' => 'senza-appuntamenti' ) );
      return $id;
    `);
    const provider = new HttpBookingProvider({ baseUrl: wp.api });
    const types = await provider.officeTypes();
    assert.deepEqual(
      types.map((t) => [t.id, t.name]),
      [['tributi', 'Tributi']],
    );
    const offices = await provider.offices('tributi');
    assert.deepEqual(
      offices.map((o) => [o.id, o.name]),
      [['ufficio-tributi', 'Ufficio Tributi']],
    );
    assert.deepEqual(
      (await provider.reasons('ufficio-tributi')).map((r) => r.label),
      ['IMU', 'TARI'],
    );
    const month = nextMonth();
    const slots = await provider.slots('ufficio-tributi', month);
    assert.ok(slots.length >= 8, `${slots.length} slots`);
    for (const s of slots) {
      const day = new Date(s.start).getUTCDay();
      assert.ok([1, 3].includes(day), `a slot on day ${day}: ${s.start}`);
    }
    const booked = await provider.submit({
      idempotencyKey: key(),
      officeId: 'ufficio-tributi',
      reasonId: 'imu',
      details: '',
      slot: slots[0],
      applicant: { name: 'Luca', surname: 'Rossi', email: 'luca.rossi@example.com', phone: '' },
    });
    assert.match(booked.code, /^PRN-/);
  },
);
