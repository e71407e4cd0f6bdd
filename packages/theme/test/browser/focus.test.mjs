// Focus is never hidden (WCAG 2.2 2.4.11, 2.4.7): the demo comune walked with the keyboard in
// real Chromium at 360 and 1280 px (and 320×200, i.e. 1280×800 at 400 % zoom), with the cookie
// bar present. At every Tab stop the focused element must be rendered, inside the viewport and
// on top: `document.elementFromPoint` at its centre is the element or inside it.
// Also: the mobile menu with an open submenu, the recap's stepper, the megamenu left with Tab,
// the current step in forced colours, "Vai al footer", "Torna su", reduced motion.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { builtDemo } from '../node/helpers.mjs';
import { launchChromium, VIEWPORTS } from '../../../../test/lib/browser.mjs';

const demo = await builtDemo('piazza-focus-');

const [MOBILE, DESKTOP] = VIEWPORTS;
/** 1280×800 at 400 % zoom: 320×200 CSS pixels (WCAG 1.4.10 reflow). */
const ZOOM_400 = { name: 'zoom400', width: 320, height: 200 };
const BOOKING = '/prenota-appuntamento/';

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

/**
 * A fresh page (no stored cookie choice: the bar is there). Reduced motion by default, so
 * focus scrolls instantly (Bootstrap Italia's `scroll-behavior: smooth` would make every
 * measurement wait for an animation); `motion: 'no-preference'` to test the default.
 */
async function open(vp, p, { motion = 'reduce' } = {}) {
  const context = await browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    reducedMotion: motion,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + p, { waitUntil: 'load' });
  await settle(page);
  return { page, context, errors };
}

/** Two frames and a task: layout, scrolling and React commits are done. */
function settle(page) {
  return page.evaluate(
    () =>
      new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))),
  );
}

/**
 * Where the focused element is and whether it can be seen (after two frames: layout, scrolling
 * and React commits done): null when nothing (or the body) has focus. `covered` names the
 * element painted over its centre when that is not the element. An inline element that wraps
 * passes when the centre of one of its line boxes is its own. A native control drawn by its
 * label (a star of the rating, a checkbox, a file input) is checked through its label.
 */
function focusState(page) {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    el.dataset.walk ??= String(Math.random()).slice(2);
    const name = (n) => {
      const text = (n.getAttribute('aria-label') || n.textContent || '')
        .trim()
        .replace(/\s+/g, ' ');
      const cls =
        typeof n.className === 'string' && n.className ? `.${n.className.split(' ')[0]}` : '';
      return `${n.tagName.toLowerCase()}${cls} "${text.slice(0, 40)}"`;
    };
    const check = (target) => {
      const problems = [];
      const r = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (r.width < 2 || r.height < 2) problems.push(`size ${r.width}×${r.height}`);
      if (style.visibility !== 'visible') problems.push(`visibility ${style.visibility}`);
      if (problems.length) return problems;
      const rects = Array.from(target.getClientRects()).filter((x) => x.width && x.height);
      let why = '';
      for (const box of rects) {
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) {
          why = `centre (${Math.round(x)}, ${Math.round(y)}) outside the viewport`;
          continue;
        }
        const top = document.elementFromPoint(x, y);
        if (top && (top === target || target.contains(top))) return [];
        why = `covered by ${top ? name(top) : 'nothing'}`;
      }
      return [why];
    };
    // Hit testing skips inert elements (the page behind a modal dialog) though they are still
    // painted: lift `inert` while measuring, so what covers the dialog counts.
    const inert = Array.from(document.querySelectorAll('[inert]'));
    inert.forEach((n) => n.removeAttribute('inert'));
    let problems = check(el);
    // Bootstrap Italia draws checkboxes, radios and the file button on the label (the input is
    // transparent or visually hidden): there the label is what shows focus.
    const label = el.labels?.[0];
    const drawn = el.getBoundingClientRect().width <= 1 || getComputedStyle(el).opacity === '0';
    if (problems.length && label && drawn) problems = check(label);
    inert.forEach((n) => n.setAttribute('inert', ''));
    return { id: el.dataset.walk, name: name(el), problems };
  });
}

/**
 * Presses Tab until focus leaves the page (or comes back to a stop already seen, in a focus
 * trap), at most `max` times. Returns every stop with its problems.
 */
async function tabWalk(page, { max = 400 } = {}) {
  const stops = [];
  const seen = new Set();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const s = await focusState(page);
    if (!s || seen.has(s.id)) break;
    seen.add(s.id);
    stops.push(s);
  }
  return stops;
}

function hidden(stops) {
  return stops.filter((s) => s.problems.length).map((s) => `${s.name}: ${s.problems.join(', ')}`);
}

/** Names of the stops (to check where a control comes in the tab order). */
const names = (stops) => stops.map((s) => s.name);

for (const vp of [MOBILE, DESKTOP, ZOOM_400]) {
  test(`home at ${vp.width}×${vp.height}: the cookie bar comes first and no focus stop is hidden`, async () => {
    const { page, context, errors } = await open(vp, '/');
    try {
      assert.equal(await page.locator('.cookiebar').isVisible(), true, 'the bar is there');
      const stops = await tabWalk(page);
      assert.ok(stops.length > 30, `${stops.length} stops`);
      const bad = hidden(stops);
      assert.deepEqual(bad, [], `${bad.length} of ${stops.length} focus stops hidden`);
      // Reachable first: right after the two skip links.
      const accept = names(stops).findIndex((n) => n.includes('"Accetta"'));
      assert.ok(accept >= 0 && accept <= 4, `"Accetta" is stop ${accept + 1}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

for (const vp of [MOBILE, DESKTOP]) {
  test(`booking at ${vp.width} px: every stop, "Avanti" and "Salva richiesta" included, is visible with the cookie bar present`, async () => {
    const { page, context, errors } = await open(vp, BOOKING);
    try {
      await page.getByRole('combobox', { name: 'Tipo di ufficio' }).waitFor();
      const stops = await tabWalk(page);
      const bad = hidden(stops);
      assert.deepEqual(bad, [], `${bad.length} of ${stops.length} focus stops hidden`);
      for (const label of ['Avanti', 'Salva richiesta']) {
        assert.ok(
          names(stops).some((n) => n.includes(`"${label}`)),
          `"${label}" among the stops`,
        );
      }
      // "Salva richiesta" says so where it can be seen, not only to screen readers.
      await page.getByRole('button', { name: 'Salva richiesta' }).click();
      const status = page.getByRole('status').filter({ hasText: 'Richiesta salvata' });
      await status.waitFor();
      assert.equal(await status.isVisible(), true);
      const box = await status.boundingBox();
      assert.ok(box && box.width > 40 && box.height > 20, `status ${JSON.stringify(box)}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

/**
 * Fills the booking form up to the recap. Clicks are DOM events, not pointer clicks at a
 * position: the setup must not depend on what covers what (the tests measure that).
 */
async function toRecap(page) {
  const heading = (name) => page.getByRole('heading', { level: 2, name });
  const click = (locator) => locator.dispatchEvent('click');
  const avanti = () => click(page.getByRole('button', { name: 'Avanti' }));
  await page.getByRole('combobox', { name: 'Tipo di ufficio' }).selectOption({ index: 1 });
  await click(page.getByRole('radio').first());
  await avanti();
  await heading('Data e orario').waitFor();
  await click(
    page.getByRole('radiogroup', { name: 'Orari disponibili' }).getByRole('radio').first(),
  );
  await avanti();
  await heading('Dettagli appuntamento').waitFor();
  await page.getByRole('combobox', { name: 'Motivo dell’appuntamento' }).selectOption({ index: 1 });
  await page.getByRole('textbox', { name: 'Dettagli' }).fill('Rinnovo della carta d’identità');
  await avanti();
  await heading('Richiedente').waitFor();
  await page.getByRole('textbox', { name: 'Nome', exact: true }).fill('Maria');
  await page.getByRole('textbox', { name: 'Cognome', exact: true }).fill('Bianchi');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('maria.bianchi@example.com');
  await avanti();
  await heading('Riepilogo').waitFor();
  await settle(page);
}

for (const vp of [MOBILE, DESKTOP]) {
  test(`the recap's stepper at ${vp.width} px: the four completed steps are visible focus stops`, async () => {
    const { page, context, errors } = await open(vp, BOOKING);
    try {
      await toRecap(page);
      // From the recap's heading (where the flow put focus) back up through the stepper.
      const stops = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Shift+Tab');
        stops.push(await focusState(page));
      }
      const titles = ['Richiedente', 'Dettagli appuntamento', 'Data e orario', 'Luogo'];
      stops.forEach((s, i) => {
        assert.ok(s?.name.startsWith('button') && s.name.includes(titles[i]), s?.name);
      });
      const bad = hidden(stops);
      assert.deepEqual(bad, [], `${bad.length} of 4 completed steps hidden`);
      // And the whole recap page, walked forward.
      const all = hidden(await tabWalk(page));
      assert.deepEqual(all, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('the mobile menu with an expanded submenu: every stop of the dialog is visible, cookie bar present', async () => {
  const { page, context, errors } = await open(MOBILE, '/');
  try {
    const toggler = page.getByRole('button', { name: 'Apri il menu' });
    await toggler.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Menu principale' });
    await dialog.waitFor();
    const sub = dialog.getByRole('button', { name: 'Sottomenu Servizi' });
    await sub.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Sottomenu Servizi"]')?.ariaExpanded === 'true',
    );
    await settle(page);
    const stops = await tabWalk(page, { max: 120 });
    assert.ok(
      names(stops).some((n) => n.includes('"Vedi tutto Servizi')),
      'the submenu links are among the stops',
    );
    assert.ok(stops.length > 20 && stops.length < 120, `${stops.length} stops: focus wraps`);
    const bad = hidden(stops);
    assert.deepEqual(bad, [], `${bad.length} of ${stops.length} focus stops hidden`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the off-canvas menu does not slide under prefers-reduced-motion, and does otherwise', async () => {
  for (const motion of ['reduce', 'no-preference']) {
    const { page, context } = await open(MOBILE, '/', { motion });
    try {
      const duration = await page.$eval(
        '.navbar-collapsable .menu-wrapper',
        (el) => getComputedStyle(el).transitionDuration,
      );
      const none = duration.split(',').every((d) => parseFloat(d) === 0);
      assert.equal(none, motion === 'reduce', `${motion}: transition-duration ${duration}`);
    } finally {
      await context.close();
    }
  }
});

test('megamenu: Tab from its last link to the next first-level item closes it (APG disclosure navigation)', async () => {
  const { page, context, errors } = await open(DESKTOP, '/');
  try {
    const button = page.getByRole('button', { name: 'Sottomenu Amministrazione' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector('[aria-label="Sottomenu Amministrazione"]')?.ariaExpanded === 'true',
    );
    // Tab through the panel until focus reaches "Novità".
    let state;
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      state = await focusState(page);
      assert.deepEqual(state.problems, [], `${state.name} hidden`);
      if (await page.evaluate(() => document.activeElement?.dataset.element === 'news')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.element), 'news');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('.dropdown-menu.show').count(), 0, 'a megamenu still open');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('forced colours: the current step differs from the others by more than colour', async () => {
  const { page, context } = await open(DESKTOP, BOOKING);
  try {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.getByRole('button', { name: 'Avanti' }).waitFor();
    await toRecap(page);
    await page.emulateMedia({ forcedColors: 'active' });
    const marks = await page.$$eval('.piazza-stepper .steppers-header li', (lis) =>
      lis.map((li) => {
        const s = getComputedStyle(li);
        // Borders and outlines keep their shape in forced colours (backgrounds do not).
        const line = ['Top', 'Right', 'Bottom', 'Left']
          .filter(
            (side) =>
              s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) >= 2,
          )
          .join(',');
        return { current: li.getAttribute('aria-current') === 'step', line };
      }),
    );
    const current = marks.filter((m) => m.current);
    const others = marks.filter((m) => !m.current);
    assert.equal(current.length, 1);
    assert.notEqual(current[0].line, '', 'the current step has a thick border');
    for (const o of others) assert.notEqual(o.line, current[0].line, 'other steps look the same');
  } finally {
    await context.close();
  }
});

test('"Vai al footer" moves focus to the footer', async () => {
  const { page, context } = await open(DESKTOP, '/');
  try {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Vai al footer');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'footer');
    // From there Tab goes on inside the footer.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest('footer')), true);
  } finally {
    await context.close();
  }
});

for (const vp of [MOBILE, DESKTOP]) {
  test(`"Torna su" at ${vp.width} px: shown once the page has scrolled, back to the top with focus there`, async () => {
    const { page, context, errors } = await open(vp, '/');
    try {
      // Hidden links have no role for Playwright: found by its class, then by role once shown.
      assert.equal(await page.locator('a.back-to-top').count(), 1, 'rendered on the page');
      const link = page.locator('a.back-to-top');
      assert.equal(await link.isVisible(), false, 'hidden at the top of the page');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForFunction(() =>
        document.querySelector('.back-to-top')?.classList.contains('back-to-top-show'),
      );
      await settle(page);
      assert.equal(await page.getByRole('link', { name: 'Torna su' }).isVisible(), true);
      await link.focus();
      await settle(page);
      const s = await focusState(page);
      assert.deepEqual(s.problems, [], s.name);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.scrollY === 0);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'top');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

/** Layout shift of a page load (sum of shift values without recent input), after load settles. */
async function loadShift(vp, p, { storedChoice }) {
  const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
  if (storedChoice) {
    await context.addInitScript((choice) => {
      localStorage.setItem(
        'piazza-cookie-consent',
        JSON.stringify({ choice, date: '2026-01-01T00:00:00.000Z' }),
      );
    }, storedChoice);
  }
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const violations = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(site.url + p, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await settle(page);
  const result = await page.evaluate(() => ({
    shift: window.__shift,
    bar: (() => {
      const el = document.querySelector('.cookiebar');
      return !!el && el.getBoundingClientRect().height > 0;
    })(),
  }));
  await context.close();
  return { ...result, violations };
}

for (const vp of [MOBILE, DESKTOP]) {
  test(`a returning visitor's stored cookie choice: no bar, no layout shift (home, ${vp.name})`, async () => {
    const r = await loadShift(vp, '/', { storedChoice: 'rejected' });
    assert.equal(r.bar, false, 'the cookie bar is not shown once a choice is stored');
    // 0.1 is the "good" limit of Web Vitals; a bar painted then removed gave 0.32 at 360 px. What
    // remains (≈ 0.03) is the text reflowing when the web fonts arrive, with or without the bar.
    assert.ok(r.shift < 0.1, `layout shift ${r.shift.toFixed(3)} (a bar painted then removed?)`);
    assert.deepEqual(r.violations, [], 'the consent probe runs under the page CSP');
  });
}

test('a first visit shows the cookie bar; a damaged stored value still shows it', async () => {
  const fresh = await loadShift(MOBILE, '/', { storedChoice: null });
  assert.equal(fresh.bar, true);
  const damaged = await loadShift(MOBILE, '/', { storedChoice: 'maybe' });
  assert.equal(damaged.bar, true, 'an invalid choice is no choice');
});
