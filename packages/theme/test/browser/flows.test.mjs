// The digital services of the demo site in real Chromium (issue 15, CSE.*): a citizen completes
// one service of each flow type and a segnalazione disservizio with the keyboard (controls
// focused, then Enter / Space / arrows / typing, as a keyboard user does), focus moves to each
// step's heading and the live region says which step it is, what is typed survives a reload, axe
// finds nothing at 360 and 1280 px; then the area personale lists every request and a request's
// status is read by its code without signing in. The demo runs on the simulation kept in the
// browser (no Site.servicesApi).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { builtDemo } from '../node/helpers.mjs';
import {
  axeSource,
  axeViolations,
  launchChromium,
  VIEWPORTS,
} from '../../../../test/lib/browser.mjs';

const demo = await builtDemo('piazza-flows-');

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

/** One service of each flow type of the demo: its scheda, and how to fill its own data. */
const FLOWS = [
  {
    type: 'Permessi e autorizzazioni',
    scheda: '/servizi/mobilita-e-trasporti/permesso-ztl/',
    steps: [
      'Informativa sulla privacy',
      'Dati generali',
      'Preferenze di servizio',
      'Pagamento',
      'Riepilogo',
    ],
    own: 'Preferenze di servizio',
    fill: async (page) => {
      await press(page.getByRole('radio', { name: 'Residente nella ZTL' }), 'Space');
      await typeIn(page.getByRole('textbox', { name: /Targa del veicolo/ }), 'AB123CD');
      return 'AB123CD';
    },
  },
  {
    type: 'Domande con graduatoria',
    scheda: '/servizi/educazione-e-formazione/iscrizione-asilo-nido/',
    steps: ['Informativa sulla privacy', 'Dati generali', 'Preferenze di servizio', 'Riepilogo'],
    own: 'Preferenze di servizio',
    fill: async (page) => {
      await typeIn(
        page.getByRole('textbox', { name: /Nome e cognome del bambino/ }),
        'Giulia Rossi',
      );
      await typeIn(
        page.getByRole('textbox', { name: /Codice fiscale del bambino/ }),
        'RSSGLI24A41A562Q',
      );
      await press(page.getByRole('combobox', { name: /Asilo nido preferito/ }), 'ArrowDown');
      return 'Giulia Rossi';
    },
  },
  {
    type: 'Servizi a pagamento',
    scheda: '/servizi/educazione-e-formazione/mensa-scolastica/',
    steps: [
      'Informativa sulla privacy',
      'Dati generali',
      'Preferenze di servizio',
      'Pagamento',
      'Riepilogo',
    ],
    own: 'Preferenze di servizio',
    fill: async (page) => {
      await typeIn(
        page.getByRole('textbox', { name: /Nome e cognome dell'alunno/ }),
        'Paolo Rossi',
      );
      await press(page.getByRole('combobox', { name: /^Scuola/ }), 'ArrowDown');
      await press(page.getByRole('radio', { name: 'Nessuna esigenza' }), 'Space');
      return 'Paolo Rossi';
    },
  },
  {
    type: 'Vantaggi economici',
    scheda: '/servizi/tributi-finanze-e-contravvenzioni/agevolazioni-tari/',
    steps: ['Informativa sulla privacy', 'Dati generali', 'Riepilogo'],
    // the service's own data are in "Dati generali" for this flow type
    own: 'Dati generali',
    fill: async (page) => {
      await press(page.getByRole('radio', { name: 'Per me' }), 'Space');
      await typeIn(page.getByRole('textbox', { name: /IBAN/ }), 'IT60X0542811101000000123456');
      return 'IT60X0542811101000000123456';
    },
  },
  {
    type: 'Pagamenti dovuti',
    scheda: '/servizi/tributi-finanze-e-contravvenzioni/pagamento-tari/',
    steps: [
      'Informativa sulla privacy',
      'Dati generali',
      'Dati specifici del servizio',
      'Pagamento',
      'Riepilogo',
    ],
    own: 'Dati specifici del servizio',
    fill: async (page) => {
      await typeIn(page.getByRole('textbox', { name: /Codice avviso/ }), '301000000000202601');
      await page.keyboard.press('Enter');
      await page.locator('p', { hasText: /Trovato: TARI 2026/ }).waitFor();
      return 'TARI 2026 – prima rata';
    },
  },
];

/** Focuses a control (as Tab would) and presses a key on it. */
async function press(locator, key = 'Enter') {
  await locator.focus();
  await locator.page().keyboard.press(key);
}

async function typeIn(locator, text) {
  await locator.focus();
  await locator.page().keyboard.type(text);
}

/**
 * A browser context (one device: its localStorage is the demo's back office) at a width; `tab()`
 * opens a new tab in it (a new tab has its own sessionStorage: nobody signed in).
 */
async function open(vp = VIEWPORTS[1]) {
  const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
  context.setDefaultTimeout(15000);
  const errors = [];
  const tab = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    return page;
  };
  return { context, tab, errors };
}

/** The focused element: its tag and text. */
const focused = (page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName ?? '',
    text: document.activeElement?.textContent?.trim() ?? '',
  }));

/** Waits until focus is on an h2 other than `previous`; returns its text. */
async function nextHeading(page, previous) {
  await page.waitForFunction((prev) => {
    const el = document.activeElement;
    return el?.tagName === 'H2' && el.textContent?.trim() !== prev;
  }, previous);
  return (await focused(page)).text;
}

/** Waits until the flow's own live region (its last polite region) says `text`. */
async function announces(page, island, text) {
  const said = () =>
    page.evaluate((name) => {
      const regions = document.querySelectorAll(
        `[data-island="${name}"] .piazza-service-flow > [aria-live="polite"]`,
      );
      return regions[regions.length - 1]?.textContent?.trim() ?? '';
    }, island);
  try {
    await page.waitForFunction(
      ({ name, text }) => {
        const regions = document.querySelectorAll(
          `[data-island="${name}"] .piazza-service-flow > [aria-live="polite"]`,
        );
        return regions[regions.length - 1]?.textContent?.trim() === text;
      },
      { name: island, text },
      { timeout: 5000 },
    );
  } catch {
    assert.equal(await said(), text, 'the live region');
  }
}

async function noAxe(page, where) {
  // axe goes in through DevTools (page.evaluate), which the page's CSP does not govern
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `axe on ${where}`);
}

/**
 * From the scheda: "Accedi al servizio", the simulated access, every step up to the recap (each
 * heading focused and announced), the recap, Invia, the confirmation. Returns the request code.
 */
async function completeFlow(page, flow, { axe = false, reloadAt } = {}) {
  await page.goto(site.url + flow.scheda);
  const access = page.locator('a[data-element="service-online-access"]');
  assert.equal(await access.textContent(), 'Accedi al servizio');
  assert.equal(await access.getAttribute('href'), `${flow.scheda}richiesta/`);
  await press(access);
  await page.waitForURL(`**${flow.scheda}richiesta/`);
  const island = 'serviceflow';
  // the server rendered the access step, before any script ran
  await page.getByRole('heading', { name: 'Accedi al servizio', level: 2 }).waitFor();
  if (axe) await noAxe(page, `${flow.type}: accesso`);
  await press(page.getByRole('button', { name: 'Entra con SPID (simulazione)' }));
  let title = await nextHeading(page, 'Accedi al servizio');
  assert.equal(title, flow.steps[0]);
  let marker = '';
  for (let i = 0; title !== 'Riepilogo'; i++) {
    assert.equal(title, flow.steps[i], `${flow.type}: step ${String(i + 1)}`);
    await announces(
      page,
      island,
      `Passo ${String(i + 1)} di ${String(flow.steps.length)}: ${title}`,
    );
    const stepper = page.getByRole('navigation', { name: 'Passaggi della richiesta' });
    assert.match(
      (await stepper.locator('[aria-current="step"]').textContent()) ?? '',
      new RegExp(title),
    );
    if (title === 'Informativa sulla privacy') {
      await press(page.getByRole('checkbox', { name: /Ho letto e compreso/ }), 'Space');
    } else if (title === 'Pagamento') {
      await press(page.getByRole('button', { name: /^Paga .*con pagoPA$/ }));
      await press(page.getByRole('button', { name: /Conferma il pagamento/ }));
      await page.locator('p', { hasText: /eseguito il/ }).waitFor();
    } else if (title === flow.own) {
      marker = await flow.fill(page);
      if (reloadAt === title) {
        // what was typed survives a reload: the draft is offered again, and resumed
        await page.reload();
        await press(page.getByRole('button', { name: 'Riprendi' }));
        await page.waitForFunction((t) => document.activeElement?.textContent?.trim() === t, title);
        const kept = await page.evaluate(() =>
          [...document.querySelectorAll('[data-island] input, [data-island] textarea')].map(
            (e) => e.value,
          ),
        );
        assert.ok(
          kept.some((v) => v && marker.includes(v)),
          `${flow.type}: "${marker}" kept after reload (found ${JSON.stringify(kept)})`,
        );
      }
    }
    if (axe) await noAxe(page, `${flow.type}: ${title}`);
    await press(page.getByRole('button', { name: 'Avanti' }));
    title = await nextHeading(page, title);
  }
  // the recap shows what was typed, then Invia
  await announces(
    page,
    island,
    `Passo ${String(flow.steps.length)} di ${String(flow.steps.length)}: Riepilogo`,
  );
  assert.ok(
    (await page.locator('[data-island="serviceflow"]').textContent()).includes(marker),
    `${flow.type}: the recap shows ${marker}`,
  );
  if (axe) await noAxe(page, `${flow.type}: Riepilogo`);
  await press(page.getByRole('button', { name: 'Invia' }));
  const done = await nextHeading(page, 'Riepilogo');
  assert.equal(done, 'Richiesta inviata');
  const text = await page.locator('[data-island="serviceflow"]').textContent();
  const code = /[A-Z]{3}-\d{4}-\d{6}/.exec(text)?.[0];
  assert.ok(code, `${flow.type}: a request code on the confirmation`);
  assert.match(text, /Scarica la ricevuta/);
  // the rating of the page is suggested at the end (CSE.1.7)
  assert.equal(await page.locator('[data-island="serviceflow"] a[href="#valutazione"]').count(), 1);
  if (axe) await noAxe(page, `${flow.type}: conferma`);
  return code;
}

/** The segnalazione from the footer link (C.SI.2.4), by keyboard; returns its code. */
async function report(page, { axe = false } = {}) {
  await page.goto(site.url + '/');
  const link = page.locator('footer [data-element="report-inefficiency"]');
  await press(link);
  await page.waitForURL('**/segnalazione-disservizio/');
  await page.getByRole('heading', { name: 'Accedi al servizio', level: 2 }).waitFor();
  if (axe) await noAxe(page, 'segnalazione: accesso');
  await press(page.getByRole('button', { name: 'Entra con CIE (simulazione)' }));
  const steps = ['Autorizzazioni e condizioni', 'Dati di segnalazione', 'Riepilogo'];
  let title = await nextHeading(page, 'Accedi al servizio');
  for (const [i, step] of steps.entries()) {
    assert.equal(title, step);
    await announces(page, 'segnalazione', `Passo ${String(i + 1)} di 3: ${step}`);
    if (axe) await noAxe(page, `segnalazione: ${step}`);
    if (step === 'Riepilogo') break;
    if (i === 0) await press(page.getByRole('checkbox', { name: /Ho letto e compreso/ }), 'Space');
    else {
      await press(page.getByRole('combobox', { name: /Categoria del disservizio/ }), 'ArrowDown');
      await typeIn(page.getByRole('textbox', { name: /^Luogo/ }), 'Piazza Garibaldi');
      await typeIn(page.getByRole('textbox', { name: /^Titolo/ }), 'Lampione spento');
      await typeIn(page.getByRole('textbox', { name: /^Descrizione/ }), 'Spento da tre sere');
    }
    await press(page.getByRole('button', { name: 'Avanti' }));
    title = await nextHeading(page, step);
  }
  assert.match(await page.locator('[data-island="segnalazione"]').textContent(), /Lampione spento/);
  await press(page.getByRole('button', { name: 'Invia' }));
  assert.equal(await nextHeading(page, 'Riepilogo'), 'Richiesta inviata');
  const code = /[A-Z]{3}-\d{4}-\d{6}/.exec(
    await page.locator('[data-island="segnalazione"]').textContent(),
  )?.[0];
  assert.ok(code, 'a code on the confirmation of the segnalazione');
  if (axe) await noAxe(page, 'segnalazione: conferma');
  return code;
}

for (const vp of VIEWPORTS) {
  test(`${vp.name} (${String(vp.width)} px): one service of each flow type, by keyboard, axe clean`, async () => {
    const { context, tab, errors } = await open(vp);
    try {
      const codes = [];
      for (const [i, flow] of FLOWS.entries()) {
        const page = await tab();
        // the draft survives a reload on the first flow of the run
        codes.push(
          await completeFlow(page, flow, {
            axe: true,
            ...(i === 0 ? { reloadAt: 'Preferenze di servizio' } : {}),
          }),
        );
        await page.close();
      }
      codes.push(await report(await tab(), { axe: true }));
      assert.equal(new Set(codes).size, FLOWS.length + 1);

      // The area personale (a new tab: sign in), every request with its status (CSE.1.9)
      const page = await tab();
      await page.goto(`${site.url}/area-personale/`);
      await page.getByRole('heading', { name: 'Accedi all’area personale' }).waitFor();
      await noAxe(page, 'area personale: accesso');
      await press(page.getByRole('button', { name: 'Entra con SPID (simulazione)' }));
      await page.waitForFunction(() => document.activeElement?.textContent === 'Ciao, Maria');
      await press(page.getByRole('tab', { name: 'Attività' }));
      const panel = page.getByRole('tabpanel', { name: 'Attività' });
      await panel.waitFor();
      const listed = await panel.textContent();
      for (const c of codes) assert.ok(listed.includes(c), `the area personale lists ${c}`);
      for (const flow of FLOWS) {
        const title = await page.evaluate(async (u) => {
          const html = await (await fetch(u)).text();
          return new DOMParser().parseFromString(html, 'text/html').querySelector('h1')
            ?.textContent;
        }, flow.scheda);
        assert.ok(listed.includes(title), `the area personale names ${title}`);
      }
      await noAxe(page, 'area personale: Attività');

      // Domande con graduatoria: the ranking is published (a message), the admitted request is
      // completed (perfezionamento) from the link of the message
      await press(page.getByRole('tab', { name: 'Messaggi' }));
      const ranked = page
        .getByRole('tabpanel', { name: 'Messaggi' })
        .getByRole('link', { name: 'Completa la richiesta' });
      await press(ranked);
      await page.waitForURL(/\/richiesta\/\?completa=/);
      // signed in on this tab and a request to complete: the island is live without a click
      await page.getByRole('heading', { name: 'Perfeziona la domanda', level: 2 }).waitFor();
      await press(page.getByRole('radio', { name: 'Sì, accetto il posto' }), 'Space');
      await page.getByLabel(/Certificato delle vaccinazioni/).setInputFiles({
        name: 'vaccini.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4'),
      });
      await page.locator('p, li', { hasText: 'vaccini.pdf' }).first().waitFor();
      await press(page.getByRole('button', { name: 'Avanti' }));
      assert.equal(await nextHeading(page, 'Perfeziona la domanda'), 'Riepilogo');
      await press(page.getByRole('button', { name: 'Invia' }));
      assert.equal(await nextHeading(page, 'Riepilogo'), 'Richiesta inviata');
      await page.goto(`${site.url}/area-personale/`);
      await press(page.getByRole('tab', { name: 'Attività' }));
      assert.match(
        await page.getByRole('tabpanel', { name: 'Attività' }).textContent(),
        /Perfezionamento inviato/,
      );

      // The status of a request by its code, without signing in (a new tab: nobody signed in)
      const anon = await tab();
      await anon.goto(`${site.url}/area-personale/`);
      await typeIn(anon.getByRole('textbox', { name: /Codice della richiesta/ }), codes[2]);
      await anon.keyboard.press('Enter');
      await anon.getByRole('heading', { name: `Stato della richiesta ${codes[2]}` }).waitFor();
      assert.equal(
        await anon.getByRole('button', { name: 'Entra con SPID (simulazione)' }).isVisible(),
        true,
        'still not signed in',
      );
      await noAxe(anon, 'area personale: stato per codice');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
