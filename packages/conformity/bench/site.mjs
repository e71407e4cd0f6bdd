// A generated conforming comune site (60 crawlable pages) served on 127.0.0.1.
// Shared by the benchmark and the browser crawl test.
import {
  page,
  homeMain,
  firstLevelMain,
  liveMain,
  listingMain,
  serviceMain,
  topicsMain,
  legalMain,
  genericMain,
  SECOND_LEVEL,
  slug,
} from '../test/fixtures/build.mjs';
import { serve } from '../test/browser/serve.mjs';

/**
 * @param {{ services?: number, events?: number, mutate?: (pages: Map<string, string>) => void, pageOptions?: object }} [o]
 * @returns {Map<string, string>} pathname → HTML
 */
export function generateSite(o = {}) {
  const nServices = o.services ?? 20;
  const nEvents = o.events ?? 14;
  const po = o.pageOptions ?? {};
  const pages = new Map();
  const add = (p, opts) => pages.set(p, page({ ...po, ...opts }));
  const services = Array.from({ length: nServices }, (_, i) => ({
    href: `/servizi/servizio-${i + 1}/`,
    title: `Servizio numero ${i + 1}`,
  }));
  const events = Array.from({ length: nEvents }, (_, i) => ({
    href: `/vivere-il-comune/eventi/evento-${i + 1}/`,
    title: `Evento ${i + 1}`,
  }));
  add('/', { title: 'Comune di Esempio', main: homeMain() });
  add('/amministrazione/', {
    title: 'Amministrazione',
    main: firstLevelMain('Amministrazione', 'management'),
  });
  add('/novita/', { title: 'Novità', main: firstLevelMain('Novità', 'news') });
  add('/servizi/', {
    title: 'Servizi',
    main: listingMain('Servizi', services, 'service-link', { categories: true, booking: true }),
  });
  add('/vivere-il-comune/', { title: 'Vivere il Comune', main: liveMain() });
  for (const t of SECOND_LEVEL.management)
    add(`/amministrazione/${slug(t)}/`, { title: t, main: genericMain(t) });
  for (const t of SECOND_LEVEL.news) add(`/novita/${slug(t)}/`, { title: t, main: genericMain(t) });
  for (const t of SECOND_LEVEL.services)
    add(`/servizi/categoria/${slug(t)}/`, { title: t, main: genericMain(t) });
  add('/vivere-il-comune/luoghi/', { title: 'Luoghi', main: genericMain('Luoghi') });
  add('/vivere-il-comune/eventi/', {
    title: 'Eventi',
    main: listingMain('Eventi', events, 'event-link'),
    withFeedback: false,
  });
  for (const s of services) add(s.href, { title: s.title, main: serviceMain(s.title) });
  for (const e of events)
    add(e.href, { title: e.title, main: genericMain(e.title), withFeedback: false });
  add('/argomenti/', { title: 'Argomenti', main: topicsMain(), withFeedback: false });
  add('/note-legali/', { title: 'Note legali', main: legalMain(), withFeedback: false });
  add('/prenota-appuntamento/', {
    title: 'Prenota',
    main: genericMain('Prenotazione appuntamento'),
    withFeedback: false,
  });
  add('/area-personale/', {
    title: 'Area personale',
    main: genericMain('Area personale'),
    withFeedback: false,
  });
  // link targets (fetched, not crawled)
  for (const p of ['/faq/', '/privacy/', '/servizi/segnalazione-disservizio/', '/mappa-del-sito/'])
    add(p, { title: p, main: genericMain(p), withFeedback: false });
  o.mutate?.(pages);
  return pages;
}

/** Serves a generated site; returns { url, close, pages }. */
export async function serveSite(o) {
  const pages = generateSite(o);
  const s = await serve((p) => {
    const key = p.endsWith('/') ? p : `${p}/`;
    const body = pages.get(key);
    return body === undefined ? null : { body };
  });
  return { ...s, pages };
}
