// A themed app rendered on the server in plain Node (no bundler), as a team's SSR would: the built
// @piazza/react's PiazzaProvider hands createPiazzaTheme()'s tokens to styled-components, and
// ServerStyleSheet collects the app's own styled components with the comune's colour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const reactPkg = path.resolve(import.meta.dirname, '../../packages/react');
const dist = (file) => pathToFileURL(path.join(reactPkg, 'dist', file)).href;
// the styled-components @piazza/react itself resolves (one instance, one ThemeContext)
const sc = await import(
  pathToFileURL(createRequire(path.join(reactPkg, 'package.json')).resolve('styled-components'))
    .href
);
const { styled, ServerStyleSheet } = sc;

test('PiazzaProvider theme reaches styled components rendered with ServerStyleSheet', async () => {
  const { PiazzaProvider, createPiazzaTheme } = await import(dist('index.js'));
  const Banner = styled.p`
    border-left: 4px solid ${({ theme }) => theme.colors.primary};
    background: ${({ theme }) => theme.palette.a1};
  `;
  const theme = createPiazzaTheme({ primary: '#8a1538' });
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(
      sheet.collectStyles(
        createElement(PiazzaProvider, { theme }, createElement(Banner, null, 'Avviso')),
      ),
    );
    const css = sheet.getStyleTags();
    const cls = /class="([^"]+)"/.exec(html)?.[1]?.split(' ').pop();
    assert.ok(cls, html);
    assert.match(css, new RegExp(`\\.${cls}\\{[^}]*border-left:4px solid #8a1538`));
    assert.match(css, new RegExp(`background:${theme.palette.a1}`));
  } finally {
    sheet.seal();
  }
});

test('the theme entry loads in plain Node and refuses a light colour', async () => {
  const mod = await import(dist('theme.js'));
  assert.equal(mod.createPiazzaTheme({ primary: '#0066cc' }).primary, '#0066cc');
  assert.throws(() => mod.createPiazzaTheme({ primary: '#ffcc00' }), TypeError);
});
