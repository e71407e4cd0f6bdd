// The richiesta di assistenza of the demo in real Chromium (kit: assistenza-01-dati,
// assistenza-02-conferma): reached from the footer, filled and sent by keyboard alone at 360 and
// 1280 px with axe at zero on the form, its errors and the confirmation; what was typed survives a
// reload; without JavaScript the form is still on the page and says how to write instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { builtDemo } from '../node/helpers.mjs';
import {
  axeSource,
  axeViolations,
  launchChromium,
  VIEWPORTS,
} from '../../../../test/lib/browser.mjs';

const PAGE = '/richiesta-assistenza/';
const demo = await builtDemo('piazza-assist-');

let site;
let browser;

before(async () => {
  site = await demo.serve();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.close();
  demo.remove();
});

async function open(vp, options = {}) {
  const context = await browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    ...options,
  });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return { page, context, errors };
}

async function axe(page, where) {
  // Through DevTools (page.evaluate), which the page's CSP does not govern.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined')))
    await page.evaluate(axeSource);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${where}: axe\n${violations.join('\n')}`);
}

/** The accessible name (label text) of the focused element, and its tag. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
    return { tag: el?.tagName.toLowerCase(), label: label || el?.textContent?.trim() || '' };
  });

/** Presses Tab until the focused element's label starts with `label` (at most `max` times). */
async function tabTo(page, label, max = 120) {
  for (let i = 0; i < max; i++) {
    const f = await focused(page);
    if (f.label.startsWith(label)) return f;
    await page.keyboard.press('Tab');
  }
  throw new Error(`"${label}" not reached by Tab in ${max} presses`);
}

async function hydrated(page) {
  await page.waitForFunction(
    () => !!document.querySelector('[data-island="assistance"] [data-live="true"]'),
  );
}

test('the footer of every page links to the richiesta di assistenza, as in the kit', async () => {
  const { page, context } = await open(VIEWPORTS[1]);
  try {
    await page.goto(`${site.url}/`);
    const link = page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Richiesta d’assistenza' });
    assert.equal(await link.getAttribute('href'), PAGE);
  } finally {
    await context.close();
  }
});

for (const vp of VIEWPORTS) {
  test(`${vp.name} (${vp.width} px): by keyboard alone, errors, then a request sent with its code`, async () => {
    const { page, context, errors } = await open(vp);
    try {
      await page.goto(site.url + PAGE);
      await hydrated(page);
      assert.equal(
        await page.getByRole('heading', { level: 1, name: 'Richiesta di assistenza' }).isVisible(),
        true,
      );
      // The demo says plainly that nothing reaches the comune.
      assert.match(await page.locator('[data-demo-notice]').innerText(), /non arriva al Comune/);
      await axe(page, `${vp.name} form`);

      // Send the empty form: the summary takes focus and lists the fields.
      await tabTo(page, 'Invia');
      await page.keyboard.press('Enter');
      const summary = page.getByRole('alert').filter({ hasText: 'Inserisci il nome' });
      await summary.waitFor();
      assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
      await axe(page, `${vp.name} errors`);
      // Its first link leads to the name field.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.match((await focused(page)).label, /^Nome/);

      await page.keyboard.type('Maria');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Rossi');
      await page.keyboard.press('Tab');
      await page.keyboard.type('maria.rossi@example.it');
      await page.keyboard.press('Tab');
      assert.match((await focused(page)).label, /^Categoria di servizio/);
      // A closed select takes the first letters of an option.
      await page.keyboard.type('Anagrafe');
      const category = page.getByRole('combobox', { name: /Categoria di servizio/ });
      assert.equal(await category.inputValue(), 'anagrafe-e-stato-civile');
      await page.keyboard.press('Tab');
      assert.match((await focused(page)).label, /^Servizio/);
      await page.keyboard.press('ArrowDown');
      const service = page.getByRole('combobox', { name: /^Servizio/ });
      assert.notEqual(await service.inputValue(), '');
      const serviceName = (await service.locator('option:checked').innerText()).trim();
      await page.keyboard.press('Tab');
      assert.match((await focused(page)).label, /^Dettagli/);
      await page.keyboard.type('Quando posso ritirare la carta?');
      await tabTo(page, 'Ho letto e compreso', 3);
      await page.keyboard.press('Space');
      await tabTo(page, 'Invia', 3);
      await page.keyboard.press('Enter');

      const done = page.getByRole('heading', { name: 'Richiesta inviata' });
      await done.waitFor();
      assert.equal(await done.evaluate((el) => el === document.activeElement), true);
      assert.match(await page.locator('[data-request-code]').innerText(), /^AS-\d{4}-\d{6}$/);
      assert.equal(
        await page.getByText(`Anagrafe e stato civile — ${serviceName}`).isVisible(),
        true,
      );
      await axe(page, `${vp.name} confirmation`);
      // Nothing is left behind once the request is sent.
      assert.equal(
        await page.evaluate(() => localStorage.getItem('piazza:draft:richiesta-assistenza')),
        null,
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('what was typed survives a reload', async () => {
  const { page, context } = await open(VIEWPORTS[0]);
  try {
    await page.goto(site.url + PAGE);
    await hydrated(page);
    await tabTo(page, 'Nome');
    await page.keyboard.type('Luca');
    await tabTo(page, 'Dettagli', 6);
    await page.keyboard.type('Non trovo il modulo');
    await page.reload();
    await hydrated(page);
    const name = page.getByRole('textbox', { name: /^Nome/ });
    await page.waitForFunction(
      () => document.querySelector('input[autocomplete="given-name"]')?.value === 'Luca',
    );
    assert.equal(await name.inputValue(), 'Luca');
    assert.equal(
      await page.getByRole('textbox', { name: /Dettagli/ }).inputValue(),
      'Non trovo il modulo',
    );
    assert.equal(
      await page
        .getByText(/Abbiamo ripristinato i dati/)
        .first()
        .isVisible(),
      true,
    );
  } finally {
    await context.close();
  }
});

test('without JavaScript the form is on the page, says how to write instead, and sending it never fails', async () => {
  const { page, context } = await open(VIEWPORTS[0], { javaScriptEnabled: false });
  try {
    // the pages loaded (documents), not their styles, images and fonts
    const responses = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'document')
        responses.push(`${r.request().method()} ${r.status()}`);
    });
    await page.goto(site.url + PAGE);
    for (const name of [/^Nome/, /^Cognome/, /^Email/, /Dettagli/]) {
      assert.equal(await page.getByRole('textbox', { name }).count(), 1, String(name));
    }
    assert.equal(await page.getByRole('combobox', { name: /Categoria di servizio/ }).count(), 1);
    assert.match(
      await page.locator('noscript').first().innerHTML(),
      /Per inviare il modulo serve JavaScript/,
    );
    // Sent anyway (the button, Enter in a field): nothing is posted (piazza serve answers 405
    // to a POST), nothing typed goes into the address, the page and its text stay.
    await page.getByRole('textbox', { name: /^Email/ }).fill('maria.rossi@example.it');
    // (a pointer click on a control marked unavailable needs `force`)
    await page.getByRole('button', { name: 'Invia' }).click({ force: true });
    await page.getByRole('button', { name: 'Invia' }).press('Enter');
    await page.getByRole('textbox', { name: /^Email/ }).press('Enter');
    await page.waitForTimeout(300);
    assert.equal(page.url(), site.url + PAGE);
    assert.deepEqual(responses, ['GET 200']);
    assert.equal(
      await page.getByRole('textbox', { name: /^Email/ }).inputValue(),
      'maria.rossi@example.it',
    );
  } finally {
    await context.close();
  }
});

test('what is typed and sent while the script is still loading is kept and sent once it runs', async () => {
  const { page, context, errors } = await open(VIEWPORTS[1]);
  try {
    // the island's scripts wait until released: the page is the server's markup meanwhile
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\/_piazza\/.*\.js$|\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const responses = [];
    page.on('response', (r) => responses.push(`${r.request().method()} ${r.status()}`));
    // module scripts hold DOMContentLoaded back: wait for the markup only
    await page.goto(site.url + PAGE, { waitUntil: 'commit' });
    await page.getByRole('textbox', { name: /^Nome/ }).waitFor();
    assert.equal(await page.locator('[data-island="assistance"] [data-live="true"]').count(), 0);
    await page.getByRole('textbox', { name: /^Nome/ }).fill('Maria');
    await page.getByRole('textbox', { name: /^Cognome/ }).fill('Rossi');
    await page.getByRole('textbox', { name: /^Email/ }).fill('maria.rossi@example.it');
    await page
      .getByRole('combobox', { name: /Categoria di servizio/ })
      .selectOption({ label: 'Altro' });
    await page.getByRole('textbox', { name: /Dettagli/ }).fill('Scritto prima dello script');
    await page.getByRole('checkbox', { name: /Ho letto e compreso/ }).press('Space');
    await page.getByRole('button', { name: 'Invia' }).click({ force: true });
    await page.getByRole('button', { name: 'Invia' }).press('Enter');
    await page.getByRole('textbox', { name: /^Email/ }).press('Enter');
    await page.waitForTimeout(300);
    assert.equal(page.url(), site.url + PAGE, 'still on the page: nothing was sent natively');
    assert.equal(responses.filter((r) => r.startsWith('POST')).length, 0);
    release();
    await hydrated(page);
    assert.equal(
      await page.getByRole('checkbox', { name: /Ho letto e compreso/ }).isChecked(),
      true,
    );
    assert.equal(
      await page.getByRole('textbox', { name: /Dettagli/ }).inputValue(),
      'Scritto prima dello script',
    );
    await page.getByRole('button', { name: 'Invia' }).click();
    await page.getByRole('heading', { name: 'Richiesta inviata' }).waitFor();
    assert.equal(await page.getByText('maria.rossi@example.it').first().isVisible(), true);
    assert.equal(
      await page
        .getByText(/^Altro$/)
        .first()
        .isVisible(),
      true,
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
