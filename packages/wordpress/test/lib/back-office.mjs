// Shared by the WordPress browser tests of the back office (bookings, ratings, segnalazioni,
// admin): one real WordPress per test file, seeded with two offices, a blank "Piazza site" page
// on another port (the allowed origin) and Chromium; helpers for requests, counts, axe and
// logging in.
import { createServer } from 'node:http';
import { launchChromium, axeSource, AXE_TAGS } from '../../../../test/lib/browser.mjs';
import { FIXTURE_SCHEMA, lit, nextMonth, seedOffice, startWordPress } from './setup.mjs';

export const URP = 'urp@comune.example.it';
export const MONTH = nextMonth();

/** Boots WordPress (the site origin allowed), seeds the offices, starts Chromium (unless told not to). */
export async function startBackOffice({ chromium = true } = {}) {
  const t = Date.now();
  const site = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="it"><title>Sito</title><h1>Sito</h1></html>');
  });
  await new Promise((r) => site.listen(0, '127.0.0.1', r));
  const siteUrl = `http://127.0.0.1:${site.address().port}`;
  const wp = await startWordPress({
    schemaDir: FIXTURE_SCHEMA,
    evalEndpoint: true,
    settings: {
      site_origin: siteUrl,
      urp_email: URP,
      mail_from: 'noreply@comune.example.it',
      rate_limit: 1000,
      comune: 'Comune di Prova',
    },
  });
  console.log(`# WordPress ready in ${Date.now() - t} ms (${JSON.stringify(wp.timings)})`);
  const everyDay = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];
  await seedOffice(wp, {
    slug: 'anagrafe-municipio',
    title: 'Ufficio Anagrafe – Sede municipale',
    typeId: 'anagrafe',
    typeName: 'Anagrafe e stato civile',
    schedule: [{ days: everyDay, from: '09:00', to: '10:00' }],
    reasons: ["Carta d'identità elettronica", 'Cambio di residenza'],
    closures: [`${MONTH}-10`],
  });
  await seedOffice(wp, {
    slug: 'tributi-sportello',
    title: 'Sportello Tributi',
    typeId: 'tributi',
    typeName: 'Tributi',
    schedule: [
      {
        days: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì'],
        from: '14:00',
        to: '15:00',
      },
    ],
    reasons: ['IMU'],
    minutes: 60,
    places: 2,
  });
  const browser = chromium ? await launchChromium() : null;
  console.log(`# before() done in ${Date.now() - t} ms`);
  const stop = async () => {
    await browser?.close();
    await wp?.stop();
    await new Promise((r) => site.close(r));
  };
  return { wp, browser, siteUrl, stop };
}

/** A JSON POST. */
export const json = (body, headers = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** Rows of a plugin table. */
export const countRows = (wp, table, where = '1=1') =>
  wp.php(
    `global $wpdb; return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}${table} WHERE ${where}" );`,
  );

let keyN = 0;
/** A fresh Idempotency-Key. */
export const key = () => `test-key-${Date.now()}-${++keyN}`;

export const applicant = {
  name: 'Maria',
  surname: 'Bianchi',
  email: 'maria.bianchi@example.com',
  phone: '',
};

/**
 * WordPress 6.1's own admin chrome has two axe findings that are not the plugin's (the "Collapse
 * menu" button's name differs from its text; the toolbar's skip link sits outside a landmark):
 * those two elements are left out, everything else on the page is checked with every rule.
 */
const CORE_CHROME = [['#collapse-button'], ['#wpadminbar > .screen-reader-shortcut']];

export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ content: axeSource });
  }
  return page.evaluate(
    async ({ tags, exclude }) => {
      const results = await window.axe.run(
        { include: [['html']], exclude },
        { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
      );
      return results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n` +
          v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'),
      );
    },
    { tags: AXE_TAGS, exclude: CORE_CHROME },
  );
}

/** A logged-in Chromium page for `user`. */
export async function loginAs(browser, wp, user, password) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Images and icon fonts are not what these tests look at: not loaded, to save time.
  await context.route(/\.(png|jpe?g|gif|svg|webp|woff2?|ttf|eot)(\?.*)?$/, (route) =>
    route.abort(),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  // Straight to the light profile page after login (the dashboard is slow to build).
  await page.goto(
    `${wp.url}/wp-login.php?redirect_to=${encodeURIComponent(`${wp.url}/wp-admin/profile.php`)}`,
  );
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/wp-admin\/profile\.php/), page.click('#wp-submit')]);
  return { page, context };
}

/** Creates a user with `role`; returns the password. */
export async function addUserTo(wp, login, role) {
  const password = `pw-${login}-${Date.now()}`;
  await wp.php(
    `return wp_insert_user( array( 'user_login' => ${lit(login)}, 'user_pass' => ${lit(password)}, 'user_email' => ${lit(`${login}@comune.example.it`)}, 'role' => ${lit(role)} ) );`,
  );
  return password;
}
