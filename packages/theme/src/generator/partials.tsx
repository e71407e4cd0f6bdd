// `piazza export partials`: the header, footer, rating and cookie-bar HTML with {{placeholders}},
// plus the stylesheet and the island scripts they need, for CMSs written in other languages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { PiazzaProvider } from '@piazza/react';
import { fontFaceCss } from '@piazza/fonts';
import type { Content } from '../content/index.js';
import { jsonScript } from '../islands/collector.js';
import { ISLANDS, type IslandName, type IslandProps } from '../islands/registry.js';
import { SiteFooter, headerProps } from '../templates/Layout.js';
import { SiteIndex } from '../templates/site.js';
import type { PiazzaTheme } from '@piazza/react/theme';
import { PACKAGE_ROOT, THEME_VERSION } from '../paths.js';
import { normaliseHex } from './color.js';
import { bundleIslands } from './bundle.js';
import { CSS_BANNER, withoutDataFonts } from './build.js';
import { compileBootstrapItalia } from './css.js';
import { siteTheme } from './render.js';
import { styledCatalogue } from './styled.js';
import { backOfficeEndpoints } from '../back-office.js';
import { CONSENT_PROBE_SCRIPT, contentSecurityPolicy } from '../security.js';

/** Placeholders and what the CMS puts in them (HTML-escaped in HTML, JSON-escaped in JSON). */
export const PLACEHOLDERS: Record<string, string> = {
  '{{site_name}}': 'Nome del Comune, es. "Comune di Esempio"',
  '{{region_name}}': 'Nome della Regione',
  '{{region_url}}': 'Sito della Regione',
  '{{address}}': 'Indirizzo della sede',
  '{{codice_fiscale}}': 'Codice fiscale / partita IVA',
  '{{pec}}': 'PEC del Comune',
  '{{phone}}': 'Centralino',
  '{{email}}': 'Email per l’assistenza',
  '{{privacy_url}}': 'Informativa privacy (https)',
  '{{legal_notes_url}}': 'Pagina delle note legali',
  '{{accessibility_url}}': 'Dichiarazione di accessibilità su form.agid.gov.it',
  '{{booking_url}}': 'Prenotazione appuntamenti',
  '{{topic_1_label}}': 'Primo argomento in evidenza (e così 2 e 3)',
  '{{topic_1_url}}': 'Pagina del primo argomento (e così 2 e 3)',
  '{{page_path}}': 'Percorso della pagina valutata (rating)',
  '{{rating_endpoint}}':
    'Indirizzo (https o /percorso) a cui il rating invia in POST la valutazione in JSON; vuoto: nulla viene inviato e il widget lo dice',
};

function placeholderContent(): Content {
  return {
    site: {
      name: '{{site_name}}',
      baseUrl: 'https://example.invalid',
      description: '',
      region: { label: '{{region_name}}', url: '{{region_url}}' },
      primaryColor: '#0066cc',
      contacts: {
        address: '{{address}}',
        phone: '{{phone}}',
        pec: '{{pec}}',
        email: '{{email}}',
        codiceFiscale: '{{codice_fiscale}}',
      },
      social: [],
      legal: {
        privacyUrl: '{{privacy_url}}',
        accessibilityUrl: '{{accessibility_url}}',
        legalNotesUrl: '{{legal_notes_url}}',
      },
      extraMenu: [],
      bookingUrl: '{{booking_url}}',
      highlightedTopics: [],
    },
    servizi: [],
    notizie: [],
    eventi: [],
    luoghi: [],
    unitaOrganizzative: [],
    persone: [],
    incarichi: [],
    documenti: [],
    argomenti: [],
    puntiDiContatto: [],
    faq: [],
    pagine: [],
  } as unknown as Content;
}

function island<N extends IslandName>(name: N, props: IslandProps[N], theme: PiazzaTheme): string {
  const id = `pz-${name}`;
  const Component = ISLANDS[name] as React.ComponentType<object>;
  const html = renderToString(
    <PiazzaProvider theme={theme}>
      <Component {...(props as object)} />
    </PiazzaProvider>,
    { identifierPrefix: `${id}-` },
  );
  return (
    // data-primary: the colour the island hydrates with (its styled-components class names)
    `<div data-island="${name}" data-island-id="${id}" data-primary="${theme.primary}">${html}</div>` +
    jsonScript(`${id}-props`, props)
  );
}

export interface PartialsResult {
  files: string[];
}

/** Writes the partials, their assets and a README into `out`. */
export async function exportPartials(
  out: string,
  opts: { primaryColor?: string; cacheDir?: string } = {},
): Promise<PartialsResult> {
  const dir = path.resolve(out);
  mkdirSync(dir, { recursive: true });
  const idx = new SiteIndex(placeholderContent());
  const theme = siteTheme(normaliseHex(opts.primaryColor ?? '#0066cc'));
  const header = headerProps(idx, undefined);
  header.header.navbar = {
    ...header.header.navbar,
    topics: [1, 2, 3].map((n) => ({
      label: `{{topic_${String(n)}_label}}`,
      href: `{{topic_${String(n)}_url}}`,
    })),
  };
  const scripts = await bundleIslands(dir);
  const tag = (name: string) => {
    const src = scripts.entries.get(name);
    return src ? `<script type="module" src="${src}"></script>` : '';
  };
  const files: Record<string, string> = {
    'header.html': `${island('header', header, theme)}\n${tag('header')}\n`,
    'footer.html': `${renderToStaticMarkup(
      <PiazzaProvider theme={theme}>
        <SiteFooter idx={idx} />
      </PiazzaProvider>,
    )}\n`,
    'rating.html': `<div class="bg-primary">${island('rating', { page: '{{page_path}}', endpoint: '{{rating_endpoint}}' }, theme)}</div>\n${tag('rating')}\n`,
    'cookie-bar.html': `${island('cookiebar', { policyHref: '{{privacy_url}}' }, theme)}\n${tag('cookiebar')}\n`,
    'consent-probe.html': `<script>${CONSENT_PROBE_SCRIPT}</script>\n`,
    'csp.txt': `${contentSecurityPolicy(backOfficeEndpoints(idx.site).origins)}\n`,
  };
  const bi = await compileBootstrapItalia(
    opts.primaryColor ?? '#0066cc',
    opts.cacheDir ? { cacheDir: opts.cacheDir } : {},
  );
  // the components' own styles (styled-components) with the same colour, every one of them
  const reactCss = (await styledCatalogue(theme)).rules.join('\n');
  const themeCss = readFileSync(path.join(PACKAGE_ROOT, 'src', 'assets', 'theme.css'), 'utf8');
  files['assets/css/piazza.css'] = [
    CSS_BANNER,
    fontFaceCss('../fonts/'),
    withoutDataFonts(bi.css),
    reactCss,
    themeCss,
  ].join('\n');
  files['README.md'] = [
    `# Piazza partials (@piazza/theme ${THEME_VERSION})`,
    '',
    'Frammenti HTML per CMS in altri linguaggi (PHP, Java…). Sostituisci i segnaposto: nell’HTML',
    'con il valore HTML-escaped, nei blocchi `<script type="application/json">` con il valore',
    'JSON-escaped (senza virgolette). Includi `assets/css/piazza.css` nel `<head>`, copia `assets/`',
    'e i caratteri di `@piazza/fonts` in `assets/fonts/`, lo sprite di Bootstrap Italia in',
    '`/svg/sprites.svg`.',
    '',
    'Ordine nel `<body>`: gli skip link, poi `cookie-bar.html` (nel flusso, mai sopra il',
    'contenuto: è la prima cosa raggiunta con Tab), poi `header.html`. Perché la barra non',
    'compaia e sparisca a chi ha già scelto (la pagina salterebbe), metti `consent-probe.html`',
    'per primo nel `<head>`: la policy di `csp.txt` lo ammette con il suo hash.',
    '',
    '| segnaposto | contenuto |',
    '|---|---|',
    ...Object.entries(PLACEHOLDERS).map(([k, v]) => `| \`${k}\` | ${v} |`),
    '',
  ].join('\n');
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { files: Object.keys(files) };
}
