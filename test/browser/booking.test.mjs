// The appointment booking flow (AppointmentBooking) in real Chromium, against the built
// Storybook: a keyboard-only booking from the first step to the confirmation with axe on every
// step at 360 and 1280 px; from the recap back to change the slot; a reload at step 4 resumed
// from the draft with everything intact; a failure at submit, then a successful retry.
// The stories use an in-memory provider with no latency and a fixed "today" (2 February 2026).
// Each test has its own browser context (its own localStorage). The stories render the flow
// inside a page (`main` + `h1`), so axe runs with every rule on, landmarks included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveDir } from '../lib/serve.mjs';
import { launchChromium, axeViolations, VIEWPORTS } from '../lib/browser.mjs';
import { openPreview } from '../lib/storybook.mjs';

const dir = path.resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');
const STORY = 'servizi-digitali-appointmentbooking--';
const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));

let server, browser;
before(async () => {
  server = await serveDir(dir);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context (own localStorage) on a story; page errors collected. */
async function open(story, viewport = VIEWPORTS[1]) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
  });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await openPreview(page, server.url, STORY + story);
  return { page, context, errors };
}

/** What has focus: tag, role-ish kind and accessible-ish name. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '' };
    const label =
      el.getAttribute('aria-label') ??
      (el.labels?.[0]?.textContent || el.textContent || '').replace(/\s+/g, ' ').trim();
    return { tag: el.tagName.toLowerCase(), type: el.getAttribute('type') ?? '', name: label };
  });
}

/** Presses Tab until the focused element's name matches (at most 25 presses). */
async function tabTo(page, match, { tag } = {}) {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match.test(f.name) && (!tag || f.tag === tag)) return f;
  }
  throw new Error(`Tab never reached ${match}`);
}

async function headingFocused(page, text) {
  await page.waitForFunction(
    (t) =>
      /^H[1-6]$/.test(document.activeElement?.tagName ?? '') &&
      document.activeElement.textContent.trim() === t,
    text,
    { timeout: 5000 },
  );
}

async function axeClean(page, label) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], label);
}

/**
 * Checks a radio or checkbox from the keyboard (Bootstrap Italia draws them over the hidden
 * native input, so a pointer click lands on the label).
 */
async function choose(locator) {
  if (await locator.isChecked()) return;
  await locator.focus();
  await locator.page().keyboard.press('Space');
  assert.equal(await locator.isChecked(), true);
}

const step = (page) => page.locator('[data-step]').getAttribute('data-step');

test('the booking stories are in the built Storybook', () => {
  for (const s of ['default', 'submit-fails', 'slot-taken', 'slow', 'signed-in', 'load-fails']) {
    assert.ok(index.entries[STORY + s], `missing story ${STORY + s}`);
  }
});

for (const viewport of VIEWPORTS) {
  test(`keyboard-only booking to the confirmation, axe on every step @ ${viewport.width}px`, async () => {
    const { page, context, errors } = await open('default', viewport);
    try {
      await page.getByRole('combobox', { name: 'Tipo di ufficio' }).waitFor();
      await axeClean(page, `Luogo (empty) @ ${viewport.width}`);

      // Luogo: a validation round first (error summary takes focus).
      await tabTo(page, /^Avanti$/, { tag: 'button' });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
      await axeClean(page, `Luogo (errors) @ ${viewport.width}`);
      await tabTo(page, /^Seleziona il tipo di ufficio$/, { tag: 'a' });
      await page.keyboard.press('Enter');
      assert.equal((await focused(page)).tag, 'select');
      await page.keyboard.press('ArrowDown');
      assert.equal(
        await page.getByRole('combobox', { name: 'Tipo di ufficio' }).inputValue(),
        'anagrafe',
      );
      await page.getByRole('radio', { name: 'Ufficio Anagrafe – Sede municipale' }).waitFor();
      await tabTo(page, /^Ufficio Anagrafe – Sede municipale$/, { tag: 'input' });
      await page.keyboard.press('Space');
      await axeClean(page, `Luogo (filled) @ ${viewport.width}`);
      await tabTo(page, /^Avanti$/, { tag: 'button' });
      await page.keyboard.press('Enter');

      // Data e orario: focus on the heading, then the first free slot.
      await headingFocused(page, 'Data e orario');
      assert.equal(await step(page), 'date');
      await page.getByRole('radiogroup', { name: 'Orari disponibili' }).waitFor();
      await axeClean(page, `Data e orario @ ${viewport.width}`);
      await tabTo(page, /febbraio 2026, \d\d:\d\d–\d\d:\d\d$/, { tag: 'input' });
      await page.keyboard.press('Space');
      await tabTo(page, /^Avanti$/, { tag: 'button' });
      await page.keyboard.press('Enter');

      // Dettagli appuntamento.
      await headingFocused(page, 'Dettagli appuntamento');
      await page.getByRole('combobox', { name: 'Motivo dell’appuntamento' }).waitFor();
      await axeClean(page, `Dettagli @ ${viewport.width}`);
      await tabTo(page, /^Motivo dell’appuntamento/, { tag: 'select' });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).tag, 'textarea');
      await page.keyboard.type('Rinnovo della carta d’identità scaduta');
      await tabTo(page, /^Avanti$/, { tag: 'button' });
      await page.keyboard.press('Enter');

      // Richiedente.
      await headingFocused(page, 'Richiedente');
      await axeClean(page, `Richiedente @ ${viewport.width}`);
      for (const [field, value] of [
        [/^Nome/, 'Maria'],
        [/^Cognome/, 'Bianchi'],
        [/^Email/, 'maria.bianchi@example.com'],
        [/^Telefono/, '333 123 4567'],
      ]) {
        await tabTo(page, field, { tag: 'input' });
        await page.keyboard.type(value);
      }
      await tabTo(page, /^Avanti$/, { tag: 'button' });
      await page.keyboard.press('Enter');

      // Riepilogo: every value, then privacy and Invia.
      await headingFocused(page, 'Riepilogo');
      const recap = await page.locator('form').innerText();
      for (const v of [
        'Ufficio Anagrafe – Sede municipale',
        'Carta d’identità elettronica',
        'Maria',
        'Bianchi',
        '333 123 4567',
      ]) {
        assert.ok(recap.includes(v), `recap shows ${v}`);
      }
      await axeClean(page, `Riepilogo @ ${viewport.width}`);
      await tabTo(page, /^Invia$/, { tag: 'button' });
      await page.keyboard.press('Enter');
      // Without the privacy confirmation, focus goes to its checkbox.
      const f = await focused(page);
      assert.equal(f.type, 'checkbox');
      await axeClean(page, `Riepilogo (privacy error) @ ${viewport.width}`);
      await page.keyboard.press('Space');
      await tabTo(page, /^Invia$/, { tag: 'button' });
      await page.keyboard.press('Enter');

      // Conferma.
      await headingFocused(page, 'Appuntamento confermato');
      assert.equal(await step(page), 'confirmed');
      const text = await page.locator('main').innerText();
      assert.match(text, /PRN-2026-001042/);
      assert.match(text, /maria\.bianchi@example\.com/);
      await axeClean(page, `Conferma @ ${viewport.width}`);
      await tabTo(page, /^Aggiungi al tuo calendario$/, { tag: 'a' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ]);
      assert.equal(download.suggestedFilename(), 'appuntamento-PRN-2026-001042.ics');
      const ics = readFileSync(await download.path(), 'utf8');
      assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
      assert.match(ics, /\r\nDTSTART:202602\d\dT\d{6}Z\r\n/);
      await tabTo(page, /^Valuta il servizio di prenotazione$/, { tag: 'a' });
      // The draft is gone once booked.
      assert.equal(
        await page.evaluate(() => localStorage.getItem('piazza:draft:booking-default')),
        null,
      );
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

/** Fills the flow up to the recap (pointer, for speed); returns the chosen slot's label. */
async function fillToRecap(page, slotIndex = 0) {
  await page.getByRole('combobox', { name: 'Tipo di ufficio' }).selectOption('anagrafe');
  await choose(page.getByRole('radio', { name: 'Ufficio Anagrafe – Sede municipale' }));
  await page.getByRole('button', { name: 'Avanti' }).click();
  await headingFocused(page, 'Data e orario');
  const slot = page
    .getByRole('radiogroup', { name: 'Orari disponibili' })
    .getByRole('radio')
    .nth(slotIndex);
  await choose(slot);
  const label = await page.evaluate((el) => el.labels[0].textContent, await slot.elementHandle());
  await page.getByRole('button', { name: 'Avanti' }).click();
  await headingFocused(page, 'Dettagli appuntamento');
  await page.getByRole('combobox', { name: 'Motivo dell’appuntamento' }).selectOption('residenza');
  await page.getByRole('textbox', { name: 'Dettagli' }).fill('Trasferimento da un altro comune');
  await page.getByRole('button', { name: 'Avanti' }).click();
  await headingFocused(page, 'Richiedente');
  await page.getByRole('textbox', { name: 'Nome', exact: true }).fill('Luca');
  await page.getByRole('textbox', { name: 'Cognome' }).fill('Verdi');
  await page.getByRole('textbox', { name: 'Email' }).fill('luca.verdi@example.com');
  await page.getByRole('button', { name: 'Avanti' }).click();
  await headingFocused(page, 'Riepilogo');
  return label;
}

test('from the recap, back to change the slot, and back to the recap', async () => {
  const { page, context, errors } = await open('default');
  try {
    const first = await fillToRecap(page, 0);
    const [, firstTime] = first.split(', ');
    assert.ok((await page.locator('form').innerText()).includes(firstTime));
    await page.getByRole('button', { name: 'Modifica Data e orario' }).click();
    await headingFocused(page, 'Data e orario');
    const radios = page.getByRole('radiogroup', { name: 'Orari disponibili' }).getByRole('radio');
    assert.equal(await radios.nth(0).isChecked(), true, 'the chosen slot is still chosen');
    // Keyboard: arrow to the next slot.
    await radios.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await radios.nth(1).isChecked(), true);
    const second = await page.evaluate(
      (el) => el.labels[0].textContent,
      await radios.nth(1).elementHandle(),
    );
    await page.getByRole('button', { name: 'Avanti' }).click();
    await headingFocused(page, 'Riepilogo');
    const recap = await page.locator('form').innerText();
    assert.ok(recap.includes(second.split(', ')[1]), 'the new slot is in the recap');
    assert.ok(recap.includes('Luca') && recap.includes('Trasferimento da un altro comune'));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('reload at step 4 and resume with everything intact', async () => {
  const { page, context, errors } = await open('default');
  try {
    await page.getByRole('combobox', { name: 'Tipo di ufficio' }).selectOption('tributi');
    await choose(page.getByRole('radio', { name: 'Ufficio Tributi' }));
    await page.getByRole('button', { name: 'Avanti' }).click();
    await headingFocused(page, 'Data e orario');
    await page.getByRole('combobox', { name: 'Mese' }).selectOption('2026-03');
    const slot = page
      .getByRole('radiogroup', { name: 'Orari disponibili' })
      .getByRole('radio')
      .nth(2);
    await choose(slot);
    const slotLabel = await page.evaluate(
      (el) => el.labels[0].textContent,
      await slot.elementHandle(),
    );
    assert.match(slotLabel, /marzo 2026/);
    await page.getByRole('button', { name: 'Avanti' }).click();
    await headingFocused(page, 'Dettagli appuntamento');
    await page.getByRole('combobox', { name: 'Motivo dell’appuntamento' }).selectOption('imu');
    await page.getByRole('textbox', { name: 'Dettagli' }).fill('Verifica dei versamenti 2025');
    await page.getByRole('button', { name: 'Avanti' }).click();
    await headingFocused(page, 'Richiedente');
    await page.getByRole('textbox', { name: 'Nome', exact: true }).fill('Anna');
    await page.getByRole('textbox', { name: 'Cognome' }).fill('Neri');
    await page.getByRole('textbox', { name: 'Email' }).fill('anna.neri@example.com');

    // Reload the page: the draft (autosaved) is offered.
    await openPreview(page, server.url, STORY + 'default');
    const prompt = page.getByRole('region', { name: 'Hai una prenotazione da completare' });
    await prompt.waitFor();
    assert.equal(await step(page), 'resume');
    await axeClean(page, 'resume prompt');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).name, 'Riprendi la prenotazione');
    await page.keyboard.press('Enter');
    await headingFocused(page, 'Richiedente');
    assert.equal(
      await page.getByRole('textbox', { name: 'Nome', exact: true }).inputValue(),
      'Anna',
    );
    assert.equal(await page.getByRole('textbox', { name: 'Cognome' }).inputValue(), 'Neri');
    assert.equal(
      await page.getByRole('textbox', { name: 'Email' }).inputValue(),
      'anna.neri@example.com',
    );
    await page.getByRole('button', { name: 'Avanti' }).click();
    await headingFocused(page, 'Riepilogo');
    const recap = await page.locator('form').innerText();
    for (const v of [
      'Tributi',
      'Ufficio Tributi',
      slotLabel.split(', ')[0],
      slotLabel.split(', ')[1],
      'IMU – imposta municipale',
      'Verifica dei versamenti 2025',
      'Anna',
    ]) {
      assert.ok(recap.includes(v), `recap after resume shows ${v}`);
    }
    // Back to Data e orario: the March slot is still the chosen one.
    await page.getByRole('button', { name: 'Modifica Data e orario' }).click();
    await headingFocused(page, 'Data e orario');
    assert.equal(await page.getByRole('combobox', { name: 'Mese' }).inputValue(), '2026-03');
    assert.equal(await page.getByRole('radio', { name: slotLabel }).isChecked(), true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a provider failure at submit, then a successful retry', async () => {
  const { page, context, errors } = await open('submit-fails');
  try {
    await fillToRecap(page);
    await choose(
      page.getByRole('checkbox', { name: 'Ho letto e compreso l’informativa sulla privacy' }),
    );
    await page.getByRole('button', { name: 'Invia' }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Non è stato possibile inviare la prenotazione' });
    await alert.waitFor();
    await axeClean(page, 'submit error');
    // Nothing typed is lost.
    assert.ok((await page.locator('form').innerText()).includes('luca.verdi@example.com'));
    await alert.getByRole('button', { name: 'Riprova' }).click();
    await headingFocused(page, 'Appuntamento confermato');
    assert.match(await page.locator('main').innerText(), /PRN-2026-001042/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a slot taken meanwhile sends the citizen back to choose another', async () => {
  const { page, context, errors } = await open('slot-taken', VIEWPORTS[0]);
  try {
    const taken = await fillToRecap(page);
    await choose(
      page.getByRole('checkbox', { name: 'Ho letto e compreso l’informativa sulla privacy' }),
    );
    await page.getByRole('button', { name: 'Invia' }).click();
    await headingFocused(page, 'Data e orario');
    await page.getByRole('alert').filter({ hasText: 'Scegli un altro orario' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Orari disponibili' }).waitFor();
    assert.equal(
      await page.getByRole('radio', { name: taken }).count(),
      0,
      'the taken slot is gone',
    );
    await axeClean(page, 'slot taken @ 360');
    await choose(
      page.getByRole('radiogroup', { name: 'Orari disponibili' }).getByRole('radio').first(),
    );
    await page.getByRole('button', { name: 'Avanti' }).click();
    await headingFocused(page, 'Riepilogo');
    await choose(
      page.getByRole('checkbox', { name: 'Ho letto e compreso l’informativa sulla privacy' }),
    );
    await page.getByRole('button', { name: 'Invia' }).click();
    await headingFocused(page, 'Appuntamento confermato');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
