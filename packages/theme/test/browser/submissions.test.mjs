// Submissions on the demo site in real Chromium: the rating never thanks for what it did not
// send (no endpoint in the demo), an endpoint that fails shows an error with a retry and keeps the
// answers, and an island that throws while hydrating leaves its server markup with an announced
// alert instead of a blank space.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { builtDemo } from '../node/helpers.mjs';
import { launchChromium, VIEWPORTS } from '../../../../test/lib/browser.mjs';

const demo = await builtDemo('piazza-submit-');

const THANKS = 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!';
const NOT_SENT =
  'La tua valutazione non è stata inviata: questo sito non raccoglie ancora le valutazioni.';
const ISLAND_ALERT = 'Questa parte della pagina non funziona come dovrebbe';

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

async function open() {
  const vp = VIEWPORTS[1];
  const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, context, errors };
}

/** Serves `p` with the props of its island `name` changed by `change`. */
async function withProps(page, p, name, change) {
  await page.route(site.url + p, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const id = new RegExp(`data-island="${name}" data-island-id="([^"]+)"`).exec(html)?.[1];
    assert.ok(id, `no ${name} island on ${p}`);
    const block = new RegExp(`(<script type="application/json" id="${id}-props">)(.*?)(</script>)`);
    const body = html.replace(block, (_, open, json, close) => {
      const props = change(JSON.parse(json));
      return open + JSON.stringify(props).replace(/</g, '\\u003c') + close;
    });
    await route.fulfill({ response, body });
  });
}

/** Rates 4 stars, goes on, writes a detail, sends. */
async function rate(page) {
  await page.locator('[data-element="feedback-rate-4"]').click();
  await page.waitForFunction(() => document.querySelector('[data-island="rating"]')?.dataset.live);
  await page.getByRole('button', { name: 'Avanti' }).click();
  await page.getByRole('textbox', { name: 'Dettaglio' }).fill('Tutto chiaro');
  await page.getByRole('button', { name: 'Invia' }).click();
}

test('the demo has no rating endpoint: after Invia it says nothing was sent, never "Grazie"', async () => {
  const { page, context, errors } = await open();
  try {
    const posts = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
    await page.goto(`${site.url}/servizi/`);
    await rate(page);
    const heading = page.getByRole('heading', { name: NOT_SENT });
    await heading.waitFor();
    assert.equal(await heading.isVisible(), true);
    assert.equal(await page.getByRole('heading', { name: THANKS }).isVisible(), false);
    assert.deepEqual(posts, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a rating endpoint that answers 500: an error with Riprova, answers kept; the retry thanks', async () => {
  const { page, context, errors } = await open();
  try {
    await withProps(page, '/servizi/', 'rating', (p) => ({ ...p, endpoint: '/api/valutazioni' }));
    const bodies = [];
    let status = 500;
    await page.route(`${site.url}/api/valutazioni`, (route) => {
      bodies.push(JSON.parse(route.request().postData() ?? 'null'));
      return route.fulfill({ status, body: '' });
    });
    await page.goto(`${site.url}/servizi/`);
    await rate(page);
    const alert = page.getByRole('alert').filter({ hasText: 'inviare la valutazione' });
    await alert.waitFor();
    assert.equal(await alert.isVisible(), true);
    assert.equal(await page.getByRole('heading', { name: THANKS }).isVisible(), false);
    assert.equal(
      await page.getByRole('textbox', { name: 'Dettaglio' }).inputValue(),
      'Tutto chiaro',
    );
    status = 204;
    await page.getByRole('button', { name: 'Riprova' }).click();
    await page.getByRole('heading', { name: THANKS }).waitFor();
    assert.equal(bodies.length, 2);
    assert.deepEqual(bodies[1], {
      page: '/servizi/',
      rating: 4,
      sentiment: 'positive',
      answer: null,
      details: 'Tutto chiaro',
    });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an island that throws while hydrating keeps its server markup and shows an announced alert', async () => {
  const { page, context } = await open();
  try {
    // an office without openings: the booking flow's provider throws as the island starts
    await withProps(page, '/prenota-appuntamento/', 'booking', (p) => ({
      ...p,
      offices: p.offices.map((o) => ({ ...o, schedule: [] })),
    }));
    await page.goto(`${site.url}/prenota-appuntamento/`);
    const island = page.locator('[data-island="booking"]');
    await page.waitForSelector('[data-island="booking"][data-island-failed]');
    const alert = island.getByRole('alert');
    assert.match(await alert.innerText(), new RegExp(ISLAND_ALERT));
    assert.equal(await alert.isVisible(), true);
    // the server's first step is still there
    assert.equal(await island.getByRole('heading', { name: 'Luogo' }).isVisible(), true);
    assert.equal(
      await island.getByRole('navigation', { name: 'Passaggi della richiesta' }).isVisible(),
      true,
    );
    // and the rest of the page works: the reload button is there
    assert.equal(
      await island.getByRole('button', { name: 'Ricarica la pagina' }).isVisible(),
      true,
    );
  } finally {
    await context.close();
  }
});
