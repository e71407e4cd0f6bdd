// The markup facts of the digital services that a page shows before any script runs (CSE.*,
// docs/conformity.md): the scheda's "Accedi al servizio" leads to the service's online request,
// which renders the access step (CSE.1.1) with the stepper of its flow type's official steps
// (CSE.1.8); the segnalazione is a page of the site reached from the footer (C.SI.2.4); the area
// personale offers the access and the status by code (CSE.1.9); without JavaScript each says so.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLOW_STEPS, findTipoFlusso, type FlowStepKey } from '@piazza/vocabularies';
import { MarkdownContentSource, type Content } from '../content/index.js';
import { renderBody, renderDocument } from '../generator/render.js';
import { sitePages } from './index.js';
import type { ServiceDefinition } from '@piazza/react/services';
import { DEMO_DUES, flowServices } from './richieste.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo');

let demo: Content;
beforeAll(async () => {
  demo = await new MarkdownContentSource(DEMO).load();
});

/** The page at `at`, rendered as the build renders it, as a DOM. */
function page(content: Content, at: string): Document {
  const { idx, pages } = sitePages(content);
  const def = pages.find((p) => p.path === at);
  if (!def) throw new Error(`no page ${at}`);
  const { body } = renderBody(idx, def);
  const html = renderDocument(
    { idx, page: def, css: '/a.css', scripts: [], preload: [], fonts: [], primaryColor: '#0066cc' },
    body,
  );
  return new DOMParser().parseFromString(html, 'text/html');
}

const propsOf = (doc: Document, name: string): Record<string, unknown> => {
  const el = doc.querySelector<HTMLElement>(`[data-island="${name}"]`);
  if (!el) throw new Error(`no ${name} island`);
  const script = doc.getElementById(`${el.dataset.islandId ?? ''}-props`);
  return JSON.parse(script?.textContent ?? 'null') as Record<string, unknown>;
};

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('the online request of a service (<scheda>/richiesta/)', () => {
  test('the demo has one service of each of the five flow types with a flow page', () => {
    const { idx } = sitePages(demo);
    const types = flowServices(idx).map((f) => f.service.flowType);
    expect(new Set(types)).toEqual(
      new Set([
        'permessi-e-autorizzazioni',
        'domande-con-graduatoria',
        'servizi-a-pagamento',
        'vantaggi-economici',
        'pagamenti-dovuti',
      ]),
    );
  });

  test('"Accedi al servizio" on the scheda (service-online-access) leads to the request', () => {
    const { idx } = sitePages(demo);
    for (const { servizio, href } of flowServices(idx)) {
      const doc = page(demo, idx.serviceUrl(servizio));
      const access = doc.querySelectorAll('a[data-element="service-online-access"]');
      expect(access).toHaveLength(1);
      expect(text(access[0])).toBe('Accedi al servizio');
      expect(access[0]!.getAttribute('href')).toBe(href);
      expect(href).toBe(`${idx.serviceUrl(servizio)}richiesta/`);
    }
  });

  test('a service with an external online address keeps it, and gets no flow page', () => {
    const { idx, pages } = sitePages(demo);
    const external = demo.servizi.filter((s) => s.flowType && s.accediAlServizio.online);
    expect(external.length).toBeGreaterThan(0);
    for (const s of external) {
      expect(pages.some((p) => p.path === `${idx.serviceUrl(s)}richiesta/`)).toBe(false);
      const doc = page(demo, idx.serviceUrl(s));
      expect(
        doc.querySelector('a[data-element="service-online-access"]')?.getAttribute('href'),
      ).toBe(s.accediAlServizio.online!.url);
    }
  });

  test('the first step is server-rendered: the access (CSE.1.1) and the official steps of the flow type, the first current (CSE.1.8)', () => {
    const { idx } = sitePages(demo);
    for (const { servizio, href } of flowServices(idx)) {
      const doc = page(demo, href);
      const island = doc.querySelector('[data-island="serviceflow"]')!;
      expect(island).not.toBeNull();
      const flow = island.querySelector('[data-flow]')!;
      expect(flow.getAttribute('data-step')).toBe('access');
      const slug = findTipoFlusso(servizio.flowType!)!.slug as FlowStepKey;
      expect(flow.getAttribute('data-flow')).toBe(slug);
      const stepper = island.querySelector('nav[aria-label="Passaggi della richiesta"]')!;
      const steps = [...stepper.querySelectorAll('li')].map((li) =>
        text(li)!.replace(/^Passo \d+ /, ''),
      );
      expect(steps).toEqual(FLOW_STEPS[slug]);
      expect(text(stepper.querySelector('[aria-current="step"]'))).toContain(FLOW_STEPS[slug][0]);
      expect(text(island.querySelector('h2'))).toBe('Accedi al servizio');
      const buttons = [...island.querySelectorAll('button')].map(text);
      expect(buttons).toEqual(['Entra con SPID (simulazione)', 'Entra con CIE (simulazione)']);
      // the definition the island gets: the scheda's name, maximum time and the privacy notice
      const props = propsOf(doc, 'serviceflow') as {
        service: ServiceDefinition;
        statusHref: string;
        backOffice?: unknown;
      };
      expect(props.service.name).toBe(servizio.title);
      expect(props.service.privacyHref).toBe(demo.site.legal.privacyUrl);
      if (servizio.maxDays) expect(props.service.maxDays).toBe(servizio.maxDays);
      expect(props.statusHref).toBe('/area-personale/');
      expect(props.backOffice).toBeUndefined();
      // without JavaScript: a clear message and the way back to the scheda's other channels
      const noscript = doc.querySelector('noscript');
      expect(noscript?.innerHTML).toContain('JavaScript');
      expect(noscript?.innerHTML).toContain(`${idx.serviceUrl(servizio)}#accedi-al-servizio`);
    }
  });

  test('the Pagamenti dovuti page tells the demo notice code to look for', () => {
    const { idx } = sitePages(demo);
    const due = flowServices(idx).find((f) => f.service.flowType === 'pagamenti-dovuti')!;
    expect(page(demo, due.href).body.textContent).toContain(DEMO_DUES[0]!.noticeCode);
  });

  test('with Site.servicesApi the islands talk to the back offices and the access links to the gateway (no simulation)', () => {
    const servicesApi = {
      applications: 'https://servizi.comune.esempio.it/api',
      identity: 'https://login.comune.esempio.it',
      payments: 'https://pagamenti.comune.esempio.it/api',
      spidProviders: [{ id: 'poste', name: 'Poste ID' }],
    };
    const content = { ...demo, site: { ...demo.site, servicesApi } };
    const { idx } = sitePages(content);
    const flow = flowServices(idx)[0]!;
    const doc = page(content, flow.href);
    expect(propsOf(doc, 'serviceflow').backOffice).toEqual(servicesApi);
    const island = doc.querySelector('[data-island="serviceflow"]')!;
    expect(island.textContent).not.toContain('simulazione');
    expect(doc.body.textContent).not.toContain('Sito dimostrativo');
    // CIE is a link to the gateway: it works before (and without) any script
    const cie = [...island.querySelectorAll('a')].find((a) => /CIE/.test(a.textContent ?? ''));
    expect(cie?.getAttribute('href')).toMatch(
      /^https:\/\/login\.comune\.esempio\.it\/login\/cie\?/,
    );
    // …and brings the citizen back to this page
    const back = new URL(cie!.getAttribute('href')!).searchParams.get('returnTo');
    expect(back).toBe(`${content.site.baseUrl.replace(/\/$/, '')}${flow.href}`);
    expect(propsOf(page(content, '/area-personale/'), 'areapersonale').backOffice).toEqual(
      servicesApi,
    );
  });
});

describe('the segnalazione disservizio (C.SI.2.4)', () => {
  test('the footer link (the label piazza-check accepts) leads to a page of the site with the flow', () => {
    // piazza-check over the whole built demo: test/browser/conformity.test.mjs
    const home = page(demo, '/');
    const link = home.querySelector('footer [data-element="report-inefficiency"]');
    expect(link?.getAttribute('href')).toBe('/segnalazione-disservizio/');
    expect(['disservizio', 'segnala disservizio', 'segnalazione disservizio']).toContain(
      text(link)?.toLowerCase(),
    );
    const doc = page(demo, '/segnalazione-disservizio/');
    const island = doc.querySelector('[data-island="segnalazione"]')!;
    expect(island.querySelector('[data-flow]')?.getAttribute('data-flow')).toBe(
      'segnalazione-disservizio',
    );
    const steps = [...island.querySelectorAll('nav[aria-label="Passaggi della richiesta"] li')].map(
      (li) => text(li)!.replace(/^Passo \d+ /, ''),
    );
    expect(steps).toEqual(FLOW_STEPS['segnalazione-disservizio']);
    // no mailto as the way to report any more, except as the fallback without JavaScript
    expect(doc.querySelector('main a[href^="mailto:"][class~="btn"]')).toBeNull();
    expect(doc.querySelector('noscript')?.innerHTML).toContain('mailto:');
  });
});

describe('the area personale', () => {
  test('the header link leads to it; it offers the access and the status by code without signing in (CSE.1.9)', () => {
    const home = page(demo, '/');
    expect(home.querySelector('[data-element="personal-area-login"]')?.getAttribute('href')).toBe(
      '/area-personale/',
    );
    const doc = page(demo, '/area-personale/');
    const island = doc.querySelector('[data-island="areapersonale"]')!;
    expect(text(island.querySelector('h2'))).toBe('Accedi all’area personale');
    const lookup = island.querySelector('input');
    const label = lookup && doc.querySelector(`label[for="${lookup.id}"]`);
    expect(text(label)).toMatch(/^Codice della richiesta/);
    const props = propsOf(doc, 'areapersonale') as { flowPages: Record<string, string> };
    const { idx } = sitePages(demo);
    expect(props.flowPages).toEqual(
      Object.fromEntries(flowServices(idx).map((f) => [f.service.id, f.href])),
    );
  });
});

describe('before any script runs', () => {
  test('no form of the services islands can be posted (a static server answers 405 to a POST): forms that work without the script are GET searches, the others cannot be submitted', () => {
    const { idx } = sitePages(demo);
    const paths = [
      ...flowServices(idx).map((f) => f.href),
      '/segnalazione-disservizio/',
      '/area-personale/',
      '/richiesta-assistenza/',
    ];
    for (const at of paths) {
      const doc = page(demo, at);
      const islands = ['serviceflow', 'segnalazione', 'areapersonale', 'assistance']
        .map((n) => `[data-island="${n}"] form`)
        .join(', ');
      for (const form of doc.querySelectorAll(islands)) {
        const method = (form.getAttribute('method') ?? 'get').toLowerCase();
        expect(method, `${at}: a form that posts`).toBe('get');
        if (form.hasAttribute('method')) {
          // a search sent as ?name=… (RequestStatus): its field is named, and read back
          expect(form.querySelectorAll('input[name]').length, `${at}: GET form`).toBeGreaterThan(0);
          continue;
        }
        const submits = form.querySelectorAll(
          'button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]',
        );
        expect(submits.length, `${at}: a form the browser would submit`).toBe(0);
      }
    }
  });
});
