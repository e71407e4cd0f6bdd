// Form fields under a heading, in real Chromium with Bootstrap Italia's CSS and @piazza/react's
// own rules (styled-components, collected with ServerStyleSheet as a server would):
// Bootstrap Italia lifts an active label above its field (translateY(-75%)), so the first field
// after a heading had its label drawn over the heading.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PiazzaProvider, TextField, Select } from '@piazza/react';
import { launchChromium } from '../lib/browser.mjs';

const require = createRequire(import.meta.url);
// the styled-components @piazza/react itself resolves (one instance)
const { ServerStyleSheet } = await import(
  pathToFileURL(
    createRequire(new URL('../../packages/react/package.json', import.meta.url)).resolve(
      'styled-components',
    ),
  ).href
);
const css = readFileSync(
  require.resolve('bootstrap-italia/dist/css/bootstrap-italia.min.css'),
  'utf8',
);

let browser, page;
before(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
after(() => browser?.close());

const boxes = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('h2, h3, p, label, input, select')].map((e) => {
      const r = e.getBoundingClientRect();
      return { tag: e.tagName, text: e.textContent, top: r.top, bottom: r.bottom };
    }),
  );

for (const [name, above] of [
  ['an h2', h('h2', null, 'Dati del richiedente')],
  ['an h3', h('h3', null, 'Indirizzo')],
  ['a paragraph', h('p', null, 'Compila i campi.')],
]) {
  test(`the first field's label does not overlap ${name} above it`, async () => {
    const sheet = new ServerStyleSheet();
    const markup = renderToStaticMarkup(
      sheet.collectStyles(
        h(
          PiazzaProvider,
          null,
          h(
            'form',
            { className: 'container' },
            above,
            h(TextField, { label: 'Nome', name: 'nome' }),
            h(TextField, { label: 'Cognome', name: 'cognome' }),
            h(Select, { label: 'Comune', name: 'comune', options: [{ value: 'a', label: 'A' }] }),
          ),
        ),
      ),
    );
    await page.setContent(`<style>${css}</style>${sheet.getStyleTags()}${markup}`);
    const [head, ...rest] = await boxes();
    const labels = rest.filter((b) => b.tag === 'LABEL');
    assert.equal(labels.length, 3);
    assert.ok(
      labels[0].top >= head.bottom,
      `label "${labels[0].text}" top ${labels[0].top} < ${head.tag} bottom ${head.bottom}`,
    );
    // and the fields below keep clear of each other
    const controls = rest.filter((b) => b.tag !== 'LABEL');
    for (let i = 1; i < labels.length; i++)
      assert.ok(labels[i].top >= controls[i - 1].bottom, `label "${labels[i].text}"`);
  });
}
