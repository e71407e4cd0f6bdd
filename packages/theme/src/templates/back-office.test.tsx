// Site.backOffice (the Piazza WordPress plugin): one setting sends booking, rating, assistance and
// the online requests of the built pages to the comune's back office, and the pages' policy lets
// them reach its origin (and nothing else).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MarkdownContentSource, type Content } from '../content/index.js';
import { renderBody, renderDocument } from '../generator/render.js';
import { backOfficeEndpoints } from '../back-office.js';
import { connectOriginsOf, contentSecurityPolicy, securityHeaders } from '../security.js';
import { sitePages } from './index.js';
import { flowServices } from './richieste.js';
import { url } from './site.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo');
const WP = 'https://wp.comune.esempio.it/wp-json/piazza/v1';
const gateway = {
  identity: 'https://login.comune.esempio.it/api',
  payments: 'https://pagamenti.comune.esempio.it/api',
  spidProviders: [{ id: 'poste', name: 'Poste ID' }],
};

let demo: Content;
beforeAll(async () => {
  demo = await new MarkdownContentSource(DEMO).load();
});

function html(content: Content, at: string): string {
  const { idx, pages } = sitePages(content);
  const def = pages.find((p) => p.path === at);
  if (!def) throw new Error(`no page ${at}`);
  const { body } = renderBody(idx, def);
  return renderDocument(
    { idx, page: def, css: '/a.css', scripts: [], preload: [], fonts: [], primaryColor: '#0066cc' },
    body,
  );
}
const doc = (s: string) => new DOMParser().parseFromString(s, 'text/html');
const propsOf = (d: Document, name: string): Record<string, unknown> => {
  const el = d.querySelector<HTMLElement>(`[data-island="${name}"]`);
  if (!el) throw new Error(`no ${name} island`);
  const script = d.getElementById(`${el.dataset.islandId ?? ''}-props`);
  return JSON.parse(script?.textContent ?? 'null') as Record<string, unknown>;
};

describe('Site.backOffice', () => {
  test('booking, rating, assistance and online requests go to the plugin; connect-src names its origin', () => {
    const content = {
      ...demo,
      site: { ...demo.site, backOffice: `${WP}/`, servicesApi: gateway },
    };
    expect(propsOf(doc(html(content, url.booking)), 'booking').api).toBe(WP);
    expect(propsOf(doc(html(content, url.assistance)), 'assistance').api).toBe(`${WP}/assistance`);
    const { idx } = sitePages(content);
    const flow = flowServices(idx)[0]!;
    const flowPage = html(content, flow.href);
    expect(propsOf(doc(flowPage), 'serviceflow').backOffice).toEqual({
      ...gateway,
      applications: WP,
    });
    expect(propsOf(doc(html(content, url.report)), 'segnalazione').backOffice).toMatchObject({
      applications: WP,
    });
    expect(propsOf(doc(flowPage), 'rating').endpoint).toBe(`${WP}/feedback`);
    // The page's policy: the plugin's origin and the gateways', nothing more.
    expect(connectOriginsOf(flowPage)).toEqual([
      'https://login.comune.esempio.it',
      'https://pagamenti.comune.esempio.it',
      'https://wp.comune.esempio.it',
    ]);
  });

  test('settings of their own win over backOffice; without any, nothing leaves the site', () => {
    const own = backOfficeEndpoints({
      ...demo.site,
      backOffice: WP,
      bookingApi: 'https://prenota.comune.esempio.it/v1',
      ratingEndpoint: '/api/valutazioni',
    });
    expect(own.booking).toBe('https://prenota.comune.esempio.it/v1');
    expect(own.rating).toBe('/api/valutazioni');
    expect(own.assistance).toBe(`${WP}/assistance`);
    expect(own.origins).toEqual([
      'https://prenota.comune.esempio.it',
      'https://wp.comune.esempio.it',
    ]);
    const none = backOfficeEndpoints(demo.site);
    expect(none).toEqual({ origins: [] });
    const page = html(demo, url.assistance);
    expect(connectOriginsOf(page)).toEqual([]);
    expect(propsOf(doc(page), 'assistance').api).toBeUndefined();
    // servicesApi without applications and without backOffice: the simulation, not a broken call
    const half = { ...demo, site: { ...demo.site, servicesApi: gateway } };
    const { idx } = sitePages(half);
    expect(propsOf(doc(html(half, flowServices(idx)[0]!.href)), 'serviceflow').backOffice).toBe(
      undefined,
    );
  });

  test('the header policy of piazza serve follows the page; only origins get in', () => {
    const page = html({ ...demo, site: { ...demo.site, backOffice: WP } }, '/');
    const headers = securityHeaders(connectOriginsOf(page));
    expect(headers['Content-Security-Policy']).toContain(
      "connect-src 'self' https://wp.comune.esempio.it;",
    );
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(() => contentSecurityPolicy(["https://x.it; script-src 'unsafe-inline'"])).toThrow(
      /not an origin/,
    );
    expect(
      connectOriginsOf(
        '<meta http-equiv="Content-Security-Policy" content="connect-src \'self\' *">',
      ),
    ).toEqual([]);
  });
});
