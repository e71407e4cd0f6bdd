// The packages as a team outside the monorepo gets them: `npm run release` writes the tarballs,
// a fresh Vite + React 19 app and a fresh Next.js App Router app install them (tarballs plus the
// npm registry, as a user would), build, and a page of each renders in Chromium with zero axe
// violations. Installs are cached under .cache/tarballs/ (npm only updates what changed).
// The Vite app takes Bootstrap Italia from @piazza/theme's Vite plugin (the comune's colour,
// purged against the app's output; its CSS must stay ≤ 25 KB gzip); the Next.js app collects the
// components' styled-components styles with the style registry of docs/theming.md, server-side,
// and the browser does not inject them a second time.
// Needs built packages (`npm run build`) and the npm registry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDir } from '../lib/serve.mjs';
import { launchChromium, axeViolations } from '../lib/browser.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, '.cache', 'tarballs');
const release = path.join(work, 'release');
// Pinned: next 16.5.0 declares engines node >=20.9.0 (`npm view next@16.5.0 engines`).
const VERSIONS = {
  react: '19.3.1',
  'react-dom': '19.3.1',
  'bootstrap-italia': '2.18.3',
  vite: '8.3.8',
  '@vitejs/plugin-react': '6.3.0',
  next: '16.5.0',
  'styled-components': '6.6.0',
};
const PRIMARY = '#8a1538';
const PRIMARY_RGB = 'rgb(138, 21, 56)';

let browser;
const tarballs = {};
before(async () => {
  mkdirSync(work, { recursive: true });
  execFileSync(process.execPath, [path.join(root, 'scripts/release.mjs'), '--out', release], {
    stdio: 'pipe',
  });
  for (const { name, file } of JSON.parse(
    readFileSync(path.join(release, 'manifest.json'), 'utf8'),
  ))
    tarballs[name] = `file:${path.join(release, file)}`;
  browser = await launchChromium();
});
after(() => browser?.close());

// The reference lists are stored once (issue 13) and read from files the tarballs ship: the
// EuroVoc labels from @piazza/vocabularies/json/eurovoc.json (by its eurovoc entry and by
// @piazza/conformity), the Bootstrap Italia classes from @piazza/conformity/data.
test('the tarballs ship the EuroVoc and Bootstrap Italia lists, and their modules find them', () => {
  const dir = path.join(work, 'data-lists');
  rmSync(dir, { recursive: true, force: true });
  for (const name of ['@piazza/vocabularies', '@piazza/conformity']) {
    const into = path.join(dir, 'node_modules', name);
    mkdirSync(into, { recursive: true });
    execFileSync('tar', [
      'xzf',
      tarballs[name].slice('file:'.length),
      '-C',
      into,
      '--strip-components=1',
    ]);
  }
  // Only the data modules of @piazza/conformity: they need no jsdom or playwright-core.
  const script = `
    const { EUROVOC_TERMS, isEurovocTerm } = await import('@piazza/vocabularies/eurovoc');
    const { eurovocTerms } = await import('./node_modules/@piazza/conformity/dist/data/eurovoc.js');
    const bi = await import('./node_modules/@piazza/conformity/dist/data/bootstrap-italia-classes.js');
    console.log(JSON.stringify({
      terms: EUROVOC_TERMS.length,
      found: isEurovocTerm(' Agricoltura biologica '),
      conformityTerms: eurovocTerms().size,
      conformityFound: eurovocTerms().has('agricoltura biologica'),
      classes: bi.BOOTSTRAP_ITALIA_CLASSES.length,
      minVersion: bi.BI_MIN_VERSION,
      minPercentage: bi.BI_MIN_PERCENTAGE,
    }));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.deepEqual(JSON.parse(out), {
    terms: 20030,
    found: true,
    conformityTerms: 19155,
    conformityFound: true,
    classes: 3462,
    minVersion: '2.0.0',
    minPercentage: 30,
  });
});

function writeApp(dir, files) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

function npm(dir, args) {
  execFileSync('npm', args, {
    cwd: dir,
    stdio: 'pipe',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', npm_config_fund: 'false' },
    timeout: 600_000,
  });
}

function appDependencies(names) {
  return {
    '@piazza/react': tarballs['@piazza/react'],
    '@piazza/vocabularies': tarballs['@piazza/vocabularies'],
    '@piazza/fonts': tarballs['@piazza/fonts'],
    ...Object.fromEntries(names.map((n) => [n, VERSIONS[n]])),
  };
}

/** The page both apps render: a server-usable CardList and helpers called where the page renders. */
const PAGE = `
import { CardList, ServiceCard, ContactCard, Breadcrumbs, TextField, telHref, formatFileSize } from '@piazza/react';

const services = [
  { slug: 'carta-identita', title: "Richiedere la carta d'identità", category: 'Anagrafe e stato civile' },
  { slug: 'residenza', title: 'Cambiare residenza', category: 'Anagrafe e stato civile' },
  { slug: 'tari', title: 'Pagare la TARI', category: 'Tributi, finanze e contravvenzioni' },
];

export function Page() {
  return (
    <main id="main-content" className="container py-4">
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Servizi' }]} />
      <h1>Servizi</h1>
      <p>Ufficio anagrafe: <a href={telHref('(+39) 011 123 4567')}>011 123 4567</a>; modulo {formatFileSize(1536, 'it')}.</p>
      <TextField label="Il tuo codice fiscale" name="cf" />
      <CardList
        entries={services.map((s) => ({
          key: s.slug,
          card: <ServiceCard title={s.title} href={'/servizi/' + s.slug + '/'} category={s.category} />,
          text: s.title,
          values: { categoria: s.category },
        }))}
        filters={[{ id: 'categoria', label: 'Categoria', options: ['Anagrafe e stato civile', 'Tributi, finanze e contravvenzioni'] }]}
      />
      <ContactCard title="Ufficio anagrafe" headingLevel={2} phone="011 123 4567" email="anagrafe@comune.esempio.it" />
    </main>
  );
}
`;

const CSS_IMPORTS = `import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '@piazza/fonts/fonts.css';
`;

/** The components' styled-components rules in the document, and the <style> tags holding them. */
const styledState = (page) =>
  page.evaluate(() => {
    const field = document.querySelector('.pz-field');
    const own = [...field.classList].find((c) => c !== 'pz-field' && c !== 'form-group');
    let rules = 0;
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) if (rule.cssText.includes(`.${own}`)) rules++;
    }
    return {
      rules,
      tags: document.querySelectorAll('style[data-styled]').length,
      marginTop: getComputedStyle(field).marginTop,
    };
  });

async function checkPage(url, { linkColour, afterLoad } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1, name: 'Servizi' }).waitFor();
  await page.locator('[role="status"]').filter({ hasText: '3' }).waitFor();
  assert.equal(await page.locator('a[data-element="service-link"]').count(), 3);
  assert.equal(await page.locator('a[href="tel:+390111234567"]').count(), 1);
  assert.ok((await page.textContent('main')).includes('1,5 KB'));
  // the field's own rule (styled-components): room for its lifted label under the paragraph
  const styled = await styledState(page);
  assert.equal(styled.marginTop, '40px');
  assert.equal(styled.rules, 1, 'the field rule is in the document once');
  if (linkColour) {
    assert.equal(
      await page.locator('main p a').evaluate((a) => getComputedStyle(a).color),
      linkColour,
    );
  }
  // the filter works once hydrated (a select of the server-usable form, no function props)
  await page.getByLabel('Categoria').selectOption('Tributi, finanze e contravvenzioni');
  await page.locator('[role="status"]').filter({ hasText: '1' }).waitFor();
  await afterLoad?.(page, styled);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
}

test('a fresh Vite + React 19 app installs the tarballs, builds and renders an accessible page', async () => {
  const dir = path.join(work, 'vite-app');
  writeApp(dir, {
    'package.json': JSON.stringify(
      {
        name: 'app-vite',
        private: true,
        type: 'module',
        dependencies: appDependencies([
          'react',
          'react-dom',
          'bootstrap-italia',
          'styled-components',
        ]),
        devDependencies: {
          '@piazza/theme': tarballs['@piazza/theme'],
          ...Object.fromEntries(['vite', '@vitejs/plugin-react'].map((n) => [n, VERSIONS[n]])),
        },
      },
      null,
      2,
    ),
    // Bootstrap Italia from the plugin: the comune's colour, only the rules the app uses
    'vite.config.js': `import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\nimport { piazzaCss } from '@piazza/theme/vite';\nexport default defineConfig({ plugins: [react(), piazzaCss({ primaryColor: '${PRIMARY}' })] });\n`,
    'index.html': `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Servizi</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n`,
    'src/Page.jsx': PAGE,
    'src/main.jsx': `import '@piazza/fonts/fonts.css';\nimport { createRoot } from 'react-dom/client';\nimport { PiazzaProvider, createPiazzaTheme } from '@piazza/react';\nimport { Page } from './Page.jsx';\nconst theme = createPiazzaTheme({ primary: '${PRIMARY}' });\ncreateRoot(document.getElementById('root')).render(<PiazzaProvider theme={theme}><Page /></PiazzaProvider>);\n`,
  });
  npm(dir, ['install', '--no-audit', '--install-links']);
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  npm(dir, ['exec', '--', 'vite', 'build', '--logLevel', 'error']);
  // sizes (gzip -9) of what the page loads: written to the test output for docs/benchmarks.md
  const assets = path.join(dir, 'dist', 'assets');
  const sizes = { css: 0, bootstrapItalia: 0, js: 0 };
  for (const f of readdirSync(assets)) {
    const gz = gzipSync(readFileSync(path.join(assets, f)), { level: 9 }).length;
    if (f.endsWith('.css')) sizes.css += gz;
    if (f.startsWith('bootstrap-italia') && f.endsWith('.css')) sizes.bootstrapItalia += gz;
    if (f.endsWith('.js')) sizes.js += gz;
  }
  console.log(
    `vite app: CSS ${(sizes.css / 1024).toFixed(1)} KB gzip (Bootstrap Italia ${(sizes.bootstrapItalia / 1024).toFixed(1)} KB), JS ${(sizes.js / 1024).toFixed(1)} KB gzip`,
  );
  assert.ok(sizes.bootstrapItalia > 0, 'the plugin wrote its stylesheet');
  assert.ok(sizes.css <= 25 * 1024, `app CSS ${sizes.css} bytes gzip > 25 KB`);
  const html = readFileSync(path.join(dir, 'dist', 'index.html'), 'utf8');
  assert.match(html, /<link rel="stylesheet" href="\/assets\/bootstrap-italia-[\w-]+\.css">/);
  const server = await serveDir(path.join(dir, 'dist'));
  try {
    await checkPage(`${server.url}/`, { linkColour: PRIMARY_RGB });
  } finally {
    await server.close();
  }
});

/** The registry recipe of docs/theming.md (styled-components' own, for the App Router). */
const NEXT_REGISTRY = `'use client';
import { useState } from 'react';
import { useServerInsertedHTML } from 'next/navigation';
import { ServerStyleSheet, StyleSheetManager } from 'styled-components';

export default function StyledComponentsRegistry({ children }) {
  const [sheet] = useState(() => new ServerStyleSheet());
  useServerInsertedHTML(() => {
    const styles = sheet.getStyleElement();
    sheet.instance.clearTag();
    return <>{styles}</>;
  });
  if (typeof window !== 'undefined') return <>{children}</>;
  return <StyleSheetManager sheet={sheet.instance}>{children}</StyleSheetManager>;
}
`;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

test('a fresh Next.js App Router app renders the components from a server component', async () => {
  const dir = path.join(work, 'next-app');
  writeApp(dir, {
    'package.json': JSON.stringify(
      {
        name: 'app-next',
        private: true,
        dependencies: appDependencies([
          'react',
          'react-dom',
          'bootstrap-italia',
          'next',
          'styled-components',
        ]),
      },
      null,
      2,
    ),
    'next.config.mjs': `export default { output: undefined };\n`,
    // the style registry of docs/theming.md: styled-components' styles in the server HTML
    'app/registry.jsx': NEXT_REGISTRY,
    'app/layout.jsx': `${CSS_IMPORTS}import { PiazzaProvider, createPiazzaTheme } from '@piazza/react';\nimport StyledComponentsRegistry from './registry.jsx';\nexport const metadata = { title: 'Servizi' };\nconst theme = createPiazzaTheme({ primary: '${PRIMARY}' });\nexport default function RootLayout({ children }) {\n  return (<html lang="it"><body><StyledComponentsRegistry><PiazzaProvider theme={theme}>{children}</PiazzaProvider></StyledComponentsRegistry></body></html>);\n}\n`,
    // a server component (no "use client"): it calls telHref and formatFileSize itself
    'app/Page.jsx': PAGE,
    'app/page.jsx': `import { Page } from './Page.jsx';\nexport default function Home() { return <Page />; }\n`,
  });
  npm(dir, ['install', '--no-audit', '--install-links']);
  npm(dir, ['exec', '--', 'next', 'build']);
  const port = await freePort();
  const server = spawn(
    'npm',
    ['exec', '--', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
      detached: true,
    },
  );
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('next start: no "Ready" in 60 s')), 60_000);
      server.stdout.on('data', (d) => {
        if (/Ready|started server/i.test(String(d))) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.on('exit', (code) => reject(new Error(`next start exited with ${code}`)));
    });
    // the server's HTML carries the field's rule (collected with ServerStyleSheet)
    const served = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    assert.match(
      served,
      /<style data-styled="" data-styled-version="6\.6\.0"[^>]*>[^<]*margin-top:2\.5rem/,
    );
    await checkPage(`http://127.0.0.1:${port}/`, {
      // hydrated (the filter worked): the rule is still there once, in one styled tag
      afterLoad: async (page, styled) =>
        assert.deepEqual(await styledState(page), { ...styled, rules: 1, tags: 1 }),
    });
  } finally {
    process.kill(-server.pid);
  }
});
